// Refresh as a list of edits: the status column (label + fill; added at the table's right edge
// when missing), the fill-rate cells and the production shares as Excel formulas.
// The edits touch only cells the product owns, and a second refresh yields none.
import { round2 } from "./decimal";
import { sameFormula, type Before, type CellEdit } from "./edits";
import type { Lang } from "./i18n/lang";
import type { FillRow } from "./metrics/fill-rate";
import type { ProductionBlock } from "./metrics/production";
import { STATUS_FILLS, statusLabel, type Status } from "./parse/words";
import type { FillTable, GoalTable } from "./recognise/tables";
import type { Settings } from "./settings";
import { settingRef, type SettingCell } from "./settings-sheet";
import { cellAt, cellText, columnLetter, isBlank, type Cell, type Sheet } from "./snapshot";
import type { GoalState, Report } from "./validate";

export const STATUS_HEADER: Record<Lang, string> = { fi: "Värikoodi", sv: "Färgkod", en: "Status" };
export const RATE_HEADER: Record<Lang, string> = { fi: "Täyttöaste %", sv: "Fyllnadsgrad %", en: "Fill rate %" };
export const MEAN_LABEL: Record<Lang, string> = { fi: "Keskiarvo", sv: "Medeltal", en: "Average" };
export const SHARE_HEADER: Record<Lang, string> = { fi: "Osuus %", sv: "Andel %", en: "Share %" };

type Place = { row: number; col: number };

function before(sheet: Sheet, row: number, col: number): Before {
  const c = cellAt(sheet, row, col);
  return {
    value: c?.value ?? null,
    ...(c?.date ? { date: true } : {}),
    ...(c?.formula ? { formula: c.formula } : {}),
    ...(c?.fill ? { fill: c.fill } : {}),
    ...(c?.numFmt ? { numFmt: c.numFmt } : {}),
    ...(c?.fontColor ? { fontColor: c.fontColor } : {}),
  };
}

/** The first column right of `lastCol` that is empty on every row from `top` to `bottom`. */
function freeColumn(sheet: Sheet, top: number, bottom: number, lastCol: number): number {
  for (let col = lastCol + 1; ; col++) {
    let free = true;
    for (let r = top; r <= bottom && free; r++) free = isBlank(cellAt(sheet, r, col));
    if (free) return col;
  }
}

function textEdit(sheet: Sheet, at: Place, text: string, styleFrom?: Place, width?: number): CellEdit {
  return {
    kind: "text",
    sheet: sheet.name,
    ...at,
    text,
    before: before(sheet, at.row, at.col),
    ...(styleFrom ? { styleFrom } : {}),
    ...(width ? { width } : {}),
  };
}

/**
 * What a row's status cell should show, or null to leave it as it is. A status the user set by
 * hand on a qualitative row is kept: its word stays, and it gets the colour of that word (or the
 * word of its colour, when the cell was only coloured), so label and colour always agree.
 */
function wanted(g: GoalState, cell: Cell | undefined, lang: Lang): { label: string; fill: string | null } | null {
  const s = g.computed.status;
  if (s !== "none") return { label: statusLabel(s, lang, g.result.forecast), fill: STATUS_FILLS[s] };
  if (g.result.manual) {
    const manual = g.result.status as Exclude<Status, "none">;
    const typed = cellText(cell).trim();
    return { label: typed !== "" ? typed : statusLabel(manual, lang, false), fill: STATUS_FILLS[manual] };
  }
  if (g.typed === "invalid") return null;
  return g.measurable ? { label: statusLabel("none", lang, false), fill: null } : null;
}

/** The table's status column, and the header edit that adds it at the right edge when it is missing. */
export function statusColumn(table: GoalTable): { col: number; header: CellEdit | null } {
  if (table.columns.status !== undefined) return { col: table.columns.status, header: null };
  // The header goes in the band's top row, beside the other column titles.
  const col = freeColumn(table.sheet, table.headerTop, table.lastRow, table.lastCol);
  return { col, header: textEdit(table.sheet, { row: table.headerTop, col }, STATUS_HEADER[table.lang], { row: table.headerTop, col: col - 1 }, 14) };
}

