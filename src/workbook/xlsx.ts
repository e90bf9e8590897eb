// ExcelJS adapter: an .xlsx file → the engine's snapshot; the engine's edits → the same workbook
// written anew. Cells, formulas, styles and merged cells outside the edited cells come out as
// they went in (what ExcelJS cannot keep, zip-parts.ts names before anything is written).
import ExcelJS from "exceljs";
import type { CellEdit, Edit } from "../domain/edits";
import type { Cell, Merge, Sheet, WorkbookSnapshot } from "../domain/snapshot";
import type { SpecCell, SpecSheet, WorkbookSpec } from "../domain/template/spec";
import { layoutSheet, specValue, styleSpecCell, wrappedHeight } from "./xlsx-look";
import { addTablesAndScales } from "./xlsx-tables";
import { inspectXlsx, UnreadableFile } from "./zip-parts";

export { LIMITS, UnreadableFile, type UnreadableReason } from "./zip-parts";

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

function rgbOf(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? argb.slice(2).toUpperCase() : undefined;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function richParts(runs: ExcelJS.RichText[]): { text: string; italicTail?: string } {
  const text = runs.map((r) => r.text).join("");
  let tail = "";
  for (let i = runs.length - 1; i >= 0 && runs[i].font?.italic; i--) tail = runs[i].text + tail;
  return tail.trim() !== "" && tail.length < text.length ? { text, italicTail: tail.trim() } : { text };
}

function toCell(c: ExcelJS.Cell): Cell | undefined {
  const v = c.value;
  const base: Partial<Cell> = {};
  if (c.numFmt) base.numFmt = c.numFmt;
  const fill = rgbOf(c.fill);
  if (fill) base.fill = fill;
  if (v === null || v === undefined) return fill ? { value: null, ...base } : undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, ...base };
  if (v instanceof Date) return { value: isoDate(v), date: true, ...base };
  if ("richText" in v) {
    const r = richParts(v.richText);
    return { value: r.text, ...(r.italicTail ? { italicTail: r.italicTail } : {}), ...base };
  }
  if ("hyperlink" in v) {
    const t = v.text as unknown;
    const text = typeof t === "string" ? t : t && typeof t === "object" && "richText" in t ? richParts((t as ExcelJS.CellRichTextValue).richText).text : "";
    return { value: text, ...base };
  }
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    const formula = c.formula;
    if (result instanceof Date) return { value: isoDate(result), date: true, formula, ...base };
    if (result !== null && typeof result === "object") return { value: (result as { error: string }).error ?? null, formula, ...base };
    return { value: result ?? null, formula, ...base };
  }
  if ("error" in v) return { value: v.error, ...base };
  return undefined;
}

function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  // ExcelJS keeps merges as ranges keyed by their master cell; the public model has them as "A1:B2" text.
  const ranges = Object.values((ws as unknown as { _merges: Record<string, Merge> })._merges ?? {});
  return ranges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

export function snapshotOf(workbook: ExcelJS.Workbook, unsupported: string[] = []): WorkbookSnapshot {
  const sheets: Sheet[] = workbook.worksheets.map((ws) => {
    const rows: Sheet["rows"] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = toCell(cell);
        if (value) (rows[r - 1] ??= [])[c - 1] = value;
      });
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= undefined;
    return { name: ws.name, rows, merges: mergesOf(ws) };
  });
  return { sheets, unsupported };
}

/**
 * Reads an .xlsx; throws UnreadableFile with a reason a user can act on. Within LIMITS (zip-parts.ts)
 * whatever the bytes: a package past them is refused before ExcelJS reads it.
 */
export async function loadXlsx(data: Uint8Array): Promise<LoadedWorkbook> {
  const { readable, unsupported } = await inspectXlsx(data);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(readable as unknown as ArrayBuffer);
    return { workbook, snapshot: snapshotOf(workbook, unsupported) };
  } catch (e) {
    throw new UnreadableFile("unparsable", (e as Error).message);
  }
}

function ownStyle(cell: ExcelJS.Cell): void {
  // ExcelJS may share one style object between cells read from a file: edit a copy.
  cell.style = structuredClone(cell.style ?? {}) as Partial<ExcelJS.Style>;
}

