// The Office.js adapter against office-addin-mock: snapshot, apply, chunking, protected sheets,
// and the number of context.sync() calls, which must not grow with the rows.
import { check, refresh } from "../../src/domain";
import { undoEdits } from "../../src/domain/edits";
import { specToSnapshot } from "../../src/domain/template/spec";
import { benchSpec } from "../../src/scripts/bench";
import { readWorkbook, writeEdits, ProtectedSheetError, selectedRow } from "../../src/workbook/excel";
import { sheetFromRange, topLeft } from "../../src/workbook/excel-cells";
import { earlyChildhood, library } from "../fixtures/seeds";
import { excelMock } from "../../src/devtools/excel-mock";

test("the snapshot read through Office.js gives the engine the same workbook", async () => {
  const snap = library();
  const { context } = excelMock(snap);
  const { snapshot, protectedSheets } = await readWorkbook(context);
  expect(protectedSheets).toEqual([]);
  expect(check(snapshot, "en").goals).toEqual(check(snap, "en").goals);
  expect(check(snapshot, "en").issues).toEqual(check(snap, "en").issues);
});

test("reading costs two syncs and writing a refresh one, at 10 and at 10,000 goal rows", async () => {
  const counts: Array<[number, number]> = [];
  for (const rows of [10, 10000]) {
    const snap = specToSnapshot(benchSpec(rows));
    const { context } = excelMock(snap);
    const sync = jest.spyOn(context, "sync");
    const { snapshot, protectedSheets } = await readWorkbook(context);
    const read = sync.mock.calls.length;
    const { edits } = refresh(snapshot);
    expect(edits.length).toBeGreaterThan(rows / 2);
    await writeEdits(context, edits, protectedSheets);
    counts.push([read, sync.mock.calls.length - read]);
  }
  expect(counts).toEqual([
    [2, 1],
    [2, 1],
  ]);
});

test("a refresh is written as whole-column ranges: labels, black text, fills grouped by colour", async () => {
  const snap = library();
  const { context, writes } = excelMock(snap);
  const { edits } = refresh(snap);
  await writeEdits(context, edits, []);
  const g = writes.filter((w) => w.target === "G19:G31");
  expect(g.find((w) => w.op === "values")?.value).toEqual(
    ["Vihreä", "Keltainen", "Punainen", "Vihreä", "Vihreä", "Punainen", "Keltainen", "Vihreä", "Punainen", "Vihreä", "Keltainen", "Vihreä", "Punainen"].map(
      (l) => [l],
    ),
  );
  expect(g.find((w) => w.op === "format.font.color")?.value).toBe("#000000");
  const fills = writes.filter((w) => w.op === "format.fill.color").map((w) => `${w.target} ${w.value}`);
  expect(fills).toContain("G21 #FF0000");
  expect(fills).toContain("G22:G23 #00B050"); // neighbours of one colour: one write
  expect(writes.filter((w) => w.op === "values").length).toBe(5); // one per run of rows, not one per cell
});

test("a new status column copies its neighbours' formats; formulas keep their number format", async () => {
  const snap = earlyChildhood();
  const { context, writes } = excelMock(snap);
  await writeEdits(context, refresh(snap).edits, []);
  expect(writes).toContainEqual({ sheet: "Tavoitteet", target: "H6", op: "copyFrom()", value: ["Tavoitteet!G6", "Formats"] });
  expect(writes).toContainEqual({ sheet: "Tavoitteet", target: "H7:H9", op: "copyFrom()", value: ["Tavoitteet!G7:G9", "Formats"] });
  expect(writes.find((w) => w.sheet === "Täyttöaste" && w.op === "formulas" && w.target === "E4:E8")?.value).toEqual([
    ['=IF(N(B4)>0,100*(C4*1+D4*0.5)/B4,"")'],
    ['=IF(N(B5)>0,100*(C5*1+D5*0.5)/B5,"")'],
    ['=IF(N(B6)>0,100*(C6*1+D6*0.5)/B6,"")'],
    ['=IF(N(B7)>0,100*(C7*1+D7*0.5)/B7,"")'],
    ['=IF(N(B8)>0,100*(C8*1+D8*0.5)/B8,"")'],
  ]);
});

test("a request past the size budget is split into several syncs", async () => {
  const snap = specToSnapshot(benchSpec(2000));
  const { context } = excelMock(snap);
  const { edits } = refresh(snap);
  const sync = jest.spyOn(context, "sync");
  const syncs = await writeEdits(context, edits, [], 10_000);
  expect(syncs).toBe(sync.mock.calls.length);
  expect(syncs).toBeGreaterThan(2);
});

test("a protected sheet: a clear refusal and nothing written", async () => {
  const snap = library();
  const { context, writes } = excelMock(snap, { protectedSheets: ["Sopimus"] });
  const read = await readWorkbook(context);
  expect(read.protectedSheets).toEqual(["Sopimus"]);
  const sync = jest.spyOn(context, "sync");
  await expect(writeEdits(context, refresh(read.snapshot).edits, read.protectedSheets)).rejects.toThrow(ProtectedSheetError);
  expect(writes).toEqual([]);
  expect(sync).not.toHaveBeenCalled();
});

test("undo writes back what the refresh overwrote", async () => {
  const snap = library();
  const { context, writes } = excelMock(snap);
  const { edits } = refresh(snap);
  await writeEdits(context, undoEdits(edits), []);
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "G31", op: "formulas", value: [["Vihreä"]] });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "G19", op: "format.fill.clear()", value: undefined });
});

test("the selected row, for inserting a goal row there", async () => {
  const { context } = excelMock(library(), { selected: { sheet: "Sopimus", row: 20 } });
  expect(await selectedRow(context)).toEqual({ sheet: "Sopimus", row: 20 });
});

describe("range data → snapshot", () => {
  test("the used range's top-left places the cells", () => {
    expect(topLeft("'Oma lehti'!$B$3:$K$40")).toEqual({ row: 3, col: 2 });
    const sheet = sheetFromRange({
      name: "S",
      address: "S!B3:C3",
      values: [["Tavoite", 0.9822]],
      formulas: [["Tavoite", 0.9822]],
      numberFormat: [["General", "0.00 %"]],
    });
    expect(sheet.rows[2]).toEqual([undefined, { value: "Tavoite" }, { value: 0.9822, numFmt: "0.00 %" }]);
  });
  test("dates are dates, white is no fill, formulas lose their '='", () => {
    const sheet = sheetFromRange({
      name: "S",
      address: "A1:C1",
      values: [[40909, "x", 98.22]],
      formulas: [[40909, "x", "=AVERAGE(B1:B2)"]],
      numberFormat: [["d.m.yyyy", "General", "0.00"]],
      fills: [["#FFFFFF", "#00B050", null]],
    });
    expect(sheet.rows[0]).toEqual([
      { value: "2012-01-01", date: true, numFmt: "d.m.yyyy" },
      { value: "x", fill: "00B050" },
      { value: 98.22, formula: "AVERAGE(B1:B2)", numFmt: "0.00" },
    ]);
  });
});
