// The pane's part of the benchmark: context.sync() calls per pane command at 10 and 10,000 goal
// rows on an office-addin-mock Excel (against one sync per row the cell-by-cell way), and the
// production bundle's size.
import "../devtools/register-mock-manifest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
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

function jsSize(dir: string, prefix: string): { raw: number; gzip: number } {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".js"));
  if (!file) throw new Error(`no ${prefix}*.js in ${dir}`);
  const data = readFileSync(path.join(dir, file));
  return { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
}

/** Builds the pane for production and measures its initial JavaScript, beside a template-like pane. */
export function bundleSizes(): { taskpane: { raw: number; gzip: number }; templateLike: { raw: number; gzip: number } } {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [webpack, ...args], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`webpack failed: ${r.stdout}\n${r.stderr}`);
  };
  run(["--mode", "production"]);
  const taskpane = jsSize(path.join(ROOT, "dist"), "taskpane.");
  const out = path.join(ROOT, ".bench", "template");
  run(["--mode", "production", "--config", path.join(ROOT, "src", "devtools", "template.webpack.config.js"), "--output-path", out]);
  return { taskpane, templateLike: jsSize(out, "main") };
}
