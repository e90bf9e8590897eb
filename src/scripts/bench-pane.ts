// The pane's part of the benchmark: context.sync() calls per pane command at 10 and 10,000 goal
// rows on an office-addin-mock Excel (against one sync per row the cell-by-cell way), and the
// production bundle's size.
import "../devtools/register-mock-manifest";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { CATALOGUE } from "../domain/catalogue/standard-goals";
import { check, refresh } from "../domain/index";
import { insertGoalRow } from "../domain/insert";
import { structureEdits } from "../domain/structure";
import { GOAL_HEADER_ROW } from "../domain/template/contract";
import { specToSnapshot, type WorkbookSpec } from "../domain/template/spec";
import { excelMock } from "../devtools/excel-mock";
import { excelHost, type Host } from "../taskpane/host";

const ROOT = path.join(__dirname, "..", "..");

/** The host calls each pane command makes, as its view makes them. */
const COMMANDS: Record<string, (host: Host, rows: number) => Promise<unknown>> = {
  check: async (host) => check((await host.read()).snapshot),
  refresh: async (host) => host.write(refresh((await host.read()).snapshot).edits),
  structure: async (host) => host.write(structureEdits(check((await host.read()).snapshot))),
  insert: async (host) => {
    const at = await host.selectedRow();
    const result = insertGoalRow(check((await host.read()).snapshot), CATALOGUE[2], at);
    if ("error" in result) throw new Error("insert failed");
    return host.write(result.edits);
  },
  metrics: async (host) => check((await host.read()).snapshot),
};

export async function syncCounts(spec: (rows: number) => WorkbookSpec): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [name, command] of Object.entries(COMMANDS)) {
    out[name] = {};
    for (const rows of [10, 10000]) {
      const { context } = excelMock(specToSnapshot(spec(rows)), { selected: { sheet: "Tavoitteet", row: GOAL_HEADER_ROW + 2 } });
      let syncs = 0;
      const sync = context.sync.bind(context);
      context.sync = (() => {
        syncs++;
        return sync();
      }) as typeof context.sync;
      await command(
        excelHost((batch) => batch(context), false),
        rows,
      );
      out[name][rows] = syncs;
    }
  }
  return out;
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
 * Builds the pane for production and measures the JavaScript each mode loads: in Excel, the
 * bootstrap and the pane's chunks; in file mode, its own chunks and the ExcelJS worker apart.
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
  const file = js(stats.namedChunkGroups["file-mode"].assets).filter((n) => !excel.has(n));
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
