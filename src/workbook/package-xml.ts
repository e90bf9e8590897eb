// Small, exact helpers for editing XML text in place: attributes of one tag, the top-level children
// of an element, and escaping that never writes a character XML 1.0 forbids. No parsing into a
// model: what is not edited stays byte for byte as it was. Runs in Node and in the browser.

const ATTR_RE = new Map<string, RegExp>();
const SET_RE = new Map<string, RegExp>();

function attrRe(cache: Map<string, RegExp>, name: string, make: (n: string) => string): RegExp {
  let re = cache.get(name);
  if (!re) cache.set(name, (re = new RegExp(make(name.replace(/[.:]/g, "\\$&")))));
  return re;
}

/** The value of an attribute in a start tag ("<c r=\"A1\" s=\"3\">"), undecoded; undefined when absent. */
export function attrOf(tag: string, name: string): string | undefined {
  const m = attrRe(ATTR_RE, name, (n) => `\\s${n}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The start tag with the attribute set (added before the tag's end, or replaced where it is). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = attrRe(SET_RE, name, (n) => `(\\s${n}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}"${value}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, "")} ${name}="${value}"${tag.slice(end)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(
    attrRe(SET_RE, name, (n) => `(\\s${n}\\s*=\\s*)(?:"[^"]*"|'[^']*')`),
    "",
  );
}

/** Decodes the five predefined entities and character references. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");

/**
 * Text for an element or attribute. Characters XML 1.0 forbids (control characters other than
 * tab and line feed, U+FFFE, U+FFFF, lone surrogates) and carriage return are written as Excel
 * writes them, `_xHHHH_`; a literal "_xHHHH_" in the text gets its underscore escaped (`_x005F_`)
 * so that Excel reads back the same text.
 */
export function escapeXml(s: string, attribute = false): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x26) out += "&amp;";
    else if (c === 0x3c) out += "&lt;";
    else if (c === 0x3e) out += "&gt;";
    else if (attribute && c === 0x22) out += "&quot;";
    else if (attribute && (c === 0x0a || c === 0x09)) out += c === 0x0a ? "&#10;" : "&#9;";
    else if (c === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(s.slice(i, i + 7))) out += "_x005F_";
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0xfffe || c === 0xffff) out += `_x${hex4(c)}_`;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else out += `_x${hex4(c)}_`;
    } else if (c >= 0xdc00 && c <= 0xdfff) out += `_x${hex4(c)}_`;
    else out += s[i];
  }
  return out;
}

/** True when the text holds no character XML 1.0 forbids (the check the tests run on every written part). */
export function xmlCharsOk(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

export interface Element {
  /** Local name (after any prefix). */
  local: string;
  prefix: string;
  start: number;
  /** Index just past the start tag's ">". */
  openEnd: number;
  /** Index of the end tag's "<" (= openEnd for a self-closing element). */
  closeStart: number;
  /** Index just past the element. */
  end: number;
  selfClosing: boolean;
}

/**
 * The child elements of the element whose content runs from `from` to `to`, at depth one only
 * (comments, processing instructions and CDATA skipped). Throws on text that does not nest.
 */
export function childrenOf(xml: string, from: number, to: number): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  let i = xml.indexOf("<", from);
  while (i >= 0 && i < to) {
    if (xml.startsWith("<!--", i)) {
      i = xml.indexOf("-->", i);
      if (i < 0) throw new Error("unclosed comment");
      i = xml.indexOf("<", i + 3);
      continue;
    }
    if (xml.startsWith("<![CDATA[", i)) {
      i = xml.indexOf("]]>", i);
      if (i < 0) throw new Error("unclosed CDATA");
      i = xml.indexOf("<", i + 3);
      continue;
    }
    if (xml[i + 1] === "?" || xml[i + 1] === "!") {
      i = xml.indexOf("<", xml.indexOf(">", i));
      continue;
    }
    const gt = tagEnd(xml, i);
    const closing = xml[i + 1] === "/";
    const m = /^<\/?(?:([\w.-]+):)?([\w.-]+)/.exec(xml.slice(i, Math.min(gt, i + 200)));
    if (!m) throw new Error(`bad tag at ${i}`);
    if (closing) {
      const open = stack.pop();
      if (!open || open.local !== m[2]) throw new Error(`unbalanced </${m[2]}>`);
      if (stack.length === 0) {
        open.closeStart = i;
        open.end = gt + 1;
        out.push(open);
      }
    } else {
      const selfClosing = xml[gt - 1] === "/";
      const el: Element = { local: m[2], prefix: m[1] ?? "", start: i, openEnd: gt + 1, closeStart: gt + 1, end: gt + 1, selfClosing };
      if (selfClosing) {
        if (stack.length === 0) out.push(el);
      } else stack.push(el);
    }
    i = xml.indexOf("<", gt + 1);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1].local}>`);
  return out;
}

/** The index of the ">" that ends the tag starting at `i` (quotes in attribute values skipped). */
export function tagEnd(xml: string, i: number): number {
  let q = "";
  for (let k = i + 1; k < xml.length; k++) {
    const ch = xml[k];
    if (q) {
      if (ch === q) q = "";
    } else if (ch === '"' || ch === "'") q = ch;
    else if (ch === ">") return k;
  }
  throw new Error("unclosed tag");
}

/** Finds the first element of that local name (any prefix) at or after `from`: its extent. */
export function findElement(xml: string, local: string, from = 0): Element | undefined {
  const re = new RegExp(`<(?:([\\w.-]+):)?${local}(?=[\\s/>])`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return undefined;
  const start = m.index;
  const gt = tagEnd(xml, start);
  const prefix = m[1] ?? "";
  if (xml[gt - 1] === "/") return { local, prefix, start, openEnd: gt + 1, closeStart: gt + 1, end: gt + 1, selfClosing: true };
  const close = `</${prefix ? prefix + ":" : ""}${local}>`;
  const closeStart = xml.indexOf(close, gt + 1);
  if (closeStart < 0) throw new Error(`unclosed <${local}>`);
  return { local, prefix, start, openEnd: gt + 1, closeStart, end: closeStart + close.length, selfClosing: false };
}

/** Puts `count` on a container's start tag when it has one (or always, with `always`). */
export function withCount(openTag: string, count: number, always = false): string {
  return always || attrOf(openTag, "count") !== undefined ? setAttr(openTag, "count", String(count)) : openTag;
}

/** Text with whitespace between tags removed: how two elements are compared for "equal". */
export function canonical(xml: string): string {
  return xml.replace(/>\s+</g, "><").trim();
}

/** Column letters of a 1-based column number. */
export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

/** "B12" → { row: 12, col: 2 }; undefined for anything else. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { col: colNumber(m[1].toUpperCase()), row: Number(m[2]) } : undefined;
}
