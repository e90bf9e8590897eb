// Office.js adapter: reads the open workbook into a snapshot and writes edits back, in a constant
// number of context.sync() calls whatever the row count (two to read, one to write, more only to
// stay under the 5 MB request limit of Excel on the web). Thin on purpose: the engine decides,
// this file only moves data.
import { isCellEdit, type Before, type CellEdit, type Edit, type RowCell } from "../domain/edits";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { columnLetter } from "../domain/snapshot";
import type { SpecCell, SpecSheet } from "../domain/template/spec";
import { a1Range, jsonBytes, sheetFromRange, topLeft, typed, typedText } from "./excel-cells";
import { blockAddress, blocksOf, writeLook } from "./excel-look";
import { checkUnchanged, planGuards, type Guard } from "./excel-stale";

export { StaleCellsError } from "./excel-stale";

export interface ExcelWorkbook {
  snapshot: WorkbookSnapshot;
  /** Sheets whose protection refuses writes. */
  protectedSheets: string[];
  /** The workbook's structure is protected: no sheet can be added. */
  structureProtected: boolean;
  /** Hidden sheets: panes cannot be frozen on them. */
  hiddenSheets: string[];
  /** The selected cell's sheet and row, when asked for (inserting a goal row there). */
  selection?: { sheet: string; row: number };
}

/** A sheet that refuses writes: nothing was written. */
export class ProtectedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet ${sheet} is protected`);
  }
}

/** A workbook whose structure is protected: a sheet cannot be added; nothing was written. */
export class StructureProtectedError extends Error {
  constructor() {
    super("the workbook's structure is protected");
  }
}

/** A hidden sheet: its panes cannot be frozen; nothing was written. */
export class HiddenSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet ${sheet} is hidden`);
  }
}

/** What refuses a write, as the last read saw it (a list: protected sheets only). */
export type Locks = readonly string[] | Pick<ExcelWorkbook, "protectedSheets" | "structureProtected" | "hiddenSheets">;

/** Stay well under Excel on the web's 5 MB request and response limit. */
export const REQUEST_BUDGET = 4_000_000;

/**
 * What one cell of a read costs in the response, estimated before reading: its text or formula
 * once (a goal text of ~60 characters), its number format, its fill and font colour
 * ({"format":{"fill":{"color":"#FFFFFF"},"font":…}}), with JSON's quotes and commas. Only an
 * estimate: where Excel refuses a block all the same, it is read again in halves.
 */
export const READ_CELL_BYTES = 200;

/** Past this many used cells the workbook is refused before anything is read (Excel itself may return null past 5 million). */
export const MAX_READ_CELLS = 2_000_000;

/** A workbook too large to read or write within Excel's payload limits: nothing was read or written. */
export class TooLargeError extends Error {
  constructor(readonly cells: number) {
    super(`the workbook's used ranges hold ${cells} cells, too many to read within Excel's request limits`);
  }
}

interface Block {
  sheet: number;
  /** Rows from the used range's first, 0-based, and their count. */
  from: number;
  rows: number;
}

/** Splits every sheet's used range into row blocks, and the blocks into syncs, each under the budget. */
export function readPlan(sheets: Array<{ rows: number; cols: number }>, budget = REQUEST_BUDGET, cellBytes = READ_CELL_BYTES): Block[][] {
  const cells = sheets.reduce((n, s) => n + s.rows * s.cols, 0);
  const perRow = (s: { cols: number }) => s.cols * cellBytes;
  if (cells > MAX_READ_CELLS || sheets.some((s) => perRow(s) > budget)) throw new TooLargeError(cells);
  const groups: Block[][] = [[]];
  let size = 0;
  sheets.forEach((s, sheet) => {
    let from = 0;
    while (from < s.rows) {
      let room = Math.floor((budget - size) / perRow(s));
      if (room < 1) {
        groups.push([]);
        size = 0;
        room = Math.floor(budget / perRow(s));
      }
      const rows = Math.min(room, s.rows - from);
      groups[groups.length - 1].push({ sheet, from, rows });
      size += rows * perRow(s);
      from += rows;
    }
  });
  return groups.filter((g) => g.length > 0);
}

