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
  /** The trailing italic run of a rich-text cell (seed 001 writes the responsible party so). */
  italicTail?: string;
}

export interface Sheet {
  name: string;
  /** rows[r - 1][c - 1]; missing entries are empty cells. */
  rows: Array<Array<Cell | undefined> | undefined>;
}

/** Parts of the file the .xlsx writer would drop, e.g. "chart", "image", "pivot table", "macro". */
export interface WorkbookSnapshot {
  sheets: Sheet[];
  unsupported: string[];
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** The cell's content as text ("" for empty); numbers as JavaScript writes them. */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "";
  return typeof cell.value === "string" ? cell.value : String(cell.value);
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
