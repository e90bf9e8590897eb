// The templates as a user gets them: each written workbook read back with ExcelJS prints landscape
// on A4, one page wide, with its header rows repeated and a print area; every cell with a value
// names its font and size; the result card validates with no errors; fill rate and production
// are linked to their goal rows; the settings sheet carries what each template needs.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { TemplateName } from "../../src/domain/catalogue/standard-goals";
import { check } from "../../src/domain";
import type { Lang } from "../../src/domain/i18n/lang";
import { readSettings } from "../../src/domain/settings-sheet";
import { IssueList } from "../../src/domain/issues";
import { SETTINGS_SHEET_NAMES } from "../../src/domain/settings";
import { newContract } from "../../src/domain/template/contract";
import { lineCount } from "../../src/domain/template/layout";
import { specToSnapshot } from "../../src/domain/template/spec";
import { loadXlsx, toBytes, workbookOf } from "../../src/workbook/xlsx";
import { tempDir } from "../fixtures/xlsx";
import { book } from "../fixtures/seeds";

const TEMPLATES: TemplateName[] = ["varhaiskasvatus", "kirjasto", "yleinen", "tuloskortti"];
const LANGS: Lang[] = ["fi", "sv", "en"];

async function written(template: TemplateName, lang: Lang = "fi"): Promise<ExcelJS.Workbook> {
  const bytes = await toBytes(workbookOf(newContract({ template, year: 2027, unit: "Keskusta", lang })));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe.each(TEMPLATES)("template %s", (template) => {
  test("every sheet prints landscape A4, one page wide, header rows repeated, a print area, unit and year in the page header", async () => {
    const wb = await written(template);
    for (const ws of wb.worksheets) {
      const p = ws.pageSetup;
      expect([ws.name, p.orientation, p.paperSize, p.fitToPage, p.fitToWidth, p.fitToHeight]).toEqual([ws.name, "landscape", 9, true, 1, 0]);
      expect(p.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(p.printArea).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/);
      expect(ws.headerFooter.oddHeader).toContain("2027, Keskusta");
      expect(ws.headerFooter.oddFooter).toContain("&P");
    }
  });

  test("every cell with a value names its font and size", async () => {
    const wb = await written(template);
    let cells = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === null || cell.value === undefined) return;
          cells++;
          expect([ws.name, cell.address, cell.font?.name, typeof cell.font?.size]).toEqual([ws.name, cell.address, "Calibri", "number"]);
          expect(cell.alignment?.vertical).toBe("top");
        }),
      );
    }
    expect(cells).toBeGreaterThan(20);
  });

  test.each(LANGS)("in %s: the engine reads it with no errors and every goal row has its section", (lang) => {
    const spec = newContract({ template, year: 2027, unit: "Keskusta", lang });
    const report = check(specToSnapshot(spec), lang);
    expect(report.summary.errors).toBe(0);
    const table = report.detail.tables[0];
    expect(table.columns.section).toBeDefined();
    const goals = spec.sheets[0].cells.filter((c) => c.row > table.headerRow && c.col === table.columns.goal);
    const sections = spec.sheets[0].cells.filter((c) => c.row > table.headerRow && c.col === table.columns.section && c.value);
    expect(sections).toHaveLength(goals.length);
  });
});

test("the header rows are high enough for their wrapped texts, and no header word is wider than its column", () => {
  const spec = newContract({ template: "varhaiskasvatus", year: 2027, unit: "", lang: "fi" });
  const goals = spec.sheets[0];
  const header = goals.cells.filter((c) => c.row === 4);
  for (const c of header) {
    const width = goals.widths![c.col - 1];
    const longest = Math.max(
      ...String(c.value)
        .split(/\s+/)
        .map((w) => w.length),
    );
    expect([c.value, longest <= width - 2]).toEqual([c.value, true]);
    expect(goals.heights![4]).toBeGreaterThanOrEqual(lineCount(String(c.value), width, 11, true) * 14);
  }
  const portfolio = header.find((c) => String(c.value).startsWith("Salkunhallinnassa"))!;
  expect(lineCount(String(portfolio.value), goals.widths![portfolio.col - 1], 11, true)).toBe(2);
});