/** Excel on the web's refusals of a request or a response over its 5 MB limit (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins). */
const PAYLOAD_LIMITS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** A group of blocks Excel refused, in two halves: the blocks split in two, or a lone block's rows; a lone row is too large. */
export function halve(group: Block[], shapes: Array<{ rows: number; cols: number }>): Block[][] {
  if (group.length > 1) return [group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2))];
  const b = group[0];
  if (b.rows < 2) throw new TooLargeError(shapes.reduce((n, s) => n + s.rows * s.cols, 0));
  const top = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: top }], [{ ...b, from: b.from + top, rows: b.rows - top }]];
}

type SheetData = {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  fills: Array<Array<string | undefined>>;
  fonts: Array<Array<string | undefined>>;
};

/**
 * Reads one group of blocks. Each cell's text comes once: `formulas` gives a constant cell's
 * value ("If a cell has no formula, its value is returned instead", Excel.Range.formulas,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member), and
 * `values` is read only for the cells that hold a formula (their results), one range per column
 * of them, in a second sync where there are any.
 */
async function readGroup(
  context: Excel.RequestContext,
  group: Block[],
  shapes: Array<{ row: number; col: number; rows: number; cols: number }>,
  heads: Array<{ ws: Excel.Worksheet }>,
  data: SheetData[],
): Promise<void> {
  const queued = group.map((b) => {
    const s = shapes[b.sheet];
    const range = heads[b.sheet].ws.getRange(`${columnLetter(s.col)}${s.row + b.from}:${columnLetter(s.col + s.cols - 1)}${s.row + b.from + b.rows - 1}`);
    range.load("formulas,numberFormat");
    const props = range.getCellProperties({ format: { fill: { color: true }, font: { color: true } } });
    return { b, range, props };
  });
  await context.sync();
  const results: Array<{ b: Block; col: number; top: number; range: Excel.Range }> = [];
  for (const { b, range } of queued) {
    const s = shapes[b.sheet];
    const spans = new Map<number, [number, number]>();
    range.formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        if (typeof f !== "string" || !f.startsWith("=")) return;
        const span = spans.get(j);
        spans.set(j, span ? [span[0], i] : [i, i]);
      }),
    );
    for (const [j, [top, bottom]] of spans) {
      const r = heads[b.sheet].ws.getRange(a1Range(s.col + j, s.row + b.from + top, s.row + b.from + bottom));
      r.load("values");
      results.push({ b, col: j, top, range: r });
    }
  }
  if (results.length > 0) await context.sync();
  for (const { b, range, props } of queued) {
    const d = data[b.sheet];
    range.formulas.forEach((line, i) => {
      d.formulas[b.from + i] = line;
      d.values[b.from + i] = line.map((f) => (typeof f === "string" && f.startsWith("=") ? "" : f));
      d.numberFormat[b.from + i] = range.numberFormat[i];
      d.fills[b.from + i] = props.value[i].map((p) => p.format?.fill?.color);
      d.fonts[b.from + i] = props.value[i].map((p) => p.format?.font?.color);
    });
  }
  for (const { b, col, top, range } of results)
    range.values.forEach((line, i) => {
      const row = data[b.sheet].values[b.from + top + i];
      if (typeof data[b.sheet].formulas[b.from + top + i][col] === "string" && String(data[b.sheet].formulas[b.from + top + i][col]).startsWith("="))
        row[col] = line[0];
    });
}

/**
 * Reads every sheet's used range (values, formulas, number formats, fills) and its protection:
 * one sync for the sheets' names, one for the used ranges' sizes, then the cells in blocks of
 * rows sized by an estimate of the response, each sync under the budget. A workbook past the
 * estimate's limits is refused (TooLargeError) before its cells are read.
 */
