// Real-browser test support: a Chromium found or installed by itself, the pane built when its
// sources are newer than dist/, and dist/ served on 127.0.0.1 (no other address is ever used).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

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

function found(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

/** Debian's Chromium (installed with apt-get when we are root), an installed Chrome, or Playwright's own browser. */
export function chromiumPath(): string {
  let p = found();
  if (!p && process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    spawnSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], { stdio: "inherit", timeout: 600_000 });
    p = found();
  }
  if (!p) {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
    throw new Error(
      "No Chromium or Chrome found: install one (Debian: apt-get install chromium), set CHROMIUM_PATH, or run `npx playwright-core install chromium`.",
    );
  }
  return p;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
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
    ],
  });
}

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

/** Builds the pane (webpack, production) unless dist/ is newer than every source file. */
export function ensureBuilt(): void {
  const built = existsSync(path.join(DIST, "taskpane.html")) ? statSync(path.join(DIST, "taskpane.html")).mtimeMs : 0;
  const sources = Math.max(
    newest(path.join(ROOT, "src")),
    statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
    statSync(path.join(ROOT, "manifest.xml")).mtimeMs,
  );
  if (built > sources) return;
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
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
