// Excel tables and colour scales written through Office.js (the summary workbook's Tavoitteet table
// and Täyttöaste colour scale), on the strict Excel double, which refuses what Excel refuses.
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { combineUnits, summariseUnit } from "../../src/domain/summary";
import { summaryWorkbook } from "../../src/domain/summary-workbook";
import { specToSnapshot, type SpecSheet } from "../../src/domain/template/spec";
import { ExcelError, scaleProblem, strictExcel, validTableName } from "../../src/devtools/strict-excel";
import { unitWorkbook } from "../../src/scripts/bench-summary";
import { REQUEST_BUDGET, SCALE_COLOURS, workbookNames, writeEdits } from "../../src/workbook/excel";

const open: WorkbookSnapshot = { unsupported: [], sheets: [{ name: "Taul1", rows: [[{ value: "x" }]] }] };

function goalsSheet(name: string, table: string): SpecSheet {
  return {
    name,
    cells: [
      { row: 1, col: 1, value: "Yksikkö", bold: true },
      { row: 1, col: 2, value: "Tila", bold: true },
      { row: 2, col: 1, value: "Kirjasto" },
      { row: 2, col: 2, value: "Vihreä", fill: "00B050" },
    ],
    tables: [{ name: table, range: "A1:B2" }],
  };
}

const fillSheet: SpecSheet = {
  name: "Täyttöaste",
  cells: [
    { row: 1, col: 1, value: "Yksikkö" },
    { row: 1, col: 2, value: "tammi" },
    { row: 2, col: 1, value: "Kirjasto" },
    { row: 2, col: 2, value: 98.2 },
  ],
  colourScales: [{ range: "B2:B2", low: 95, mid: 98, high: 100 }],
};

test("a spec sheet's table is added over its range with its name, after its cells, in the same sync", async () => {
  const { context, writes } = strictExcel(open);
  const syncs = await writeEdits(context, [{ kind: "addSheet", spec: goalsSheet("Tavoitteet", "Tavoitteet") }], []);
  expect(syncs).toBe(1);
  const ops = writes.filter((w) => w.sheet === "Tavoitteet").map((w) => w.op);
  expect(writes).toContainEqual({ sheet: "Tavoitteet", target: "A1:B2", op: "tables.add()", value: true });
  expect(writes).toContainEqual({ sheet: "Tavoitteet", target: "A1:B2", op: "table.name", value: "Tavoitteet" });
  // The header texts are in the cells before the table takes them as its column names.
  expect(ops.lastIndexOf("formulas")).toBeLessThan(ops.indexOf("tables.add()"));
  expect(await workbookNames(context)).toEqual({ sheets: ["Taul1", "Tavoitteet"], tables: ["Tavoitteet"] });
});

test("a colour scale is red at its low value, yellow at its middle and green at its high, by number", async () => {
  const { context, writes } = strictExcel(open);
  await writeEdits(context, [{ kind: "addSheet", spec: fillSheet }], []);
  expect(writes).toContainEqual({ sheet: "Täyttöaste", target: "B2:B2", op: "conditionalFormats.add()", value: "ColorScale" });
  expect(writes).toContainEqual({
    sheet: "Täyttöaste",
    target: "B2:B2",
    op: "colorScale.criteria",
    value: {
      minimum: { type: "Number", formula: "95", color: SCALE_COLOURS.low },
      midpoint: { type: "Number", formula: "98", color: SCALE_COLOURS.mid },
      maximum: { type: "Number", formula: "100", color: SCALE_COLOURS.high },
    },
  });
});

test("workbookNames reads the sheets' and the tables' names in one sync", async () => {
  const { context } = strictExcel(open, { tables: [{ sheet: "Taul1", name: "Oma_taulukko", range: "A1:A1" }] });
  const sync = jest.spyOn(context, "sync");
  expect(await workbookNames(context)).toEqual({ sheets: ["Taul1"], tables: ["Oma_taulukko"] });
  expect(sync).toHaveBeenCalledTimes(1);
});

describe("the double refuses what Excel refuses", () => {
  test("a table name already in the workbook, in any case: ItemAlreadyExists, and nothing of the batch is written", async () => {
    const { context, writes } = strictExcel(open, { tables: [{ sheet: "Taul1", name: "TAVOITTEET", range: "A1:A1" }] });
    await expect(writeEdits(context, [{ kind: "addSheet", spec: goalsSheet("Tavoitteet", "Tavoitteet") }], [])).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    expect(writes).toEqual([]);
  });

  test("a sheet name in use: ItemAlreadyExists", async () => {
    const { context } = strictExcel(open);
    await expect(writeEdits(context, [{ kind: "addSheet", spec: goalsSheet("taul1", "T1") }], [])).rejects.toBeInstanceOf(ExcelError);
  });

  test("table names: letters, digits, dots and underscores, no spaces, no cell reference", () => {
    expect(["Tavoitteet", "Tavoitteet_2", "_x", "Täyttöaste.2025"].filter(validTableName)).toHaveLength(4);
    expect(["Tavoitteet (2)", "2025", "A1", "R1C1", "", "x y"].filter(validTableName)).toEqual([]);
  });

  test("a colour scale's numbers must rise, and a number type needs its number", () => {
    const point = (formula?: string) => ({ type: "Number" as const, formula, color: "#FF0000" });
    expect(scaleProblem({ minimum: point("95"), midpoint: point("98"), maximum: point("100") })).toBeNull();
    expect(scaleProblem({ minimum: point("100"), midpoint: point("98"), maximum: point("95") })).toMatch(/rise/);
    expect(scaleProblem({ minimum: point(), maximum: point("95") })).toMatch(/string formula/);
  });
});

test("a 100-unit summary goes into Excel in a few syncs, each request under the 4 MB budget (it took 17, up to 4.79 MB, a range per cell)", async () => {
  const parts = [];
  for (let i = 0; i < 100; i++) parts.push(summariseUnit(`yksikko-${i}.xlsx`, specToSnapshot(unitWorkbook(i)), "fi"));
  const spec = summaryWorkbook(combineUnits(parts, []), "fi", { at: "23.11.2026", inputs: [] });
  const { context, state } = strictExcel({ unsupported: [], sheets: [{ name: "Taul1", rows: [] }] });
  const syncs = await writeEdits(
    context,
    spec.sheets.map((s) => ({ kind: "addSheet" as const, spec: s })),
    [],
  );
  expect(syncs).toBeLessThanOrEqual(4);
  for (const s of state.syncs) expect(s.request).toBeLessThan(REQUEST_BUDGET);
}, 60_000);
