// Writing by editing the package (issue 16), for `npm run bench`: `sopimus refresh -o` of a 1,000-
// and a 100,000-row workbook against a floor measured in the same run on the same file: a process
// that unzips every entry, scans the sheet XML for its cells and deflates every entry again with
// Node's zlib (what any writer of the whole package must at least do). Targets: refresh within
// 1.5× the floor at 1,000 rows and 2× at 100,000. Each in its own process, median of several runs.
import { spawnSync } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { WorkbookSpec } from "../domain/template/spec";
import zlib from "node:zlib";
import { check, refresh } from "../domain/index";
import { editPackage } from "../workbook/package-edit";
import { readSnapshot } from "../workbook/package-read";
import { openZip } from "../workbook/package-zip";
import { specToBytesStreaming } from "../workbook/xlsx-stream";

const LIB = path.join(__dirname, "..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Wall and CPU time (user + system, ms) of one child process, which must exit 0 or 1. CPU time is
 * what the child reports at exit: on a shared machine wall time waits for other processes.
 */
function spawnTimes(script: string, argv: string[], cpuFile: string): { wall: number; cpu: number } {
  const hook = `process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1000)); });`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ["-e", hook + script, "--", ...argv], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench child failed: ${r.stderr}`);
  return { wall, cpu: Number(readFileSync(cpuFile, "utf8")) };
}

/** The floor: unzip every entry, scan the sheets' cells, deflate every entry again, write the bytes. */
function floorScript(file: string, out: string): string {
  return `const fs = require("node:fs"), zlib = require("node:zlib");
const { openZip } = require(${JSON.stringify(path.join(LIB, "workbook", "package-zip.js"))});
const pkg = openZip(fs.readFileSync(${JSON.stringify(file)}));
const parts = []; let cells = 0;
for (const e of pkg.entries) {
  const raw = pkg.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const data = e.method === 8 ? zlib.inflateRawSync(raw) : raw;
  if (/^xl\\/worksheets\\/[^/]+\\.xml$/.test(e.name)) {
    const xml = data.toString("utf8");
    for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cells++;
  }
  parts.push(zlib.deflateRawSync(data));
}
fs.writeFileSync(${JSON.stringify(out)}, Buffer.concat(parts));
process.stdout.write(String(cells));`;
}

/** The command line as bin/sopimus.js runs it, with these arguments. */
function cliScript(): string {
  return `process.argv.splice(1, 0, "sopimus"); require(${JSON.stringify(path.join(LIB, "cli", "main.js"))}).run();`;
}

/** How refresh and the floor are measured, said in the output so that no one compares unlike things. */
export const WRITE_METHOD =
  "refresh -o, the floor and validate each as a new node process (node's start included in all); CPU = the child's user + system time at exit; medians of interleaved runs";

export interface WriteBench {
  method: string;
  /**
   * Median ms per row count: wall and CPU time of refresh -o and of the floor, and their ratios; and
   * of `validate --json` of the same file (reading and checking, no write), the work every refresh
   * must also do: `checkCpuRatio` = refresh ÷ validate says what writing adds to it.
   */
  rows: Record<
    string,
    {
      refreshWall: number;
      floorWall: number;
      refreshCpu: number;
      floorCpu: number;
      wallRatio: number;
      cpuRatio: number;
      checkWall: number;
      checkCpu: number;
      checkCpuRatio: number;
    }
  >;
  /**
   * The write alone, in this process, CPU ms: editPackage with the refresh's edits against the
   * floor's unzip, scan and re-zip (zlib) of the same bytes; and, measured once, reading the
   * package into a snapshot (`readCpu`) and the engine's check of it (`checkCpu`), which every
   * refresh must do whatever it writes: together a lower bound for refresh beside the floor.
   */
  write: Record<string, { editCpu: number; floorCpu: number; ratio: number; edits: number; readCpu: number; checkCpu: number }>;
}

function cpuMs(fn: () => void): number {
  const u = process.cpuUsage();
  fn();
  const d = process.cpuUsage(u);
  return (d.user + d.system) / 1000;
}

async function cpuMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const u = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(u);
  return (d.user + d.system) / 1000;
}

function floorInProcess(bytes: Uint8Array): void {
  const pkg = openZip(bytes);
  const parts: Buffer[] = [];
  let cells = 0;
  for (const e of pkg.entries) {
    const raw = pkg.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const data = e.method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      const xml = data.toString("utf8");
      for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cells++;
    }
    parts.push(zlib.deflateRawSync(data));
  }
  if (Buffer.concat(parts).length === 0 || cells < 0) throw new Error("empty");
}

async function writeOnly(bytes: Uint8Array, runs: number): Promise<WriteBench["write"][string]> {
  // The parts every refresh must do, once each (the check's first pass: texts not seen before).
  let snapshot: Awaited<ReturnType<typeof readSnapshot>> | undefined;
  const readCpu = await cpuMsAsync(async () => (snapshot = await readSnapshot(bytes)));
  const checkCpu = cpuMs(() => check(snapshot!, "fi"));
  const { edits } = refresh(snapshot!, "fi");
  const edit: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push(cpuMs(() => floorInProcess(bytes)));
    edit.push(await cpuMsAsync(() => editPackage(bytes, edits)));
  }
  return {
    editCpu: Math.round(median(edit)),
    floorCpu: Math.round(median(floor)),
    ratio: Math.round((100 * median(edit)) / median(floor)) / 100,
    edits: edits.length,
    readCpu: Math.round(readCpu),
    checkCpu: Math.round(checkCpu),
  };
}

export async function writeBench(spec: (rows: number) => WorkbookSpec): Promise<WriteBench> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-bench-write-"));
  const cpuFile = path.join(dir, "cpu.txt");
  const r2 = (x: number) => Math.round(100 * x) / 100;
  try {
    const rows: WriteBench["rows"] = {};
    const write: WriteBench["write"] = {};
    for (const [n, runs] of [
      [1000, 5],
      [100000, Number(process.env.SOPIMUS_BENCH_RUNS_100K ?? 3)],
    ] as const) {
      const file = path.join(dir, `rows-${n}.xlsx`);
      const bytes = await specToBytesStreaming(spec(n));
      await fs.writeFile(file, bytes);
      write[n] = await writeOnly(bytes, runs);
      const refresh: Array<{ wall: number; cpu: number }> = [];
      const floor: Array<{ wall: number; cpu: number }> = [];
      const check: Array<{ wall: number; cpu: number }> = [];
      // Interleaved, so that all three see the same load on a shared machine.
      for (let i = 0; i < runs; i++) {
        floor.push(spawnTimes(floorScript(file, path.join(dir, "floor.bin")), [], cpuFile));
        refresh.push(spawnTimes(cliScript(), ["refresh", file, "-o", path.join(dir, "out.xlsx"), "--force", "--json"], cpuFile));
        check.push(spawnTimes(cliScript(), ["validate", file, "--json"], cpuFile));
      }
      const m = (xs: Array<{ wall: number; cpu: number }>, k: "wall" | "cpu") => median(xs.map((x) => x[k]));
      rows[n] = {
        refreshWall: Math.round(m(refresh, "wall")),
        floorWall: Math.round(m(floor, "wall")),
        refreshCpu: Math.round(m(refresh, "cpu")),
        floorCpu: Math.round(m(floor, "cpu")),
        wallRatio: r2(m(refresh, "wall") / m(floor, "wall")),
        cpuRatio: r2(m(refresh, "cpu") / m(floor, "cpu")),
        checkWall: Math.round(m(check, "wall")),
        checkCpu: Math.round(m(check, "cpu")),
        checkCpuRatio: r2(m(refresh, "cpu") / m(check, "cpu")),
      };
    }
    return { method: WRITE_METHOD, rows, write };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function writeLines(w: WriteBench): string[] {
  return [
    `refresh against the floor: ${w.method}`,
    ...Object.entries(w.rows).map(
      ([n, r]) =>
        `cli refresh -o, ${Number(n).toLocaleString("en")} rows: wall ${r.refreshWall} ms (floor ${r.floorWall}, ${r.wallRatio}×), CPU ${r.refreshCpu} ms (floor ${r.floorCpu}, ${r.cpuRatio}×)   target ${n === "1000" ? "1.5" : "2"}×`,
    ),
    ...Object.entries(w.rows).map(
      ([n, r]) =>
        `  against validate of the same file (read + check, no write), ${Number(n).toLocaleString("en")} rows: CPU ${r.checkCpu} ms, refresh ${r.checkCpuRatio}× of it`,
    ),
    ...Object.entries(w.write).map(
      ([n, r]) =>
        `  in process, ${Number(n).toLocaleString("en")} rows: the write alone (editPackage, ${r.edits} edits) CPU ${r.editCpu} ms, floor ${r.floorCpu} ms, ${r.ratio}×; reading alone ${r.readCpu} ms, the check alone ${r.checkCpu} ms`,
    ),
  ];
}

/** `node lib/scripts/bench-write.js`: this part alone. */
if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bench's own workbook spec
  const { benchSpec } = require("./bench") as typeof import("./bench");
  void writeBench(benchSpec).then((w) =>
    process.stdout.write(process.argv.includes("--json") ? JSON.stringify(w, null, 2) + "\n" : writeLines(w).join("\n") + "\n"),
  );
}
