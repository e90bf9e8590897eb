// The summary of a unit workbook and the single-file checks agree figure for figure (issue 12):
// for every gallery and sample workbook, summary's goal rows, errors and warnings are validate's,
// and its statuses are refresh's status summary; its goal rows are refresh's goal rows.
import { promises as fs } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { tempDir } from "../fixtures/xlsx";

async function json(argv: string[]): Promise<unknown> {
  let out = "";
  await main(argv, { out: (s) => (out += s), err: () => undefined, tty: false });
  return JSON.parse(out);
}

const GALLERY = path.join(__dirname, "..", "gallery");
const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

interface UnitDoc {
  file: string;
  statuses: Record<string, number>;
  errors: number;
  warnings: number;
  goalRows: number;
}

test("every gallery and sample workbook: summary's figures are validate's and refresh's", async () => {
  const out = await tempDir();
  const inputs = [GALLERY, SAMPLES];
  const summary = (await json(["summary", ...inputs, "--json"])) as { units: UnitDoc[]; goals: Array<Record<string, unknown>>; unreadable: unknown[] };
  const validate = (await json(["validate", ...inputs, "--json"])) as Array<{ file: string; summary: { errors: number; warnings: number; goalRows: number } }>;
  const refresh = (await json(["refresh", ...inputs, "--out-dir", out, "--json"])) as Array<{
    file: string;
    summary: Record<string, number>;
    goals: Array<Record<string, unknown>>;
  }>;
  const files = validate.map((v) => v.file);
  expect(files.length).toBeGreaterThanOrEqual(40);
  expect(summary.unreadable).toEqual([]);
  expect(summary.units.map((u) => u.file).sort()).toEqual([...files].sort());
  for (const v of validate) {
    const u = summary.units.find((x) => x.file === v.file) as UnitDoc;
    const r = refresh.find((x) => x.file === v.file)!;
    expect({ file: v.file, goalRows: u.goalRows, errors: u.errors, warnings: u.warnings }).toEqual({
      file: v.file,
      goalRows: v.summary.goalRows,
      errors: v.summary.errors,
      warnings: v.summary.warnings,
    });
    expect({ file: v.file, ...u.statuses }).toEqual({ file: v.file, ...r.summary });
    const goals = summary.goals.filter((g) => g.file === v.file).map((g) => [g.sheet, g.row, g.goal, g.target, g.actual, g.status, g.forecast]);
    expect(goals).toEqual(r.goals.map((g) => [g.sheet, g.row, g.goal, g.target, g.actual, g.status, g.forecast]));
  }
  await fs.rm(out, { recursive: true, force: true });
});
