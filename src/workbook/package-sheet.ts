// One worksheet part edited as text: only the <c> elements of the edited cells are written anew
// (with <row> and <c> added in order where needed); every other byte of the part (other cells,
// hyperlinks, page breaks, sheetProtection with its password, autoFilter, conditional formats,
// data validations, mc:AlternateContent, extLst, anything unknown) is kept as it was. Works on
// prefixed ("x:") and default-namespace sheets, rows and cells without "r", and <c> children in
// any order.
import type { Before } from "../domain/edits";
import { attrOf, childrenOf, colLetters, escapeXml, findElement, parseRef, removeAttr, setAttr, tagEnd, unescapeXml, type Element } from "./package-xml";
import { setAttr as setStyleAttr, StylesPart, startTag, withChild, withStartTag } from "./package-styles";

/** CT_Worksheet's children in schema order: where a new element goes. */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

interface CellInfo {
  col: number;
  start: number;
  end: number;
  openTag: string;
  hasR: boolean;
  /** The content between the start and end tags ("" when self-closing). */
  inner: string;
}

interface RowInfo {
  r: number;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  openTag: string;
  selfClosing: boolean;
  hasR: boolean;
  cells?: CellInfo[];
}

/** A cell as it will be written. */
export interface CellState {
  row: number;
  col: number;
  /** Attributes other than r, s, t, cm and vm, kept from the cell that was there. */
  rest: string;
  s?: number;
  t?: string;
  /** f, v or is (written in that order), and whatever other children the cell had. */
  f?: string;
  v?: string;
  is?: string;
  other: string;
}

export type CellValue = string | number | boolean | null;

/** The column of a <c> start tag's r attribute (letters only), 0 without one: a loop, as it runs per cell. */
function colOfTag(tag: string): number {
  let i = tag.indexOf(" r=");
  if (i < 0) {
    const r = attrOf(tag, "r");
    return r ? (parseRef(r)?.col ?? 0) : 0;
  }
  i += 4; // past  r="
  let col = 0;
  for (; i < tag.length; i++) {
    const ch = tag.charCodeAt(i) | 0x20;
    if (ch < 0x61 || ch > 0x7a) break;
    col = col * 26 + (ch - 0x60);
  }
  return col;
}

export class SheetPart {
  readonly p: string;
  private readonly root: Element;
  private readonly data: Element;
  private rows?: RowInfo[];
  private rowIndex?: Map<number, RowInfo>;
  private readonly states = new Map<number, CellState>();
  /** Splices outside sheetData, on the original text. */
  private readonly splices: Array<{ at: number; to: number; text: string }> = [];
  private head?: Element[];
  private tail?: Element[];
  private touched = false;

  constructor(
    private readonly xml: string,
    private readonly styles: StylesPart,
    readonly name: string,
  ) {
    const root = findElement(xml, "worksheet");
    const data = findElement(xml, "sheetData");
    if (!root || !data) throw new Error(`${name}: no worksheet or sheetData`);
    this.root = root;
    this.data = data;
    this.p = data.prefix ? `${data.prefix}:` : "";
  }

  get changed(): boolean {
    return this.touched;
  }

  private scanRows(): RowInfo[] {
    if (this.rows) return this.rows;
    const rows: RowInfo[] = [];
    const xml = this.xml;
    const re = /<(?:[\w.-]+:)?row(?=[\s/>])/g;
    re.lastIndex = this.data.openEnd;
    let prev = 0;
    for (let m = re.exec(xml); m && m.index < this.data.closeStart; m = re.exec(xml)) {
      const start = m.index;
      const gt = tagEnd(xml, start);
      const openTag = xml.slice(start, gt + 1);
      const selfClosing = xml[gt - 1] === "/";
      let closeStart = gt + 1;
      let end = gt + 1;
      if (!selfClosing) {
        const close = `</${m[0].slice(1, -3)}row>`;
        closeStart = xml.indexOf(close, gt + 1);
        if (closeStart < 0) throw new Error(`${this.name}: unclosed row`);
        end = closeStart + close.length;
      }
      const rAttr = attrOf(openTag, "r");
      const r = rAttr ? Number(rAttr) : prev + 1;
      prev = r;
      rows.push({ r, start, openEnd: gt + 1, closeStart, end, openTag, selfClosing, hasR: rAttr !== undefined });
      re.lastIndex = end;
    }
    this.rows = rows;
    this.rowIndex = new Map(rows.map((r) => [r.r, r]));
    return rows;
  }

