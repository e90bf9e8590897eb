// Excel's range data (values, formulas, number formats, fills) → the engine's snapshot, and the
// addresses the adapter writes to. Pure, so it is tested without Excel.
import type { Cell, Sheet } from "../domain/snapshot";
import { columnLetter, parseA1 } from "../domain/snapshot";

export interface SheetRangeData {
  name: string;
  /** The used range's address, e.g. "Tavoitteet!B3:K40". */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** Fill colours "#RRGGBB" per cell, where loaded. */
  fills?: Array<Array<string | null | undefined>>;
  /** Font colours "#RRGGBB" per cell, where loaded. */
  fonts?: Array<Array<string | null | undefined>>;
}

/** The top-left cell of an address such as "'My sheet'!$B$3:$K$40" → row 3, column 2. */
export function topLeft(address: string): { row: number; col: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  return parseA1(local) ?? { row: 1, col: 1 };
}

const DATE_FORMAT = /(^|[^"\\])[dmyv]/i;

function isDateFormat(fmt: string): boolean {
  // Date formats carry d, m or y outside quotes; "0.00 %" or "General" do not.
  const plain = fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return plain !== "General" && DATE_FORMAT.test(plain) && !/^[#0.,\s%]*$/.test(plain);
}

function serialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)).toISOString().slice(0, 10);
}

function toCell(value: unknown, formula: unknown, fmt: unknown, fill: string | null | undefined, font?: string | null): Cell | undefined {
  const cell: Cell = { value: null };
  if (typeof fmt === "string" && fmt !== "General") cell.numFmt = fmt;
  if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula.slice(1);
  const rgb = typeof fill === "string" ? fill.replace(/^#/, "").toUpperCase() : undefined;
  if (rgb && /^[0-9A-F]{6}$/.test(rgb) && rgb !== "FFFFFF") cell.fill = rgb;
  const ink = typeof font === "string" ? font.replace(/^#/, "").toUpperCase() : undefined;
  if (typeof value === "number" && typeof fmt === "string" && isDateFormat(fmt)) {
    cell.value = serialToIso(value);
    cell.date = true;
  } else if (typeof value === "number" || typeof value === "boolean") cell.value = value;
  else if (typeof value === "string" && value !== "") cell.value = value;
  if (cell.value === null && !cell.fill && !cell.formula) return undefined;
  // Kept only on cells that hold something: an empty cell's colour matters to nobody.
  if (ink && /^[0-9A-F]{6}$/.test(ink) && ink !== "000000") cell.fontColor = ink;
  return cell;
}

export function sheetFromRange(d: SheetRangeData): Sheet {
  const { row: top, col: left } = topLeft(d.address);
  const rows: Sheet["rows"] = [];
  d.values.forEach((vals, i) => {
    let out: Array<Cell | undefined> | undefined;
    vals.forEach((v, j) => {
      const cell = toCell(v, d.formulas[i]?.[j], d.numberFormat[i]?.[j], d.fills?.[i]?.[j], d.fonts?.[i]?.[j]);
      if (cell) (out ??= [])[left - 1 + j] = cell;
    });
    rows[top - 1 + i] = out;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= undefined;
  return { name: d.name, rows };
}

export function a1Range(col: number, fromRow: number, toRow: number): string {
  const c = columnLetter(col);
  return fromRow === toRow ? `${c}${fromRow}` : `${c}${fromRow}:${c}${toRow}`;
}
