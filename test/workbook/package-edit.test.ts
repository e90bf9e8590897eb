// The package editor on hand-made packages: the cases Excel's own files show and the corpus may
// not hold (a prefixed namespace, shared and array formulas beside an edited cell, inline strings,
// rows and cells without "r", styles reused, forbidden characters), each edit kind, and the
// refusals of an inserted row.
import type { Before, Edit } from "../../src/domain/edits";
import { editPackage, EditRefused } from "../../src/workbook/package-edit";
import { escapeXml } from "../../src/workbook/package-xml";
import { openZip, readText, writeZip } from "../../src/workbook/package-zip";
import { toBytes, workbookOf } from "../../src/workbook/xlsx";
import { xmlProblem } from "../fixtures/xml-check";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const enc = new TextEncoder();

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="14"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A one-sheet package whose sheet part is `sheet` (written as it is: any prefix, any shape). */
async function pack(sheet: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${R}"><workbookProtection workbookPassword="CC3D" lockStructure="1"/><sheets><sheet name="Taul1" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Alue">Taul1!$A$2:$A$9</definedName></definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": sheet,
    ...extra,
  };
  // An empty zip to start from, then every part added by the writer under test.
  const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
  return writeZip(openZip(empty), new Map(Object.entries(parts).map(([k, v]) => [k, enc.encode(v)])));
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await readText(openZip(bytes), name)) as string;
}

const none: Before = { value: null };
const status = (row: number, col: number, label: string, fill: string | null, extra: Partial<Edit> = {}): Edit =>
  ({ kind: "status", sheet: "Taul1", row, col, label, fill, before: none, ...extra }) as Edit;