  private cellsOf(row: RowInfo): CellInfo[] {
    if (row.cells) return row.cells;
    const cells: CellInfo[] = [];
    const xml = this.xml;
    const re = /<(?:[\w.-]+:)?c(?=[\s/>])/g;
    re.lastIndex = row.openEnd;
    let prev = 0;
    for (let m = re.exec(xml); m && m.index < row.closeStart; m = re.exec(xml)) {
      const start = m.index;
      const gt = tagEnd(xml, start);
      const openTag = xml.slice(start, gt + 1);
      let end = gt + 1;
      let inner = "";
      if (xml[gt - 1] !== "/") {
        const close = `</${m[0].slice(1)}>`;
        const at = xml.indexOf(close, gt + 1);
        if (at < 0 || at > row.closeStart) throw new Error(`${this.name}: unclosed cell`);
        inner = xml.slice(gt + 1, at);
        end = at + close.length;
      }
      const refCol = colOfTag(openTag);
      const col = refCol || prev + 1;
      prev = col;
      cells.push({ col, start, end, openTag, hasR: refCol !== 0, inner });
      re.lastIndex = end;
    }
    row.cells = cells;
    return cells;
  }

  private existing(row: number, col: number): CellInfo | undefined {
    this.scanRows();
    const r = this.rowIndex?.get(row);
    if (!r) return undefined;
    const cells = this.cellsOf(r);
    for (let i = 0; i < cells.length; i++) if (cells[i].col === col) return cells[i];
    return undefined;
  }

  /** The cell as it stands now (edited or as read). */
  cell(row: number, col: number): CellState {
    const key = row * 16384 + col;
    let st = this.states.get(key);
    if (st) return st;
    const ex = this.existing(row, col);
    st = { row, col, rest: "", other: "" };
    if (ex) {
      let rest = ex.openTag.replace(/^<[\w.:-]+/, "").replace(/\/?>$/, "");
      for (const a of ["r", "s", "t", "cm", "vm"]) rest = removeAttr(rest, a);
      st.rest = rest.trimEnd();
      const s = attrOf(ex.openTag, "s");
      if (s !== undefined) st.s = Number(s);
      st.t = attrOf(ex.openTag, "t");
      if (ex.inner) {
        for (const k of childrenOf(ex.inner, 0, ex.inner.length)) {
          const text = ex.inner.slice(k.start, k.end);
          if (k.local === "f") st.f = text;
          else if (k.local === "v") st.v = text;
          else if (k.local === "is") st.is = text;
          else st.other += text;
        }
      }
    }
    this.states.set(key, st);
    return st;
  }

  /** The style index a cell shows: its own, else its row's, else its column's, else 0. */
  styleOf(row: number, col: number): number {
    const own = this.states.get(row * 16384 + col)?.s ?? this.existingStyle(row, col);
    if (own !== undefined) return own;
    const r = this.rowIndex?.get(row);
    if (r && attrOf(r.openTag, "customFormat") === "1" && attrOf(r.openTag, "s")) return Number(attrOf(r.openTag, "s"));
    const colStyle = this.colElement(col);
    return colStyle && attrOf(colStyle, "style") ? Number(attrOf(colStyle, "style")) : 0;
  }

  /** True when the cell has a style of its own (an s attribute). */
  hasOwnStyle(row: number, col: number): boolean {
    const st = this.states.get(row * 16384 + col);
    return (st ? st.s : this.existingStyle(row, col)) !== undefined;
  }

