// The engine's edits written into the workbook's own package: only the parts an edit touches are
// replaced (the edited sheets, styles.xml, and for a new sheet workbook.xml, its relationships and
// the content types); every other entry is copied byte for byte (package-zip.ts). Inside an edited
// sheet only the edited cells change (package-sheet.ts). The same code runs in the command line
// and in the pane's file-mode worker.
import type { Edit } from "../domain/edits";
import type { Lang } from "../domain/i18n/lang";
import { EDIT_REFUSED, REFUSED_FEATURES, render, SHARED_FORMULA_KEPT } from "../domain/i18n/messages";
import type { SpecSheet } from "../domain/template/spec";
import { openZip, readText, writeZip, type ZipPackage } from "./package-zip";
import { attrOf, childrenOf, colLetters, escapeXml, findElement, setAttr, unescapeXml } from "./package-xml";
import { startTag, StylesPart } from "./package-styles";
import { SheetPart } from "./package-sheet";
import { insertRow } from "./package-rows";

/** An edit the package editor will not make because it could not keep something: named, never silent. */
export class EditRefused extends Error {
  constructor(
    /** What stands in the way: "table", "drawing", "comments", "pivot", "sharedFormula", … (REFUSED_FEATURES). */
    readonly feature: string,
    readonly sheet: string,
    /** The cell or range concerned, where there is one. */
    readonly detail = "",
  ) {
    super(`${sheet}: ${feature}${detail ? `: ${detail}` : ""}`);
  }

  /** The refusal in the user's words. */
  text(lang: Lang): string {
    if (this.feature === "sharedFormula" && /^[A-Z]+\d+$/.test(this.detail)) return render(SHARED_FORMULA_KEPT[lang], { sheet: this.sheet, cell: this.detail });
    return render(EDIT_REFUSED[lang], { sheet: this.sheet, feature: REFUSED_FEATURES[this.feature]?.[lang] ?? this.feature });
  }
}

