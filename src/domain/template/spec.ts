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
