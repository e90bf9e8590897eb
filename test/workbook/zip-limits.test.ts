// Bounded reading, damaged packages and the content ExcelJS drops (issue 8, items 3, 5 and 10):
// each refused package is refused with its reason before ExcelJS reads it, after bounded work
// (bytes inflated, counted where the readers count them; not time, which a busy machine stretches).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { readSnapshot } from "../../src/workbook/package-read";
import { loadXlsx, toBytes } from "../../src/workbook/xlsx";
import { inspectXlsx, LIMITS, UnreadableFile } from "../../src/workbook/zip-parts";
import { areaOf, Budget } from "../../src/workbook/zip-limits";
import { rawEntriesOf, rawZip, rewrite, withParts, xlsxOf, zeros, zipBomb } from "../fixtures/xlsx";

const SHEET = "xl/worksheets/sheet1.xml";
let sample: Uint8Array;
beforeAll(async () => {
  sample = await xlsxOf(earlyChildhoodSample());
});

/** Why both readers (ExcelJS's and the one without it, package-read.ts) refuse a package: the same reason. */
async function reasonOf(data: Uint8Array): Promise<string> {
  const reasons: string[] = [];
  for (const read of [loadXlsx, readSnapshot]) {
    const e = await (read as (d: Uint8Array) => Promise<unknown>)(data).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(UnreadableFile);
    reasons.push((e as UnreadableFile).reason);
  }
  expect(reasons[1]).toBe(reasons[0]);
  return reasons[0];
}

/** What a promise returns, and the bytes inflated meanwhile (by both readers: every entry's bytes pass Budget.addBytes). */
async function inflating<T>(p: () => Promise<T>): Promise<[T, number]> {
  const count = jest.spyOn(Budget.prototype, "addBytes");
  try {
    const r = await p();
    return [r, count.mock.calls.reduce((n, [bytes]) => n + bytes, 0)];
  } finally {
    count.mockRestore();
  }
}

const MB = 1024 * 1024;

/** Adds `xml` to the first sheet just before `before` (an element that must follow it). */
function intoSheet(xml: string, before = "<pageMargins") {
  return (zip: JSZip) => rewrite(zip, SHEET, (s) => s.replace(before, `${xml}${before}`));
}

