// Runs the command line given as arguments (`<bin> summary …`) in this process and, at exit, says
// its peak resident memory on stderr ("peakKB=…"): the summary benchmark's memory probe.
import { readFileSync } from "node:fs";

function peakKB(): number {
  // Linux: the high-water mark of the resident set; elsewhere Node's maxRSS (kilobytes).
  const hwm = /VmHWM:\s*(\d+)\s*kB/.exec(
    (() => {
      try {
        return readFileSync("/proc/self/status", "utf8");
      } catch {
        return "";
      }
    })(),
  );
  return hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS;
}

const [bin, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bin, ...args];
process.on("exit", () => process.stderr.write(`\npeakKB=${peakKB()}\n`));
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(bin);
