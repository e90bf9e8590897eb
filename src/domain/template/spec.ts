// A workbook described as data: what `sopimus new` and the sample builder write. The ExcelJS
// adapter renders it; specToSnapshot gives the engine's view of it for tests.
import type { Cell, Sheet, WorkbookSnapshot } from "../snapshot";

export interface SpecCell {
  row: number;
  col: number;
  value: string | number | null;
  formula?: string;
  bold?: boolean;
  italic?: boolean;
  /** The trailing part of `value` written in italics (the responsible party under the means). */
  italicTail?: string;
  wrap?: boolean;
  fill?: string;
  numFmt?: string;
  /** Font size in points; the sheet's font (SPEC_FONT) otherwise. */
  size?: number;
  /** Horizontal alignment; left for text and right for numbers otherwise. */
  align?: "left" | "center" | "right";
  /** A thin border on all four sides. */
  border?: boolean;
}

/** The font every written cell names: LibreOffice and Excel then print alike. */
export const SPEC_FONT = { name: "Calibri", size: 11 } as const;

/** How a sheet prints: A4, fit to one page wide, header rows repeated on every page. */
export interface SpecPage {
  /** Landscape unless said. */
  orientation?: "landscape" | "portrait";
  /** First and last row repeated at the top of every printed page, e.g. [4, 4]. */
  repeatRows?: [number, number];
  /** A1 range printed; the used range otherwise. */
  printArea?: string;
  /** Text in the centre of the page header (unit and year). */
  header?: string;
  /** Text in the centre of the page footer; {page} and {pages} become the page number and count. */
  footer?: string;
}

/** An Excel table (ListObject) over a block whose first row is the header. */
export interface SpecTable {
  /** Table name: letters, digits and underscores, unique in the workbook. */
  name: string;
  /** A1 range including the header row, e.g. "A1:H200". */
  range: string;
}

/** A three-colour scale (red – yellow – green) on a range of numbers. */
export interface SpecColourScale {
  range: string;
  /** The value shown red (and below). */
  low: number;
  /** The value shown yellow. */
  mid: number;
  /** The value shown green (and above). */
  high: number;
}

export interface SpecList {
  /** A1 range, e.g. "E5:E200". */
  range: string;
  values: string[];
}

export interface SpecSheet {
  name: string;
  cells: SpecCell[];
  widths?: number[];
  merges?: string[];
  lists?: SpecList[];
  freezeRow?: number;
  /** Frozen columns from the left. */
  freezeCol?: number;
  /** Row heights in points, by 1-based row. */
  heights?: Record<number, number>;
  page?: SpecPage;
  tables?: SpecTable[];
  colourScales?: SpecColourScale[];
}

export interface WorkbookSpec {
  sheets: SpecSheet[];
}

export function specToSnapshot(spec: WorkbookSpec): WorkbookSnapshot {
  return {
    unsupported: [],
    sheets: spec.sheets.map((s): Sheet => {
      const rows: Sheet["rows"] = [];
      for (const c of s.cells) {
        const row = (rows[c.row - 1] ??= []);
        const cell: Cell = { value: c.value };
        if (c.formula) cell.formula = c.formula;
        if (c.numFmt) cell.numFmt = c.numFmt;
        if (c.fill) cell.fill = c.fill;
        if (c.italicTail) cell.italicTail = c.italicTail;
        row[c.col - 1] = cell;
      }
      for (let i = 0; i < rows.length; i++) rows[i] ??= undefined;
      return { name: s.name, rows };
    }),
  };
}

/** Appends a row of values (null skips a cell) to a sheet spec. */
export function putRow(sheet: SpecSheet, row: number, values: Array<string | number | null | Omit<SpecCell, "row" | "col">>, firstCol = 1): void {
  values.forEach((v, i) => {
    if (v === null || v === "") return;
    const cell = typeof v === "object" ? v : { value: v };
    sheet.cells.push({ row, col: firstCol + i, ...cell });
  });
}
