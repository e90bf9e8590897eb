// Office.js adapter: reads the open workbook into a snapshot and writes edits back, in a constant
// number of context.sync() calls whatever the row count (two to read, one to write, more only to
// stay under the 5 MB request limit of Excel on the web). Thin on purpose: the engine decides,
// this file only moves data.
import { isCellEdit, type CellEdit, type Edit, type RowCell } from "../domain/edits";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { columnLetter } from "../domain/snapshot";
import type { SpecSheet } from "../domain/template/spec";
import { a1Range, sheetFromRange } from "./excel-cells";

export interface ExcelWorkbook {
  snapshot: WorkbookSnapshot;
  /** Sheets whose protection refuses writes. */
  protectedSheets: string[];
}

/** A sheet that refuses writes: nothing was written. */
export class ProtectedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet ${sheet} is protected`);
  }
}

/** Stay well under Excel on the web's 5 MB request limit. */
export const REQUEST_BUDGET = 4_000_000;

export async function readWorkbook(context: Excel.RequestContext): Promise<ExcelWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const parts = sheets.items.map((ws) => {
    // Values only: formatting applied to whole columns would stretch the range to a million rows.
    const range = ws.getUsedRange(true);
    range.load("address,values,formulas,numberFormat");
    const fills = range.getCellProperties({ format: { fill: { color: true } } });
    ws.protection.load("protected");
    return { ws, range, fills };
  });
  await context.sync();
  return {
    snapshot: {
      unsupported: [],
      sheets: parts.map(({ ws, range, fills }) =>
        sheetFromRange({
          name: ws.name,
          address: range.address,
          values: range.values,
          formulas: range.formulas,
          numberFormat: range.numberFormat,
          fills: fills.value.map((row) => row.map((p) => p.format?.fill?.color)),
        }),
      ),
    },
    protectedSheets: parts.filter((p) => p.ws.protection.protected).map((p) => p.ws.name),
  };
}

/** Cell edits of one column and kind on consecutive rows: written as one range. */
interface Run {
  sheet: string;
  col: number;
  first: number;
  edits: CellEdit[];
}

function runs(edits: CellEdit[]): Run[] {
  const out: Run[] = [];
  const sorted = [...edits].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  for (const e of sorted) {
    const last = out[out.length - 1];
    const prev = last?.edits[last.edits.length - 1];
    if (last && prev && last.sheet === e.sheet && last.col === e.col && prev.row + 1 === e.row && prev.kind === e.kind && !!prev.styleFrom === !!e.styleFrom) {
      last.edits.push(e);
    } else out.push({ sheet: e.sheet, col: e.col, first: e.row, edits: [e] });
  }
  return out;
}

function fillRuns<T>(items: T[], key: (t: T) => string | null): Array<{ from: number; to: number; key: string | null }> {
  const out: Array<{ from: number; to: number; key: string | null }> = [];
  items.forEach((t, i) => {
    const k = key(t);
    const last = out[out.length - 1];
    if (last && last.key === k) last.to = i;
    else out.push({ from: i, to: i, key: k });
  });
  return out;
}

/** Queues one run's writes; returns the request size it adds, roughly. */
function writeRun(ws: Excel.Worksheet, run: Run): number {
  const last = run.first + run.edits.length - 1;
  const range = ws.getRange(a1Range(run.col, run.first, last));
  const first = run.edits[0];
  if (first.styleFrom) range.copyFrom(ws.getRange(a1Range(first.styleFrom.col, run.first, last)), "Formats");
  const colour = (fill: string | null, from: number, to: number) => {
    const part = ws.getRange(a1Range(run.col, run.first + from, run.first + to));
    if (fill) part.format.fill.color = `#${fill}`;
    else part.format.fill.clear();
  };
  let size = 200;
  switch (first.kind) {
    case "status": {
      const labels = run.edits.map((e) => [e.kind === "status" ? e.label : ""]);
      range.values = labels;
      range.format.font.color = "#000000";
      for (const f of fillRuns(run.edits, (e) => (e.kind === "status" ? e.fill : null))) colour(f.key, f.from, f.to);
      size += JSON.stringify(labels).length;
      break;
    }
    case "text": {
      const texts = run.edits.map((e) => [e.kind === "text" ? e.text : ""]);
      range.values = texts;
      if (first.kind === "text" && first.width) range.format.columnWidth = first.width * 7;
      size += JSON.stringify(texts).length;
      break;
    }
    case "formula": {
      const formulas = run.edits.map((e) => [e.kind === "formula" ? `=${e.formula}` : ""]);
      range.formulas = formulas;
      range.numberFormat = run.edits.map((e) => [(e.kind === "formula" && e.numFmt) || "General"]);
      size += JSON.stringify(formulas).length * 2;
      break;
    }
  }
  return size;
}

