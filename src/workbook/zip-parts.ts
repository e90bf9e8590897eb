// Looks inside the .xlsx zip before ExcelJS does: refuses what cannot be read within bounded time
// and memory (zip-limits.ts), names the parts its writer would drop (charts, images, shapes, pivot
// tables, macros, custom properties, sensitivity labels, sparklines, x14 validations, external
// links, threaded comments), refuses a damaged package (a sheet or the shared strings missing),
// and gives ExcelJS a copy it can read: without drawings and chart sheets (ExcelJS 4.4 can crash
// on some chart drawings, exceljs issue #2591), and with parts moved where ExcelJS looks for them.
import type JSZip from "jszip";
import { Budget, definedNamesArea, inflateChecked, LimitExceeded, LIMITS, SharedStringsScan, SheetScan, TextSink, zipDirectory, type Sink } from "./zip-limits";

export { LIMITS } from "./zip-limits";

export type UnsupportedKind =
  | "chart"
  | "chartsheet"
  | "image"
  | "drawing"
  | "pivot"
  | "macro"
  | "customProperties"
  | "sensitivityLabel"
  | "sparkline"
  | "extValidation"
  | "externalLink"
  | "threadedComment";

/**
 * Why a file cannot be read; the user-facing text of each is UNREADABLE_REASONS in
 * src/domain/i18n/messages.ts (a reason without a text there is shown as its code).
 */
export type UnreadableReason =
  | "encrypted"
  | "notZip"
  | "damaged"
  | "noWorkbook"
  | "unparsable"
  | "notFound"
  /** A FIFO, a device, a socket or a folder, not a file (checked by the command line before reading). */
  | "notRegular"
  /** The file is larger than LIMITS.fileBytes. */
  | "tooLarge"
  /** The zip unpacks to more than LIMITS.unpackedBytes, or holds more than LIMITS.entries entries: a zip bomb. */
  | "unpacksTooLarge"
  /** More than LIMITS.cells cells (merged, validated and named ranges count every cell), or LIMITS.mergesPerSheet merges in a sheet. */
  | "tooManyCells"
  /** The workbook names a sheet whose part is not in the package. */
  | "missingSheet"
  /** Cells refer to shared strings the package does not hold. */
  | "missingStrings";

/** A file the adapter cannot read, with the reason as a code (the message is for logs). */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: UnreadableReason,
    detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

