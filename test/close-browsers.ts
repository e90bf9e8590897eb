// After each test file: every browser it launched is closed, also one whose launch outlived a
// timed-out beforeAll (its afterAll saw no browser) or whose file's afterAll failed; and a launch
// asked for after that (a hook still running after its time-out) is refused.

// Jest runs this hook before the test file's own afterAll: a browser still open here is one the
// file would close itself a moment later, closed here without a word; one still launching is one
// whose hook timed out, and is said.
// jsdom suites launch no browser, and playwright cannot even be loaded there: only node suites load it.
afterAll(async () => {
  if (typeof window !== "undefined") return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { closeBrowsers } = require("../src/devtools/browser") as typeof import("../src/devtools/browser");
  const { wereLaunching } = await closeBrowsers({ end: true });
  if (wereLaunching > 0) {
    process.stderr.write(
      `close-browsers: closed ${wereLaunching} browser(s) still launching after their hook had timed out (${expect.getState().testPath ?? "?"})\n`,
    );
  }
}, 200_000);
