// The reader without ExcelJS (issue 16): every workbook under test/, the bundled samples and the
// corpus of files saved by real Excel read to the same snapshot as the ExcelJS reader, except
// where ExcelJS lost a value (listed below, each with its reason); and what the package holds
// that ExcelJS read wrongly or not at all.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import type { Cell, WorkbookSnapshot } from "../../src/domain/snapshot";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { readSnapshot } from "../../src/workbook/package-read";
import { slideFormula } from "../../src/workbook/sheet-read";
import { Budget, LimitExceeded } from "../../src/workbook/zip-limits";
import { inflateEntry, zipEntries } from "../../src/workbook/zip-read";
import { rawEntriesOf, rawZip, zeros } from "../fixtures/xlsx";
import { loadXlsx } from "../../src/workbook/xlsx";
import { withParts, xlsxOf } from "../fixtures/xlsx";

const ROOT = path.join(__dirname, "..", "..");
const CORPUS = path.join(ROOT, "..", "shared", "corpus", "excel-saved");

async function xlsxUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await xlsxUnder(p)));
    else if (e.name.endsWith(".xlsx")) out.push(p);
  }
  return out.sort();
}

/**
 * Where the readers may differ: ExcelJS 4.4 lost the value, the new reader keeps it. Each rule
 * says whether an old cell → new cell change is that loss.
 */
const INTENDED: ReadonlyArray<{ why: string; is: (old: Cell | undefined, now: Cell | undefined) => boolean }> = [
  {
    why: "a formula's cached 0, FALSE or empty text: ExcelJS drops falsy results (its FormulaValue copies only truthy fields), so the formula read as having no value",
    is: (o, n) => !!o && !!n && o.formula !== undefined && o.value === null && (n.value === 0 || n.value === false || n.value === "") && same(o, n, "value"),
  },
  {
    why: "a hyperlinked cell holding an error, a number or a boolean: ExcelJS turns it into a hyperlink value whose text is not a string, and the cell read as empty text",
    is: (o, n) =>
      !!o && !!n && o.value === "" && n.value !== "" && typeof n.value !== "string"
        ? same(o, n, "value")
        : !!o && !!n && o.value === "" && /^#[A-Z0-9/!?]+$/.test(String(n.value)),
  },
  {
    why: "an inline string's _xHHHH_ escapes (XlsxWriter writes control characters so): ExcelJS decodes them only in shared strings",
    is: (o, n) =>
      !!o &&
      !!n &&
      typeof o.value === "string" &&
      /_x[0-9A-Fa-f]{4}_/.test(o.value) &&
      n.value === o.value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
  },
];

function same(a: Cell, b: Cell, except: keyof Cell): boolean {
  const strip = (c: Cell) => JSON.stringify({ ...c, [except]: undefined });
  return strip(a) === strip(b);
}