const KINDS: ReadonlyArray<readonly [RegExp, UnsupportedKind]> = [
  [/^xl\/charts\/chart[^/]*\.xml$/, "chart"],
  [/^xl\/chartsheets\/[^/]+\.xml$/, "chartsheet"],
  [/^xl\/media\//, "image"],
  [/^xl\/drawings\/drawing[^/]*\.xml$/, "drawing"],
  [/^xl\/pivotTables\//, "pivot"],
  [/^xl\/vbaProject\.bin$/, "macro"],
  [/^xl\/(macrosheets|dialogsheets)\/[^/]+\.xml$/, "macro"],
  [/^docProps\/custom\.xml$/, "customProperties"],
  [/^docMetadata\/LabelInfo\.xml$/, "sensitivityLabel"],
  [/^xl\/externalLinks\/[^/]+\.xml$/, "externalLink"],
  [/^xl\/threadedComments\/[^/]+\.xml$/, "threadedComment"],
];

export interface Inspected {
  /** What ExcelJS should read: the file itself, or a copy without drawings and chart sheets. */
  readable: Uint8Array;
  unsupported: UnsupportedKind[];
}

export function isZip(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

export function isOle(b: Uint8Array): boolean {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return b.length > 8 && ole.every((x, i) => b[i] === x);
}

export function asUnreadable(e: unknown): unknown {
  return e instanceof LimitExceeded ? new UnreadableFile(e.reason, e.message) : e;
}

export interface Rel {
  xml: string;
  id: string;
  /** The last segment of the relationship type: "worksheet", "sharedStrings", "table", … */
  type: string;
  target: string;
  external: boolean;
}

export function attrOf(tag: string, name: string): string {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ?? new RegExp(`\\s${name}\\s*=\\s*'([^']*)'`).exec(tag)?.[1] ?? "";
}

export function relsOf(xml: string): Rel[] {
  return (xml.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => ({
    xml: tag,
    id: attrOf(tag, "Id"),
    type: /\/([^/]+)$/.exec(attrOf(tag, "Type"))?.[1] ?? "",
    target: attrOf(tag, "Target"),
    external: /TargetMode\s*=\s*["']External["']/.test(tag),
  }));
}

/** A relationship target as a part name, from the folder of the part that holds the relationship. */
export function partOf(target: string, base: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base ? base.split("/") : [];
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** The relationships part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** What the inspection learnt while streaming the package once. */
interface Scanned {
  texts: Map<string, string>;
  sheets: Map<string, SheetScan>;
  sharedStrings?: SharedStringsScan;
}

export const TEXT_PARTS = ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml"];

/**
 * Every worksheet the workbook lists, in workbook order: "sheet name" per part name (the name as
 * workbook.xml writes it, entities not decoded). Chart sheets are left out; a sheet whose part is
 * missing throws missingSheet.
 */
export function worksheetsOf(texts: ReadonlyMap<string, string>, has: (part: string) => boolean): Map<string, string> {
  const rels = relsOf(texts.get("xl/_rels/workbook.xml.rels") ?? "");
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetParts = new Map<string, string>();
  for (const tag of (texts.get("xl/workbook.xml") ?? "").match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attrOf(tag, "name");
    const rel = byId.get(/\s[\w]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? "");
    if (rel?.type === "chartsheet") continue;
    const part = rel && !rel.external ? partOf(rel.target, "xl") : "";
    if (!part || !has(part)) throw new UnreadableFile("missingSheet", name);
    if (rel?.type === "worksheet") sheetParts.set(part, name);
  }
  return sheetParts;
}

/** The shared-strings part the workbook's relationships name (else the usual name), if it is there. */
export function sharedStringsPartOf(texts: ReadonlyMap<string, string>, has: (part: string) => boolean): string | undefined {
  const sstRel = relsOf(texts.get("xl/_rels/workbook.xml.rels") ?? "").find((r) => r.type === "sharedStrings" && !r.external);
  return [sstRel ? partOf(sstRel.target, "xl") : "", "xl/sharedStrings.xml"].find((p) => p && has(p));
}

/** What one sheet's scan found that the writer would drop. */
export interface SheetFindings {
  sparklines: boolean;
  extValidations: boolean;
}

/**
 * The kinds of content the .xlsx writer would drop, from the package's part names, its sheets'
 * scans and its root relationships; `drawingShapes` tells whether any drawing part holds a shape
 * (asked only when a drawing comes with charts or images).
 */
export async function unsupportedOf(
  names: readonly string[],
  sheets: Iterable<SheetFindings>,
  rootRelsXml: string,
  has: (part: string) => boolean,
  drawingShapes: (drawings: string[]) => Promise<boolean>,
): Promise<UnsupportedKind[]> {
  const found = new Set<UnsupportedKind>();
  for (const n of names) for (const [re, kind] of KINDS) if (re.test(n)) found.add(kind);
  for (const s of sheets) {
    if (s.sparklines) found.add("sparkline");
    if (s.extValidations) found.add("extValidation");
  }
  if (relsOf(rootRelsXml).some((r) => r.type === "custom-properties" && !r.external && has(partOf(r.target, "")))) found.add("customProperties");
  // A drawing that only anchors charts or images is named by those; "drawing" is for shapes.
  if (found.has("drawing") && (found.has("chart") || found.has("image"))) {
    if (!(await drawingShapes(names.filter((n) => DRAWING.test(n))))) found.delete("drawing");
  }
  return [...found];
}

/** A drawing part (its shapes are `<xdr:sp>` elements). */
export const DRAWING = /^xl\/drawings\/drawing[^/]*\.xml$/;

/** The first checks, on the bytes alone: the file's size, an encrypted (OLE) file, not a zip. */
export function checkFile(data: Uint8Array): void {
  if (data.length > LIMITS.fileBytes) throw new UnreadableFile("tooLarge", `${data.length} bytes`);
  if (isOle(data)) throw new UnreadableFile("encrypted");
  if (!isZip(data)) throw new UnreadableFile("notZip");
}

/** A zip's directory that could not be read: past a limit with that reason, else damaged. */
export function asDamaged(e: unknown): UnreadableFile {
  if (e instanceof LimitExceeded && e.reason !== "damaged") return asUnreadable(e) as UnreadableFile;
  return new UnreadableFile("damaged", (e as Error)?.message ?? String(e));
}

/** JSZip (~80 ms to load), for the ExcelJS path only: package-read.ts reads without it. */
function jszip(): typeof import("jszip") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on use, see above
  return require("jszip") as typeof import("jszip");
}

/**
 * The checks before anything is inflated: the file's size, an encrypted (OLE) file, not a zip,
 * the zip's directory within LIMITS, and a workbook part. Returns the zip and each entry's
 * declared size.
 */
export async function openPackage(data: Uint8Array): Promise<{ zip: JSZip; declared: Map<string, number> }> {
  checkFile(data);
  let zip: JSZip;
  let declared: Map<string, number>;
  try {
    declared = new Map(zipDirectory(data).map((e) => [e.name, e.declared]));
    zip = await jszip().loadAsync(data);
  } catch (e) {
    throw asDamaged(e);
  }
  if (!zip.file("xl/workbook.xml")) throw new UnreadableFile("noWorkbook");
  return { zip, declared };
}

/**
 * Streams every entry once, within the limits: the structural parts first (kept as text), then
 * the rest, the worksheets and the shared strings through their scanners.
 */
async function scanPackage(zip: JSZip, declared: Map<string, number>): Promise<{ scanned: Scanned; sheetParts: Map<string, string>; sstPart?: string }> {
  const budget = new Budget();
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const sizeOf = (name: string) => declared.get(name) ?? LIMITS.unpackedBytes;
  const texts = new Map<string, string>();
  for (const name of TEXT_PARTS) {
    const file = zip.file(name);
    if (!file) continue;
    const sink = new TextSink();
    await inflateChecked(file, sizeOf(name), budget, sink);
    texts.set(name, sink.text);
  }
  budget.addCells(definedNamesArea(texts.get("xl/workbook.xml") ?? ""));
  const sheetParts = worksheetsOf(texts, (p) => !!zip.file(p));
  const sstPart = sharedStringsPartOf(texts, (p) => !!zip.file(p));
  const scanned: Scanned = { texts, sheets: new Map() };
  for (const file of files) {
    if (texts.has(file.name)) continue;
    let sink: Sink | undefined;
    if (sheetParts.has(file.name) || /^xl\/worksheets\/[^/]+\.xml$/.test(file.name)) {
      const scan = new SheetScan(budget, file.name);
      scanned.sheets.set(file.name, scan);
      sink = scan;
    } else if (file.name === sstPart) sink = scanned.sharedStrings = new SharedStringsScan();
    await inflateChecked(file, sizeOf(file.name), budget, sink);
  }
  return { scanned, sheetParts, sstPart };
}

export async function inspectXlsx(data: Uint8Array): Promise<Inspected> {
  const { zip, declared } = await openPackage(data);

  let scan: Awaited<ReturnType<typeof scanPackage>>;
  try {
    scan = await scanPackage(zip, declared);
  } catch (e) {
    throw asUnreadable(e);
  }
  const { scanned, sheetParts, sstPart } = scan;
  const sharedMax = Math.max(-1, ...[...scanned.sheets.values()].map((s) => s.sharedMax));
  if (sharedMax >= 0 && (!scanned.sharedStrings || sharedMax >= scanned.sharedStrings.count)) {
    throw new UnreadableFile("missingStrings", scanned.sharedStrings ? `index ${sharedMax} of ${scanned.sharedStrings.count}` : "no shared-strings part");
  }

  const unsupported = await unsupportedOf(
    Object.keys(zip.files),
    scanned.sheets.values(),
    scanned.texts.get("_rels/.rels") ?? "",
    (p) => !!zip.file(p),
    async (drawings) => (await Promise.all(drawings.map(async (n) => /<xdr:sp[ >]/.test(await zip.file(n)!.async("string"))))).some(Boolean),
  );
  const found = new Set(unsupported);
  const pkg = new Moves(zip, scanned.texts.get("[Content_Types].xml") ?? "");
  await pkg.workbookPartsWhereExcelJsReads(scanned.texts.get("xl/_rels/workbook.xml.rels") ?? "", sheetParts, sstPart);
  await pkg.sheetPartsWhereExcelJsReads();
  if (!found.has("chart") && !found.has("chartsheet") && !found.has("drawing") && !found.has("image")) {
    return { readable: pkg.changed ? await zip.generateAsync({ type: "uint8array" }) : data, unsupported };
  }
  return { readable: await withoutDrawings(zip, Object.keys(zip.files)), unsupported };
}

/** Parts ExcelJS 4.4 finds only under one name each: where a sheet's relationships point, and the name it expects. */
const CANONICAL: ReadonlyArray<{ type: string; name: RegExp; make: (n: number) => string }> = [
  { type: "comments", name: /^xl\/comments\d+\.xml$/, make: (n) => `xl/comments${n}.xml` },
  { type: "vmlDrawing", name: /^xl\/drawings\/vmlDrawing\d+\.vml$/, make: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  { type: "table", name: /^xl\/tables\/table\d+\.xml$/, make: (n) => `xl/tables/table${n}.xml` },
];

/** The target of a part as a sheet's relationship names it: "xl/comments1.xml" → "../comments1.xml". */
function targetOf(part: string): string {
  return part.startsWith("xl/") ? `../${part.slice(3)}` : `/${part}`;
}

/**
 * ExcelJS 4.4 reads parts by fixed names (xl/worksheets/sheetN.xml, xl/sharedStrings.xml,
 * xl/styles.xml, xl/commentsN.xml, xl/tables/tableN.xml, …) and relative targets, where a package
 * may use any name its relationships give (openpyxl writes xl/comments/comment1.xml with absolute
 * targets); a sheet elsewhere is silently left out, a table elsewhere fails the whole workbook.
 * Moves such parts where ExcelJS reads them, in the copy ExcelJS reads; the user's file is not touched.
 */
class Moves {
  changed = false;
  private readonly taken: Set<string>;

  constructor(
    private readonly zip: JSZip,
    private types: string,
  ) {
    this.taken = new Set(Object.keys(zip.files));
  }

  private free(make: (n: number) => string): string {
    let n = 1;
    while (this.taken.has(make(n))) n++;
    this.taken.add(make(n));
    return make(n);
  }

  private async move(from: string, to: string): Promise<void> {
    this.zip.file(to, await this.zip.file(from)!.async("uint8array"));
    this.zip.remove(from);
    this.types = this.types.replace(`PartName="/${from}"`, `PartName="/${to}"`);
    this.zip.file("[Content_Types].xml", this.types);
    this.changed = true;
  }

  async workbookPartsWhereExcelJsReads(relsXml: string, sheetParts: Map<string, string>, sstPart: string | undefined): Promise<void> {
    let next = relsXml;
    for (const rel of relsOf(relsXml)) {
      if (rel.external) continue;
      const part = partOf(rel.target, "xl");
      let to: string | undefined;
      if (rel.type === "worksheet" && sheetParts.has(part) && !/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) {
        to = this.free((n) => `xl/worksheets/sheet${n}.xml`);
        const rels = relsPartOf(part);
        const relsFile = this.zip.file(rels);
        if (relsFile) {
          // The sheet's own relationships, made absolute: they were relative to the old folder.
          const base = part.slice(0, part.lastIndexOf("/"));
          let xml = await relsFile.async("string");
          for (const r of relsOf(xml))
            if (!r.external) xml = xml.replace(r.xml, r.xml.replace(/Target\s*=\s*["'][^"']*["']/, `Target="/${partOf(r.target, base)}"`));
          this.zip.file(relsPartOf(to), xml);
          this.zip.remove(rels);
        }
      } else if (rel.type === "sharedStrings" && part === sstPart && part !== "xl/sharedStrings.xml" && !this.zip.file("xl/sharedStrings.xml")) {
        to = "xl/sharedStrings.xml";
      } else if (rel.type === "styles" && part !== "xl/styles.xml" && this.zip.file(part) && !this.zip.file("xl/styles.xml")) {
        to = "xl/styles.xml";
      }
      if (!to) continue;
      await this.move(part, to);
      next = next.replace(rel.xml, rel.xml.replace(/Target\s*=\s*["'][^"']*["']/, `Target="${to.slice(3)}"`));
    }
    if (next !== relsXml) this.zip.file("xl/_rels/workbook.xml.rels", next);
  }

  /** Comments, their drawings and tables where ExcelJS reads them, by relative targets. */
  async sheetPartsWhereExcelJsReads(): Promise<void> {
    for (const relsName of Object.keys(this.zip.files).filter((x) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(x))) {
      const rels = await this.zip.file(relsName)!.async("string");
      let next = rels;
      for (const rel of relsOf(rels)) {
        if (!rel.target || rel.external) continue;
        const part = partOf(rel.target, "xl/worksheets");
        const canon = CANONICAL.find((c) => c.type === rel.type);
        let moved = part;
        if (canon && !canon.name.test(part) && this.zip.file(part)) {
          moved = this.free(canon.make);
          await this.move(part, moved);
        }
        const target = targetOf(moved);
        if (target !== rel.target) next = next.replace(rel.xml, rel.xml.replace(/Target\s*=\s*["'][^"']*["']/, `Target="${target}"`));
      }
      if (next !== rels) {
        this.zip.file(relsName, next);
        this.changed = true;
      }
    }
  }
}

async function withoutDrawings(zip: JSZip, names: string[]): Promise<Uint8Array> {
  const dropped = names.filter((n) => /^xl\/(drawings|charts|chartsheets)\//.test(n));
  for (const n of dropped) zip.remove(n);
  for (const n of names.filter((x) => /^xl\/worksheets\/sheet[^/]*\.xml$/.test(x))) {
    const xml = await zip.file(n)!.async("string");
    const clean = xml.replace(/<drawing\b[^>]*\/>/g, "");
    if (clean !== xml) zip.file(n, clean);
  }
  for (const n of names.filter((x) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(x))) {
    const xml = await zip.file(n)!.async("string");
    zip.file(n, xml.replace(/<Relationship\b[^>]*Target="[^"]*\/drawings\/[^"]*"[^>]*\/>/g, ""));
  }
  // Chart sheets: out of the workbook's sheet list and its relationships.
  const relsName = "xl/_rels/workbook.xml.rels";
  const rels = (await zip.file(relsName)?.async("string")) ?? "";
  const chartRels = [...rels.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]).filter((r) => /chartsheets\//.test(r));
  if (chartRels.length > 0) {
    const ids = chartRels.map((r) => /Id="([^"]+)"/.exec(r)?.[1]).filter((x): x is string => !!x);
    let wb = await zip.file("xl/workbook.xml")!.async("string");
    for (const id of ids) wb = wb.replace(new RegExp(`<sheet\\b[^>]*r:id="${id}"[^>]*/>`, "g"), "");
    zip.file("xl/workbook.xml", wb);
    zip.file(
      relsName,
      chartRels.reduce((x, r) => x.replace(r, ""), rels),
    );
  }
  const typesName = "[Content_Types].xml";
  const types = await zip.file(typesName)!.async("string");
  zip.file(typesName, types.replace(/<Override\b[^>]*PartName="\/xl\/(drawings|charts|chartsheets)\/[^"]*"[^>]*\/>/g, ""));
  return zip.generateAsync({ type: "uint8array" });
}