export async function readWorkbook(context: Excel.RequestContext, budget = REQUEST_BUDGET, opts: { selection?: boolean } = {}): Promise<ExcelWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  // ExcelApi 1.7; the manifest asks for 1.9.
  const structure = context.workbook.protection;
  structure.load("protected");
  // The selection rides on the first sync (an insert then takes no sync of its own for it).
  const selected = opts.selection ? context.workbook.getSelectedRange() : undefined;
  selected?.load("rowIndex");
  selected?.worksheet.load("name");
  await context.sync();
  const heads = sheets.items.map((ws) => {
    // Values only: formatting applied to whole columns would stretch the range to a million rows.
    const used = ws.getUsedRange(true);
    used.load("address,rowCount,columnCount");
    ws.protection.load("protected");
    return { ws, used };
  });
  await context.sync();
  const shapes = heads.map(({ used }) => ({ ...topLeft(used.address), rows: used.rowCount, cols: used.columnCount }));
  // Placed by row, so that a block read again after a refusal lands where it belongs.
  const data = shapes.map(() => ({
    values: [] as unknown[][],
    formulas: [] as unknown[][],
    numberFormat: [] as unknown[][],
    fills: [] as Array<Array<string | undefined>>,
    fonts: [] as Array<Array<string | undefined>>,
  }));
  const queue = readPlan(shapes, budget);
  while (queue.length > 0) {
    const group = queue.shift()!;
    try {
      await readGroup(context, group, shapes, heads, data);
    } catch (e) {
      // Excel on the web refuses a request or response over 5 MB (the estimate was short of a
      // text-heavy sheet): the same rows are read again in halves, down to a row at a time.
      if (!PAYLOAD_LIMITS.has((e as { code?: string }).code ?? "")) throw e;
      queue.unshift(...halve(group, shapes));
    }
  }
  return {
    snapshot: {
      unsupported: [],
      sheets: heads.map(({ ws, used }, i) => sheetFromRange({ name: ws.name, address: used.address, ...data[i] })),
    },
    protectedSheets: heads.filter((h) => h.ws.protection.protected).map((h) => h.ws.name),
    structureProtected: structure.protected,
    hiddenSheets: sheets.items.filter((ws) => ws.visibility !== "Visible").map((ws) => ws.name),
    ...(selected ? { selection: { sheet: selected.worksheet.name, row: selected.rowIndex + 1 } } : {}),
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

/**
 * A width in characters (as ExcelJS and the .xlsx file give it) → Office.js's columnWidth, in
 * points: Excel's column of w characters is w digits of 7 px plus 5 px of padding (Calibri 11),
 * and a pixel is 0.75 pt: ~5.25–5.7 points per character, not 7.
 */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * What one queued operation adds to a request: each proxy (a range, its format, its fill), each
 * property set and each method call is an action of ~100–150 bytes of JSON, so a range with a
 * fill colour costs ~0.5–0.7 KB before its data.
 */
export const OP_BYTES = 150;

/**
 * Keeps each request under the budget: `spend` is called before queuing the operations it counts
 * and syncs first when they would take the request past the budget.
 */
class Request {
  syncs = 0;
  private pending = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}
  async spend(ops: number, data: unknown = undefined): Promise<void> {
    const size = ops * OP_BYTES + (data === undefined ? 0 : jsonBytes(data));
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    this.pending += size;
  }
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }
  async end(): Promise<number> {
    if (this.pending > 0 || this.syncs === 0) await this.flush();
    return this.syncs;
  }
}

/**
 * The cell's number format as the value is written: the one read before the edit, unless the
 * neighbour's formats are copied in first (then unknown here, and taken as General).
 */
function formatAtWrite(e: CellEdit): string | undefined {
  return e.styleFrom ? undefined : e.before.numFmt;
}