function applyCell(ws: ExcelJS.Worksheet, e: CellEdit): void {
  const cell = ws.getCell(e.row, e.col);
  if (e.styleFrom) cell.style = structuredClone(ws.getCell(e.styleFrom.row, e.styleFrom.col).style ?? {}) as Partial<ExcelJS.Style>;
  else ownStyle(cell);
  switch (e.kind) {
    case "status": {
      cell.value = e.label;
      cell.fill = e.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: `FF${e.fill}` } } : { type: "pattern", pattern: "none" };
      // A cell with no style of its own looks like its row: the left neighbour's font and height.
      const left = e.col > 1 ? ws.getCell(e.row, e.col - 1) : undefined;
      const named = cell.font?.name ? {} : { name: left?.font?.name, size: left?.font?.size };
      cell.font = { ...named, ...(cell.font ?? {}), color: { argb: "FF000000" } };
      if (!cell.alignment?.vertical && left?.alignment?.vertical) cell.alignment = { ...(cell.alignment ?? {}), vertical: left.alignment.vertical };
      break;
    }
    case "text":
      cell.value = e.text;
      if (e.width && !ws.getColumn(e.col).width) ws.getColumn(e.col).width = e.width;
      break;
    case "formula":
      cell.value = { formula: e.formula, result: e.result === "" || e.result === null ? undefined : e.result } as ExcelJS.CellFormulaValue;
      if (e.numFmt) cell.numFmt = e.numFmt;
      break;
  }
}

export function applyEdits(workbook: ExcelJS.Workbook, edits: readonly Edit[]): void {
  for (const e of edits) {
    if (e.kind === "addSheet") {
      writeSheet(workbook, e.spec);
      continue;
    }
    const ws = workbook.getWorksheet(e.sheet);
    if (!ws) throw new Error(`edit for unknown sheet ${e.sheet}`);
    switch (e.kind) {
      case "restore": {
        const cell = ws.getCell(e.row, e.col);
        ownStyle(cell);
        cell.value = e.before.formula ? ({ formula: e.before.formula, result: e.before.value ?? undefined } as ExcelJS.CellFormulaValue) : e.before.value;
        cell.fill = e.before.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: `FF${e.before.fill}` } } : { type: "pattern", pattern: "none" };
        break;
      }
      case "list":
        for (let r = e.row; r < e.row + e.rows; r++) {
          ws.getCell(r, e.col).dataValidation = { type: "list", allowBlank: true, formulae: [`"${e.values.join(",")}"`] };
        }
        break;
      case "freeze":
        ws.views = [{ state: "frozen", ySplit: e.rows }];
        break;
      case "insertRow": {
        // "o+": the styles of the row below (the first goal row under a header), "i": of the row above.
        ws.insertRow(e.row, [], e.formatFrom === e.row + 1 ? "o+" : "i");
        for (const c of e.cells) {
          ws.getCell(e.row, c.col).value = c.formula ? ({ formula: c.formula, result: c.value } as ExcelJS.CellFormulaValue) : (c.value ?? null);
        }
        break;
      }
      default:
        applyCell(ws, e);
    }
  }
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Rows of wrapped text get the height their longest cell needs. */
function fitRowHeights(ws: ExcelJS.Worksheet, s: SpecSheet): void {
  const rows = new Map<number, SpecCell[]>();
  for (const c of s.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  for (const [row, cells] of rows) {
    const height = wrappedHeight(cells, s.widths);
    if (height !== undefined) ws.getRow(row).height = height;
  }
}

function writeSheet(wb: ExcelJS.Workbook, s: SpecSheet): void {
  const ws = wb.addWorksheet(s.name, s.freezeRow ? { views: [{ state: "frozen", ySplit: s.freezeRow }] } : {});
  s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of s.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = specValue(c);
    styleSpecCell(cell, c);
    if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${c.fill}` } };
    if (c.numFmt) cell.numFmt = c.numFmt;
  }
  fitRowHeights(ws, s);
  layoutSheet(ws, s);
  for (const m of s.merges ?? []) ws.mergeCells(m);
  for (const l of s.lists ?? []) {
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(l.range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${l.values.join(",")}"`],
    });
  }
  addTablesAndScales(ws, s);
}

export function workbookOf(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sopimus";
  for (const s of spec.sheets) writeSheet(wb, s);
  return wb;
}
