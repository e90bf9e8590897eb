// The strict Excel double fails where Excel fails, so that the adapter's tests catch what
// office-addin-mock lets through: unloaded reads, misshapen arrays, payloads over 5 MB, cell-edit
// mode and protected sheets. A failed sync writes nothing.
import { strictExcel } from "../../src/devtools/strict-excel";
import { library } from "../fixtures/seeds";

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: unknown) => (e as { code?: string }).code,
  );

test("a property read before load and sync throws PropertyNotLoaded", async () => {
  const { context } = strictExcel(library());
  const range = context.workbook.worksheets.getItem("Sopimus").getRange("A1:B2");
  expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  range.load("values");
  expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  await context.sync();
  expect(range.values).toHaveLength(2);
  expect(() => context.workbook.worksheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
});

test("an array whose shape differs from the range's fails at sync, and nothing is written", async () => {
  const { context, writes } = strictExcel(library());
  const ws = context.workbook.worksheets.getItem("Sopimus");
  ws.getRange("G19:G21").values = [["a"], ["b"]];
  expect(await codeOf(context.sync())).toBe("InvalidArgument");
  ws.getRange("G19:H19").formulas = [["a"], ["b"]];
  expect(await codeOf(context.sync())).toBe("InvalidArgument");
  ws.getRange("G19:G20").numberFormat = [["0"], ["0"]];
  expect(await codeOf(context.sync())).toBe("no error");
  expect(writes.map((w) => w.target)).toEqual(["G19:G20"]);
});

test("a request or a response over 5 MB fails", async () => {
  const { context, writes } = strictExcel(library());
  const ws = context.workbook.worksheets.getItem("Sopimus");
  ws.getRange("A1:A60000").values = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
  expect(await codeOf(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
  expect(writes).toEqual([]);
  const rows = Array.from({ length: 30000 }, () => Array.from({ length: 10 }, () => ({ value: "tavoite" })));
  const big = strictExcel({ unsupported: [], sheets: [{ name: "S", rows }] });
  big.context.workbook.worksheets.getItem("S").getUsedRange(true).load("values,formulas,numberFormat");
  expect(await codeOf(big.context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
});

test("in cell-edit mode every sync fails with InvalidOperationInCellEditMode", async () => {
  const { context, state } = strictExcel(library(), { cellEditMode: true });
  context.workbook.worksheets.load("items/name");
  expect(await codeOf(context.sync())).toBe("InvalidOperationInCellEditMode");
  state.cellEditMode = false;
  context.workbook.worksheets.load("items/name");
  expect(await codeOf(context.sync())).toBe("no error");
});

test("a write to a protected sheet fails; the protection is readable after load and sync", async () => {
  const { context, writes } = strictExcel(library(), { protectedSheets: ["Sopimus"] });
  const ws = context.workbook.worksheets.getItem("Sopimus");
  ws.protection.load("protected");
  await context.sync();
  expect(ws.protection.protected).toBe(true);
  ws.getRange("G19").format.fill.color = "#FF0000";
  expect(await codeOf(context.sync())).toBe("AccessDenied");
  expect(writes).toEqual([]);
});

test("payloads are counted in UTF-8 bytes, as Excel on the web's 5 MB is: 'ä' is two", async () => {
  const rows = Array.from({ length: 1000 }, () => [{ value: "ä".repeat(1000) }]);
  const { context, state } = strictExcel({ unsupported: [], sheets: [{ name: "S", rows }] });
  context.workbook.worksheets.getItem("S").getRange("A1:A1000").load("values");
  await context.sync();
  expect(state.syncs[0].response).toBeGreaterThan(2_000_000);
  const big = Array.from({ length: 2700 }, () => [{ value: "ä".repeat(1000) }]); // 2.7 million characters, 5.4 MB
  const over = strictExcel({ unsupported: [], sheets: [{ name: "S", rows: big }] });
  over.context.workbook.worksheets.getItem("S").getRange("A1:A2700").load("values");
  expect(await codeOf(over.context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
});