  private existingStyle(row: number, col: number): number | undefined {
    const ex = this.existing(row, col);
    const s = ex ? attrOf(ex.openTag, "s") : undefined;
    return s === undefined ? undefined : Number(s);
  }

  /** Sets a cell's value (text as an inline string), dropping its formula. */
  setValue(st: CellState, value: CellValue, date = false): void {
    this.touched = true;
    st.f = undefined;
    st.v = undefined;
    st.is = undefined;
    st.t = undefined;
    if (value === null) return;
    if (typeof value === "number") st.v = `<${this.p}v>${value}</${this.p}v>`;
    else if (typeof value === "boolean") {
      st.t = "b";
      st.v = `<${this.p}v>${value ? 1 : 0}</${this.p}v>`;
    } else if (date && /^\d{4}-\d{2}-\d{2}/.test(value)) {
      const serial = (Date.parse(`${value.slice(0, 10)}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
      st.v = `<${this.p}v>${serial}</${this.p}v>`;
    } else {
      st.t = "inlineStr";
      const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
      st.is = `<${this.p}is><${this.p}t${space}>${escapeXml(value)}</${this.p}t></${this.p}is>`;
    }
  }

  /** Sets a formula with its cached result (none: Excel computes it on opening). */
  setFormula(st: CellState, formula: string, result: CellValue): void {
    this.touched = true;
    st.f = `<${this.p}f>${escapeXml(formula.replace(/^=/, ""))}</${this.p}f>`;
    st.is = undefined;
    st.t = undefined;
    st.v = undefined;
    if (result === null || result === "") return;
    if (typeof result === "number") st.v = `<${this.p}v>${result}</${this.p}v>`;
    else if (typeof result === "boolean") {
      st.t = "b";
      st.v = `<${this.p}v>${result ? 1 : 0}</${this.p}v>`;
    } else {
      st.t = ERROR_VALUE.test(result) ? "e" : "str";
      st.v = `<${this.p}v>${escapeXml(result)}</${this.p}v>`;
    }
  }

  setStyle(st: CellState, s: number): void {
    this.touched = true;
    st.s = s;
  }

  private cellXml(st: CellState): string {
    const attrs = ` r="${colLetters(st.col)}${st.row}"${st.s ? ` s="${st.s}"` : ""}${st.t ? ` t="${st.t}"` : ""}${st.rest ? (st.rest.startsWith(" ") ? st.rest : ` ${st.rest}`) : ""}`;
    const inner = (st.f ?? "") + (st.v ?? "") + (st.is ?? "") + st.other;
    return inner ? `<${this.p}c${attrs}>${inner}</${this.p}c>` : `<${this.p}c${attrs}/>`;
  }

  // ---- outside sheetData ----

  private headChildren(): Element[] {
    return (this.head ??= childrenOf(this.xml, this.root.openEnd, this.data.start));
  }

  private tailChildren(): Element[] {
    return (this.tail ??= childrenOf(this.xml, this.data.end, this.root.closeStart));
  }

  /** The local name an element stands for in schema order (mc:AlternateContent: its choice's first element). */
  private orderName(el: Element): string {
    if (el.local !== "AlternateContent") return el.local;
    const m = /<(?:[\w.-]+:)?Choice\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(this.xml.slice(el.start, el.end));
    return m?.[1] ?? el.local;
  }

  /** The top-level element of that name, if the sheet has one. */
  topLevel(local: string): Element | undefined {
    return [...this.headChildren(), ...this.tailChildren()].find((e) => e.local === local);
  }

  /** Inserts a new top-level element where the schema puts it. */
  private insertTop(local: string, text: string): void {
    const rank = ORDER.indexOf(local);
    const before = rank < ORDER.indexOf("sheetData");
    const later = (before ? this.headChildren() : this.tailChildren()).find((e) => ORDER.indexOf(this.orderName(e)) > rank);
    const at = later ? later.start : before ? this.data.start : this.root.closeStart;
    this.splices.push({ at, to: at, text });
    this.touched = true;
  }

  private colElement(col: number): string | undefined {
    const cols = this.topLevel("cols");
    if (!cols || cols.selfClosing) return undefined;
    const text = this.xml.slice(cols.openEnd, cols.closeStart);
    for (const m of text.matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)) {
      if (Number(attrOf(m[0], "min")) <= col && col <= Number(attrOf(m[0], "max"))) return m[0];
    }
    return undefined;
  }

  /** A new column's width, unless a <col> already gives that column one. */
  ensureWidth(col: number, width: number): void {
    const have = this.colElement(col);
    if (have && attrOf(have, "width") !== undefined) return;
    if (have) return; // a range without a width: left alone rather than split
    const el = `<${this.p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`;
    const cols = this.topLevel("cols");
    if (!cols) return this.insertTop("cols", `<${this.p}cols>${el}</${this.p}cols>`);
    if (cols.selfClosing) {
      this.splices.push({ at: cols.start, to: cols.end, text: `<${this.p}cols>${el}</${this.p}cols>` });
    } else {
      const kids = childrenOf(this.xml, cols.openEnd, cols.closeStart);
      const after = kids.find((k) => Number(attrOf(this.xml.slice(k.start, k.openEnd), "min")) > col);
      const at = after ? after.start : cols.closeStart;
      this.splices.push({ at, to: at, text: el });
    }
    this.touched = true;
  }

  /** A drop-down list on a column of cells (skipped when an equal one is there). */
  addList(sqref: string, values: string[]): void {
    const formula = escapeXml(`"${values.join(",")}"`);
    const dv = `<${this.p}dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sqref}"><${this.p}formula1>${formula}</${this.p}formula1></${this.p}dataValidation>`;
    const el = this.topLevel("dataValidations");
    if (!el) return this.insertTop("dataValidations", `<${this.p}dataValidations count="1">${dv}</${this.p}dataValidations>`);
    const text = this.xml.slice(el.start, el.end);
    if (text.includes(`sqref="${sqref}"`) && text.includes(`>${formula}<`)) return;
    const count = childrenOf(this.xml, el.openEnd, el.closeStart).length + 1;
    if (el.selfClosing) {
      this.splices.push({ at: el.start, to: el.end, text: `<${this.p}dataValidations count="${count}">${dv}</${this.p}dataValidations>` });
    } else {
      this.splices.push({ at: el.start, to: el.openEnd, text: setAttr(this.xml.slice(el.start, el.openEnd), "count", String(count)) });
      this.splices.push({ at: el.closeStart, to: el.closeStart, text: dv });
    }
    this.touched = true;
  }

  /** Freezes rows 1…rows in the first sheet view (other views and attributes kept). */
  freeze(rows: number): void {
    const pane = `<${this.p}pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/>`;
    const views = this.topLevel("sheetViews");
    if (!views) {
      if (rows > 0)
        this.insertTop("sheetViews", `<${this.p}sheetViews><${this.p}sheetView workbookViewId="0">${pane}</${this.p}sheetView></${this.p}sheetViews>`);
      return;
    }
    const view = childrenOf(this.xml, views.openEnd, views.closeStart).find((k) => k.local === "sheetView");
    if (!view) return;
    const text = this.xml.slice(view.start, view.end);
    let next: string;
    if (view.selfClosing) next = rows > 0 ? `${text.slice(0, -2).trimEnd()}>${pane}</${this.p}sheetView>` : text;
    else {
      const openLen = view.openEnd - view.start;
      let inner = text.slice(openLen, view.closeStart - view.start);
      inner = inner.replace(/<(?:[\w.-]+:)?pane\b[^>]*\/>/, "");
      // Selections of panes a vertical split made go with it.
      inner = inner.replace(/<(?:[\w.-]+:)?selection\b[^>]*pane="(?:topRight|bottomRight)"[^>]*\/>/g, "");
      next = text.slice(0, openLen) + (rows > 0 ? pane : "") + inner + text.slice(view.closeStart - view.start);
    }
    if (next === text) return;
    this.splices.push({ at: view.start, to: view.end, text: next });
    this.touched = true;
  }

  // ---- writing ----

  /** Widens <dimension> to cover the edited cells. */
  private dimension(): void {
    const dim = this.topLevel("dimension");
    if (!dim || this.states.size === 0) return;
    const tag = this.xml.slice(dim.start, dim.end);
    const ref = attrOf(tag, "ref") ?? "A1";
    const [a, b = a] = ref.split(":");
    const from = parseRef(a);
    const to = parseRef(b);
    if (!from || !to) return;
    let [top, left, bottom, right] = [from.row, from.col, to.row, to.col];
    for (const st of this.states.values()) {
      top = Math.min(top, st.row);
      bottom = Math.max(bottom, st.row);
      left = Math.min(left, st.col);
      right = Math.max(right, st.col);
    }
    const next = top === bottom && left === right ? `${colLetters(left)}${top}` : `${colLetters(left)}${top}:${colLetters(right)}${bottom}`;
    if (next !== ref) this.splices.push({ at: dim.start, to: dim.end, text: setAttr(tag, "ref", next) });
  }

  private rowXml(info: RowInfo | undefined, r: number, cells: CellState[], needR: boolean): string {
    const p = this.p;
    const edited = cells.sort((a, b) => a.col - b.col);
    if (!info) return `<${p}row r="${r}">${edited.map((c) => this.cellXml(c)).join("")}</${p}row>`;
    let open = info.openTag;
    if (needR && !info.hasR) open = setAttr(open, "r", String(r));
    const spans = attrOf(open, "spans");
    if (spans && /^\d+:\d+$/.test(spans) && edited.length > 0) {
      const [lo, hi] = spans.split(":").map(Number);
      const nlo = Math.min(lo, edited[0].col);
      const nhi = Math.max(hi, edited[edited.length - 1].col);
      if (nlo !== lo || nhi !== hi) open = setAttr(open, "spans", `${nlo}:${nhi}`);
    }
    if (edited.length === 0) return open === info.openTag ? this.xml.slice(info.start, info.end) : open + this.xml.slice(info.openEnd, info.end);
    if (info.selfClosing) open = `${open.slice(0, -2).trimEnd()}>`;
    const cells0 = this.cellsOf(info);
    let out = open;
    let pos = info.openEnd;
    let k = 0;
    let afterNew = false;
    for (const ex of cells0) {
      while (k < edited.length && edited[k].col < ex.col) {
        out += this.xml.slice(pos, ex.start) + this.cellXml(edited[k++]);
        pos = ex.start;
        afterNew = true;
      }
      if (k < edited.length && edited[k].col === ex.col) {
        out += this.xml.slice(pos, ex.start) + this.cellXml(edited[k++]);
        pos = ex.end;
        afterNew = false;
        continue;
      }
      if (afterNew && !ex.hasR) {
        // A cell without "r" after a new one would take the new one's column + 1.
        out += this.xml.slice(pos, ex.start) + setAttr(ex.openTag, "r", `${colLetters(ex.col)}${r}`);
        pos = ex.start + ex.openTag.length;
      }
      afterNew = false;
    }
    const end = info.selfClosing ? info.end : info.closeStart;
    out += info.selfClosing ? "" : this.xml.slice(pos, end);
    while (k < edited.length) out += this.cellXml(edited[k++]);
    return out + (info.selfClosing ? `</${p}row>` : this.xml.slice(info.closeStart, info.end));
  }

  /** The edited part's text, or null when nothing changed. */
  text(): string | null {
    if (!this.touched) return null;
    this.dimension();
    const byRow = new Map<number, CellState[]>();
    for (const st of this.states.values()) (byRow.get(st.row) ?? byRow.set(st.row, []).get(st.row)!).push(st);
    const pieces: string[] = [];
    const xml = this.xml;
    // Outside sheetData: the splices, in order, up to sheetData's content.
    const splices = [...this.splices].sort((a, b) => a.at - b.at || a.to - b.to);
    let pos = 0;
    let si = 0;
    const spliceUpTo = (limit: number) => {
      for (; si < splices.length && splices[si].at <= limit; si++) {
        const s = splices[si];
        pieces.push(xml.slice(pos, s.at), s.text);
        pos = s.to;
      }
    };
    spliceUpTo(this.data.start);
    if (byRow.size > 0) {
      const rows = this.scanRows();
      const wanted = [...byRow.keys()].sort((a, b) => a - b);
      if (this.data.selfClosing) {
        pieces.push(xml.slice(pos, this.data.start));
        const tag = xml.slice(this.data.start, this.data.end);
        pieces.push(`${tag.slice(0, -2).trimEnd()}>`);
        for (const r of wanted) pieces.push(this.rowXml(undefined, r, byRow.get(r)!, false));
        pieces.push(`</${this.p}sheetData>`);
        pos = this.data.end;
      } else {
        let w = 0;
        let afterNew = false;
        for (const info of rows) {
          while (w < wanted.length && wanted[w] < info.r) {
            pieces.push(xml.slice(pos, info.start), this.rowXml(undefined, wanted[w], byRow.get(wanted[w])!, false));
            pos = info.start;
            w++;
            afterNew = true;
          }
          const own = w < wanted.length && wanted[w] === info.r ? byRow.get(wanted[w++])! : undefined;
          if (own || (afterNew && !info.hasR)) {
            pieces.push(xml.slice(pos, info.start), this.rowXml(info, info.r, own ?? [], true));
            pos = info.end;
          }
          afterNew = false;
        }
        pieces.push(xml.slice(pos, this.data.closeStart));
        pos = this.data.closeStart;
        for (; w < wanted.length; w++) pieces.push(this.rowXml(undefined, wanted[w], byRow.get(wanted[w])!, false));
      }
    }
    spliceUpTo(xml.length);
    pieces.push(xml.slice(pos));
    return pieces.join("");
  }

  // ---- styles of edited cells ----

  /** The xf for a status cell: the base format with a solid fill (or none) and black text. */
  statusStyle(row: number, col: number, base: number, fill: string | null, own: boolean): number {
    // The same inputs give the same format: a column of statuses asks for a handful of them.
    const leftStyle = col > 1 ? this.styleOf(row, col - 1) : -1;
    const key = `${base}|${fill}|${own}|${leftStyle}`;
    let id = this.statusStyles.get(key);
    if (id === undefined) this.statusStyles.set(key, (id = this.makeStatusStyle(row, col, base, fill, own)));
    return id;
  }

  private readonly statusStyles = new Map<string, number>();

  private makeStatusStyle(row: number, col: number, base: number, fill: string | null, own: boolean): number {
    const st = this.styles;
    const pre = st.prefix;
    const p = pre ? `${pre}:` : "";
    let xf = st.xf(base);
    let font = st.font(Number(attrOf(startTag(xf), "fontId") ?? 0));
    const left = col > 1 ? st.xf(this.styleOf(row, col - 1)) : undefined;
    if (!own && left) {
      // A cell with no style of its own looks like its row: the left neighbour's font name and size.
      const lf = st.font(Number(attrOf(startTag(left), "fontId") ?? 0));
      const name = /<(?:[\w.-]+:)?name\b[^>]*\/>/.exec(lf)?.[0];
      const size = /<(?:[\w.-]+:)?sz\b[^>]*\/>/.exec(lf)?.[0];
      if (name) font = withChild(withChild(font, "name", name, pre), "scheme", /<(?:[\w.-]+:)?scheme\b[^>]*\/>/.exec(lf)?.[0] ?? null, pre);
      if (size) font = withChild(font, "sz", size, pre);
    }
    font = withChild(font, "color", `<${p}color rgb="FF000000"/>`, pre);
    let tag = startTag(xf);
    tag = setStyleAttr(tag, "fontId", String(st.addFont(font)));
    tag = setStyleAttr(tag, "fillId", String(st.fillOf(fill)));
    tag = setStyleAttr(tag, "applyFont", "1");
    tag = setStyleAttr(tag, "applyFill", "1");
    xf = withStartTag(xf, tag);
    const vertical = (x: string) => attrOf(/<(?:[\w.-]+:)?alignment\b[^>]*>/.exec(x)?.[0] ?? "", "vertical");
    const leftVertical = left ? vertical(left) : undefined;
    if (!vertical(xf) && leftVertical) {
      const al = /<(?:[\w.-]+:)?alignment\b[^>]*?\/?>/.exec(xf)?.[0];
      const nextAl = al ? setAttr(al, "vertical", leftVertical) : `<${p}alignment vertical="${leftVertical}"/>`;
      xf = al ? xf.replace(al, nextAl) : withChild(xf, "alignment", nextAl, pre);
      xf = withStartTag(xf, setStyleAttr(startTag(xf), "applyAlignment", "1"));
    }
    return st.addXf(xf);
  }

  /** The xf with a number format. */
  numFmtStyle(base: number, code: string): number {
    const st = this.styles;
    const id = st.numFmtId(code);
    const xf = st.xf(base);
    if (Number(attrOf(startTag(xf), "numFmtId") ?? 0) === id) return base;
    return st.addXf(withStartTag(xf, setStyleAttr(setStyleAttr(startTag(xf), "numFmtId", String(id)), "applyNumberFormat", "1")));
  }

  /**
   * The xf with the number format, fill and font colour `before` gives (none: General, no fill;
   * no colour: the font as it is, black after a status): a restore where the cell's own format
   * before the write is not known.
   */
  restoredStyle(base: number, before: Before): number {
    const st = this.styles;
    const pre = st.prefix;
    const xf = st.xf(base);
    const font = st.font(Number(attrOf(startTag(xf), "fontId") ?? 0));
    const start = startTag(xf);
    const set: Array<[string, number, string]> = [
      ["numFmtId", st.numFmtId(before.numFmt ?? "General"), "applyNumberFormat"],
      ["fillId", st.fillOf(before.fill ?? null), "applyFill"],
    ];
    if (before.fontColor)
      set.push(["fontId", st.addFont(withChild(font, "color", `<${pre ? `${pre}:` : ""}color rgb="FF${before.fontColor}"/>`, pre)), "applyFont"]);
    let tag = start;
    for (const [id, value, apply] of set) if (Number(attrOf(start, id) ?? 0) !== value) tag = setStyleAttr(setStyleAttr(tag, id, String(value)), apply, "1");
    return tag === start ? base : st.addXf(withStartTag(xf, tag));
  }

  /** The cell's own format index (its s attribute) as it stands, none when it has none. */
  ownStyle(row: number, col: number): number | undefined {
    return this.cell(row, col).s;
  }

  /**
   * Puts a cell back as `before` says (value or formula) and its format: `format`, the cell's own
   * format index before it was written (the styles part only grows, so the index still means the
   * same format), where the caller kept it; else the number format, fill and font colour of `before`.
   */
  restore(row: number, col: number, before: Before, format?: { s: number | undefined }): void {
    const st = this.cell(row, col);
    if (before.formula) this.setFormula(st, before.formula, before.value);
    else this.setValue(st, before.value, !!before.date);
    if (format) {
      this.touched = true;
      st.s = format.s;
    } else this.setStyle(st, this.restoredStyle(this.styleOf(row, col), before));
  }

  /** Reads a cell's current text (for tests and checks). */
  textOf(row: number, col: number): string | undefined {
    const st = this.cell(row, col);
    const t = st.is ?? st.v;
    return t === undefined ? undefined : unescapeXml(t.replace(/<[^>]*>/g, ""));
  }
}
