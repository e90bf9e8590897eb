// Inserting a row in a sheet part: the rows below move down one (rows, cells, merges, data
// validations, conditional formats, hyperlinks, page breaks, the filter, the selection), and every
// formula and defined name that points at a moved row follows it, in this sheet and in the others.
// What cannot be moved safely as text (tables, comments, drawings and charts, form controls,
// pivot tables, x14 extensions with ranges, a shared or array formula across the new row) makes
// the edit refused with EditRefused naming it, before anything is written.
import type { Edit } from "../domain/edits";
import { EditRefused, relsPartOf, type PackageEditor } from "./package-edit";
import { attrOf, colLetters, escapeXml, findElement, setAttr, tagEnd, unescapeXml } from "./package-xml";

type InsertRow = Extract<Edit, { kind: "insertRow" }>;

/** Sheet relationships whose parts are anchored to rows: moving rows would leave them behind. */
const ANCHORED: Record<string, string> = {
  table: "table",
  drawing: "drawing",
  comments: "comments",
  vmlDrawing: "comments",
  threadedComment: "comments",
  pivotTable: "pivot",
  ctrlProp: "formControl",
};

const QUOTED = /'(?:[^']|'')*'|"(?:[^"]|"")*"/y;

/**
 * A formula with every reference to `sheet` at row >= `at` moved down one. `home` says whether
 * unqualified references point at `sheet` (the formula lives in it).
 */