test("varhaiskasvatus: the fill-rate and production goal rows take their actuals from the Täyttöaste and Tuotanto sheets", async () => {
  const spec = newContract({ template: "varhaiskasvatus", year: 2027, unit: "Keskusta", lang: "fi" });
  const formulas = spec.sheets[0].cells.filter((c) => c.formula).map((c) => c.formula!);
  expect(formulas.some((f) => f.startsWith("'Täyttöaste'!E"))).toBe(true);
  expect(formulas.some((f) => f.includes("'Tuotanto'!B"))).toBe(true);
  // Filled in, the counts give the goal rows their figures (computed here as Excel would).
  const fill = spec.sheets.find((s) => s.name === "Täyttöaste")!;
  const prod = spec.sheets.find((s) => s.name === "Tuotanto")!;
  const meanRow = fill.cells.find((c) => c.value === "Keskiarvo")!.row;
  expect(formulas).toContain(`'Täyttöaste'!E${meanRow}`);
  const ownRow = prod.cells.find((c) => c.value === "Oma tuotanto")!.row;
  expect(formulas.find((f) => f.includes("Tuotanto"))).toContain(`'Tuotanto'!B${ownRow}`);
});

test.each(LANGS)("varhaiskasvatus --lang %s: a month left out as the fill-rate note says is not reported missing", (lang) => {
  const spec = newContract({ template: "varhaiskasvatus", year: 2027, unit: "Keskusta", lang });
  const fill = spec.sheets[1];
  const note = String(fill.cells.find((c) => c.row === 2)!.value);
  const marker = /[”“](.+?)[”"]/.exec(note)?.[1];
  expect(marker).toBeDefined();
  // Every month filled in but July (the seventh month row), which carries the note's words instead.
  const header = fill.cells.find((c) => c.col === 1 && c.row > 2 && c.value !== null)!.row;
  for (let row = header + 1; row <= header + 12; row++) {
    const counts = row === header + 7 ? [marker!] : [100, 90, 20];
    counts.forEach((value, i) => fill.cells.push({ row, col: 2 + i, value }));
  }
  const codes = check(specToSnapshot(spec), lang).issues.map((i) => i.code);
  expect(codes).not.toContain("fill-rate-missing-month");
});

test.each([
  ["fi", "Talousarvio TA2027"],
  ["sv", "Budget 2027"],
  ["en", "Budget 2027"],
] as const)("the resources sheet's title in %s is %s, with no Finnish abbreviation in another language", (lang, title) => {
  const spec = newContract({ template: "yleinen", year: 2027, unit: "Keskusta", lang });
  // The resources sheet: the one whose Net is computed as expenditure less income.
  const resources = spec.sheets.find((s) => s.cells.some((c) => c.formula === "B5-B4"))!;
  expect(resources.cells.find((c) => c.row === 1)?.value).toBe(title);
});

test("the settings sheet has a title, column headers and notes, and only what the template needs", () => {
  const keysOf = (template: TemplateName) => {
    const s = newContract({ template, year: 2027, unit: "", lang: "fi" }).sheets.find((x) => x.name === "Asetukset")!;
    return { s, labels: s.cells.filter((c) => c.col === 1 && c.row > 4).map((c) => c.value) };
  };
  const early = keysOf("varhaiskasvatus");
  expect(early.labels).toContain("Osapäiväkerroin");
  expect(early.s.cells.find((c) => c.row === 1)).toMatchObject({ value: "Sopimus-lisäosan asetukset", bold: true });
  expect(early.s.cells.filter((c) => c.row === 4).map((c) => c.value)).toEqual(["Asetus", "Arvo", "Selite"]);
  for (const t of ["kirjasto", "yleinen", "tuloskortti"] as const) {
    expect(keysOf(t).labels).not.toContain("Osapäiväkerroin");
    expect(keysOf(t).labels).not.toContain("Kokopäiväkerroin");
    expect(keysOf(t).labels).toContain("Keltainen raja, prosenttiyksikköä");
  }
  // Labels are words: no "%-yksikköä", no "±".
  for (const lang of ["fi", "sv", "en"] as const) {
    const s = newContract({ template: "varhaiskasvatus", year: 2027, unit: "", lang }).sheets.find((x) => x.name === SETTINGS_SHEET_NAMES[lang])!;
    const labels = s.cells.filter((c) => c.col === 1 && c.row > 4).map((c) => String(c.value));
    expect(labels.filter((l) => /[±≥≤]|%-/.test(l))).toEqual([]);
  }
  // What the sheet says is what the engine reads: the yellow share shown as 90 % is 0.9.
  const issues = new IssueList("fi");
  const settings = readSettings(specToSnapshot({ sheets: [early.s] }), issues);
  expect(settings.countYellowFactor).toBeCloseTo(0.9);
  expect(settings.partTimeCoefficient).toBe(0.5);
  expect(issues.items).toEqual([]);
});

test("a settings sheet written by an earlier version, with the old labels, is still read", () => {
  const rows = [
    ["Sopimus-lisäosan asetukset"],
    [],
    [],
    ["Asetus", "Arvo", "Selite"],
    ["Keltainen raja, %-yksikköä", 3],
    ["Tuotantojakauma vihreä, %-yksikköä", 1.5],
    ["Tuotantojakauma keltainen, %-yksikköä", 4],
    ["Muuttumaton, ± % lähtötasosta", 2],
  ];
  const issues = new IssueList("fi");
  const settings = readSettings(book(["Asetukset", rows]), issues);
  expect([settings.percentYellowPp, settings.splitGreenPp, settings.splitYellowPp, settings.directionTolerancePct]).toEqual([3, 1.5, 4, 2]);
  expect(issues.items).toEqual([]);
  const sv = readSettings(book(["Inställningar", [["Oförändrad, ± % av utgångsläget", 5]]]), issues);
  expect(sv.directionTolerancePct).toBe(5);
});

test("kirjasto and yleinen are different contracts: a library's goals and a general unit's", () => {
  const goals = (t: TemplateName) =>
    newContract({ template: t, year: 2027, unit: "", lang: "fi" })
      .sheets[0].cells.filter((c) => c.col === 2 && c.row > 4)
      .map((c) => c.value);
  const lib = goals("kirjasto");
  const gen = goals("yleinen");
  const shared = lib.filter((g) => gen.includes(g));
  expect(shared.length).toBeLessThanOrEqual(lib.length / 2);
  expect(lib.join(" ")).toMatch(/kirjasto/i);
  expect(gen.join(" ")).not.toMatch(/kirjasto/i);
});

describe("tuloskortti", () => {
  test.each(LANGS)("in %s: the four classic perspectives, and the card's columns", (lang) => {
    const spec = newContract({ template: "tuloskortti", year: 2027, unit: "", lang });
    const report = check(specToSnapshot(spec), lang);
    const c = report.detail.tables[0].columns;
    for (const key of ["section", "goal", "metric", "source", "target", "actual", "status"] as const) expect([key, c[key]]).toEqual([key, expect.any(Number)]);
    const perspectives = new Set(spec.sheets[0].cells.filter((x) => x.col === 1 && x.row > 4).map((x) => x.value));
    expect(perspectives.size).toBe(4);
  });

  test("sopimus new --template tuloskortti writes a card that sopimus validate reads with no errors", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "kortti.xlsx");
    const io = { out: () => undefined, err: () => undefined, tty: false };
    expect(await main(["new", file, "--template", "tuloskortti", "--year", "2027", "--unit", "Keskusta"], io)).toBe(0);
    let out = "";
    const code = await main(["validate", file, "--json"], { ...io, out: (s: string) => (out += s) });
    expect(JSON.parse(out).summary).toMatchObject({ errors: 0, tables: 1, goalRows: 8 });
    expect(code).toBe(0);
    const report = check((await loadXlsx(await fs.readFile(file))).snapshot);
    expect(report.detail.tables[0].sheet.name).toBe("Tuloskortti");
  });
});
