// styles.xml edited by appending: the fonts, fills, borders, number formats and cell formats (xf)
// the edited cells need are added after the existing ones (an equal existing one is reused), and
// the containers' counts are updated. Existing entries are never rewritten or renumbered, so every
// cell that is not edited keeps its look.
import { attrOf, canonical, childrenOf, escapeXml, findElement, setAttr, withCount, type Element } from "./package-xml";

/** Excel's built-in number formats that the engine writes or reads back. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"] as const;
type Section = (typeof SECTIONS)[number];
/** Where a missing container goes: before the first of these that exists (CT_Stylesheet order). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

interface Part {
  el?: Element;
  items: string[];
  added: string[];
}

export class StylesPart {
  private readonly parts = new Map<Section, Part>();
  readonly prefix: string;
  private readonly p: string;

  constructor(private readonly xml: string) {
    const root = findElement(xml, "styleSheet");
    if (!root) throw new Error("styles.xml has no styleSheet");
    this.prefix = root.prefix;
    this.p = root.prefix ? `${root.prefix}:` : "";
    for (const s of SECTIONS) {
      const el = findElement(xml, s);
      const items = el && !el.selfClosing ? childrenOf(xml, el.openEnd, el.closeStart).map((c) => xml.slice(c.start, c.end)) : [];
      this.parts.set(s, { el, items, added: [] });
    }
  }

  private part(s: Section): Part {
    return this.parts.get(s) as Part;
  }

  private item(s: Section, i: number): string | undefined {
    const p = this.part(s);
    return i < p.items.length ? p.items[i] : p.added[i - p.items.length];
  }

  /** Index of an equal entry, or of the entry appended now. */
  private add(s: Section, xml: string): number {
    const p = this.part(s);
    const want = canonical(xml);
    const found = p.items.findIndex((x) => canonical(x) === want);
    if (found >= 0) return found;
    const added = p.added.findIndex((x) => canonical(x) === want);
    if (added >= 0) return p.items.length + added;
    p.added.push(xml);
    return p.items.length + p.added.length - 1;
  }

  /** The cell format (an <xf> element) at index i; xf 0 when there is none (as Excel reads it). */
  xf(i: number): string {
    return this.item("cellXfs", i) ?? this.item("cellXfs", 0) ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  }
  font(i: number): string {
    return this.item("fonts", i) ?? this.item("fonts", 0) ?? `<${this.p}font/>`;
  }
  fill(i: number): string {
    return this.item("fills", i) ?? `<${this.p}fill><${this.p}patternFill patternType="none"/></${this.p}fill>`;
  }
  border(i: number): string | undefined {
    return this.item("borders", i);
  }
  dxf(i: number): string | undefined {
    return this.item("dxfs", i);
  }
  numFmtCode(id: number): string | undefined {
    const builtin = Object.entries(BUILTIN_FORMATS).find(([, v]) => v === id)?.[0];
    if (builtin) return builtin;
    const p = this.part("numFmts");
    const el = [...p.items, ...p.added].find((x) => Number(attrOf(x, "numFmtId")) === id);
    return el === undefined ? undefined : attrOf(el, "formatCode");
  }

  addXf(xml: string): number {
    return this.add("cellXfs", xml);
  }
  addFont(xml: string): number {
    return this.add("fonts", xml);
  }
  addFill(xml: string): number {
    return this.add("fills", xml);
  }
  addBorder(xml: string): number {
    return this.add("borders", xml);
  }
  addDxf(xml: string): number {
    return this.add("dxfs", xml);
  }

  /** The id of a number format: built-in, an existing custom one, or one added (164 and up). */
  numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const p = this.part("numFmts");
    const all = [...p.items, ...p.added];
    const escaped = escapeXml(code, true);
    const same = all.find((x) => attrOf(x, "formatCode") === escaped);
    if (same) return Number(attrOf(same, "numFmtId"));
    const id = Math.max(163, ...all.map((x) => Number(attrOf(x, "numFmtId")) || 0)) + 1;
    p.added.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    return id;
  }

  /** A solid fill of colour RRGGBB, or the empty fill for null. */
  fillOf(rgb: string | null): number {
    const p = this.p;
    if (rgb === null) {
      const none = [...this.part("fills").items].findIndex((x) => /patternType\s*=\s*["']none["']/.test(x) && !/Color/.test(x));
      return none >= 0 ? none : this.addFill(`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
    }
    return this.addFill(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  /** The new styles.xml, or null when nothing was added. */
  text(): string | null {
    const edits: Array<{ at: number; to: number; text: string }> = [];
    for (const s of SECTIONS) {
      const p = this.part(s);
      if (p.added.length === 0) continue;
      const count = p.items.length + p.added.length;
      if (p.el && !p.el.selfClosing) {
        const open = this.xml.slice(p.el.start, p.el.openEnd);
        edits.push({ at: p.el.start, to: p.el.openEnd, text: withCount(open, count) });
        edits.push({ at: p.el.closeStart, to: p.el.closeStart, text: p.added.join("") });
      } else if (p.el) {
        const open = this.xml.slice(p.el.start, p.el.end - 2).replace(/\s+$/, "") + ">";
        edits.push({ at: p.el.start, to: p.el.end, text: `${withCount(open, count, true)}${p.added.join("")}</${this.p}${s}>` });
      } else {
        // A container the part does not have: before the first later one that it has.
        const root = findElement(this.xml, "styleSheet") as Element;
        const kids = childrenOf(this.xml, root.openEnd, root.closeStart);
        const later = kids.find((k) => ORDER.indexOf(k.local) > ORDER.indexOf(s));
        const at = later ? later.start : root.closeStart;
        edits.push({ at, to: at, text: `<${this.p}${s} count="${count}">${p.added.join("")}</${this.p}${s}>` });
      }
    }
    if (edits.length === 0) return null;
    edits.sort((a, b) => a.at - b.at || a.to - b.to);
    let out = "";
    let pos = 0;
    for (const e of edits) {
      out += this.xml.slice(pos, e.at) + e.text;
      pos = e.to;
    }
    return out + this.xml.slice(pos);
  }
}

/** An element's child of that local name replaced (or added at its end; removed for null). */
export function withChild(xml: string, local: string, child: string | null, prefix: string): string {
  const p = prefix ? `${prefix}:` : "";
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${local}>)`);
  if (re.test(xml)) return xml.replace(re, child ?? "");
  if (child === null) return xml;
  const self = /\/>\s*$/.exec(xml);
  if (self) {
    const name = /^<([\w.:-]+)/.exec(xml)?.[1] ?? `${p}font`;
    return `${xml.slice(0, self.index).replace(/\s+$/, "")}>${child}</${name}>`;
  }
  const close = xml.lastIndexOf("</");
  return xml.slice(0, close) + child + xml.slice(close);
}

/** An element's start tag (for its attributes). */
export function startTag(xml: string): string {
  return xml.slice(0, xml.indexOf(">") + 1);
}

/** The element with its start tag replaced (a self-closing element's tag is the whole element). */
export function withStartTag(xml: string, tag: string): string {
  return tag + xml.slice(xml.indexOf(">") + 1);
}

export { setAttr };
