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
  if (!found.has("chart") && !found.has("chartsheet") && !found.has("drawing") && !found.has("image")) {
    return { readable: data, unsupported };
  }
  return { readable: await withoutDrawings(zip, names), unsupported };
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
