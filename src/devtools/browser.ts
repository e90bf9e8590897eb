// Real-browser test support: a Chromium found or installed by itself, the pane built once by
// `npm test` (tests only check dist/ is there and current; the benchmark builds it when stale),
// dist/ served on 127.0.0.1 (no other address is ever used), and every browser launched kept in a
// registry (browser-registry.ts) so that it is closed however a test ends (test/close-browsers.ts after each file,
// test/global-teardown.ts for any still running when Jest ends).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { launchesEnded, register } from "./browser-registry";

export { closeBrowsers } from "./browser-registry";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

/** Thrown when no browser can be found: the benchmark skips its browser figures with this message. */
export class NoBrowser extends Error {}

/**
 * The Yhteenveto view's file input for this year's unit workbooks (in Finnish): the view also has
 * one for last year's, so a bare `input[type="file"][multiple]` matches two. Used by the bench and
 * by the browser test that picks files, so that a change to the view fails a test, not the bench.
 */
export const UNITS_INPUT = 'input[type="file"][aria-label="Valitse työkirjat"]';

function found(): string | undefined {
  // CHROMIUM_PATH, when set, is the only browser tried: pointing it nowhere hides the others.
  if (process.env.CHROMIUM_PATH !== undefined) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

/**
 * Debian's Chromium (installed with apt-get when we are root and CHROMIUM_PATH is not set; its
 * output goes to stderr, so that `bench --json` prints only JSON), an installed Chrome, or
 * Playwright's own browser.
 */
export function chromiumPath(): string {
  let p = found();
  if (!p && process.env.CHROMIUM_PATH === undefined && process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    process.stderr.write("No Chromium found: installing Debian's (apt-get install chromium)…\n");
    spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], {
      stdio: ["ignore", process.stderr, process.stderr],
      timeout: 600_000,
    });
    p = found();
  }
  if (!p) {
    const own = process.env.CHROMIUM_PATH === undefined ? chromium.executablePath() : undefined;
    if (own && existsSync(own)) return own;
    throw new NoBrowser(
      process.env.CHROMIUM_PATH !== undefined
        ? `No browser at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}.`
        : "No Chromium or Chrome found: install one (Debian: apt-get install chromium), set CHROMIUM_PATH, or run `npx playwright-core install chromium`.",
    );
  }
  return p;
}

/**
 * The marker on every browser's command line: the Jest run's id (test/global-setup.ts), so that
 * the global teardown finds the browsers of this run and no other process.
 */
export const RUN_MARKER = "--sopimus-test-run=";

export function launch(): Promise<Browser> {
  // A launch after its test file ended (a hook that went on after its time-out) would leave a
  // browser nobody closes.
  if (launchesEnded()) return Promise.reject(new Error("A browser was asked for after its test file had ended."));
  const launching = chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...(process.env.SOPIMUS_TEST_RUN ? [RUN_MARKER + process.env.SOPIMUS_TEST_RUN] : []),
    ],
  });
  register(launching);
  return launching;
}

/** Closes `browser` and `server`, each whatever the other does (for a test file's afterAll). */
export async function closeAll(browser: Browser | undefined, server: { close(): Promise<void> } | undefined): Promise<void> {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
}

/** Why dist/ cannot be used as it is (missing, or older than a source file), or undefined when it is current. */
export function distProblem(): string | undefined {
  const page = path.join(DIST, "taskpane.html");
  if (!existsSync(page) || !existsSync(path.join(DIST, "index.html"))) return "dist/ has no built pages";
  const built = statSync(page).mtimeMs;
  const newer = [newestFile(path.join(ROOT, "src")), path.join(ROOT, "webpack.config.js"), path.join(ROOT, "manifest.xml")]
    .map((f) => ({ f, t: statSync(f).mtimeMs }))
    .filter(({ t }) => t > built)
    .sort((a, b) => b.t - a.t)[0];
  return newer ? `dist/ is older than ${path.relative(ROOT, newer.f)}` : undefined;
}

/** Folders of src/ that no page includes. */
const NOT_IN_PAGES = new Set(["cli", "scripts"].map((d) => path.join(ROOT, "src", d)));

function newestFile(dir: string): string {
  let best = { f: dir, t: -1 };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!NOT_IN_PAGES.has(p)) walk(p);
      } else {
        const t = statSync(p).mtimeMs;
        if (t > best.t) best = { f: p, t };
      }
    }
  };
  walk(dir);
  return best.f;
}

/**
 * For the browser tests: dist/ must hold a current production build (`npm test` makes one before
 * Jest starts; alone, run `npm run build` first). Throws saying what is wrong and what to run.
 */
export function requireBuilt(): void {
  const problem = distProblem();
  if (problem) throw new Error(`${problem}: run \`npm run build\` first (\`npm test\` does it before Jest).`);
}

/** Builds the pane (webpack, production) unless dist/ is newer than every source file (for the benchmark). */
export function ensureBuilt(): void {
  if (!distProblem()) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Serves dist/ on 127.0.0.1 at a free port. */
export async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/+/, "") || "taskpane.html");
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a browser's keep-alive connections would hold it open
      }),
  };
}