/** Queues one run's writes. */
async function writeRun(ws: Excel.Worksheet, run: Run, req: Request): Promise<void> {
  const last = run.first + run.edits.length - 1;
  const first = run.edits[0];
  const at = a1Range(run.col, run.first, last);
  if (first.styleFrom) {
    await req.spend(3);
    ws.getRange(at).copyFrom(ws.getRange(a1Range(first.styleFrom.col, run.first, last)), "Formats");
  }
  const colour = async (fill: string | null, from: number, to: number) => {
    await req.spend(4, fill);
    const part = ws.getRange(a1Range(run.col, run.first + from, run.first + to));
    if (fill) part.format.fill.color = `#${fill}`;
    else part.format.fill.clear();
  };
  switch (first.kind) {
    case "status": {
      const labels = run.edits.map((e) => [e.kind === "status" ? typedText(e.label, formatAtWrite(e)) : ""]);
      await req.spend(5, labels);
      const range = ws.getRange(at);
      range.values = labels;
      range.format.font.color = "#000000";
      for (const f of fillRuns(run.edits, (e) => (e.kind === "status" ? e.fill : null))) await colour(f.key, f.from, f.to);
      break;
    }
    case "text": {
      const texts = run.edits.map((e) => [e.kind === "text" ? typedText(e.text, formatAtWrite(e)) : ""]);
      await req.spend(4, texts);
      const range = ws.getRange(at);
      range.values = texts;
      if (first.kind === "text" && first.width) range.format.columnWidth = columnPoints(first.width);
      break;
    }
    case "formula": {
      const formulas = run.edits.map((e) => [e.kind === "formula" ? `=${e.formula}` : ""]);
      const formats = run.edits.map((e) => [(e.kind === "formula" && e.numFmt) || "General"]);
      await req.spend(3, [formulas, formats]);
      const range = ws.getRange(at);
      range.formulas = formulas;
      range.numberFormat = formats;
      break;
    }
  }
}

const DAY_MS = 86_400_000;

/**
 * What a restored cell is written as: its formula; a date as its serial number; a number or a
 * boolean as such; text as text. Written as values, Excel parses text as if typed ("007" → 7,
 * "2025-01-31" → a date, "=…" → a formula): such text gets the apostrophe Excel keeps text with.
 */
