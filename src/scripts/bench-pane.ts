// The pane's part of the benchmark: per pane command, the context.sync() calls it makes and the
// largest single request or response (estimated as the strict double does: the JSON of what is
// loaded or set), at 10, 10,000 and 100,000 goal rows and on a contract with a 60,000-cell data
// sheet beside it, on the strict Excel double (which refuses anything over 5 MB); and the
// production bundle's size.
import "../devtools/register-mock-manifest";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { CATALOGUE } from "../domain/catalogue/standard-goals";
import { undoEdits } from "../domain/edits";
import { check, refresh } from "../domain/index";
import { insertGoalRow } from "../domain/insert";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { structureEdits } from "../domain/structure";
import { GOAL_HEADER_ROW } from "../domain/template/contract";
import { specToSnapshot, type WorkbookSpec } from "../domain/template/spec";
import { strictExcel } from "../devtools/strict-excel";
import { excelHost, type Host } from "../taskpane/host";

const ROOT = path.join(__dirname, "..", "..");

/** The host calls each pane command makes, as its view makes them. */
const COMMANDS: Record<string, (host: Host) => Promise<unknown>> = {
  check: async (host) => check((await host.read()).snapshot),
  refresh: async (host) => host.write(refresh((await host.read()).snapshot).edits),
  structure: async (host) => host.write(structureEdits(check((await host.read()).snapshot))),
  insert: async (host) => {
    const read = await host.read({ selection: true });
    const at = read.selection ?? (await host.selectedRow());
    const result = insertGoalRow(check(read.snapshot), CATALOGUE[2], at);
    if ("error" in result) throw new Error("insert failed");
    return host.write(result.edits);
  },
  // Choosing a problem selects its cell.
  select: async (host) => host.select("Tavoitteet", `B${GOAL_HEADER_ROW + 1}`),
};
/** The metrics view reads as the check does (one host.read): measured under check. The pane's own undo of a refresh: see measure. */
const NAMES = [...Object.keys(COMMANDS).slice(0, 2), "undo", ...Object.keys(COMMANDS).slice(2)];

export type PaneCost = { syncs: number; payloadBytes: number };
export const PANE_SIZES = ["10", "10000", "100000", "dataSheet"] as const;

/** The contract of 10 goal rows and beside it a data sheet of 3,000 rows by 20 columns (60,000 cells). */
function withDataSheet(spec: (rows: number) => WorkbookSpec): WorkbookSnapshot {
  const snap = specToSnapshot(spec(10));
  const rows = Array.from({ length: 3000 }, (_, r) =>
    Array.from({ length: 20 }, (_, c) => (r === 0 ? { value: `Sarake ${c + 1}` } : c === 0 ? { value: `Rivi ${r}` } : { value: (r * 7 + c * 13) % 1000 })),
  );
  return { ...snap, sheets: [...snap.sheets, { name: "Tiedot", rows }] };
}

/** Runs one command on a fresh strict double; the undo command's syncs count only its write. */
async function measure(snapshot: WorkbookSnapshot, name: string): Promise<PaneCost> {
  const { context, state } = strictExcel(snapshot, { selected: { sheet: "Tavoitteet", row: GOAL_HEADER_ROW + 2 } });
  const host = excelHost((batch) => batch(context), false);
  if (name === "undo") {
    // The refresh that is undone is read and written first; the undo is one write.
    const { edits } = refresh((await host.read()).snapshot);
    await host.write(edits);
    state.syncs.length = 0;
    await host.write(undoEdits(edits));
  } else await COMMANDS[name](host);
  return { syncs: state.syncs.length, payloadBytes: Math.max(0, ...state.syncs.map((s) => Math.max(s.request, s.response))) };
}

/** Per command and workbook size: syncs and the largest payload. */
export async function syncCounts(spec: (rows: number) => WorkbookSpec): Promise<Record<string, Record<string, PaneCost>>> {
  const out: Record<string, Record<string, PaneCost>> = {};
  const snapshots: Record<string, () => WorkbookSnapshot> = {
    "10": () => specToSnapshot(spec(10)),
    "10000": () => specToSnapshot(spec(10000)),
    "100000": () => specToSnapshot(spec(100000)),
    dataSheet: () => withDataSheet(spec),
  };
  for (const size of PANE_SIZES) {
    const snapshot = snapshots[size]();
    for (const name of NAMES) {
      out[name] ??= {};
      out[name][size] = await measure(snapshot, name);
    }
  }
  return out;
}

/** The pane's lines of the printed table; targets from issue 10. */
export function paneLines(costs: Record<string, Record<string, PaneCost>>): string[] {
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  return [
    "pane command   syncs at 10 / 10,000 / 100,000 rows / +60,000-cell sheet   largest payload at each   target ≤ 4 / ≤ 10 syncs, every payload < 4 MB",
    ...Object.entries(costs).map(
      ([name, c]) =>
        `${name.padEnd(15)}${PANE_SIZES.map((s) => String(c[s].syncs))
          .join(" / ")
          .padStart(22)}${" ".repeat(36)}${PANE_SIZES.map((s) => mb(c[s].payloadBytes)).join(" / ")}`,
    ),
  ];
}

function gz(file: string): { raw: number; gzip: number } {
  const data = readFileSync(file);
  return { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
}

function sum(sizes: Array<{ raw: number; gzip: number }>): { raw: number; gzip: number } {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

interface Stats {
  entrypoints: Record<string, { assets: Array<{ name: string }> }>;
  namedChunkGroups: Record<string, { assets: Array<{ name: string }> }>;
}

/**
 * Builds the pane for production and measures the JavaScript each page loads: in Excel
 * (taskpane.html), the bootstrap and the pane's chunks; in file mode (index.html), what it loads
 * beyond those, and the ExcelJS worker apart.
 */
export function bundleSizes(): Record<"excelMode" | "fileModeExtra" | "worker" | "templateLike", { raw: number; gzip: number }> {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  // .bench/ is git-ignored, so a fresh clone has none: make it before webpack writes into it.
  mkdirSync(path.join(ROOT, ".bench"), { recursive: true });
  const statsFile = path.join(ROOT, ".bench", "stats.json");
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [webpack, ...args], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`webpack failed: ${r.stdout}\n${r.stderr}`);
  };
  run(["--mode", "production", "--json", statsFile]);
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
  const js = (assets: Array<{ name: string }>) => assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
  const excel = new Set([...js(stats.entrypoints.taskpane.assets), ...js(stats.namedChunkGroups.pane.assets)]);
  // File mode is its own page (index.html): its entry and its chunks, less what Excel's page loads too.
  const file = js(stats.entrypoints.index.assets).filter((n) => !excel.has(n));
  const dist = path.join(ROOT, "dist");
  const out = path.join(ROOT, ".bench", "template");
  run(["--mode", "production", "--config", path.join(ROOT, "src", "devtools", "template.webpack.config.js"), "--output-path", out]);
  return {
    excelMode: sum([...excel].map((n) => gz(path.join(dist, n)))),
    fileModeExtra: sum(file.map((n) => gz(path.join(dist, n)))),
    worker: gz(path.join(dist, "xlsx-worker.js")),
    templateLike: gz(path.join(out, readdirSync(out).find((f) => f.endsWith(".js")) as string)),
  };
}
