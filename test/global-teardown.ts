// When Jest ends: any browser of this run still running (its test file's process could not close
// it) is killed by its process id, and said, so that Jest ends instead of waiting for it.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { RUN_MARKER } from "../src/devtools/browser";

/** Process ids whose command line carries this run's marker (Linux's /proc; `ps` elsewhere). */
function browsersOfRun(marker: string): number[] {
  if (existsSync("/proc/self/cmdline")) {
    return readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0").includes(marker);
        } catch {
          return false; // ended meanwhile, or not ours to read
        }
      })
      .map(Number);
  }
  if (process.platform === "win32") return [];
  return execFileSync("ps", ["-axo", "pid=,args="], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.split(/\s+/).includes(marker))
    .map((line) => Number.parseInt(line, 10));
}

export default function globalTeardown(): void {
  const run = process.env.SOPIMUS_TEST_RUN;
  if (!run) return;
  const pids = browsersOfRun(RUN_MARKER + run).filter((pid) => pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (pids.length > 0) process.stderr.write(`global-teardown: killed ${pids.length} browser process(es) the tests left running (${pids.join(", ")})\n`);
}