export function restoredValue(b: Before): { formulas: string } | { values: string | number | boolean } {
  if (b.formula) return { formulas: `=${b.formula}` };
  if (b.date && typeof b.value === "string") return { values: Math.round((Date.parse(`${b.value}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / DAY_MS) };
  if (typeof b.value === "number" || typeof b.value === "boolean") return { values: b.value };
  // The number format is set before the value (writeRestore): a text cell ("@") keeps the string as it is.
  return { values: typedText(b.value ?? "", b.numFmt) };
}

/** Puts a cell back: content, number format, fill and font colour as the snapshot read them. */
async function writeRestore(ws: Excel.Worksheet, e: Extract<Edit, { kind: "restore" }>, req: Request): Promise<void> {
  const content = restoredValue(e.before);
  await req.spend(9, [content, e.before.numFmt, e.before.fill, e.before.fontColor]);
  const cell = ws.getRange(a1Range(e.col, e.row, e.row));
  // The format first: a value written into a cell formatted as text would stay text.
  cell.numberFormat = [[e.before.numFmt ?? "General"]];
  if ("formulas" in content) cell.formulas = [[content.formulas]];
  else cell.values = [[content.values]];
  if (e.before.fill) cell.format.fill.color = `#${e.before.fill}`;
  else cell.format.fill.clear();
  cell.format.font.color = `#${e.before.fontColor ?? "000000"}`;
}

async function writeRowCells(ws: Excel.Worksheet, row: number, cells: RowCell[], req: Request): Promise<void> {
  for (const c of cells) {
    // The new row's number formats are its neighbour's, unknown here: escaped as for a General cell.
    const formulas = [[c.formula ? `=${c.formula}` : typedText(c.value ?? "")]];
    await req.spend(2, formulas);
    ws.getRange(`${columnLetter(c.col)}${row}`).formulas = formulas;
  }
}

/** At most this much JSON of values (or number formats) in one range operation. */
const CELL_BLOCK_BYTES = 1_000_000;

/**
 * A new sheet's cells: values and formulas as one array per block of rows (not a range per cell:
 * a 5,000-row summary sheet is a few operations, not 55,000), number formats likewise, and bold,
 * italics, wrapping and fills per rectangle of cells that share them.
 */
async function writeCells(ws: Excel.Worksheet, s: SpecSheet, req: Request): Promise<void> {
  if (s.cells.length === 0) return;
  const rows = new Map<number, SpecCell[]>();
  let lastRow = 0;
  let lastCol = 0;
  for (const c of s.cells) {
    rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
    lastRow = Math.max(lastRow, c.row);
    lastCol = Math.max(lastCol, c.col);
  }
  const formats = s.cells.some((c) => c.numFmt);
  for (let top = 1; top <= lastRow;) {
    const formulas: Array<Array<string | number>> = [];
    const numberFormats: string[][] = [];
    let bytes = 0;
    let row = top;
    for (; row <= lastRow && (row === top || bytes < CELL_BLOCK_BYTES); row++) {
      const values: Array<string | number> = new Array<string | number>(lastCol).fill("");
      const fmts: string[] = new Array<string>(lastCol).fill("General");
      for (const c of rows.get(row) ?? []) {
        // Number formats are set after the values: every cell is General as its value is written.
        values[c.col - 1] = c.formula ? `=${c.formula}` : typed(c.value ?? "");
        if (c.numFmt) fmts[c.col - 1] = c.numFmt;
      }
      formulas.push(values);
      numberFormats.push(fmts);
      bytes += jsonBytes(values) + (formats ? jsonBytes(fmts) : 0);
    }
    const range = ws.getRange(`A${top}:${columnLetter(lastCol)}${row - 1}`);
    await req.spend(3, formulas);
    range.formulas = formulas;
    if (formats) {
      await req.spend(2, numberFormats);
      range.numberFormat = numberFormats;
    }
    top = row;
  }
  const styles: Array<[(c: SpecCell) => string | undefined, (r: Excel.Range, key: string) => void]> = [
    [(c) => (c.bold ? "b" : undefined), (r) => (r.format.font.bold = true)],
    [(c) => (c.italic ? "i" : undefined), (r) => (r.format.font.italic = true)],
    [(c) => (c.wrap ? "w" : undefined), (r) => (r.format.wrapText = true)],
    [(c) => c.fill, (r, fill) => (r.format.fill.color = `#${fill}`)],
  ];
  for (const [key, apply] of styles) {
    for (const b of blocksOf(s.cells, key)) {
      await req.spend(4);
      apply(ws.getRange(blockAddress(b)), b.key);
    }
  }
}

async function writeSheet(context: Excel.RequestContext, s: SpecSheet, req: Request): Promise<void> {
  await req.spend(2, s.name);
  const ws = context.workbook.worksheets.add(s.name);
  await writeCells(ws, s, req);
  for (const [i, w] of (s.widths ?? []).entries()) {
    await req.spend(3);
    ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = columnPoints(w);
  }
  for (const l of s.lists ?? []) {
    await req.spend(3, l);
    ws.getRange(l.range).dataValidation.rule = { list: { inCellDropDown: true, source: l.values.join(",") } };
  }
  await writeTablesAndScales(ws, s, req);
  if (s.freezeRow) {
    await req.spend(2);
    ws.freezePanes.freezeRows(s.freezeRow);
  }
  await writeLook(ws, s, (ops, data) => req.spend(ops, data));
}

/** The colours of a summary's colour scale: the product's status fills (red, yellow, green). */
export const SCALE_COLOURS = { low: "#FF0000", mid: "#FFC000", high: "#00B050" } as const;

/**
 * A sheet's Excel tables (filters and banded rows over a block whose first row is its header) and
 * its three-colour scales (red at `low` and below, yellow at `mid`, green at `high` and above, by
 * number, not by per cent of the range: the scale says where the target is). Queued after the
 * cells, so a table takes the header texts already written. ExcelApi 1.1 (tables), 1.6 (colour scales).
 */
async function writeTablesAndScales(ws: Excel.Worksheet, s: SpecSheet, req: Request): Promise<void> {
  for (const tb of s.tables ?? []) {
    await req.spend(4, tb);
    const table = ws.tables.add(tb.range, true);
    table.name = tb.name;
  }
  for (const cs of s.colourScales ?? []) {
    const criteria: Excel.ConditionalColorScaleCriteria = {
      minimum: { type: "Number", formula: String(cs.low), color: SCALE_COLOURS.low },
      midpoint: { type: "Number", formula: String(cs.mid), color: SCALE_COLOURS.mid },
      maximum: { type: "Number", formula: String(cs.high), color: SCALE_COLOURS.high },
    };
    await req.spend(5, criteria);
    ws.getRange(cs.range).conditionalFormats.add("ColorScale").colorScale.criteria = criteria;
  }
}

/** The open workbook's sheet and table names, so that what is added takes names not in use. One sync. */
export async function workbookNames(context: Excel.RequestContext): Promise<{ sheets: string[]; tables: string[] }> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load("items/name");
  tables.load("items/name");
  await context.sync();
  return { sheets: sheets.items.map((w) => w.name), tables: tables.items.map((tb) => tb.name) };
}

/**
 * Writes the edits: refuses, writing nothing, when one of them falls on a protected sheet; then
 * reads the cells it overwrites again and refuses, writing nothing, when one changed since the
 * plan was made (StaleCellsError; `guards`: by default each cell edit's "before"); then queues
 * every write and syncs once (more only when the request would pass the size budget, estimated
 * per operation before it is queued). Returns the number of context.sync() calls made.
 */
export async function writeEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  locks: Locks,
  budget = REQUEST_BUDGET,
  guards: readonly Guard[] = planGuards(edits),
): Promise<number> {
  const { protectedSheets, structureProtected, hiddenSheets } = Array.isArray(locks)
    ? { protectedSheets: locks as readonly string[], structureProtected: false, hiddenSheets: [] as string[] }
    : (locks as Exclude<Locks, readonly string[]>);
  const locked = edits.map((e) => (e.kind === "addSheet" ? undefined : e.sheet)).find((s) => s !== undefined && protectedSheets.includes(s));
  if (locked) throw new ProtectedSheetError(locked);
  if (structureProtected && edits.some((e) => e.kind === "addSheet")) throw new StructureProtectedError();
  const hidden = edits.find((e) => e.kind === "freeze" && hiddenSheets.includes(e.sheet));
  if (hidden && hidden.kind === "freeze") throw new HiddenSheetError(hidden.sheet);
  const checks = await checkUnchanged(context, guards, budget, READ_CELL_BYTES);
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  const req = new Request(context, budget);
  // Rows are inserted and sheets added first: the cell edits that follow address the result.
  for (const e of edits) {
    if (e.kind === "addSheet") await writeSheet(context, e.spec, req);
    else if (e.kind === "insertRow") {
      await req.spend(e.formatFrom ? 9 : 3);
      const ws = sheet(e.sheet);
      ws.getRange(`${e.row}:${e.row}`).insert("Down");
      if (e.formatFrom) {
        // Right under the header Excel gives the new row the header's formats, and the drop-down
        // lists that began at this row move down with it. Copying everything from the first goal
        // row (formats, drop-down lists, conditional formats) and clearing the copied contents
        // puts the new row inside the lists and gives it the goal rows' look.
        const row = ws.getRange(`${e.row}:${e.row}`);
        // The source as a Range of this sheet: a sheet-less address string would be read on the active sheet.
        row.copyFrom(ws.getRange(`${e.formatFrom}:${e.formatFrom}`), "All");
        row.clear("Contents");
      }
      await writeRowCells(ws, e.row, e.cells, req);
    }
  }
  for (const run of runs(edits.filter(isCellEdit))) await writeRun(sheet(run.sheet), run, req);
  for (const e of edits) {
    if (e.kind === "restore") await writeRestore(sheet(e.sheet), e, req);
    else if (e.kind === "list") {
      await req.spend(6, e.values);
      const range = sheet(e.sheet).getRange(a1Range(e.col, e.row, e.row + e.rows - 1));
      range.dataValidation.clear(); // only ever on cells the product owns
      range.dataValidation.rule = { list: { inCellDropDown: true, source: e.values.join(",") } };
    } else if (e.kind === "freeze") {
      await req.spend(3);
      sheet(e.sheet).freezePanes.freezeRows(e.rows);
    }
  }
  return checks + (await req.end());
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
