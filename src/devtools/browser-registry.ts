// The browsers launched through src/devtools/browser.ts, kept so that they are closed however a
// test ends (test/close-browsers.ts, after each test file). A module of its own, without
// playwright-core: the after-file hook loads it in every test file, jsdom ones included, where
// playwright-core cannot load. Under Jest each test file has its own instance.
import type { Browser } from "playwright-core";

/** Launching or open. */
const launched = new Set<Promise<Browser>>();
/** The launches that have finished (their browser is open or was). */
const settled = new WeakSet<Promise<Browser>>();
/** Set when the test file has ended: later launches are refused. */
let ended = false;

/** Keeps `launching`; throws when the test file has ended (a hook still running after its time-out). */
export function register(launching: Promise<Browser>): void {
  launched.add(launching);
  launching.then(
    (b) => {
      settled.add(launching);
      b.on("disconnected", () => launched.delete(launching));
    },
    () => launched.delete(launching),
  );
}

/** True once the test file has ended: a launch now would leave a browser nobody closes. */
export function launchesEnded(): boolean {
  return ended;
}

/**
 * Closes every browser kept here that is still open, waiting for those still launching (a launch
 * that outlived a timed-out hook). Returns how many it closed, and of those how many were still
 * launching when called. With `end`, later launches are refused.
 */
export async function closeBrowsers(opts: { end?: boolean } = {}): Promise<{ closed: number; wereLaunching: number }> {
  if (opts.end) ended = true;
  const result = { closed: 0, wereLaunching: 0 };
  for (const launching of [...launched]) {
    const wasLaunching = !settled.has(launching);
    const browser = await launching.catch(() => undefined);
    launched.delete(launching);
    if (browser?.isConnected()) {
      await browser.close().catch(() => undefined);
      result.closed++;
      if (wasLaunching) result.wereLaunching++;
    }
  }
  return result;
}
