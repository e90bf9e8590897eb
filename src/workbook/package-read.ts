// Reading an .xlsx into the engine's snapshot without ExcelJS: one streaming pass over the
// package does the size and zip limits (zip-limits.ts, every reason zip-parts.ts gives) and reads
// the sheets in workbook order, their cells (values, formulas with cached values, number formats,
// solid fills, rich text's italic tail) and merges (sheet-read.ts). Each entry is inflated once,
// chunk by chunk; only the small structural parts, the styles and the shared strings are kept.
// Runs in Node and in the browser's worker: no Node modules here.
import type { Sheet, WorkbookSnapshot } from "../domain/snapshot";
import { SharedStringsReader, SheetReader, stylesOf, attrText, type ReadContext } from "./sheet-read";
import { Budget, definedNamesArea, SheetScan, TextSink, type Sink } from "./zip-limits";
import { asDamaged, asUnreadable, checkFile, partOf, relsOf, sharedStringsPartOf, TEXT_PARTS, UnreadableFile, worksheetsOf } from "./zip-parts";
import { inflateEntry, zipEntries, type ReadEntry } from "./zip-read";

export { UnreadableFile, type UnreadableReason } from "./zip-parts";

/** The styles part the workbook's relationships name, else the usual name. */
function stylesPartOf(texts: ReadonlyMap<string, string>, has: (p: string) => boolean): string | undefined {
  const rel = relsOf(texts.get("xl/_rels/workbook.xml.rels") ?? "").find((r) => r.type === "styles" && !r.external);
  return [rel ? partOf(rel.target, "xl") : "", "xl/styles.xml"].find((p) => p && has(p));
}

function is1904(workbookXml: string): boolean {
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? "";
  return /\sdate1904\s*=\s*["'](1|true)["']/.test(pr);
}

async function readPackage(entries: ReadEntry[]): Promise<WorkbookSnapshot> {
  const budget = new Budget();
  const byName = new Map(entries.map((e) => [e.name, e]));
  const has = (p: string) => byName.has(p);
  const inflate = (name: string, sink?: Sink) => inflateEntry(byName.get(name)!, budget, sink);
  const done = new Set<string>();
  const text = async (name: string | undefined): Promise<string | undefined> => {
    if (!name || !has(name) || done.has(name)) return undefined;
    const sink = new TextSink();
    await inflate(name, sink);
    done.add(name);
    return sink.text;
  };

  const texts = new Map<string, string>();
  for (const name of TEXT_PARTS) {
    const t = await text(name);
    if (t !== undefined) texts.set(name, t);
  }
  const workbookXml = texts.get("xl/workbook.xml") ?? "";
  budget.addCells(definedNamesArea(workbookXml));
  const sheetParts = worksheetsOf(texts, has);
  const stylesXml = await text(stylesPartOf(texts, has));
  const sstPart = sharedStringsPartOf(texts, has);
  let strings: SharedStringsReader | undefined;
  if (sstPart && !done.has(sstPart)) {
    strings = new SharedStringsReader();
    await inflate(sstPart, strings);
    done.add(sstPart);
  }
  const context: ReadContext = { strings: strings?.strings ?? [], styles: stylesOf(stylesXml ?? ""), date1904: is1904(workbookXml) };

  const readers = new Map<string, SheetReader>();
  const scans: SheetScan[] = [];
  for (const file of entries) {
    if (file.name.endsWith("/") || done.has(file.name)) continue;
    let sink: Sink | undefined;
    if (sheetParts.has(file.name)) {
      const reader = new SheetReader(budget, file.name, context);
      readers.set(file.name, reader);
      scans.push(reader);
      sink = reader;
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(file.name)) {
      const scan = new SheetScan(budget, file.name);
      scans.push(scan);
      sink = scan;
    }
    await inflate(file.name, sink);
  }

  const sharedMax = Math.max(-1, ...scans.map((s) => s.sharedMax));
  if (sharedMax >= 0 && (!strings || sharedMax >= strings.count)) {
    throw new UnreadableFile("missingStrings", strings ? `index ${sharedMax} of ${strings.count}` : "no shared-strings part");
  }
  const sheets: Sheet[] = [...sheetParts].map(([part, name]) => {
    const r = readers.get(part)!;
    return { name: attrText(name), rows: r.rows, merges: r.areas };
  });
  // Nothing is named as unsupported: writes edit the package part by part (package-edit.ts) and
  // keep every other part byte for byte; an edit that cannot be made is refused when it is asked.
  return { sheets, unsupported: [] };
}

/**
 * Reads an .xlsx into the engine's snapshot; throws UnreadableFile with a reason a user can act
 * on. Within LIMITS whatever the bytes (README § Size limits).
 */
export async function readSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  checkFile(bytes);
  let entries: ReadEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (e) {
    throw asDamaged(e);
  }
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new UnreadableFile("noWorkbook");
  try {
    return await readPackage(entries);
  } catch (e) {
    const u = asUnreadable(e);
    if (u instanceof UnreadableFile) throw u;
    throw new UnreadableFile("unparsable", (e as Error)?.message ?? String(e));
  }
}