/** The differences between two snapshots that no rule explains, and the rules used. */
function compare(old: WorkbookSnapshot, now: WorkbookSnapshot): { unexplained: string[]; used: Set<string> } {
  const unexplained: string[] = [];
  const used = new Set<string>();
  // `unsupported` differs by design: the ExcelJS path names what its writer drops, the package editor drops nothing.
  if (now.unsupported.length > 0) unexplained.push(`unsupported ${now.unsupported}`);
  if (old.sheets.length !== now.sheets.length) unexplained.push(`sheets ${old.sheets.map((s) => s.name)} vs ${now.sheets.map((s) => s.name)}`);
  old.sheets.forEach((a, i) => {
    const b = now.sheets[i];
    if (!b) return;
    if (a.name !== b.name) unexplained.push(`sheet name ${a.name} vs ${b.name}`);
    if (JSON.stringify(a.merges) !== JSON.stringify(b.merges)) unexplained.push(`${a.name}: merges differ`);
    for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
      const ra = a.rows[r] ?? [];
      const rb = b.rows[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        const x = ra[c];
        const y = rb[c];
        if (JSON.stringify(x) === JSON.stringify(y)) continue;
        const rule = INTENDED.find((k) => k.is(x, y));
        if (rule) used.add(rule.why);
        else unexplained.push(`${a.name}!R${r + 1}C${c + 1}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
      }
    }
  });
  return { unexplained, used };
}

async function bothReaders(file: string): Promise<{ unexplained: string[]; used: Set<string> }> {
  const data = await fs.readFile(file);
  const old = await loadXlsx(data).then(
    (l) => l.snapshot,
    (e: { reason?: string }) => ({ error: e.reason ?? String(e) }),
  );
  const now = await readSnapshot(data).then(
    (s) => s,
    (e: { reason?: string }) => ({ error: e.reason ?? String(e) }),
  );
  if ("error" in old || "error" in now) {
    const a = "error" in old ? old.error : "read";
    const b = "error" in now ? now.error : "read";
    return { unexplained: a === b ? [] : [`ExcelJS: ${a}, new: ${b}`], used: new Set() };
  }
  // JSON: the ExcelJS snapshot has holes where the new one may have undefined entries.
  return compare(JSON.parse(JSON.stringify(old)), JSON.parse(JSON.stringify(now)));
}

describe("the new reader gives the ExcelJS reader's snapshot", () => {
  test("every workbook under test/ and the bundled samples", async () => {
    const files = [...(await xlsxUnder(path.join(ROOT, "test"))), ...(await xlsxUnder(path.join(ROOT, "assets", "samples")))];
    expect(files.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const f of files) for (const u of (await bothReaders(f)).unexplained) problems.push(`${path.relative(ROOT, f)}: ${u}`);
    expect(problems).toEqual([]);
  });

  const corpus = existsSync(CORPUS);
  (corpus ? test : test.skip)(
    "every file of ../shared/corpus/excel-saved (saved by real Excel), the listed ExcelJS losses aside",
    async () => {
      const files = await xlsxUnder(CORPUS);
      const problems: string[] = [];
      const used = new Map<string, number>();
      for (const f of files) {
        const r = await bothReaders(f);
        for (const u of r.unexplained) problems.push(`${path.basename(f)}: ${u}`);
        for (const w of r.used) used.set(w, (used.get(w) ?? 0) + 1);
      }
      expect(problems).toEqual([]);
      // Each listed difference is still seen (a rule nothing needs would hide a new difference).
      expect([...used.keys()].sort()).toEqual(INTENDED.map((k) => k.why).sort());
    },
    300_000,
  );
  if (!corpus) test("the corpus ../shared/corpus/excel-saved is not here: its comparison is skipped", () => expect(corpus).toBe(false));
});

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

/** A package written by hand: sheets (name → sheetData and more), shared strings, styles. */
async function pkg(opts: {
  sheets: Array<[name: string, body: string, state?: string]>;
  strings?: string;
  styles?: string;
  workbookPr?: string;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheets = opts.sheets;
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook ${NS}>${opts.workbookPr ?? ""}<sheets>${sheets
      .map(([name, , state], i) => `<sheet name="${name}" sheetId="${i + 1}"${state ? ` state="${state}"` : ""} r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${T}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join(
        "",
      )}<Relationship Id="rS" Type="${T}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${T}/styles" Target="styles.xml"/></Relationships>`,
  );
  sheets.forEach(([, body], i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><worksheet ${NS}>${body}</worksheet>`));
  zip.file("xl/sharedStrings.xml", `<?xml version="1.0"?><sst ${NS}>${opts.strings ?? ""}</sst>`);
  zip.file(
    "xl/styles.xml",
    opts.styles ??
      `<?xml version="1.0"?><styleSheet ${NS}><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

const STYLES = `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="d\\.m\\.yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; %&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF92D050"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.39"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill></fills><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="2" borderId="0"/><xf numFmtId="165" fontId="0" fillId="3" borderId="0"/><xf numFmtId="10" fontId="0" fillId="4" borderId="0"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`;

describe("what the new reader reads", () => {
  test("a sheet name longer than 31 characters (LibreOffice writes them) reads; so do hidden sheets, in workbook order", async () => {
    const long = "Palvelutuotantosopimuksen tavoitteet ja mittarit 2027";
    const snap = await readSnapshot(
      await pkg({
        sheets: [
          [long, `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`],
          ["Piilo", "<sheetData/>", "hidden"],
          ["Line&#10;break &amp; &#x202E;x", "<sheetData/>"],
        ],
      }),
    );
    expect(snap.sheets.map((s) => s.name)).toEqual([long, "Piilo", "Line\nbreak & \u202ex"]);
    expect(snap.sheets[0].rows[0]?.[0]).toEqual({ value: 1 });
    // ExcelJS refused the whole workbook for the long name (after a warning on the console).
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(loadXlsx(await pkg({ sheets: [[long, "<sheetData/>"]] }))).rejects.toMatchObject({ reason: "unparsable" });
  });

  test("values: shared strings with rich text and phonetic runs, inline strings, numbers, booleans, errors, entities and _xHHHH_ escapes", async () => {
    const strings = [
      `<si><t xml:space="preserve">a &amp; b &lt;c&gt;_x000D__x000A_d</t></si>`,
      `<si><r><t xml:space="preserve">Lisätään paikkoja </t></r><r><rPr><i/><sz val="11"/></rPr><t>Vastuu: päiväkodin johtaja</t></r></si>`,
      `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>`,
      `<si><r><rPr><i val="0"/></rPr><t>not </t></r><r><t>italic</t></r></si>`,
    ].join("");
    const row = [
      `<c r="A1" t="s"><v>0</v></c>`,
      `<c r="B1" t="s"><v>1</v></c>`,
      `<c r="C1" t="s"><v>2</v></c>`,
      `<c r="D1" t="s"><v>3</v></c>`,
      `<c r="E1" t="inlineStr"><is><t>inline_x0007_</t></is></c>`,
      `<c r="F1"><v>98.74</v></c>`,
      `<c r="G1" t="b"><v>1</v></c>`,
      `<c r="H1" t="e"><v>#DIV/0!</v></c>`,
      `<c r="I1" t="str"><v>line1\r\nline2</v></c>`,
      `<c r="J1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><i/></rPr><t>tail</t></r></is></c>`,
    ].join("");
    const snap = await readSnapshot(await pkg({ sheets: [["S", `<sheetData><row r="1">${row}</row></sheetData>`]], strings }));
    expect(snap.sheets[0].rows[0]).toEqual([
      { value: "a & b <c>\r\nd" },
      { value: "Lisätään paikkoja Vastuu: päiväkodin johtaja", italicTail: "Vastuu: päiväkodin johtaja" },
      { value: "東京" },
      { value: "not italic" },
      { value: "inline\u0007" },
      { value: 98.74 },
      { value: true },
      { value: "#DIV/0!" },
      { value: "line1\nline2" },
      { value: "rich tail", italicTail: "tail" },
    ]);
  });

  test("dates by built-in and custom formats in the 1900 and 1904 systems; number formats by id; solid ARGB fills only", async () => {
    const cells = `<sheetData><row r="1"><c r="A1" s="1"><v>45658</v></c><c r="B1" s="2"><v>45658</v></c><c r="C1" s="3"><v>98.5</v></c><c r="D1" s="4"><v>0.5</v></c><c r="E1" s="5"><v>0.5</v></c><c r="F1" s="6"><v>3</v></c></row></sheetData>`;
    const [s1900, s1904] = await Promise.all(
      ["", `<workbookPr date1904="1"/>`].map(
        async (pr) => (await readSnapshot(await pkg({ sheets: [["S", cells]], styles: STYLES, workbookPr: pr }))).sheets[0].rows[0],
      ),
    );
    expect(s1900).toEqual([
      { value: "2025-01-01", date: true, numFmt: "mm-dd-yy" },
      { value: "2025-01-01", date: true, numFmt: "d.m.yyyy", fill: "92D050" },
      { value: 98.5, numFmt: '0.00" %"' },
      { value: 0.5, numFmt: "0.00%" },
      { value: "1899-12-30", date: true, numFmt: "h:mm" },
      { value: 3 },
    ]);
    expect(s1904?.[0]).toEqual({ value: "2029-01-02", date: true, numFmt: "mm-dd-yy" });
  });

  test("formulas without '=', with their cached values (0 kept); shared formulas expanded to each cell's own text", async () => {
    const cells = [
      `<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>0</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">C1*2+$D$1&amp;"x"</f><v>4</v></c></row>`,
      `<row r="2"><c r="B2"><f t="shared" si="0"/><v>6</v></c><c r="C2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
      `<row r="3"><c r="B3"><f t="shared" si="0"/></c></row>`,
    ].join("");
    const snap = await readSnapshot(await pkg({ sheets: [["S", `<sheetData>${cells}</sheetData>`]] }));
    const rows = snap.sheets[0].rows;
    expect(rows[0]).toEqual([
      { value: 0, formula: "SUM(B1:C1)" },
      { value: 4, formula: 'C1*2+$D$1&"x"' },
    ]);
    expect(rows[1]?.[1]).toEqual({ value: 6, formula: 'C2*2+$D$1&"x"' });
    expect(rows[1]?.[2]).toEqual({ value: "ab", formula: '"a"&"b"' });
    expect(rows[1]?.[3]).toEqual({ value: "#DIV/0!", formula: "1/0" });
    expect(rows[2]?.[1]).toEqual({ value: null, formula: 'C3*2+$D$1&"x"' });
    expect(slideFormula("SUM(A1:B2)+Sheet2!C3+LOG10(A1)", [1, 1], [3, 2])).toBe("SUM(B3:C4)+Sheet2!D5+LOG10(B3)");
  });

  test("merges: the covered cells are not read; the top-left keeps its value", async () => {
    const body = `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`;
    const data = await pkg({ sheets: [["S", body]] });
    const snap = await readSnapshot(data);
    expect(snap.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(snap.sheets[0].rows).toEqual([[{ value: 1 }]]);
    expect(snap).toStrictEqual((await loadXlsx(data)).snapshot);
  });

  test("the sample contract reads as ExcelJS reads it", async () => {
    const sample = await xlsxOf(earlyChildhoodSample());
    expect(await readSnapshot(sample)).toEqual((await loadXlsx(sample)).snapshot);
    // A text longer than the 64 KB the scanner once kept whole is read whole (a cell holds up to 32,767 characters, escaped up to ~200 KB).
    const long = "&amp;".repeat(32_000);
    const wide = await withParts(
      sample,
      (zip) =>
        void zip.file(
          "xl/worksheets/sheet1.xml",
          `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData></worksheet>`,
        ),
    );
    expect((await readSnapshot(wide)).sheets[0].rows[0]?.[0]).toEqual({ value: "&".repeat(32_000) });
  });
});

describe("inflating: Node's zlib where there is one, DecompressionStream elsewhere (the browser's worker)", () => {
  test("both give the same bytes, the declared size", async () => {
    const sample = await xlsxOf(earlyChildhoodSample());
    const entries = zipEntries(sample);
    for (const e of entries) {
      const got: Buffer[] = [];
      for (const zlib of [null, { inflateRawSync }]) {
        const chunks: Uint8Array[] = [];
        await inflateEntry(e, new Budget(), { push: (c) => void chunks.push(c.slice()), end: () => undefined }, zlib);
        got.push(Buffer.concat(chunks));
      }
      expect(got[0].length).toBe(e.size);
      expect(got[1].equals(got[0])).toBe(true);
    }
  });

  test("the stream stops an entry that lies about its size at its first chunk past it", async () => {
    const sample = await xlsxOf(earlyChildhoodSample());
    const liar = rawZip([...(await rawEntriesOf(sample)), { name: "xl/media/liar.bin", data: zeros(50 * 1024 * 1024), declared: 1024 }]);
    const entry = zipEntries(liar).find((e) => e.name === "xl/media/liar.bin")!;
    let bytes = 0;
    const e = await inflateEntry(entry, new Budget(), { push: (c) => void (bytes += c.length), end: () => undefined }, null).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LimitExceeded);
    expect((e as LimitExceeded).reason).toBe("damaged");
    expect(bytes).toBe(0);
  });
});
