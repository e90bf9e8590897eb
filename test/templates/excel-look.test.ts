// The pane writes a new contract through Office.js with the same look as the file: the spec's
// font on the written range, top alignment, row heights, frozen columns and the page layout.
import { newContract } from "../../src/domain/template/contract";
import { strictExcel } from "../../src/devtools/strict-excel";
import { writeEdits } from "../../src/workbook/excel";
import { pageCode } from "../../src/workbook/excel-look";
import { headerCode } from "../../src/workbook/xlsx-look";

test("a new contract through Office.js: landscape A4, one page wide, header rows repeated, print area, font and heights", async () => {
  const spec = newContract({ template: "varhaiskasvatus", year: 2027, unit: "Keskusta", lang: "fi" });
  const { context, writes } = strictExcel({ sheets: [{ name: "Taul1", rows: [] }], unsupported: [] });
  await writeEdits(
    context,
    spec.sheets.map((s) => ({ kind: "addSheet" as const, spec: s })),
    [],
  );
  for (const s of spec.sheets) {
    const ops = writes.filter((w) => w.sheet === s.name);
    const value = (op: string) => ops.find((w) => w.op === op)?.value;
    expect([s.name, value("pageLayout.orientation"), value("pageLayout.paperSize"), value("pageLayout.zoom")]).toEqual([
      s.name,
      "Landscape",
      "A4",
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
    ]);
    expect(value("pageLayout.setPrintArea()")).toEqual([s.page!.printArea]);
    expect(value("pageLayout.setPrintTitleRows()")).toEqual([`$${s.page!.repeatRows![0]}:$${s.page!.repeatRows![1]}`]);
    expect(value("pageLayout.headersFooters.defaultForAllPages.centerHeader")).toBe("Palvelutuotantosopimus 2027, Keskusta");
    expect(value("format.font.name")).toBe("Calibri");
    expect(value("format.font.size")).toBe(11);
    expect(value("format.verticalAlignment")).toBe("Top");
  }
  const goals = spec.sheets[0];
  const heights = writes.filter((w) => w.sheet === goals.name && w.op === "format.rowHeight");
  expect(heights.find((w) => w.target === "4:4")?.value).toBe(goals.heights![4]);
  expect(writes.find((w) => w.sheet === goals.name && w.op === "freezeAt")?.value).toBe(`${goals.name}!A1:B4`);
});

test("page header codes: an ampersand is doubled, page number and count become &P and &N", () => {
  expect(pageCode("Sivu {page} / {pages}")).toBe("Sivu &P / &N");
  expect(pageCode("Tulot & menot")).toBe("Tulot && menot");
  expect(headerCode("Tulot & menot {page}")).toBe("&CTulot && menot &P");
});