interface Rel {
  tag: string;
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relsOf(xml: string): Rel[] {
  return (xml.match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g) ?? []).map((tag) => ({
    tag,
    id: attrOf(tag, "Id") ?? "",
    type: /\/([^/]+)$/.exec(attrOf(tag, "Type") ?? "")?.[1] ?? "",
    target: unescapeXml(attrOf(tag, "Target") ?? ""),
    external: /TargetMode\s*=\s*["']External["']/.test(tag),
  }));
}

/** A relationship target as a part name, from the folder of the part that holds it. */
export function partOf(target: string, base: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base ? base.split("/") : [];
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The package opened for editing: its structural parts as text, the edited parts as they change. */
export class PackageEditor {
  readonly texts = new Map<string, string>();
  readonly sheets = new Map<string, SheetPart>();
  /** Sheet name → part name. */
  readonly sheetParts = new Map<string, string>();
  workbookPart = "xl/workbook.xml";
  private styles?: StylesPart;
  private stylesPart?: string;
  private readonly added = new Map<string, Uint8Array>();
  private readonly removed = new Set<string>();
  private readonly dirty = new Set<string>();

  private constructor(readonly pkg: ZipPackage) {}

  static async open(bytes: Uint8Array): Promise<PackageEditor> {
    const ed = new PackageEditor(openZip(bytes));
    const rootRels = relsOf(await ed.text("_rels/.rels"));
    const office = rootRels.find((r) => r.type === "officeDocument" && !r.external);
    if (office) ed.workbookPart = partOf(office.target, "");
    const wb = await ed.text(ed.workbookPart);
    const base = ed.folder(ed.workbookPart);
    const rels = relsOf(await ed.text(relsPartOf(ed.workbookPart)));
    const byId = new Map(rels.map((r) => [r.id, r]));
    for (const tag of wb.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []) {
      const id = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? "";
      const rel = byId.get(id);
      if (rel && !rel.external && rel.type === "worksheet") ed.sheetParts.set(unescapeXml(attrOf(tag, "name") ?? ""), partOf(rel.target, base));
    }
    const st = rels.find((r) => r.type === "styles" && !r.external);
    ed.stylesPart = st ? partOf(st.target, base) : undefined;
    return ed;
  }

  private folder(part: string): string {
    return part.slice(0, Math.max(0, part.lastIndexOf("/")));
  }

  /** A part's text, read once (empty for a part the package lacks). */
  async text(part: string): Promise<string> {
    let t = this.texts.get(part);
    if (t === undefined) {
      t = (await readText(this.pkg, part)) ?? "";
      this.texts.set(part, t);
    }
    return t;
  }

  setText(part: string, text: string): void {
    this.texts.set(part, text);
    this.dirty.add(part);
  }

  async stylesOf(): Promise<StylesPart> {
    if (this.styles) return this.styles;
    if (!this.stylesPart || !this.pkg.byName.has(this.stylesPart)) {
      // A package without styles (rare): one with the defaults, added with its relationship.
      this.stylesPart = `${this.folder(this.workbookPart)}/styles.xml`;
      this.texts.set(
        this.stylesPart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
      );
      this.dirty.add(this.stylesPart);
      await this.addRel(this.workbookPart, "styles", this.stylesPart);
      await this.addOverride(this.stylesPart, CT_STYLES);
    }
    this.styles = new StylesPart(await this.text(this.stylesPart));
    return this.styles;
  }

  async sheet(name: string): Promise<SheetPart> {
    const part = this.sheetParts.get(name);
    if (!part) throw new Error(`edit for unknown sheet ${name}`);
    let s = this.sheets.get(part);
    if (!s) {
      s = new SheetPart(await this.text(part), await this.stylesOf(), name);
      this.sheets.set(part, s);
    }
    return s;
  }

  /** Adds a relationship from `from` to `to`; returns its id. */
  async addRel(from: string, type: string, to: string): Promise<string> {
    const relsPart = relsPartOf(from);
    let xml = await this.text(relsPart);
    if (!xml)
      xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const ids = new Set(relsOf(xml).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = relativeTarget(to, this.folder(from));
    const root = findElement(xml, "Relationships");
    if (!root) throw new Error(`${relsPart}: no Relationships`);
    const p = root.prefix ? `${root.prefix}:` : "";
    const rel = `<${p}Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${escapeXml(target, true)}"/>`;
    xml = root.selfClosing
      ? `${xml.slice(0, root.end - 2).trimEnd()}>${rel}</${p}Relationships>${xml.slice(root.end)}`
      : xml.slice(0, root.closeStart) + rel + xml.slice(root.closeStart);
    this.setText(relsPart, xml);
    return id;
  }

  async addOverride(part: string, type: string): Promise<void> {
    const name = "[Content_Types].xml";
    const xml = await this.text(name);
    const root = findElement(xml, "Types");
    if (!root || root.selfClosing) throw new Error("[Content_Types].xml: no Types");
    const p = root.prefix ? `${root.prefix}:` : "";
    this.setText(
      name,
      xml.slice(0, root.closeStart) + `<${p}Override PartName="/${escapeXml(part, true)}" ContentType="${type}"/>` + xml.slice(root.closeStart),
    );
  }

  /** A part name not in the package yet: make(1), make(2), … */
  freePart(make: (n: number) => string): string {
    let n = 1;
    const taken = (x: string) => this.pkg.byName.has(x) || this.added.has(x) || this.texts.has(x);
    while (taken(make(n))) n++;
    return make(n);
  }

  /** A sheet part's text with the edits made so far. */
  async currentText(part: string): Promise<string> {
    return this.sheets.get(part)?.text() ?? (await this.text(part));
  }

  /** Replaces a sheet part's text (a later edit reads it anew). */
  replaceText(part: string, text: string): void {
    this.sheets.delete(part);
    this.setText(part, text);
  }

  addPart(part: string, text: string): void {
    this.texts.set(part, text);
    this.dirty.add(part);
  }

  removePart(part: string): void {
    this.removed.add(part);
  }

  /** Removes the calculation chain (Excel rebuilds it): needed when a formula cell lost its formula. */
  async dropCalcChain(): Promise<void> {
    const relsPart = relsPartOf(this.workbookPart);
    const xml = await this.text(relsPart);
    const rel = relsOf(xml).find((r) => r.type === "calcChain" && !r.external);
    if (!rel) return;
    const part = partOf(rel.target, this.folder(this.workbookPart));
    this.setText(relsPart, xml.replace(rel.tag, ""));
    const types = await this.text("[Content_Types].xml");
    this.setText("[Content_Types].xml", types.replace(new RegExp(`<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${part.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`), ""));
    this.removed.add(part);
  }

  /** The package with the edited parts written, or null when no part changed. */
  async bytes(): Promise<Uint8Array | null> {
    const encoder = new TextEncoder();
    const changed = new Map<string, Uint8Array>();
    for (const [part, sheet] of this.sheets) {
      const t = sheet.text();
      if (t !== null && t !== this.texts.get(part)) changed.set(part, encoder.encode(t));
    }
    const styles = this.styles?.text();
    if (styles && this.stylesPart) this.setText(this.stylesPart, styles);
    for (const part of this.dirty) if (!changed.has(part)) changed.set(part, encoder.encode(this.texts.get(part) as string));
    for (const [k, v] of this.added) changed.set(k, v);
    if (changed.size === 0 && this.removed.size === 0) return null;
    return writeZip(this.pkg, changed, this.removed);
  }
}

function relativeTarget(to: string, fromFolder: string): string {
  const a = fromFolder ? fromFolder.split("/") : [];
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export interface EditOptions {
  /**
   * Writes a one-sheet workbook from a spec (the ExcelJS spec writer, xlsx.ts: toBytes(workbookOf(…))),
   * for addSheet edits. Passed in so that the command line's refresh never loads ExcelJS.
   */
  writeSheet?: (spec: SpecSheet) => Promise<Uint8Array>;
  /**
   * The own format index (s) each cell had before the last call that wrote it, kept by the caller
   * across calls (file mode's worker, for the pane's undo of its last refresh): a restore puts that
   * exact format back (font, fill, number format, borders, alignment) and forgets it. Inserting a
   * row forgets the sheet's (its rows move); a restore of a cell not in it takes its format from
   * `before`.
   */
  stylesBefore?: Map<string, number | undefined>;
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/**
 * Writes the edits into the package and returns its new bytes, or null when they change nothing
 * (no edits, or edits that leave every part as it was). Throws EditRefused where an edit cannot
 * be made without losing something, and LimitExceeded for a package past the limits.
 */
export async function editPackage(bytes: Uint8Array, edits: readonly Edit[], options: EditOptions = {}): Promise<Uint8Array | null> {
  if (edits.length === 0) return null;
  const ed = await PackageEditor.open(bytes);
  let formulaLost = false;
  const written = new Set<string>();
  for (const e of edits) {
    if (e.kind === "addSheet") {
      if (!options.writeSheet) throw new Error("adding a sheet needs options.writeSheet");
      await addSheet(ed, e.spec, options.writeSheet);
      continue;
    }
    if (e.kind === "insertRow") {
      for (const k of [...(options.stylesBefore?.keys() ?? [])]) if (k.startsWith(`${e.sheet}\u0000`)) options.stylesBefore?.delete(k);
      await insertRow(ed, e);
      continue;
    }
    const sh = await ed.sheet(e.sheet);
    const first = options.stylesBefore;
    if (first && (e.kind === "status" || e.kind === "text" || e.kind === "formula")) {
      // Before this call's first write to the cell: what an undo of this call puts back.
      const key = cellKey(e.sheet, e.row, e.col);
      if (!written.has(key)) first.set(key, sh.ownStyle(e.row, e.col));
      written.add(key);
    }
    switch (e.kind) {
      case "status": {
        const st = sh.cell(e.row, e.col);
        checkSharedMaster(st.f, e.sheet, e.row, e.col);
        formulaLost ||= st.f !== undefined;
        const from = e.styleFrom ?? { row: e.row, col: e.col };
        const base = sh.styleOf(from.row, from.col);
        const style = sh.statusStyle(e.row, e.col, base, e.fill, sh.hasOwnStyle(from.row, from.col));
        sh.setValue(st, e.label);
        sh.setStyle(st, style);
        break;
      }
      case "text": {
        const st = sh.cell(e.row, e.col);
        checkSharedMaster(st.f, e.sheet, e.row, e.col);
        formulaLost ||= st.f !== undefined;
        if (e.styleFrom) sh.setStyle(st, sh.styleOf(e.styleFrom.row, e.styleFrom.col));
        sh.setValue(st, e.text);
        if (e.width) sh.ensureWidth(e.col, e.width);
        break;
      }
      case "formula": {
        const st = sh.cell(e.row, e.col);
        checkSharedMaster(st.f, e.sheet, e.row, e.col);
        const base = e.styleFrom ? sh.styleOf(e.styleFrom.row, e.styleFrom.col) : sh.styleOf(e.row, e.col);
        const style = e.numFmt ? sh.numFmtStyle(base, e.numFmt) : base;
        if (style !== (st.s ?? 0) || e.styleFrom) sh.setStyle(st, style);
        sh.setFormula(st, e.formula, e.result);
        break;
      }
      case "restore": {
        const st = sh.cell(e.row, e.col);
        checkSharedMaster(st.f, e.sheet, e.row, e.col);
        formulaLost ||= st.f !== undefined && !e.before.formula;
        const key = cellKey(e.sheet, e.row, e.col);
        sh.restore(e.row, e.col, e.before, first?.has(key) ? { s: first.get(key) } : undefined);
        first?.delete(key);
        break;
      }
      case "list":
        sh.addList(`${colLetters(e.col)}${e.row}:${colLetters(e.col)}${e.row + e.rows - 1}`, e.values);
        break;
      case "freeze":
        sh.freeze(e.rows);
        break;
    }
  }
  if (formulaLost) await ed.dropCalcChain();
  return ed.bytes();
}

/** Overwriting the cell that holds a shared formula's text would leave the cells sharing it without one. */
function checkSharedMaster(f: string | undefined, sheet: string, row: number, col: number): void {
  if (f && /\bt\s*=\s*["']shared["']/.test(startTag(f)) && attrOf(startTag(f), "ref") !== undefined) {
    throw new EditRefused("sharedFormula", sheet, `${colLetters(col)}${row}`);
  }
}

// ---- a new sheet ----

/**
 * Adds a sheet as `sopimus new` writes it: the ExcelJS spec writer makes a one-sheet workbook, and
 * its sheet part is grafted in with its styles (appended), its strings (made inline), its tables
 * and its print titles and area (defined names).
 */
async function addSheet(ed: PackageEditor, spec: SpecSheet, writeSheet: (spec: SpecSheet) => Promise<Uint8Array>): Promise<void> {
  if (ed.sheetParts.has(spec.name)) throw new Error(`a sheet named ${spec.name} exists`);
  const made = await PackageEditor.open(await writeSheet(spec));
  const madePart = made.sheetParts.get(spec.name) as string;
  let xml = await made.text(madePart);
  const theirs = new StylesPart(await made.text("xl/styles.xml"));
  const ours = await ed.stylesOf();
  const strings = sharedStrings(await made.text("xl/sharedStrings.xml"));
  const map = new Map<number, number>();
  const styleOf = (s: number) => {
    let m = map.get(s);
    if (m === undefined) map.set(s, (m = importXf(theirs, ours, s)));
    return m;
  };
  // Cells: styles remapped, shared strings inline.
  xml = xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_m, attrs: string, _end: string, inner: string | undefined) => {
    let a = attrs.replace(/\ss="(\d+)"/, (_x, s: string) => ` s="${styleOf(Number(s))}"`);
    let body = inner;
    if (/\st="s"/.test(a) && body !== undefined) {
      const idx = Number(/<v>(\d+)<\/v>/.exec(body)?.[1]);
      a = a.replace(/\st="s"/, ' t="inlineStr"');
      body = `<is>${strings[idx] ?? "<t></t>"}</is>`;
    }
    return body === undefined ? `<c${a}/>` : `<c${a}>${body}</c>`;
  });
  xml = xml.replace(/<(row|col)\b[^>]*>/g, (tag) => tag.replace(/\s(s|style)="(\d+)"/, (_x, k: string, s: string) => ` ${k}="${styleOf(Number(s))}"`));
  xml = xml.replace(/\sdxfId="(\d+)"/g, (_x, d: string) => ` dxfId="${ours.addDxf(theirs.dxf(Number(d)) ?? "<dxf/>")}"`);
  const part = ed.freePart((n) => `xl/worksheets/sheet${n}.xml`);
  // Tables: new parts with workbook-wide unique ids and names.
  const theirRels = relsOf(await made.text(relsPartOf(madePart)));
  const tableIds = await usedTableIds(ed);
  const renamed = new Map<string, string>();
  for (const rel of theirRels.filter((r) => r.type === "table")) {
    let table = await made.text(partOf(rel.target, "xl/worksheets"));
    const tablePart = ed.freePart((n) => `xl/tables/table${n}.xml`);
    const id = Math.max(0, ...tableIds.ids) + 1;
    tableIds.ids.push(id);
    let name = attrOf(startTag(table), "displayName") ?? `Table${id}`;
    while (tableIds.names.has(name.toLowerCase()) || ed.sheetParts.has(name)) name = `${name}_${id}`;
    tableIds.names.add(name.toLowerCase());
    table = table.replace(/<table\b[^>]*>/, (t) => setAttr(setAttr(setAttr(t, "id", String(id)), "name", name), "displayName", name));
    table = table.replace(/\sdxfId="(\d+)"/g, (_x, d: string) => ` dxfId="${ours.addDxf(theirs.dxf(Number(d)) ?? "<dxf/>")}"`);
    ed.addPart(tablePart, table);
    await ed.addOverride(tablePart, CT_TABLE);
    const newId = await ed.addRel(part, "table", tablePart);
    renamed.set(rel.id, newId);
  }
  xml = xml.replace(/<tablePart\b[^>]*>/g, (t) => t.replace(/(\s[\w.-]+:id=")([^"]*)"/, (_m, h: string, id: string) => `${h}${renamed.get(id) ?? id}"`));
  ed.addPart(part, xml);
  await ed.addOverride(part, CT_SHEET);
  const relId = await ed.addRel(ed.workbookPart, "worksheet", part);
  ed.sheetParts.set(spec.name, part);
  // The workbook's sheet list and the new sheet's print names.
  let wb = await ed.text(ed.workbookPart);
  const sheetsEl = findElement(wb, "sheets");
  if (!sheetsEl || sheetsEl.selfClosing) throw new Error("workbook.xml has no sheets");
  const list = childrenOf(wb, sheetsEl.openEnd, sheetsEl.closeStart);
  const p = sheetsEl.prefix ? `${sheetsEl.prefix}:` : "";
  const rPrefix = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(wb)?.[1];
  const sheetId = Math.max(0, ...list.map((k) => Number(attrOf(wb.slice(k.start, k.openEnd), "sheetId")) || 0)) + 1;
  const rAttr = rPrefix ? `${rPrefix}:id` : "r:id";
  const ns = rPrefix ? "" : ` xmlns:r="${NS_REL}"`;
  const index = list.length;
  wb =
    wb.slice(0, sheetsEl.closeStart) +
    `<${p}sheet name="${escapeXml(spec.name, true)}" sheetId="${sheetId}" ${rAttr}="${relId}"${ns}/>` +
    wb.slice(sheetsEl.closeStart);
  const madeWb = await made.text(made.workbookPart);
  const names = [...madeWb.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map((m) => m[0].replace(/localSheetId="\d+"/, `localSheetId="${index}"`));
  if (names.length > 0) {
    const dn = findElement(wb, "definedNames");
    const own = names.map((n) => (p ? n.replace(/<definedName\b/, `<${p}definedName`).replace(/<\/definedName>/, `</${p}definedName>`) : n)).join("");
    if (dn && !dn.selfClosing) wb = wb.slice(0, dn.closeStart) + own + wb.slice(dn.closeStart);
    else if (dn) wb = wb.slice(0, dn.start) + `<${p}definedNames>${own}</${p}definedNames>` + wb.slice(dn.end);
    else {
      const after = findElement(wb, "sheets") as NonNullable<ReturnType<typeof findElement>>;
      const ext = findElement(wb, "externalReferences");
      const at = ext ? ext.end : after.end;
      wb = wb.slice(0, at) + `<${p}definedNames>${own}</${p}definedNames>` + wb.slice(at);
    }
  }
  ed.setText(ed.workbookPart, wb);
}

/** The <si> contents of a shared-strings part, by index. */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
}

async function usedTableIds(ed: PackageEditor): Promise<{ ids: number[]; names: Set<string> }> {
  const ids: number[] = [];
  const names = new Set<string>();
  for (const e of ed.pkg.entries) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(e.name)) continue;
    const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(await ed.text(e.name))?.[0] ?? "";
    ids.push(Number(attrOf(tag, "id")) || 0);
    names.add((attrOf(tag, "displayName") ?? "").toLowerCase());
  }
  return { ids, names };
}

/** Copies a cell format (and its font, fill, border, number format) from one styles part to another. */
function importXf(from: StylesPart, to: StylesPart, s: number): number {
  const p = to.prefix ? `${to.prefix}:` : "";
  const re = (x: string) => (p ? x.replace(/<(\/?)(?![\w.-]+:)([\w.-]+)/g, `<$1${p}$2`) : x);
  let tag = startTag(from.xf(s));
  const xf = from.xf(s);
  const font = to.addFont(re(from.font(Number(attrOf(tag, "fontId") ?? 0))));
  const fill = to.addFill(re(from.fill(Number(attrOf(tag, "fillId") ?? 0))));
  const border = from.border(Number(attrOf(tag, "borderId") ?? 0));
  const code = from.numFmtCode(Number(attrOf(tag, "numFmtId") ?? 0));
  tag = setAttr(tag, "fontId", String(font));
  tag = setAttr(tag, "fillId", String(fill));
  tag = setAttr(tag, "borderId", String(border ? to.addBorder(re(border)) : 0));
  tag = setAttr(tag, "numFmtId", String(code === undefined ? 0 : to.numFmtId(unescapeXml(code))));
  tag = setAttr(tag, "xfId", "0");
  const inner = xf.endsWith("/>") && xf === startTag(xf) ? "" : xf.slice(startTag(xf).length);
  return to.addXf(re(inner ? tag + inner : tag.endsWith("/>") ? tag : tag.replace(/>$/, "/>")));
}
