// The benchmark's hostile figure for reading files: the peak memory of `sopimus validate` on a
// 2 MB zip bomb (a real workbook plus one entry that inflates to 2 GB of zeros and says so), which
// took 2.26 GB before the limits of src/workbook/zip-limits.ts and is refused from the zip's directory.
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { zipBomb } from "../devtools/raw-zip";

/** Peak resident memory (MB) of a command-line process that validates a 2 GB zip bomb. */
export async function bombPeakMB(dir: string, workbook: Uint8Array): Promise<number> {
  const file = path.join(dir, "pommi.xlsx");
  await fs.writeFile(file, await zipBomb(workbook, 2047 * 2 ** 20));
  const cli = path.join(__dirname, "..", "cli", "main.js");
  const script = `require(${JSON.stringify(cli)}).main(["validate", ${JSON.stringify(file)}, "--json"], { out() {}, err() {}, tty: false })
    .then(() => process.stdout.write(String(process.resourceUsage().maxRSS)))`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bomb run failed: ${r.stderr}`);
  return Math.round(Number(r.stdout) / 1024);
}