const X_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="${NS}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><x:dimension ref="A1:C3"/><x:sheetData><x:row r="1" spans="1:3"><x:c r="A1" s="1" t="inlineStr"><x:is><x:t>Tavoite</x:t></x:is></x:c><x:c r="C1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row><x:row r="2"><x:c r="A2" s="1"><x:v>5</x:v></x:c><x:c r="B2"><x:f t="shared" ref="B2:B3" si="0">A2*2</x:f><x:v>10</x:v></x:c></x:row><x:row r="3"><x:c r="A3"><x:v>6</x:v></x:c><x:c r="B3"><x:f t="shared" si="0"/><x:v>12</x:v></x:c></x:row></x:sheetData><x:sheetProtection password="83AF" sheet="1" objects="1" scenarios="1"/><x:autoFilter ref="A1:C3"><x:filterColumn colId="0"><x:filters><x:filter val="5"/></x:filters></x:filterColumn></x:autoFilter><x:dataValidations count="1"><x:dataValidation type="whole" sqref="A:A"><x:formula1>0</x:formula1></x:dataValidation></x:dataValidations><x:hyperlinks><x:hyperlink ref="A1" location="'Taul1'!C3" tooltip="Katso"/></x:hyperlinks><x:rowBreaks count="1" manualBreakCount="1"><x:brk id="2" max="16383" man="1"/></x:rowBreaks><mc:AlternateContent><mc:Choice Requires="x14"><x:controls/></mc:Choice></mc:AlternateContent><x:extLst><x:ext uri="{X}"><y:unknown xmlns:y="urn:y" a="1"/></x:ext></x:extLst></x:worksheet>`;

describe("cells", () => {
  test("a prefixed sheet: the status cell is added with the prefix, everything else kept byte for byte", async () => {
    const input = await pack(X_SHEET);
    const out = (await editPackage(input, [status(2, 4, "Vihreä", "00B050")]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain(`<x:c r="D2" s="3" t="inlineStr"><x:is><x:t>Vihreä</x:t></x:is></x:c></x:row>`);
    // Only the edited row and the dimension changed.
    const rest = (s: string) => s.replace(/<x:row r="2"[\s\S]*?<\/x:row>/, "").replace(/<x:dimension[^>]*>/, "");
    expect(rest(xml)).toBe(rest(X_SHEET));
    expect(xml).toContain(`<x:dimension ref="A1:D3"/>`);
    expect(xml).toContain(`<x:row r="2"><x:c r="A2" s="1"><x:v>5</x:v></x:c><x:c r="B2"><x:f t="shared" ref="B2:B3" si="0">A2*2</x:f><x:v>10</x:v></x:c>`);
    // The workbook (protection, names) is not touched at all.
    expect(await part(out, "xl/workbook.xml")).toBe(await part(input, "xl/workbook.xml"));
  });

  test("overwriting the cell that holds a shared formula's text is refused, naming the cell", async () => {
    await expect(editPackage(await pack(X_SHEET), [status(2, 2, "x", null)])).rejects.toThrow(EditRefused);
    await expect(editPackage(await pack(X_SHEET), [status(2, 2, "x", null)])).rejects.toMatchObject({ feature: "sharedFormula", detail: "B2" });
  });

  test("styles: the fill, the font and the xf are appended once and reused; existing ones keep their numbers", async () => {
    const out = (await editPackage(await pack(X_SHEET), [status(1, 2, "Vihreä", "00B050"), status(1, 4, "Vihreä", "00B050")]))!;
    const styles = await part(out, "xl/styles.xml");
    expect(xmlProblem(styles)).toBeNull();
    expect(styles.startsWith(STYLES.slice(0, STYLES.indexOf("<fonts")))).toBe(true);
    expect(styles).toContain(`<fills count="3">`);
    expect(styles).toContain(`<cellXfs count="5">`);
    // B1 has no style of its own: the default font with A1's (its left neighbour's) name and size,
    // made black, and A1's vertical alignment. The old fonts and formats as they were.
    expect(styles).toContain(
      `<fonts count="4"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="14"/><name val="Arial"/></font><font><sz val="14"/><color rgb="FF000000"/><name val="Arial"/><family val="2"/></font>`,
    );
    expect(styles).toContain(
      `<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>`,
    );
    // D1: its left neighbour C1 has no style either: the default font made black; the fill reused.
    expect(styles).toContain(`<font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>`);
    expect(styles).toContain(`<xf numFmtId="0" fontId="3" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs>`);
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<x:c r="B1" s="3" t="inlineStr">`);
    expect(xml).toContain(`<x:c r="D1" s="4" t="inlineStr">`);
  });

  test("a second edit with the same look reuses the xf it added", async () => {
    const input = await pack(X_SHEET);
    const once = (await editPackage(input, [status(1, 4, "Vihreä", "00B050")]))!;
    const twice = (await editPackage(once, [status(3, 4, "Vihreä", "00B050")]))!;
    expect((await part(twice, "xl/styles.xml")).match(/<xf /g)!.length).toBe((await part(once, "xl/styles.xml")).match(/<xf /g)!.length);
  });

  test("a formula cell beside the edit keeps its formula and cached value; a formula edit writes formula, result and number format", async () => {
    const out = (await editPackage(await pack(X_SHEET), [
      { kind: "formula", sheet: "Taul1", row: 3, col: 3, formula: 'IF(COUNT(A2:A3)>0,AVERAGE(A2:A3),"")', result: 5.5, numFmt: "0.00", before: none },
    ]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<x:c r="C1"><x:f>1+1</x:f><x:v>2</x:v></x:c>`);
    expect(xml).toContain(`<x:c r="C3" s="3"><x:f>IF(COUNT(A2:A3)&gt;0,AVERAGE(A2:A3),"")</x:f><x:v>5.5</x:v></x:c>`);
    expect(await part(out, "xl/styles.xml")).toContain(`<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`);
  });

  test("rows and cells without r: a new cell and a new row get r, and the next ones too, so nothing moves", async () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row><c><v>2</v></c></row><row r="5"><c><v>3</v></c></row></sheetData></worksheet>`;
    const out = (await editPackage(await pack(sheet), [status(1, 4, "Vihreä", "00B050"), status(3, 1, "Punainen", "FF0000")]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain(`<row r="1"><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c r="D1"`);
    expect(xml).toMatch(/<row><c><v>2<\/v><\/c><\/row><row r="3"><c r="A3"[^>]*t="inlineStr"><is><t>Punainen<\/t><\/is><\/c><\/row><row r="5">/);
  });

  test("a cell with its children in another order, and an unknown attribute, is rewritten whole; its neighbours are not", async () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="str" foo="bar"><v>x</v><f>"x"</f></c><c r="B1" vm="1" t="e"><v>#VALUE!</v></c></row></sheetData></worksheet>`;
    const out = (await editPackage(await pack(sheet), [status(1, 1, "Vihreä", null)]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<c r="A1" s="3" t="inlineStr" foo="bar"><is><t>Vihreä</t></is></c><c r="B1" vm="1" t="e"><v>#VALUE!</v></c>`);
  });

  test("characters XML forbids are written as Excel writes them (_xHHHH_), never raw; a literal _x0041_ keeps its meaning", async () => {
    const label = "a\u0001b\uFFFEc\uFFFF\uD800d\re_x0041_";
    const out = (await editPackage(await pack(X_SHEET), [status(3, 4, label, null)]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain(`<x:t>a_x0001_b_xFFFE_c_xFFFF__xD800_d_x000D_e_x005F_x0041_</x:t>`);
    expect(escapeXml("\t\n")).toBe("\t\n");
  });

  test("restore puts back the value, formula and fill the cell had", async () => {
    const input = await pack(X_SHEET);
    const out = (await editPackage(input, [
      { kind: "restore", sheet: "Taul1", row: 3, col: 1, before: { value: 6 } },
      { kind: "restore", sheet: "Taul1", row: 2, col: 3, before: { value: 4, formula: "A2-1", fill: "FFC000" } },
      { kind: "restore", sheet: "Taul1", row: 3, col: 3, before: { value: "2026-06-30", date: true } },
    ]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<x:c r="A3"><x:v>6</x:v></x:c>`);
    expect(xml).toMatch(/<x:c r="C2" s="\d+"><x:f>A2-1<\/x:f><x:v>4<\/x:v><\/x:c>/);
    expect(xml).toContain(`<x:c r="C3"><x:v>46203</x:v></x:c>`);
  });

  test("no edits, or edits that change nothing: null, nothing to write", async () => {
    const input = await pack(X_SHEET);
    expect(await editPackage(input, [])).toBeNull();
  });
});

describe("sheet-level edits", () => {
  test("a text edit with a width adds the column's width where it has none", async () => {
    const out = (await editPackage(await pack(X_SHEET), [
      { kind: "text", sheet: "Taul1", row: 1, col: 4, text: "Värikoodi", width: 14, before: none, styleFrom: { row: 1, col: 3 } },
    ]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(`<x:cols><x:col min="4" max="4" width="14" customWidth="1"/></x:cols><x:sheetData>`);
    expect(xmlProblem(xml)).toBeNull();
  });

  test("a drop-down list joins the sheet's validations (the whole-column one kept); freeze puts a pane in the first view", async () => {
    const out = (await editPackage(await pack(X_SHEET), [
      { kind: "list", sheet: "Taul1", row: 2, col: 4, rows: 2, values: ["Vihreä", "Keltainen", "Punainen"] },
      { kind: "freeze", sheet: "Taul1", rows: 1 },
    ]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain(
      `<x:dataValidations count="2"><x:dataValidation type="whole" sqref="A:A"><x:formula1>0</x:formula1></x:dataValidation><x:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D2:D3"><x:formula1>"Vihreä,Keltainen,Punainen"</x:formula1></x:dataValidation></x:dataValidations>`,
    );
    // No sheetViews before: one is added where the schema puts it (after dimension).
    expect(xml).toContain(
      `<x:dimension ref="A1:C3"/><x:sheetViews><x:sheetView workbookViewId="0"><x:pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></x:sheetView></x:sheetViews><x:sheetData>`,
    );
  });

  test("a validation goes before hyperlinks even when the sheet has none yet, and before form controls in mc:AlternateContent", async () => {
    const sheet = X_SHEET.replace(/<x:dataValidations[\s\S]*?<\/x:dataValidations>/, "");
    const out = (await editPackage(await pack(sheet), [{ kind: "list", sheet: "Taul1", row: 2, col: 4, rows: 1, values: ["K", "E"] }]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<\/x:autoFilter><x:dataValidations count="1">.*<\/x:dataValidations><x:hyperlinks>/);
  });

  test("addSheet grafts the spec writer's sheet: styles appended, strings inline, print titles as defined names of the new sheet", async () => {
    const input = await pack(X_SHEET);
    const spec = {
      name: "Asetukset",
      cells: [
        { row: 1, col: 1, value: "Asetus", bold: true },
        { row: 2, col: 1, value: "Keltainen raja", fill: "FFC000" },
        { row: 2, col: 2, value: 10, numFmt: "0.0 %" },
      ],
      page: { repeatRows: [1, 1] as [number, number] },
    };
    const out = (await editPackage(input, [{ kind: "addSheet", spec }], { writeSheet: (s) => toBytes(workbookOf({ sheets: [s] })) }))!;
    const pkg = openZip(out);
    expect(pkg.entries.map((e) => e.name)).toContain("xl/worksheets/sheet2.xml");
    for (const e of pkg.entries) expect([e.name, xmlProblem((await readText(pkg, e.name))!)]).toEqual([e.name, null]);
    const wb = await part(out, "xl/workbook.xml");
    expect(wb).toContain(`<sheet name="Asetukset" sheetId="2" r:id="rId3"/>`);
    expect(wb).toContain(`<definedName name="Alue">Taul1!$A$2:$A$9</definedName>`);
    expect(wb).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">/);
    expect(await part(out, "[Content_Types].xml")).toContain(`PartName="/xl/worksheets/sheet2.xml"`);
    const xml = await part(out, "xl/worksheets/sheet2.xml");
    expect(xml).toContain(`t="inlineStr"><is><t>Keltainen raja</t></is>`);
    expect(xml).not.toContain(`t="s"`);
    // The input's own sheet and styles entries before the appended ones are untouched.
    expect(await part(out, "xl/worksheets/sheet1.xml")).toBe(X_SHEET);
  });
});

describe("insertRow", () => {
  const sheet = `<?xml version="1.0"?><worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1:C4"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tavoite</t></is></c></row><row r="2" ht="30" customHeight="1"><c r="A2" s="1"><v>1</v></c><c r="B2"><f>A2+A3</f><v>3</v></c></row><row r="3"><c r="A3" s="1"><v>2</v></c></row><row r="4"><c r="A4"><f>SUM(A2:A3)+Taul1!A3+$A$3</f><v>3</v></c><c r="C4"><f>LOG10(100)&amp;"A3"</f><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="B3:C4"/></mergeCells><conditionalFormatting sqref="A2:A4"><cfRule type="expression" priority="1"><formula>A2&gt;1</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="C2:C4"><formula1>$A$3:$A$4</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A4" location="Taul1!A3"/></hyperlinks><rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks></worksheet>`;

  test("rows below move down with their cells, merges, formats, validations, links, breaks, formulas and defined names", async () => {
    const out = (await editPackage(await pack(sheet), [{ kind: "insertRow", sheet: "Taul1", row: 3, cells: [{ col: 1, value: "Uusi" }] }]))!;
    const xml = await part(out, "xl/worksheets/sheet1.xml");
    expect(xmlProblem(xml)).toBeNull();
    expect(xml).toContain(
      `<row r="3" ht="30" customHeight="1"><c r="A3" s="1" t="inlineStr"><is><t xml:space="preserve">Uusi</t></is></c></row><row r="4"><c r="A4" s="1"><v>2</v></c></row>`,
    );
    expect(xml).toContain(`<c r="B2"><f>A2+A4</f><v>3</v></c>`);
    expect(xml).toContain(`<row r="5"><c r="A5"><f>SUM(A2:A4)+Taul1!A4+$A$4</f><v>3</v></c><c r="C5"><f>LOG10(100)&amp;"A3"</f><v>2</v></c></row>`);
    expect(xml).toContain(`<mergeCell ref="B4:C5"/>`);
    expect(xml).toContain(`<conditionalFormatting sqref="A2:A5">`);
    expect(xml).toContain(`<dataValidation type="list" sqref="C2:C5"><formula1>$A$4:$A$5</formula1>`);
    expect(xml).toContain(`<hyperlink ref="A5" location="Taul1!A4"/>`);
    expect(xml).toContain(`<brk id="4" max="16383" man="1"/>`);
    expect(xml).toContain(`<dimension ref="A1:C5"/>`);
    expect(await part(out, "xl/workbook.xml")).toContain(`<definedName name="Alue">Taul1!$A$2:$A$10</definedName>`);
  });

  test("a sheet with a table, comments or a drawing: refused, naming it, before anything is written", async () => {
    const withTable = sheet.replace("</worksheet>", `<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`);
    await expect(editPackage(await pack(withTable), [{ kind: "insertRow", sheet: "Taul1", row: 3, cells: [] }])).rejects.toMatchObject({ feature: "table" });
    const withComments = sheet.replace("</worksheet>", `<legacyDrawing r:id="rId1"/></worksheet>`);
    const e = await editPackage(await pack(withComments), [{ kind: "insertRow", sheet: "Taul1", row: 3, cells: [] }]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EditRefused);
    expect((e as EditRefused).text("en")).toBe(
      "The change was not made, so that nothing is lost: sheet Taul1 has comments that inserting a row cannot move along.",
    );
  });

  test("a shared formula across the new row: refused", async () => {
    const shared = sheet.replace(`<c r="B2"><f>A2+A3</f>`, `<c r="B2"><f t="shared" ref="B2:B4" si="0">A2+A3</f>`);
    await expect(editPackage(await pack(shared), [{ kind: "insertRow", sheet: "Taul1", row: 3, cells: [] }])).rejects.toMatchObject({
      feature: "sharedFormula",
    });
  });
});
