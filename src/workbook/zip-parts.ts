// Looks inside the .xlsx zip before ExcelJS does: names the parts its writer would drop (charts,
// images, shapes, pivot tables, macros), and removes drawings and chart sheets from the copy
// ExcelJS reads, because ExcelJS 4.4 can crash on some chart drawings (exceljs issue #2591).
import JSZip from "jszip";

export type UnsupportedKind = "chart" | "chartsheet" | "image" | "drawing" | "pivot" | "macro";

export type UnreadableReason = "encrypted" | "notZip" | "damaged" | "noWorkbook" | "unparsable" | "notFound";

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
];

export interface Inspected {
  /** What ExcelJS should read: the file itself, or a copy without drawings and chart sheets. */
  readable: Uint8Array;
  unsupported: UnsupportedKind[];
}

function isZip(b: Uint8Array): boolean {
  return b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function isOle(b: Uint8Array): boolean {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return b.length > 8 && ole.every((x, i) => b[i] === x);
}

export async function inspectXlsx(data: Uint8Array): Promise<Inspected> {
  if (isOle(data)) throw new UnreadableFile("encrypted");
  if (!isZip(data)) throw new UnreadableFile("notZip");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new UnreadableFile("damaged", (e as Error).message);
  }
  if (!zip.file("xl/workbook.xml")) throw new UnreadableFile("noWorkbook");

  const names = Object.keys(zip.files);
  const found = new Set<UnsupportedKind>();
  for (const n of names) for (const [re, kind] of KINDS) if (re.test(n)) found.add(kind);
  // A drawing that only anchors charts or images is named by those; "drawing" is for shapes.
  if (found.has("drawing") && (found.has("chart") || found.has("image"))) {
    const shapes = await Promise.all(
      names.filter((n) => /^xl\/drawings\/drawing[^/]*\.xml$/.test(n)).map(async (n) => /<xdr:sp[ >]/.test(await zip.file(n)!.async("string"))),
    );
    if (!shapes.some(Boolean)) found.delete("drawing");
  }
  const unsupported = [...found];
  const movedComments = await commentsWhereExcelJsReads(zip, names);
  if (!found.has("chart") && !found.has("chartsheet") && !found.has("drawing") && !found.has("image")) {
    return { readable: movedComments ? await zip.generateAsync({ type: "uint8array" }) : data, unsupported };
  }
  return { readable: await withoutDrawings(zip, Object.keys(zip.files)), unsupported };
}

/** Parts ExcelJS 4.4 finds only under one name each: where a sheet's relationships point, and the name it expects. */
const CANONICAL: ReadonlyArray<{ type: string; name: RegExp; make: (n: number) => string }> = [
  { type: "comments", name: /^xl\/comments\d+\.xml$/, make: (n) => `xl/comments${n}.xml` },
  { type: "vmlDrawing", name: /^xl\/drawings\/vmlDrawing\d+\.vml$/, make: (n) => `xl/drawings/vmlDrawing${n}.vml` },
];

/** A relationship target as a part name: "/xl/comments/comment1.xml", or "../comments1.xml" from xl/worksheets/. */
function partOf(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl", "worksheets"];
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** The target of a part as a sheet's relationship names it: "xl/comments1.xml" → "../comments1.xml". */
function targetOf(part: string): string {
  return `../${part.replace(/^xl\//, "")}`;
}

/**
 * Comments may live anywhere the relationships say (openpyxl writes xl/comments/comment1.xml and
 * xl/drawings/commentsDrawing1.vml, with absolute targets); ExcelJS 4.4 finds them only at
 * xl/commentsN.xml and xl/drawings/vmlDrawingN.vml, by relative targets, and fails on the whole
 * workbook otherwise. Moves them there in the copy ExcelJS reads, so the comments are kept; the
 * user's file is not touched.
 */
async function commentsWhereExcelJsReads(zip: JSZip, names: string[]): Promise<boolean> {
  let changed = false;
  const taken = new Set(names);
  const typesName = "[Content_Types].xml";
  let types = (await zip.file(typesName)?.async("string")) ?? "";
  for (const relsName of names.filter((x) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(x))) {
    const rels = await zip.file(relsName)!.async("string");
    const out = await Promise.all(
      (rels.match(/<Relationship\b[^>]*\/>/g) ?? []).map(async (rel) => {
        const target = /Target="([^"]+)"/.exec(rel)?.[1];
        const type = /Type="[^"]*\/([^"/]+)"/.exec(rel)?.[1];
        if (!target || /TargetMode="External"/.test(rel)) return [rel, rel];
        const part = partOf(target);
        const canon = CANONICAL.find((c) => c.type === type);
        let moved = part;
        if (canon && !canon.name.test(part) && zip.file(part)) {
          let n = 1;
          while (taken.has(canon.make(n))) n++;
          moved = canon.make(n);
          taken.add(moved);
          zip.file(moved, await zip.file(part)!.async("uint8array"));
          zip.remove(part);
          types = types.replace(`PartName="/${part}"`, `PartName="/${moved}"`);
        }
        return [rel, rel.replace(/Target="[^"]+"/, `Target="${targetOf(moved)}"`)];
      }),
    );
    const next = out.reduce((xml, [from, to]) => (from === to ? xml : xml.replace(from, to)), rels);
    if (next !== rels) {
      zip.file(relsName, next);
      changed = true;
    }
  }
  if (changed) zip.file(typesName, types);
  return changed;
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