describe("bounded reading: refused with the reason before ExcelJS reads the package", () => {
  test("a file larger than the file limit: tooLarge, without unzipping", async () => {
    const [reason, bytes] = await inflating(() => reasonOf(new Uint8Array(LIMITS.fileBytes + 1)));
    expect(reason).toBe("tooLarge");
    expect(bytes).toBe(0);
  });

  test("a zip bomb (one entry declaring 2 GB, 2 MB on disk): unpacksTooLarge from the central directory, nothing inflated", async () => {
    const bomb = await zipBomb(sample, 2 * 1024 ** 3);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const [reason, bytes] = await inflating(() => reasonOf(bomb));
    expect(reason).toBe("unpacksTooLarge");
    expect(bytes).toBe(0);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
  });

  test("an entry that lies about its size (declares 1 KB, inflates to 500 MB): stopped at the first chunk past its word", async () => {
    const liar = rawZip([...(await rawEntriesOf(sample)), { name: "xl/media/liar.bin", data: zeros(500 * 1024 * 1024), declared: 1024 }]);
    const [reason, bytes] = await inflating(() => reasonOf(liar));
    expect(reason).toBe("damaged");
    // Each reader: the sample's parts and at most one chunk (~16 MB) of the 500 MB.
    expect(bytes).toBeLessThan(2 * (sample.length * 20 + 17 * MB));
  });

  test("entries that each tell the truth but together inflate past the limit: unpacksTooLarge", async () => {
    const each = 60 * 1024 * 1024;
    const many = rawZip([...(await rawEntriesOf(sample)), ...[1, 2, 3, 4].map((n) => ({ name: `xl/media/z${n}.bin`, data: zeros(each), declared: each }))]);
    expect(await reasonOf(many)).toBe("unpacksTooLarge");
  });

  test("more entries than the entry limit: unpacksTooLarge", async () => {
    const entries = Array.from({ length: LIMITS.entries + 1 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), stored: true, declared: 0 }));
    expect(await reasonOf(rawZip([...(await rawEntriesOf(sample)), ...entries]))).toBe("unpacksTooLarge");
  });

  test("more cells than the cell limit (2,000,001 empty cells, 180 KB on disk): tooManyCells", async () => {
    const big = await withParts(sample, intoSheet(`<row r="999999">${"<c/>".repeat(LIMITS.cells + 1)}</row>`, "</sheetData>"));
    expect(await reasonOf(big)).toBe("tooManyCells");
  });

  test("one merged range over a whole sheet (ExcelJS would make 17 billion cells): tooManyCells", async () => {
    const merged = await withParts(sample, intoSheet(`<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`, "<pageMargins"));
    expect(await reasonOf(merged)).toBe("tooManyCells");
  });

  test("more merged ranges in a sheet than the merge limit: tooManyCells", async () => {
    const refs = Array.from({ length: LIMITS.mergesPerSheet + 1 }, (_, i) => `<mergeCell ref="AA${i + 1}:AB${i + 1}"/>`).join("");
    expect(await reasonOf(await withParts(sample, intoSheet(`<mergeCells>${refs}</mergeCells>`)))).toBe("tooManyCells");
  });

  test("drop-down lists over two whole columns count their 2,097,152 cells: tooManyCells; one whole column is read", async () => {
    const list = (sqref: string) =>
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"K,E"</formula1></dataValidation></dataValidations>`;
    expect(await reasonOf(await withParts(sample, intoSheet(list("X1:Y1048576"))))).toBe("tooManyCells");
    const one = await loadXlsx(await withParts(sample, intoSheet(list("X1:X1048576"))));
    expect(one.snapshot.sheets[0].name).toBe("Tavoitteet");
    expect(await readSnapshot(await withParts(sample, intoSheet(list("X1:X1048576"))))).toEqual(one.snapshot);
  });

  test("a defined name over a whole sheet (ExcelJS would make an object of every cell): tooManyCells", async () => {
    const named = await withParts(sample, (zip) =>
      rewrite(zip, "xl/workbook.xml", (x) =>
        x.includes("<definedNames>")
          ? x.replace("<definedNames>", `<definedNames><definedName name="Kaikki">Tavoitteet!$A$1:$XFD$1048576</definedName>`)
          : x.replace("</sheets>", `</sheets><definedNames><definedName name="Kaikki">Tavoitteet!$A$1:$XFD$1048576</definedName></definedNames>`),
      ),
    );
    // Refused from workbook.xml, before any sheet is inflated: each reader has read only the
    // content types, relationships and workbook.xml.
    const zip = await JSZip.loadAsync(named);
    const first = ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml"];
    const firstBytes = (await Promise.all(first.map((n) => zip.file(n)?.async("uint8array")))).reduce((n, d) => n + (d?.length ?? 0), 0);
    const [reason, bytes] = await inflating(() => reasonOf(named));
    expect(reason).toBe("tooManyCells");
    expect(bytes).toBeLessThanOrEqual(2 * firstBytes);
  });

  test("more rows than the cell limit, each empty (ExcelJS makes an object of each): tooManyCells", async () => {
    const rows = await withParts(sample, intoSheet("<row/>".repeat(LIMITS.cells + 1), "</sheetData>"));
    expect(await reasonOf(rows)).toBe("tooManyCells");
  });

  test("areaOf counts ranges, whole columns and whole rows", () => {
    expect(areaOf("A1")).toBe(1);
    expect(areaOf("A1:B3 D4")).toBe(7);
    expect(areaOf("$C$2:$C$11")).toBe(10);
    expect(areaOf("C:D")).toBe(2 * 1_048_576);
    expect(areaOf("3:4")).toBe(2 * 16_384);
  });
});

describe("a damaged package is unreadable-file with its reason", () => {
  test("cells that use shared strings in a package without its shared-strings part: missingStrings (not the indices as text)", async () => {
    const damaged = await withParts(sample, (zip) => {
      zip.remove("xl/sharedStrings.xml");
    });
    expect(await reasonOf(damaged)).toBe("missingStrings");
  });

  test("a shared-string index past the strings the part holds: missingStrings", async () => {
    const damaged = await withParts(sample, (zip) => rewrite(zip, SHEET, (s) => s.replace(/(<c [^>]*t="s"[^>]*><v>)\d+</, "$1999999<")));
    expect(await reasonOf(damaged)).toBe("missingStrings");
  });

  test("a sheet the workbook lists whose part is missing: missingSheet (not a workbook silently without it)", async () => {
    const damaged = await withParts(sample, (zip) => {
      zip.remove("xl/worksheets/sheet2.xml");
    });
    expect(await reasonOf(damaged)).toBe("missingSheet");
  });

  test("a sheet part under another name, with its relationships, is read (ExcelJS alone leaves the sheet out)", async () => {
    const moved = await withParts(sample, async (zip) => {
      zip.file("xl/data/Tavoitteet.xml", await zip.file(SHEET)!.async("uint8array"));
      zip.remove(SHEET);
      await rewrite(zip, "xl/_rels/workbook.xml.rels", (x) => x.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/data/Tavoitteet.xml"'));
    });
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(moved as unknown as ArrayBuffer);
    expect(plain.worksheets.map((w) => w.name)).not.toContain("Tavoitteet");
    expect((await loadXlsx(moved)).snapshot).toEqual((await loadXlsx(sample)).snapshot);
    expect(await readSnapshot(moved)).toEqual((await loadXlsx(sample)).snapshot);
  });

  test("the shared strings under another name are read", async () => {
    const moved = await withParts(sample, async (zip) => {
      zip.file("xl/strings.xml", await zip.file("xl/sharedStrings.xml")!.async("uint8array"));
      zip.remove("xl/sharedStrings.xml");
      await rewrite(zip, "xl/_rels/workbook.xml.rels", (x) => x.replace('Target="sharedStrings.xml"', 'Target="/xl/strings.xml"'));
    });
    expect((await loadXlsx(moved)).snapshot).toEqual((await loadXlsx(sample)).snapshot);
    expect(await readSnapshot(moved)).toEqual((await loadXlsx(sample)).snapshot);
  });

  test("a table under another name, by an absolute target, is read with its table (ExcelJS alone fails the workbook)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tavoitteet").addTable({ name: "T1", ref: "A1", headerRow: true, columns: [{ name: "Tavoite" }, { name: "Mittari" }], rows: [["a", "b"]] });
    const moved = await withParts(await toBytes(wb), async (zip) => {
      zip.file("xl/tables/Taulukko.xml", await zip.file("xl/tables/table1.xml")!.async("uint8array"));
      zip.remove("xl/tables/table1.xml");
      await rewrite(zip, "xl/worksheets/_rels/sheet1.xml.rels", (x) => x.replace('Target="../tables/table1.xml"', 'Target="/xl/tables/Taulukko.xml"'));
    });
    const plain = new ExcelJS.Workbook();
    await expect(plain.xlsx.load(moved as unknown as ArrayBuffer)).rejects.toThrow();
    const loaded = await loadXlsx(moved);
    expect(
      loaded.workbook
        .getWorksheet("Tavoitteet")!
        .getTables()
        .map((t) => (t as unknown as { name: string }).name),
    ).toEqual(["T1"]);
  });
});

const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0e1d_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>`;
const X14 = `xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"`;
const XM = `xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"`;
const SPARKLINES = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" ${X14}><x14:sparklineGroups ${XM}><x14:sparklineGroup><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Tavoitteet!J23:K23</xm:f><xm:sqref>L23</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
const X14_LIST = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${X14}><x14:dataValidations count="1" ${XM}><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listat!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>H7:H30</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;

/** Each kind: the package change that adds it, and a part name or text its loss shows in. */
const DROPPED: Array<[kind: string, add: (zip: JSZip) => Promise<void> | void, lost: (zip: JSZip) => Promise<boolean>]> = [
  [
    "customProperties",
    async (zip) => {
      zip.file("docProps/custom.xml", CUSTOM);
      await rewrite(zip, "_rels/.rels", (x) =>
        x.replace(
          "</Relationships>",
          `<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
        ),
      );
    },
    async (zip) => !zip.file("docProps/custom.xml"),
  ],
  [
    "sensitivityLabel",
    (zip) => void zip.file("docMetadata/LabelInfo.xml", `<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"/>`),
    async (zip) => !zip.file("docMetadata/LabelInfo.xml"),
  ],
  ["sparkline", intoSheet(SPARKLINES, "</worksheet>"), async (zip) => !(await zip.file(SHEET)!.async("string")).includes("sparkline")],
  ["extValidation", intoSheet(X14_LIST, "</worksheet>"), async (zip) => !(await zip.file(SHEET)!.async("string")).includes("Listat!")],
  [
    "externalLink",
    (zip) => void zip.file("xl/externalLinks/externalLink1.xml", `<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`),
    async (zip) => !zip.file("xl/externalLinks/externalLink1.xml"),
  ],
  [
    "threadedComment",
    (zip) =>
      void zip.file(
        "xl/threadedComments/threadedComment1.xml",
        `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"/>`,
      ),
    async (zip) => !zip.file("xl/threadedComments/threadedComment1.xml"),
  ],
];

describe("content the writer drops is named (unsupported-content), so --in-place refuses it", () => {
  test.each(DROPPED)("%s: named, and truly lost by a read and write", async (kind, add, lost) => {
    const file = await withParts(sample, add);
    expect((await inspectXlsx(file)).unsupported).toEqual([kind]);
    const loaded = await loadXlsx(file);
    expect(loaded.snapshot.unsupported).toEqual([kind]);
    // The package editor keeps it byte for byte (test/workbook/excel-saved.test.ts): nothing to name.
    expect((await readSnapshot(file)).unsupported).toEqual([]);
    expect(await lost(await JSZip.loadAsync(await toBytes(loaded.workbook)))).toBe(true);
  });

  test("a plain workbook names nothing", async () => {
    expect((await inspectXlsx(sample)).unsupported).toEqual([]);
  });
});
