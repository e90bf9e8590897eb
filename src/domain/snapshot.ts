// The engine's view of a workbook: plain data an adapter (ExcelJS or Office.js) reads in one go.
// Rows and columns are 1-based, as in Excel.

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** Text, number or boolean; for a formula its cached result; for a date its ISO form (yyyy-mm-dd). */
  value: CellValue;
  /** True when the cell holds a real date; value is then its ISO string. */
  date?: boolean;
  /** Formula without the leading "=". */
  formula?: string;
  /** Number format, e.g. "0.00 %". */
  numFmt?: string;
  /** Solid fill colour as RRGGBB (upper case). */
  fill?: string;
  /** Font colour as RRGGBB (upper case) where not black; read by the Office.js adapter for undo. */
  fontColor?: string;
  /** The trailing italic run of a rich-text cell (seed 001 writes the responsible party so). */
  italicTail?: string;
}

/** A merged area, 1-based and inclusive; its value lives in the top-left cell. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** rows[r - 1][c - 1]; missing entries are empty cells. */
  rows: Array<Array<Cell | undefined> | undefined>;
  /** Merged areas, where the adapter can read them; undefined when it cannot (not: "none"). */
  merges?: Merge[];
}

/** Parts of the file the .xlsx writer would drop, e.g. "chart", "image", "pivot table", "macro". */
export interface WorkbookSnapshot {
  sheets: Sheet[];
  unsupported: string[];
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

const mergeIndex = new WeakMap<Sheet, Map<number, Merge>>();

/** The merged area covering a cell, if the sheet's merges are known and one covers it. */
export function mergeAt(sheet: Sheet, row: number, col: number): Merge | undefined {
  if (!sheet.merges || sheet.merges.length === 0) return undefined;
  let index = mergeIndex.get(sheet);
  if (!index) {
    index = new Map();
    for (const m of sheet.merges) {
      // Whole-column or huge merges are formatting, not structure: index only modest areas.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 4096) continue;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) index.set(r * 20000 + c, m);
    }
    mergeIndex.set(sheet, index);
  }
  return index.get(row * 20000 + col);
}

/**
 * A cell's text, read down through a merge: a cell under the top of a merged area in the same
 * column shows the area's text (a goal merged over its two metric rows). A title merged across
 * a row is not copied into the columns beside it.
 */
export function mergedText(sheet: Sheet, row: number, col: number): string {
  const m = mergeAt(sheet, row, col);
  return cellText(m && m.left === col ? cellAt(sheet, m.top, m.left) : cellAt(sheet, row, col));
}

/**
 * The engine reads at most this many characters of a cell (Excel allows 32,767): enough for any
 * goal, means or actual text people write, and a bound on the work per cell. A longer cell is
 * read up to here and reported (`cell-too-long`).
 */
export const MAX_CELL_CHARS = 4000;

/** The cell's content as text ("" for empty), cut to MAX_CELL_CHARS; numbers as JavaScript writes them. */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value !== "string") return String(cell.value);
  return cell.value.length > MAX_CELL_CHARS ? cell.value.slice(0, MAX_CELL_CHARS) : cell.value;
}

export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell).trim() === "";
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + row;
}

/** "B3" or "$B$3" → row 3, column 2; null for anything else. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)/i.exec(ref);
  if (!m) return null;
  const col = m[1]
    .toUpperCase()
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** Builds a sheet from a grid of plain values: handy for tests and templates. */
export function sheetFromValues(name: string, grid: Array<Array<CellValue | Cell>>): Sheet {
  return {
    name,
    rows: grid.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v : v === null || v === "" ? undefined : { value: v }))),
  };
}