function writeRestore(ws: Excel.Worksheet, e: Extract<Edit, { kind: "restore" }>): number {
  const cell = ws.getRange(a1Range(e.col, e.row, e.row));
  cell.formulas = [[e.before.formula ? `=${e.before.formula}` : ((e.before.value ?? "") as string)]];
  if (e.before.fill) cell.format.fill.color = `#${e.before.fill}`;
  else cell.format.fill.clear();
  return 200;
}

function writeRowCells(ws: Excel.Worksheet, row: number, cells: RowCell[]): number {
  for (const c of cells) ws.getRange(`${columnLetter(c.col)}${row}`).formulas = [[c.formula ? `=${c.formula}` : (c.value ?? "")]];
  return 200 + JSON.stringify(cells).length;
}

function writeSheet(context: Excel.RequestContext, s: SpecSheet): number {
  const ws = context.workbook.worksheets.add(s.name);
  for (const c of s.cells) {
    const cell = ws.getRange(`${columnLetter(c.col)}${c.row}`);
    cell.formulas = [[c.formula ? `=${c.formula}` : (c.value ?? "")]];
    if (c.bold) cell.format.font.bold = true;
    if (c.italic) cell.format.font.italic = true;
    if (c.wrap) cell.format.wrapText = true;
    if (c.fill) cell.format.fill.color = `#${c.fill}`;
    if (c.numFmt) cell.numberFormat = [[c.numFmt]];
  }
  s.widths?.forEach((w, i) => (ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * 7));
  for (const l of s.lists ?? []) ws.getRange(l.range).dataValidation.rule = { list: { inCellDropDown: true, source: l.values.join(",") } };
  if (s.freezeRow) ws.freezePanes.freezeRows(s.freezeRow);
  return 200 + JSON.stringify(s.cells).length * 2;
}

/**
 * Writes the edits: refuses, writing nothing, when one of them falls on a protected sheet; then
 * queues every write and syncs once (more only when the request would pass the size budget).
 * Returns the number of context.sync() calls made.
 */
export async function writeEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  protectedSheets: readonly string[],
  budget = REQUEST_BUDGET,
): Promise<number> {
  const locked = edits.map((e) => (e.kind === "addSheet" ? undefined : e.sheet)).find((s) => s !== undefined && protectedSheets.includes(s));
  if (locked) throw new ProtectedSheetError(locked);
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  let syncs = 0;
  let pending = 0;
  const queued = async (size: number) => {
    pending += size;
    if (pending > budget) {
      await context.sync();
      syncs++;
      pending = 0;
    }
  };
  // Rows are inserted and sheets added first: the cell edits that follow address the result.
  for (const e of edits) {
    if (e.kind === "addSheet") await queued(writeSheet(context, e.spec));
    else if (e.kind === "insertRow") {
      const ws = sheet(e.sheet);
      ws.getRange(`${e.row}:${e.row}`).insert("Down");
      await queued(writeRowCells(ws, e.row, e.cells));
    }
  }
  for (const run of runs(edits.filter(isCellEdit))) await queued(writeRun(sheet(run.sheet), run));
  for (const e of edits) {
    if (e.kind === "restore") await queued(writeRestore(sheet(e.sheet), e));
    else if (e.kind === "list") {
      const range = sheet(e.sheet).getRange(a1Range(e.col, e.row, e.row + e.rows - 1));
      range.dataValidation.clear(); // only ever on cells the product owns
      range.dataValidation.rule = { list: { inCellDropDown: true, source: e.values.join(",") } };
      await queued(300);
    } else if (e.kind === "freeze") {
      sheet(e.sheet).freezePanes.freezeRows(e.rows);
      await queued(100);
    }
  }
  if (pending > 0 || syncs === 0) {
    await context.sync();
    syncs++;
  }
  return syncs;
}

/** Selects a cell for the user (an issue's cell). One sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** The selected cell's sheet and row, for inserting a goal row there. One sync. */
export async function selectedRow(context: Excel.RequestContext): Promise<{ sheet: string; row: number }> {
  const range = context.workbook.getSelectedRange();
  range.load("rowIndex");
  range.worksheet.load("name");
  await context.sync();
  return { sheet: range.worksheet.name, row: range.rowIndex + 1 };
}
