// Every browser a test starts is closed however the test ends, so that Jest ends on its own
// (issue 20: a Chromium launched after a hook's time-out kept Jest waiting for 40 minutes). Runs
// Jest, with this project's configuration, on three test files that leave browsers behind.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { RUN_MARKER } from "../../src/devtools/browser";

const ROOT = path.join(__dirname, "..", "..");

/** Process ids whose command line holds `marker` (Linux). */
function withMarker(marker: string): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, "utf8").includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

test("browsers left by failed hooks and unclosed tests are closed, said, and Jest ends", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = { ...require(path.join(ROOT, "jest.config.js")), rootDir: ROOT, roots: ["<rootDir>/test/e2e/leaky"], testMatch: ["**/*.leak.ts"] };
  // The time limit only keeps a regression from hanging this test: it is not what is tested.
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "jest", "bin", "jest.js"), "--config", JSON.stringify(config), "--runInBand"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 200_000,
    env: { ...process.env, SOPIMUS_TEST_RUN: "" },
  });
  expect(r.signal).toBeNull(); // ended on its own
  // late-launch.leak.ts's launch was refused (else two browsers killed, or Jest waiting).
  expect(r.stderr).toMatch(/Tests: +2 failed, 1 passed, 3 total/);
  expect(r.stderr).toMatch(/global-teardown: killed 1 browser process\(es\) the tests left running/);
  expect(r.stderr).toMatch(/close-browsers: closed 1 browser\(s\) still launching after their hook had timed out \(.*racing-launch\.leak\.ts\)/);
  // In band, the run's id starts with the Jest process's id (test/global-setup.ts).
  if (process.platform === "linux") expect(withMarker(`${RUN_MARKER}${r.pid}-`)).toEqual([]);
}, 240_000);
