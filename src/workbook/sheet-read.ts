// The parts of an .xlsx the engine reads, as streamed XML: the shared strings, the styles (number
// formats and solid fills) and each worksheet's cells and merges, into the snapshot's cells. The
// scanners count cells and merges against LIMITS as zip-limits.ts does (they extend its scanners),
// so the limits and the snapshot come from one pass. Reads what ExcelJS 4.4 read before (see
// test/workbook/package-read.test.ts for the few places it reads differently, and why).
// Runs in Node and in the browser's worker: no Node modules here.
import type { Cell, Merge, Sheet } from "../domain/snapshot";
import { attr, Budget, SharedStringsScan, SheetScan } from "./zip-limits";

const ENTITY = /&(?:(lt|gt|amp|apos|quot)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

function codePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "";
}

function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? NAMED[name] : codePoint(dec !== undefined ? Number(dec) : parseInt(hex!, 16)),
  );
}

/**
 * An element's XML text as an XML parser gives it: line ends normalised (a written "\r\n" reads
 * "\n"; an escaped "&#13;" stays), entities and character references decoded.
 */
export function xmlText(s: string): string {
  return decodeEntities(s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n"));
}

/** An attribute's value as an XML parser gives it: a written tab or line end reads as a space, entities decoded. */
export function attrText(s: string): string {
  return decodeEntities(s.replace(/\r\n|[\t\n\r]/g, " "));
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Cell text: entities decoded, then Excel's _xHHHH_ escapes (a line break written "_x000D_", "_x005F_" for "_"). */
export function cellText(s: string): string {
  const t = xmlText(s);
  return t.indexOf("_x") < 0 ? t : t.replace(ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A shared or inline string: its text, and the trailing italic run of rich text (seed 001's responsible party). */
export interface StringValue {
  text: string;
  italicTail?: string;
}

interface Run {
  text: string;
  italic: boolean;
}

function richValue(runs: Run[]): StringValue {
  const text = runs.map((r) => r.text).join("");
  let tail = "";
  for (let i = runs.length - 1; i >= 0 && runs[i].italic; i--) tail = runs[i].text + tail;
  return tail.trim() !== "" && tail.length < text.length ? { text, italicTail: tail.trim() } : { text };
}

/** `<i/>`, `<i val="1"/>` italic; `<i val="0"/>` not. */
function isOn(body: string): boolean {
  const v = attr(body, "val");
  return v === undefined || (v !== "0" && v !== "false");
}

/**
 * Text made of `<t>` elements and rich-text runs (`<r><rPr><i/></rPr><t>…</t></r>`), as in a
 * shared string `<si>` or an inline string `<is>`; phonetic runs (`<rPh>`, the reading of East
 * Asian text) are not part of the text.
 */
class RichText {
  private plain = "";
  private hasText = false;
  private runs: Run[] | null = null;
  private run: Run | null = null;
  private phonetic = 0;
  private inProps = false;

  /** Handles one tag inside the string; false for tags it does not know. */
  tag(local: string, closing: boolean, selfClosing: boolean, body: () => string, following: () => string): void {
    switch (local) {
      case "rPh":
        if (!selfClosing) this.phonetic += closing ? -1 : 1;
        break;
      case "r":
        if (this.phonetic > 0) break;
        if (!closing) {
          this.run = { text: "", italic: false };
          if (selfClosing) this.run = null;
        } else if (this.run) {
          (this.runs ??= []).push(this.run);
          this.run = null;
        }
        break;
      case "rPr":
        if (!selfClosing) this.inProps = !closing;
        break;
      case "i":
        if (!closing && this.inProps && this.run) this.run.italic = isOn(body());
        break;
      case "t":
        if (closing || this.phonetic > 0) break;
        this.hasText = true;
        if (selfClosing) break;
        if (this.run) this.run.text += cellText(following());
        else this.plain += cellText(following());
        break;
    }
  }

  /** The string; null when it held neither text nor runs. */
  value(): StringValue | null {
    if (this.runs) return richValue(this.runs);
    return this.hasText ? { text: this.plain } : null;
  }
}

/** The shared-strings part, kept: one entry per `<si>` (null for an `<si>` with no text at all). */
export class SharedStringsReader extends SharedStringsScan {
  readonly strings: Array<StringValue | null> = [];
  private current: RichText | null = null;

  protected tag(local: string, closing: boolean, selfClosing = false): void {
    super.tag(local, closing);
    if (local === "si") {
      if (!closing) this.current = new RichText();
      if (closing || selfClosing) {
        this.strings.push(this.current?.value() ?? null);
        this.current = null;
      }
      return;
    }
    this.current?.tag(
      local,
      closing,
      selfClosing,
      () => this.body(),
      () => this.following(),
    );
  }
}

/** The built-in number formats Excel does not write into styles.xml, as ExcelJS 4.4 names them. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** What a cell style (an `<xf>` of `<cellXfs>`) gives the snapshot. */
export interface CellStyle {
  numFmt?: string;
  /** Solid fill as RRGGBB, where the fill names an ARGB colour (theme and indexed colours are not resolved). */
  fill?: string;
  /** The number format shows a date or time: a number in such a cell is a date. */
  date: boolean;
}

/**
 * A date or time format: d, m, y, h, s or b outside quotes and brackets (as ExcelJS tells them,
 * so "h:mm" counts too).
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function section(xml: string, local: string): string {
  const open = new RegExp(`<(?:\\w+:)?${local}\\b[^>]*?(/?)>`).exec(xml);
  if (!open || open[1] === "/") return "";
  const close = new RegExp(`</(?:\\w+:)?${local}\\s*>`, "g");
  close.lastIndex = open.index;
  const end = close.exec(xml);
  return xml.slice(open.index + open[0].length, end ? end.index : xml.length);
}

/** Each `<local>` element of a list, whole (with its children) or self-closing. */
function elements(xml: string, local: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${local}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${local}\\s*>)`, "g");
  return xml.match(re) ?? [];
}

function solidFill(fill: string): string | undefined {
  const pattern = /<(?:\w+:)?patternFill\b[^>]*>/.exec(fill)?.[0];
  if (!pattern || attr(pattern, "patternType") !== "solid") return undefined;
  const fg = /<(?:\w+:)?fgColor\b[^>]*>/.exec(fill)?.[0];
  const argb = fg ? attr(fg, "rgb") : undefined;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? argb.slice(2).toUpperCase() : undefined;
}

/** The cell styles of styles.xml, by their index (a cell's `s`). Style 0, the default, gives nothing (as ExcelJS reads it). */
export function stylesOf(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  for (const tag of xml.match(/<(?:\w+:)?numFmt\b[^>]*>/g) ?? []) {
    const id = parseInt(attr(tag, "numFmtId") ?? "", 10);
    const code = attr(tag, "formatCode");
    // ExcelJS 4.4 drops the backslash of an escaped character ("yyyy\-mm" → "yyyy-mm"), and the engine has read formats so.
    if (Number.isFinite(id) && code !== undefined) formats.set(id, attrText(code).replace(/\\(.)/g, "$1"));
  }
  const fills = elements(section(xml, "fills"), "fill").map(solidFill);
  return (section(xml, "cellXfs").match(/<(?:\w+:)?xf\b[^>]*>/g) ?? []).map((tag, i) => {
    if (i === 0) return { date: false };
    const id = parseInt(attr(tag, "numFmtId") ?? "", 10);
    const numFmt = id ? (formats.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
    const fill = fills[parseInt(attr(tag, "fillId") ?? "", 10)];
    return { ...(numFmt ? { numFmt } : {}), ...(fill ? { fill } : {}), date: isDateFormat(numFmt) };
  });
}

/** What a worksheet's cells are read against. */
export interface ReadContext {
  strings: ReadonlyArray<StringValue | null>;
  styles: readonly CellStyle[];
  date1904: boolean;
}

const MAX_COL = 16_384;

/** "AB12" → [12, 28]; null when it is not a cell address. */
function address(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~0x20;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  const row = Number(ref.slice(i));
  return i > 0 && i <= 3 && col <= MAX_COL && Number.isInteger(row) && row > 0 && i < ref.length ? [row, col] : null;
}

function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const REF_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as it reads in another cell: its relative references moved by the distance
 * from the formula's own cell, as Excel (and ExcelJS, whose rule this is) does.
 */
export function slideFormula(formula: string, from: [number, number], to: [number, number]): string {
  return formula.replace(REF_CANDIDATE, (match: string, sheet: string | undefined, _name: string, part: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(part);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    let col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to[1] - from[1];
    if (!m[3]) row += to[0] - from[0];
    return `${sheet ?? ""}${m[1] ?? ""}${columnName(col)}${m[3] ?? ""}${row}`;
  });
}

/** A serial date as yyyy-mm-dd (1900 or 1904 date system); undefined past the dates JavaScript holds. */
function isoDate(serial: number, date1904: boolean): string | undefined {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** The `<c>` being read (one object, reused for every cell). */
interface OpenCell {
  open: boolean;
  row: number;
  col: number;
  type: string;
  style: number;
  v: string | undefined;
  formula: string | undefined;
  shareType: string | undefined;
  shareIndex: string | undefined;
  shareRef: string | undefined;
  inline: RichText | undefined;
}

function parseMerge(ref: string): Merge | null {
  const [a, b = a] = ref.split(":");
  const p = address(a.replace(/\$/g, ""));
  const q = address(b.replace(/\$/g, ""));
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The r, s and t attributes of a `<c ...>` tag's text, in one pass (the hot path: a regular
 * expression per attribute took most of the reading time).
 */
function cellAttributes(body: string, into: OpenCell): { r: string | undefined } {
  let r: string | undefined;
  into.type = "n";
  into.style = 0;
  const n = body.length;
  let i = 1;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 47) break;
    const nameStart = i;
    while (i < n && body.charCodeAt(i) !== 61 && !isSpace(body.charCodeAt(i))) i++;
    const nameLength = i - nameStart;
    while (i < n && body.charCodeAt(i) !== 61) i++;
    i++;
    while (i < n && isSpace(body.charCodeAt(i))) i++;
    const quote = body[i];
    if (quote !== '"' && quote !== "'") break;
    const end = body.indexOf(quote, i + 1);
    if (end < 0) break;
    if (nameLength === 1) {
      const name = body.charCodeAt(nameStart);
      if (name === 114) r = body.slice(i + 1, end);
      else if (name === 115) into.style = parseInt(body.slice(i + 1, end), 10) || 0;
      else if (name === 116) into.type = body.slice(i + 1, end);
    }
    i = end + 1;
  }
  return { r };
}

/** One worksheet: its cells into the snapshot's rows, its merges; counted against LIMITS as SheetScan counts. */
export class SheetReader extends SheetScan {
  readonly rows: Sheet["rows"] = [];
  readonly areas: Merge[] = [];
  private rowNumber = 0;
  private lastCol = 0;
  private readonly cell: OpenCell = {
    open: false,
    row: 0,
    col: 0,
    type: "n",
    style: 0,
    v: undefined,
    formula: undefined,
    shareType: undefined,
    shareIndex: undefined,
    shareRef: undefined,
    inline: undefined,
  };
  /** Shared formulas by their index: the formula and the cell that holds it. */
  private readonly shared = new Map<string, { formula: string; at: [number, number] }>();

  constructor(
    budget: Budget,
    part: string,
    private readonly context: ReadContext,
  ) {
    super(budget, part);
  }

  protected tag(local: string, closing: boolean, selfClosing: boolean): void {
    const cell = this.cell;
    if (cell.inline && local !== "is" && local !== "c") {
      cell.inline.tag(
        local,
        closing,
        selfClosing,
        () => this.body(),
        () => this.following(),
      );
      return;
    }
    switch (local) {
      case "row":
        if (closing) break;
        this.budget.addCells(1);
        this.rowNumber = Number(attr(this.body(), "r")) || this.rowNumber + 1;
        this.lastCol = 0;
        return;
      case "c":
        if (closing) this.endCell();
        else {
          this.budget.addCells(1);
          this.startCell(selfClosing);
        }
        return;
      case "v":
        if (cell.open && !closing && !selfClosing) cell.v = cell.v === undefined ? this.following() : cell.v + this.following();
        return;
      case "f":
        if (!cell.open || closing) return;
        {
          const body = this.body();
          cell.shareType = attr(body, "t");
          cell.shareIndex = attr(body, "si");
          cell.shareRef = attr(body, "ref");
          if (!selfClosing) cell.formula = xmlText(this.following());
        }
        return;
      case "is":
        if (cell.open && !closing && !selfClosing) cell.inline = new RichText();
        return;
      case "mergeCell":
        if (!closing) {
          const m = parseMerge(attr(this.body(), "ref") ?? "");
          if (m) this.areas.push(m);
        }
        break;
    }
    super.tag(local, closing, selfClosing);
  }

  private startCell(selfClosing: boolean): void {
    const c = this.cell;
    const { r } = cellAttributes(this.body(), c);
    const at = r ? address(r) : null;
    if (at) {
      c.row = at[0];
      c.col = at[1];
    } else {
      c.row = this.rowNumber;
      c.col = this.lastCol + 1;
    }
    this.lastCol = c.col;
    c.v = c.formula = c.shareType = c.shareIndex = c.shareRef = undefined;
    c.inline = undefined;
    c.open = !selfClosing;
  }

  private endCell(): void {
    const c = this.cell;
    if (!c.open) return;
    c.open = false;
    const value = this.cellOf(c);
    c.inline = undefined;
    if (value) (this.rows[c.row - 1] ??= [])[c.col - 1] = value;
  }

  /** The cell for a value read from its raw text by its type; undefined for none. */
  private valueFrom(type: string, raw: string, style: CellStyle | undefined): Cell | undefined {
    switch (type) {
      case "s": {
        const index = Number(raw);
        if (Number.isInteger(index) && index > this.sharedMax) this.sharedMax = index;
        const s = this.context.strings[index];
        if (!s) return undefined;
        return s.italicTail ? { value: s.text, italicTail: s.italicTail } : { value: s.text };
      }
      case "str":
      case "inlineStr":
        return { value: cellText(raw) };
      case "b":
        return { value: parseInt(raw, 10) !== 0 };
      case "e":
        return { value: xmlText(raw) };
      case "d": {
        // An ISO date written as such (rare: Excel writes serial numbers).
        const iso = /^\d{4}-\d{2}-\d{2}/.exec(raw.trim())?.[0];
        return iso ? { value: iso, date: true } : { value: raw };
      }
      default: {
        const n = parseFloat(raw);
        const iso = style?.date ? isoDate(n, this.context.date1904) : undefined;
        return iso !== undefined ? { value: iso, date: true } : { value: n };
      }
    }
  }

  private cellOf(c: OpenCell): Cell | undefined {
    const style = c.style > 0 ? this.context.styles[c.style] : undefined;
    let cell: Cell | undefined;
    const formula = this.formulaOf(c);
    if (formula !== undefined) {
      cell = (c.v ? this.valueFrom(c.type === "s" || c.type === "inlineStr" ? "n" : c.type, c.v, style) : undefined) ?? { value: null };
      cell.formula = formula;
    } else if (c.type === "inlineStr") {
      const s = c.inline?.value();
      if (s && s.text !== "") cell = s.italicTail ? { value: s.text, italicTail: s.italicTail } : { value: s.text };
    } else if (c.v !== undefined && c.v !== "") cell = this.valueFrom(c.type, c.v, style);
    if (cell && style) {
      if (style.numFmt) cell.numFmt = style.numFmt;
      if (style.fill) cell.fill = style.fill;
    }
    return cell;
  }

  /** The cell's formula without "=": its own text, or a shared formula moved to this cell. */
  private formulaOf(c: OpenCell): string | undefined {
    if (c.shareType === "shared" && c.shareIndex !== undefined) {
      if (c.shareRef !== undefined) {
        if (c.formula !== undefined) this.shared.set(c.shareIndex, { formula: c.formula, at: [c.row, c.col] });
        return c.formula;
      }
      const master = this.shared.get(c.shareIndex);
      return master ? slideFormula(master.formula, master.at, [c.row, c.col]) : c.formula || undefined;
    }
    return c.formula || undefined;
  }

  end(): void {
    super.end();
    this.dropCovered();
    for (let i = 0; i < this.rows.length; i++) this.rows[i] ??= undefined;
  }

  /** A merged area shows only its top-left cell: the cells it covers are not read (as in Excel). */
  private dropCovered(): void {
    for (const m of this.areas) {
      for (let r = m.top; r <= Math.min(m.bottom, this.rows.length); r++) {
        const row = this.rows[r - 1];
        if (!row) continue;
        for (let c = m.left; c <= Math.min(m.right, row.length); c++) if (r !== m.top || c !== m.left) delete row[c - 1];
        let n = row.length;
        while (n > 0 && row[n - 1] === undefined) n--;
        if (n === 0) this.rows[r - 1] = undefined;
        else row.length = n;
      }
    }
    let n = this.rows.length;
    while (n > 0 && this.rows[n - 1] === undefined) n--;
    this.rows.length = n;
  }
}
