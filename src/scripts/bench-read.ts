// Reading without ExcelJS (issue 16), for `npm run bench`: `sopimus --version` against `node -e 0`
// (target: within 2×), and validate of a 1,000- and a 100,000-row workbook with the new reader
// (package-read.ts) and with the ExcelJS reader (xlsx.ts loadXlsx), measured in the same run, each
// in its own process (start, module loading, reading, the engine's check), median of several runs;
// wall and CPU time of each process (user + system: what other work on a shared machine stretches less).
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { WorkbookSpec } from "../domain/template/spec";
import { toBytes, workbookOf } from "../workbook/xlsx";

const LIB = path.join(__dirname, "..");
const BIN = path.join(__dirname, "..", "..", "bin", "sopimus.js");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Prints a process's CPU time (user + system, all threads) to stderr as it exits. */
const CPU_HOOK = `process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeSync(2, "\\nCPU " + (u.user + u.system) / 1000 + "\\n"); });`;

interface Run {
  /** Wall time, ms. */
  wall: number;
  /** CPU time of the process, ms: what the machine's other work does not stretch. */
  cpu: number;
  /** CPU time of reading alone (the file's bytes → the snapshot), ms, where the process says it. */
  read?: number;
}

/** One child process, with the CPU hook; it must exit 0 or 1. */
function spawnRun(hook: string, args: string[]): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["-r", hook, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}`);
  const cpu = Number(/CPU ([\d.]+)\s*$/.exec(r.stderr)?.[1]);
  const read = /^READ ([\d.]+)/m.exec(r.stdout)?.[1];
  return { wall, cpu, ...(read ? { read: Number(read) } : {}) };
}

/** The medians of some runs, rounded. */
function medians(runs: Run[]): Run {
  const read = runs.every((r) => r.read !== undefined) ? { read: Math.round(median(runs.map((r) => r.read!))) } : {};
  return { wall: Math.round(median(runs.map((r) => r.wall))), cpu: Math.round(median(runs.map((r) => r.cpu))), ...read };
}

/**
 * A process that reads `file` with one reader and checks it, as `validate` does; it prints the CPU
 * time of the read alone (after the reader's module is loaded) as "READ <ms>".
 */
function validateWith(reader: "new" | "exceljs", file: string): string[] {
  const [module, call] = reader === "new" ? ["package-read.js", "reader.readSnapshot(data)"] : ["xlsx.js", "reader.loadXlsx(data).then((l) => l.snapshot)"];
  const script = `const data = require("node:fs").readFileSync(${JSON.stringify(file)});
const reader = require(${JSON.stringify(path.join(LIB, "workbook", module))});
const c0 = process.cpuUsage();
${call}.then((s) => { const c = process.cpuUsage(c0); process.stdout.write("READ " + (c.user + c.system) / 1000 + "\\n"); require(${JSON.stringify(path.join(LIB, "domain", "index.js"))}).check(s); });`;
  return ["-e", script];
}

export interface ReadBench {
  /** `sopimus --version` and `node -e 0`: medians of alternating runs; ratio of wall and of CPU time. */
  version: { sopimus: Run; node: Run; ratio: number; cpuRatio: number };
  /** Validate by rows, each a whole process: the new reader, the ExcelJS reader (same script otherwise), and `sopimus validate --json`. */
  validate: Record<string, { newReader: Run; exceljsReader: Run; cpuRatio: number; readCpuRatio: number; cli: Run }>;
}

export async function readBench(benchSpec: (rows: number) => WorkbookSpec, rows: number[] = [1000, 100000]): Promise<ReadBench> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-bench-read-"));
  const hook = path.join(dir, "cpu-hook.js");
  await fs.writeFile(hook, CPU_HOOK);
  const validate: ReadBench["validate"] = {};
  try {
    const sopimus: Run[] = [];
    const node: Run[] = [];
    for (let i = 0; i < 11; i++) {
      node.push(spawnRun(hook, ["-e", "0"]));
      sopimus.push(spawnRun(hook, [BIN, "--version"]));
    }
    const [s, n] = [medians(sopimus), medians(node)];
    const version = { sopimus: s, node: n, ratio: +(s.wall / n.wall).toFixed(2), cpuRatio: +(s.cpu / n.cpu).toFixed(2) };
    for (const count of rows) {
      const file = path.join(dir, `rows-${count}.xlsx`);
      await fs.writeFile(file, await toBytes(workbookOf(benchSpec(count))));
      const runs = count >= 100000 ? 3 : 5;
      const fresh: Run[] = [];
      const old: Run[] = [];
      const cli: Run[] = [];
      for (let i = 0; i < runs; i++) {
        fresh.push(spawnRun(hook, validateWith("new", file)));
        old.push(spawnRun(hook, validateWith("exceljs", file)));
        cli.push(spawnRun(hook, [BIN, "validate", file, "--json"]));
      }
      const [a, b] = [medians(fresh), medians(old)];
      const readCpuRatio = +((b.read ?? 0) / (a.read ?? 1)).toFixed(2);
      validate[count] = { newReader: a, exceljsReader: b, cpuRatio: +(b.cpu / a.cpu).toFixed(2), readCpuRatio, cli: medians(cli) };
    }
    return { version, validate };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The bench's text lines for these figures (wall ms / CPU ms). */
export function readLines(r: ReadBench): string[] {
  const t = (x: Run) => `${x.wall} / ${x.cpu}`;
  return [
    "",
    "reading without ExcelJS                 wall ms / CPU ms",
    `sopimus --version ${t(r.version.sopimus)} vs node -e 0 ${t(r.version.node)}: ${r.version.ratio}× wall, ${r.version.cpuRatio}× CPU   target < 2×`,
    ...Object.entries(r.validate).map(
      ([n, v]) =>
        `validate ${Number(n).toLocaleString("en")} rows: new reader ${t(v.newReader)} (read ${v.newReader.read} CPU), ExcelJS reader ${t(v.exceljsReader)} (read ${v.exceljsReader.read} CPU): ${v.cpuRatio}× CPU, reading ${v.readCpuRatio}×; sopimus validate ${t(v.cli)}`,
    ),
  ];
}