export function shiftFormula(formula: string, sheet: string, at: number, home: boolean): string {
  const lower = sheet.toLowerCase();
  const ours = (prefix: string | undefined) => {
    if (!prefix) return home;
    let name = prefix.slice(0, -1);
    if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    name = name.replace(/^\[[^\]]*\]/, "");
    return name.toLowerCase() === lower;
  };
  const row = (d: string, n: string) => (Number(n) >= at ? `${d}${Number(n) + 1}` : `${d}${n}`);
  let out = "";
  let i = 0;
  const ref =
    /((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(?:(\$?[A-Za-z]{1,3})(\$?)(\d+)(?::(\$?[A-Za-z]{1,3})(\$?)(\d+))?|(\$?)(\d+):(\$?)(\d+))(?![\w(!])/y;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      QUOTED.lastIndex = i;
      const m = QUOTED.exec(formula);
      const end = m ? i + m[0].length : formula.length;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    if (!/[\w.$\u00C0-\uFFFF]/.test(prev)) {
      ref.lastIndex = i;
      const m = ref.exec(formula);
      if (m && (m[2] !== undefined || m[9] !== undefined)) {
        const prefix = m[1];
        if (ours(prefix)) {
          if (m[2] !== undefined) {
            out += (prefix ?? "") + m[2] + row(m[3], m[4]) + (m[5] !== undefined ? `:${m[5]}${row(m[6], m[7])}` : "");
          } else out += (prefix ?? "") + row(m[8], m[9]) + ":" + row(m[10], m[11]);
        } else out += m[0];
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** A space-separated list of ranges with rows >= at moved down, a range across `at` grown by one. */
export function shiftSqref(sqref: string, at: number): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((range) => {
      const [a, b] = range.split(":");
      const pa = /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/.exec(a);
      const pb = b === undefined ? pa : /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/.exec(b);
      if (!pa || !pb) return range;
      const top = Number(pa[3]);
      const bottom = Number(pb[3]);
      const nt = top >= at ? top + 1 : top;
      const nb = bottom >= at ? bottom + 1 : bottom;
      const first = `${pa[1]}${pa[2]}${nt}`;
      return b === undefined ? first : `${first}:${pb[1]}${pb[2]}${nb}`;
    })
    .join(" ");
}

function shiftAttr(tag: string, name: string, at: number): string {
  const v = attrOf(tag, name);
  return v === undefined ? tag : setAttr(tag, name, shiftSqref(v, at));
}

/** Every formula text (<f>, <formula>, <formula1>, <formula2>) in a stretch of XML shifted. */
function shiftFormulaTexts(xml: string, sheet: string, at: number, home: boolean): string {
  return xml.replace(/(<(?:[\w.-]+:)?(f|formula|formula1|formula2)\b[^>]*>)([^<]*)(<\/)/g, (_m, open: string, _n: string, text: string, close: string) => {
    const next = shiftFormula(unescapeXml(text), sheet, at, home);
    return open + (next === unescapeXml(text) ? text : escapeXml(next)) + close;
  });
}

export async function insertRow(ed: PackageEditor, e: InsertRow): Promise<void> {
  const part = ed.sheetParts.get(e.sheet);
  if (!part) throw new Error(`edit for unknown sheet ${e.sheet}`);
  const at = e.row;
  await refuseAnchored(ed, part, e.sheet);
  const xml = await ed.currentText(part);
  const data = findElement(xml, "sheetData");
  const root = findElement(xml, "worksheet");
  if (!data || !root) throw new Error(`${e.sheet}: no sheetData`);
  const ext = findElement(xml, "extLst", data.end);
  if (ext && /sqref|<xm:f>/.test(xml.slice(ext.start, ext.end))) throw new EditRefused("extension", e.sheet, "x14 ranges");
  const p = data.prefix ? `${data.prefix}:` : "";

  // Rows: those at or below `at` renumbered, formulas shifted, the new row put in place.
  const source = e.formatFrom !== undefined ? e.formatFrom - 1 : at - 1;
  let sourceRow: { open: string; cells: Map<number, string> } | undefined;
  const pieces: string[] = [];
  let pos = data.openEnd;
  let prev = 0;
  let placed = false;
  const re = /<(?:[\w.-]+:)?row(?=[\s/>])/g;
  re.lastIndex = data.openEnd;
  const newRow = () => rowXml(p, at, e, sourceRow);
  for (let m = re.exec(xml); m && m.index < data.closeStart; m = re.exec(xml)) {
    const start = m.index;
    const gt = tagEnd(xml, start);
    const self = xml[gt - 1] === "/";
    const close = `</${m[0].slice(1)}>`;
    const end = self ? gt + 1 : xml.indexOf(close, gt) + close.length;
    const open = xml.slice(start, gt + 1);
    const r = attrOf(open, "r") ? Number(attrOf(open, "r")) : prev + 1;
    prev = r;
    const body = xml.slice(gt + 1, self ? gt + 1 : end - close.length);
    if (r === source) sourceRow = { open, cells: cellStyles(body) };
    for (const f of body.matchAll(/<(?:[\w.-]+:)?f\b[^>]*>/g)) {
      const ref = attrOf(f[0], "ref");
      if (!ref) continue;
      const [a, b = a] = ref.split(":");
      const top = Number(/\d+/.exec(a)?.[0]);
      const bottom = Number(/\d+/.exec(b)?.[0]);
      if (top < at && bottom >= at) throw new EditRefused(/t="shared"/.test(f[0]) ? "sharedFormula" : "arrayFormula", e.sheet, ref);
    }
    let next = body.includes("<") ? shiftFormulaTexts(body, e.sheet, at, true) : body;
    next = next.replace(/<(?:[\w.-]+:)?f\b[^>]*>/g, (t) => shiftAttr(t, "ref", at));
    let nextOpen = open;
    if (r >= at) {
      if (!placed) {
        pieces.push(xml.slice(pos, start), newRow());
        pos = start;
        placed = true;
      }
      if (attrOf(open, "r")) nextOpen = setAttr(open, "r", String(r + 1));
      next = next.replace(/(<(?:[\w.-]+:)?c\b[^>]*?\sr=")([A-Za-z]{1,3})(\d+)"/g, (_x, h: string, c: string) => `${h}${c}${r + 1}"`);
    }
    if (next !== body || nextOpen !== open) {
      pieces.push(xml.slice(pos, start), nextOpen, next, self ? "" : close);
      pos = end;
    }
    re.lastIndex = end;
  }
  if (!placed) {
    // No row at or below: the new one goes last (a row past every filled one).
    pieces.push(xml.slice(pos, data.closeStart), newRow());
    pos = data.closeStart;
  }
  const head = shiftOutside(xml.slice(0, data.start), e.sheet, at);
  const sheetData = data.selfClosing
    ? `${xml.slice(data.start, data.end - 2).trimEnd()}>${newRow()}</${p}sheetData>`
    : xml.slice(data.start, data.openEnd) + pieces.join("") + xml.slice(pos, data.end);
  const tail = shiftOutside(xml.slice(data.end), e.sheet, at);
  ed.replaceText(part, head + sheetData + tail);

  // Other sheets' formulas, and the workbook's defined names, that point at the moved rows.
  for (const other of ed.sheetParts.values()) {
    if (other === part) continue;
    const text = await ed.currentText(other);
    const next = shiftFormulaTexts(text, e.sheet, at, false).replace(/<(?:[\w.-]+:)?hyperlink\b[^>]*>/g, (t) =>
      attrOf(t, "location") ? setAttr(t, "location", escapeXml(shiftFormula(unescapeXml(attrOf(t, "location") as string), e.sheet, at, false), true)) : t,
    );
    if (next !== text) ed.replaceText(other, next);
  }
  const wb = await ed.text(ed.workbookPart);
  const nextWb = wb.replace(/(<(?:[\w.-]+:)?definedName\b[^>]*>)([^<]*)(<\/)/g, (_m, open: string, text: string, close: string) => {
    const next = shiftFormula(unescapeXml(text), e.sheet, at, false);
    return open + (next === unescapeXml(text) ? text : escapeXml(next)) + close;
  });
  if (nextWb !== wb) ed.setText(ed.workbookPart, nextWb);
}

/** The head or tail of a sheet (outside sheetData) with its ranges and formulas moved. */
function shiftOutside(xml: string, sheet: string, at: number): string {
  let out = shiftFormulaTexts(xml, sheet, at, true);
  out = out.replace(
    /<(?:[\w.-]+:)?(mergeCell|dataValidation|conditionalFormatting|hyperlink|autoFilter|dimension|selection|protectedRange|ignoredError|pane)\b[^>]*>/g,
    (tag, local: string) => {
      let t = tag;
      for (const a of ["ref", "sqref", "activeCell", "topLeftCell"]) t = shiftAttr(t, a, at);
      const location = local === "hyperlink" ? attrOf(t, "location") : undefined;
      if (location) t = setAttr(t, "location", escapeXml(shiftFormula(unescapeXml(location), sheet, at, true), true));
      return t;
    },
  );
  // Row page breaks (a break after row n moves with that row); column breaks stay.
  const breaks = findElement(out, "rowBreaks");
  if (breaks && !breaks.selfClosing) {
    const inner = out
      .slice(breaks.openEnd, breaks.closeStart)
      .replace(/<(?:[\w.-]+:)?brk\b[^>]*>/g, (t) => (Number(attrOf(t, "id")) >= at ? setAttr(t, "id", String(Number(attrOf(t, "id")) + 1)) : t));
    out = out.slice(0, breaks.openEnd) + inner + out.slice(breaks.closeStart);
  }
  return out;
}

function cellStyles(body: string): Map<number, string> {
  const out = new Map<number, string>();
  let prev = 0;
  for (const m of body.matchAll(/<(?:[\w.-]+:)?c\b[^>]*>/g)) {
    const r = attrOf(m[0], "r");
    const col = r ? [...(/^[A-Za-z]+/.exec(r)?.[0] ?? "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : prev + 1;
    prev = col;
    const s = attrOf(m[0], "s");
    if (s) out.set(col, s);
  }
  return out;
}

/** The new row: the source row's height and formats, and the edit's cells. */
function rowXml(p: string, r: number, e: InsertRow, source: { open: string; cells: Map<number, string> } | undefined): string {
  let open = `<${p}row r="${r}"`;
  for (const a of ["s", "customFormat", "ht", "customHeight"]) {
    const v = source ? attrOf(source.open, a) : undefined;
    if (v !== undefined) open += ` ${a}="${v}"`;
  }
  const cells = new Map<number, string>();
  for (const [col, s] of source?.cells ?? []) cells.set(col, `<${p}c r="${colLetters(col)}${r}" s="${s}"/>`);
  for (const c of e.cells) {
    const s = source?.cells.get(c.col);
    const attrs = ` r="${colLetters(c.col)}${r}"${s ? ` s="${s}"` : ""}`;
    if (c.formula) {
      const v = c.value === undefined ? "" : `<${p}v>${escapeXml(c.value)}</${p}v>`;
      cells.set(c.col, `<${p}c${attrs}${v ? ' t="str"' : ""}><${p}f>${escapeXml(c.formula.replace(/^=/, ""))}</${p}f>${v}</${p}c>`);
    } else if (c.value !== undefined && c.value !== "") {
      cells.set(c.col, `<${p}c${attrs} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(c.value)}</${p}t></${p}is></${p}c>`);
    }
  }
  const body = [...cells.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x)
    .join("");
  return body ? `${open}>${body}</${p}row>` : `${open}/>`;
}

async function refuseAnchored(ed: PackageEditor, part: string, sheet: string): Promise<void> {
  const rels = await ed.text(relsPartOf(part));
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const type = /\/([^/]+)$/.exec(attrOf(m[0], "Type") ?? "")?.[1] ?? "";
    const feature = ANCHORED[type];
    if (feature) throw new EditRefused(feature, sheet);
    if (type === "drawing" || type === "chart") throw new EditRefused("drawing", sheet);
  }
  // A chart anywhere that plots this sheet's cells would keep pointing at the old rows.
  const quoted = sheet.replace(/'/g, "''");
  for (const e of ed.pkg.entries) {
    if (!/^xl\/charts\/chart[^/]*\.xml$/.test(e.name)) continue;
    const text = await ed.text(e.name);
    if (text.includes(`${sheet}!`) || text.includes(`'${quoted}'!`)) throw new EditRefused("chart", sheet);
  }
  const xml = await ed.currentText(part);
  for (const local of ["controls", "oleObjects", "tableParts", "drawing", "legacyDrawing"]) {
    if (new RegExp(`<(?:[\\w.-]+:)?${local}[\\s>/]`).test(xml))
      throw new EditRefused(local === "tableParts" ? "table" : local === "legacyDrawing" ? "comments" : local, sheet);
  }
}