function statusEdits(table: GoalTable, goals: GoalState[], edits: CellEdit[]): void {
  const sheet = table.sheet;
  const { col, header } = statusColumn(table);
  const added = header !== null;
  if (header) edits.push(header);
  for (const g of goals) {
    const row = g.result.row;
    const cell = cellAt(sheet, row, col);
    const w = wanted(g, cell, table.lang);
    if (!w) continue;
    if (cellText(cell) === w.label && (cell?.fill ?? null) === w.fill && !cell?.formula) continue;
    edits.push({
      kind: "status",
      sheet: sheet.name,
      row,
      col,
      label: w.label,
      fill: w.fill,
      before: before(sheet, row, col),
      ...(added ? { styleFrom: { row, col: col - 1 } } : {}),
    });
  }
}

/** The shapes of the formulas the product writes (rates, means, shares), whatever their cells and coefficients. */
const OWN_FORMULA = /^=?IF\((N\([A-Z]+\d+\)>0,100\*\(|COUNT\([A-Z]+\d+:[A-Z]+\d+\)>0,AVERAGE\(|SUM\([A-Z]+\d+:[A-Z]+\d+\)>0,100\*)/;

/** A formula of the product's own shape: written by refresh or a new contract, so right by construction. */
export function isOwnFormula(formula: string): boolean {
  return OWN_FORMULA.test(formula.replace(/\s+/g, "").toUpperCase());
}

/**
 * Writes a computed metric cell only where the product owns it: an empty cell, or one holding the
 * product's own formula. A figure or a formula the user typed is compared by the check, never overwritten.
 */
function formulaEdit(sheet: Sheet, at: Place, formula: string, result: number | string | null, edits: CellEdit[], styleFrom?: Place): void {
  const cell = cellAt(sheet, at.row, at.col);
  if (sameFormula(cell?.formula, formula)) return;
  if (cell?.formula ? !isOwnFormula(cell.formula) : !isBlank(cell)) return;
  edits.push({
    kind: "formula",
    sheet: sheet.name,
    ...at,
    formula,
    result,
    numFmt: "0.00",
    before: before(sheet, at.row, at.col),
    ...(styleFrom ? { styleFrom } : {}),
  });
}

/** How a rate formula weighs a count: by the settings sheet's cell where the workbook has one, else by the figure. */
type Coefficients = Record<"fullTimeCoefficient" | "partTimeCoefficient", string>;

function coefficients(s: Settings, cells: Partial<Record<keyof Settings, SettingCell>>): Coefficients {
  const of = (key: keyof Coefficients) => {
    const cell = cells[key];
    return cell ? settingRef(cell) : String(s[key]);
  };
  return { fullTimeCoefficient: of("fullTimeCoefficient"), partTimeCoefficient: of("partTimeCoefficient") };
}

function fillEdits(t: FillTable, rows: FillRow[], s: Coefficients, edits: CellEdit[]): void {
  const c = t.columns;
  const monthCol = c.month as number;
  if (c.places === undefined || (c.children === undefined && c.fullTime === undefined && c.partTime === undefined)) return;
  const sheet = t.sheet;
  const last = t.months[t.months.length - 1]?.row ?? t.headerRow;
  const meanRow = t.meanRow ?? (isBlank(cellAt(sheet, last + 1, monthCol)) ? last + 1 : undefined);
  let rateCol = c.rate;
  const added = rateCol === undefined;
  if (rateCol === undefined) {
    rateCol = freeColumn(sheet, t.headerRow, meanRow ?? last, t.lastCol);
    edits.push(textEdit(sheet, { row: t.headerRow, col: rateCol }, RATE_HEADER[t.lang], { row: t.headerRow, col: rateCol - 1 }));
  }
  const L = columnLetter;
  for (const r of rows) {
    if (r.notMeasured && r.places === null) continue;
    const p = `${L(c.places)}${r.row}`;
    const weighted =
      c.children !== undefined && !isBlank(cellAt(sheet, r.row, c.children))
        ? `${L(c.children)}${r.row}`
        : [
            c.fullTime !== undefined ? `${L(c.fullTime)}${r.row}*${s.fullTimeCoefficient}` : "",
            c.partTime !== undefined ? `${L(c.partTime)}${r.row}*${s.partTimeCoefficient}` : "",
          ]
            .filter((x) => x !== "")
            .join("+");
    const formula = `IF(N(${p})>0,100*(${weighted})/${p},"")`;
    const styleFrom = added ? { row: r.row, col: rateCol - 1 } : undefined;
    formulaEdit(sheet, { row: r.row, col: rateCol }, formula, r.rate === null ? "" : round2(r.rate), edits, styleFrom);
  }
  if (meanRow === undefined || rows.length === 0) return;
  if (t.meanRow === undefined) edits.push(textEdit(sheet, { row: meanRow, col: monthCol }, MEAN_LABEL[t.lang]));
  const rates = rows.filter((r) => r.rate !== null).map((r) => r.rate as number);
  const mean = rates.length ? round2(rates.reduce((a, b) => a + b, 0) / rates.length) : "";
  const range = `${L(rateCol)}${rows[0].row}:${L(rateCol)}${rows[rows.length - 1].row}`;
  formulaEdit(sheet, { row: meanRow, col: rateCol }, `IF(COUNT(${range})>0,AVERAGE(${range}),"")`, mean, edits);
}

function productionEdits(b: ProductionBlock, lang: Lang, edits: CellEdit[]): void {
  if (b.headerRow === undefined) return;
  const sheet = b.sheet;
  let col = b.shareCol;
  const added = col === undefined;
  if (col === undefined) {
    const widest = Math.max(...[b.headerRow, ...b.rows.map((r) => r.row)].map((r) => sheet.rows[r - 1]?.length ?? 0));
    col = freeColumn(sheet, b.headerRow, b.lastRow, Math.max(b.countCol, widest));
    edits.push(textEdit(sheet, { row: b.headerRow, col }, SHARE_HEADER[lang], { row: b.headerRow, col: col - 1 }));
  }
  const L = columnLetter(b.countCol);
  const total = `SUM(${L}${b.firstRow}:${L}${b.lastRow})`;
  const sum = b.rows.reduce((a, r) => a + r.count, 0);
  for (const r of b.rows) {
    const result = sum > 0 ? round2((100 * r.count) / sum) : "";
    const styleFrom = added ? { row: r.row, col: col - 1 } : undefined;
    formulaEdit(sheet, { row: r.row, col }, `IF(${total}>0,100*${L}${r.row}/${total},"")`, result, edits, styleFrom);
  }
}

/** The computed metric cells: fill-rate rates and mean, production shares, as formulas with number formats. */
export function metricEdits(report: Report): CellEdit[] {
  const edits: CellEdit[] = [];
  const { tables, fillTables, production, settings, settingCells } = report.detail;
  for (const f of fillTables) fillEdits(f.table, f.rows, coefficients(settings, settingCells ?? {}), edits);
  if (production) productionEdits(production, tables[0]?.lang ?? "fi", edits);
  return edits;
}

export function refreshEdits(report: Report): CellEdit[] {
  const edits: CellEdit[] = [];
  const byTable = new Map<GoalTable, GoalState[]>();
  for (const g of report.detail.goals) {
    const list = byTable.get(g.table);
    if (list) list.push(g);
    else byTable.set(g.table, [g]);
  }
  for (const t of report.detail.tables) statusEdits(t, byTable.get(t) ?? [], edits);
  return [...edits, ...metricEdits(report)];
}
