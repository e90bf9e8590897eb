// Inserting a standard goal row from the catalogue into a goal table, in the table's language,
// with its actual linked by formula where the workbook has the figure (fill-rate mean, production).
import type { CatalogueEntry } from "./catalogue/standard-goals";
import type { Edit, RowCell } from "./edits";
import { PORTFOLIO_VALUES } from "./structure";
import { isPrivate } from "./metrics/production";
import type { GoalTable } from "./recognise/tables";
import { columnLetter } from "./snapshot";
import type { Report } from "./validate";

export type InsertResult = { edits: Edit[]; table: GoalTable } | { error: "notInTable" };

function ref(sheet: string, col: number, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetter(col)}${row}`;
}

/** The table a new row at (sheet, row) goes into: between its first goal row and one past its last. */
export function tableAt(report: Report, sheet: string, row: number): GoalTable | undefined {
  return report.detail.tables.find((t) => t.sheet.name === sheet && row > t.headerRow && row <= t.lastRow + 1);
}

function linkedActual(report: Report, entry: CatalogueEntry, at: { sheet: string; row: number }): Omit<RowCell, "col"> | undefined {
  // A link below the inserted row moves down with it.
  const shift = (sheet: string, row: number) => (sheet === at.sheet && row >= at.row ? row + 1 : row);
  if (entry.link === "fillRate") {
    const f = report.detail.fillTables.find((x) => x.table.meanRow !== undefined && x.table.columns.rate !== undefined);
    if (!f || report.fillRate?.average == null) return undefined;
    const name = f.table.sheet.name;
    return { formula: ref(name, f.table.columns.rate!, shift(name, f.table.meanRow!)), value: String(report.fillRate.average) };
  }
  if (entry.link === "production") {
    const p = report.detail.production;
    const shares = report.productionShares;
    if (!p || !shares) return undefined;
    const name = p.sheet.name;
    const sum = (priv: boolean) =>
      p.rows
        .filter((r) => isPrivate(r.kind, report.detail.settings) === priv)
        .map((r) => ref(name, p.countCol, shift(name, r.row)))
        .join("+") || "0";
    const words =
      report.detail.tables[0]?.lang === "sv"
        ? ["Egen produktion", "privat"]
        : report.detail.tables[0]?.lang === "en"
          ? ["Own production", "private"]
          : ["Oma tuotanto", "yksityinen"];
    return {
      formula: `"${words[0]} "&(${sum(false)})&", ${words[1]} "&(${sum(true)})`,
      value: `${words[0]} ${shares.own}, ${words[1]} ${shares.private}`,
    };
  }
  return undefined;
}

export function insertGoalRow(report: Report, entry: CatalogueEntry, at: { sheet: string; row: number }): InsertResult {
  const table = tableAt(report, at.sheet, at.row);
  if (!table) return { error: "notInTable" };
  const c = table.columns;
  const lang = table.lang;
  const cells: RowCell[] = [];
  if (c.goal !== undefined) cells.push({ col: c.goal, value: entry.goal[lang] });
  if (c.metric !== undefined) cells.push({ col: c.metric, value: entry.metric[lang] });
  if (c.target !== undefined) cells.push({ col: c.target, value: entry.target[lang] });
  if (c.portfolio !== undefined) cells.push({ col: c.portfolio, value: PORTFOLIO_VALUES[lang][1] });
  const actual = linkedActual(report, entry, at);
  const actualCol = c.actual ?? c.interim;
  if (actual && actualCol !== undefined) cells.push({ col: actualCol, ...actual });
  // Excel and ExcelJS give an inserted row the formats of the row above: right under the header
  // that is the header's (bold, fill, wrap), so the new row copies the first goal row's instead.
  const underHeader = at.row === table.headerRow + 1 && table.lastRow > table.headerRow;
  return { edits: [{ kind: "insertRow", sheet: at.sheet, row: at.row, cells, ...(underHeader ? { formatFrom: at.row + 1 } : {}) }], table };
}
