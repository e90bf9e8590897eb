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

export function toCell(value: unknown, formula: unknown, fmt: unknown, fill: string | null | undefined, font?: string | null): Cell | undefined {
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

/** Excel's words for TRUE and FALSE (English, Finnish, Swedish): typed into a cell they become booleans. */
const BOOLEAN_WORDS = /^(true|false|tosi|epätosi|sant|falskt)$/i;

/**
 * Text Excel keeps as text when it is written through `values` or `formulas`: it starts with a
 * letter, holds no digit (so it is no number, date, time or percent) and is no TRUE/FALSE.
 * Anything else Excel parses as if typed: "=…", "+…", "-…", "@…" become formulas ("Represents the
 * raw values of the specified range… If the returned value starts with a plus ("+"), minus ("-"),
 * or equal sign ("="), Excel interprets this value as a formula", Excel.Range.values,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * "007" a number, "12/2025" a date.
 */
export function staysText(text: string): boolean {
  return /^\p{L}/u.test(text) && !/\p{N}/u.test(text) && !BOOLEAN_WORDS.test(text.trim());
}

/**
 * The one escaping of every string the Excel adapter writes into a cell: text that Excel would
 * parse gets the apostrophe (the quote prefix) Excel keeps text with, shown nowhere in the cell.
 * In a cell formatted as text ("@") Excel keeps the string as it is, so no apostrophe is added
 * there (it would become part of the text). `numFmt` is the cell's number format at the moment
 * of writing.
 */
export function typedText(text: string, numFmt?: string): string {
  if (text === "" || numFmt === "@" || staysText(text)) return text;
  return `'${text}`;
}

/** A value for `values` or `formulas`: strings escaped (typedText), numbers and booleans as they are. */
export function typed<T>(value: T, numFmt?: string): T | string {
  return typeof value === "string" ? typedText(value, numFmt) : value;
}

/** The UTF-8 length of a string: what it costs in a request or a response (Excel on the web's 5 MB counts bytes). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The UTF-8 length of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}
