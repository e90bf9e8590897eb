// The ExcelJS adapter: what goes in comes out, except the cells refresh owns; charts are named.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { refresh } from "../../src/domain";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { librarySample } from "../../src/samples/library";
import { applyEdits, loadXlsx, toBytes, UnreadableFile } from "../../src/workbook/xlsx";
import { inspectXlsx } from "../../src/workbook/zip-parts";
import { readSnapshot } from "../../src/workbook/package-read";
import { withChart, xlsxOf } from "../fixtures/xlsx";

async function reread(buf: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

test("the snapshot reads values, rich text with its italic tail, formulas and fills", async () => {
  const { snapshot } = await loadXlsx(await xlsxOf(earlyChildhoodSample()));
  const goals = snapshot.sheets[0];
  expect(goals.name).toBe("Tavoitteet");
  expect(goals.rows[6]?.[1]).toMatchObject({
    value: "Palveluohjauksen arviointi ja tarvetta vastaavan toimintamallin käyttöönotto\nTulosaluejohtaja",
    italicTail: "Tulosaluejohtaja",
  });
  expect(goals.rows[5]?.[0]).toMatchObject({ value: "OPTS:n tavoite", fill: "D9E1F2" });
});

test("refresh through ExcelJS keeps every cell, formula, style and merge outside the edited cells", async () => {
  const spec = librarySample();
  spec.sheets[0].merges = ["A2:D2"];
  spec.sheets[0].cells.push({ row: 60, col: 1, value: null, formula: "SUM(E19:E35)", numFmt: "0" });
  const input = await xlsxOf(spec);
  const loaded = await loadXlsx(input);
  const { edits } = refresh(loaded.snapshot);
  applyEdits(loaded.workbook, edits);
  const out = await reread(await toBytes(loaded.workbook));
  const before = await reread(input);
  const edited = new Set(edits.map((e) => `${e.sheet}!${e.row}:${e.col}`));
  let compared = 0;
  before.eachSheet((ws) => {
    const after = out.getWorksheet(ws.name)!;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (edited.has(`${ws.name}!${r}:${c}`)) return;
        const other = after.getCell(r, c);
        expect([r, c, other.value]).toEqual([r, c, cell.value]);
        expect([r, c, other.style]).toEqual([r, c, cell.style]);
        compared++;
      }),
    );
    expect(Object.keys(after.model.merges ?? {})).toEqual(Object.keys(ws.model.merges ?? {}));
  });
  expect(compared).toBeGreaterThan(150);
  expect(out.getWorksheet("Sopimus")!.getCell("A60").formula).toBe("SUM(E19:E35)");
  const status = out.getWorksheet("Sopimus")!.getCell("G31");
  expect(status.value).toBe("Punainen");
  expect(status.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } });
  expect(status.font?.color).toEqual({ argb: "FF000000" });
});

test("a new status column takes its neighbours' style", async () => {
  const loaded = await loadXlsx(await xlsxOf(earlyChildhoodSample()));
  applyEdits(loaded.workbook, refresh(loaded.snapshot).edits);
  const ws = (await reread(await toBytes(loaded.workbook))).getWorksheet("Tavoitteet")!;
  expect(ws.getCell("H6").value).toBe("Värikoodi");
  expect(ws.getCell("H6").font?.bold).toBe(true);
  expect(ws.getCell("H23").value).toBe("Keltainen");
  expect(ws.getCell("H23").alignment?.wrapText).toBe(true);
  expect(ws.getCell("G23").fill).not.toEqual(ws.getCell("H23").fill);
});

test("a status written into an unstyled cell takes its left neighbour's font name, size and vertical alignment (every font named; the label as high as the row's texts)", async () => {
  const loaded = await loadXlsx(await xlsxOf(librarySample()));
  applyEdits(loaded.workbook, refresh(loaded.snapshot).edits);
  const ws = (await reread(await toBytes(loaded.workbook))).getWorksheet("Sopimus")!;
  const [status, left] = [ws.getCell("G19"), ws.getCell("F19")];
  expect(status.value).toBe("Vihreä");
  expect(left.alignment?.vertical).toBe("top");
  expect(status.alignment?.vertical).toBe("top");
  expect(status.font).toMatchObject({ name: left.font!.name, size: left.font!.size, color: { argb: "FF000000" } });
  expect(status.font?.name).toBeTruthy();
});

describe("content ExcelJS drops", () => {
  test("a chart is named, and the workbook still loads and refreshes", async () => {
    const buf = await withChart(await xlsxOf(earlyChildhoodSample()));
    expect((await inspectXlsx(buf)).unsupported).toEqual(["chart"]);
    const loaded = await loadXlsx(buf);
    expect(loaded.snapshot.unsupported).toEqual(["chart"]);
    // The package reader reads the same cells and names nothing: the package editor keeps the chart.
    expect(await readSnapshot(buf)).toEqual({ ...loaded.snapshot, unsupported: [] });
    const { report, edits } = refresh(loaded.snapshot);
    expect(report.issues[0]).toMatchObject({ code: "unsupported-content", severity: "warning" });
    applyEdits(loaded.workbook, edits);
    const out = await reread(await toBytes(loaded.workbook));
    expect(out.getWorksheet("Tavoitteet")!.getCell("H23").value).toBe("Keltainen");
  });

  test("ExcelJS alone writes the copy without the chart: hence the warning", async () => {
    const buf = await withChart(await xlsxOf(earlyChildhoodSample()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const copy = await JSZip.loadAsync(await toBytes(wb));
    expect(Object.keys(copy.files).filter((n) => n.startsWith("xl/charts/"))).toEqual([]);
    expect(Object.keys((await JSZip.loadAsync(buf)).files)).toContain("xl/charts/chart1.xml");
  });
});

describe("unreadable files say why", () => {
  test("a zip package without a workbook part", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    await expect(loadXlsx(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toMatchObject({ reason: "noWorkbook" });
    await expect(readSnapshot(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toMatchObject({ reason: "noWorkbook" });
  });

  test.each([
    ["not a zip", Buffer.from("Tavoite;Mittari;Tavoitetaso\n"), "notZip"],
    ["an encrypted or old binary workbook", Buffer.from("d0cf11e0a1b11ae1000000000000000000", "hex"), "encrypted"],
  ])("%s", async (_, data, reason) => {
    await expect(loadXlsx(data)).rejects.toThrow(UnreadableFile);
    await expect(loadXlsx(data)).rejects.toMatchObject({ reason });
    await expect(readSnapshot(data)).rejects.toThrow(UnreadableFile);
    await expect(readSnapshot(data)).rejects.toMatchObject({ reason });
  });
});

test("a goal row inserted right under the header takes the first goal row's style, not the header's bold", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = "Tavoite";
  ws.getCell("A1").font = { bold: true };
  ws.getCell("A2").value = "Ensimmäinen";
  ws.getCell("A2").font = { italic: true };
  applyEdits(wb, [{ kind: "insertRow", sheet: "S", row: 2, cells: [{ col: 1, value: "Uusi" }], formatFrom: 3 }]);
  expect(ws.getCell("A2").value).toBe("Uusi");
  expect(ws.getCell("A2").font?.bold).toBeFalsy();
  expect(ws.getCell("A2").font?.italic).toBe(true);
});
