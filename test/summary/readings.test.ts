// Issue 17's summary items, each of which a controller would catch: the city-wide fill rate says
// which units it covers and names the ones it leaves out; units of the same name are told apart by
// file; an actual written in words is shown in words, not as "–".
import { summaryReport } from "../../src/cli/summary";
import type { CellValue } from "../../src/domain/snapshot";
import { combineUnits, summariseUnit, type UnitPart } from "../../src/domain/summary";
import { coveredText, elativeFi } from "../../src/domain/summary-text";
import { coverageLine, summaryWorkbook } from "../../src/domain/summary-workbook";
import type { SpecSheet } from "../../src/domain/template/spec";
import { book } from "../fixtures/seeds";

const HEAD = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–9 kk", "Arviointi 1–12 kk"];
const MADE = { at: "2026-01-05T10:00", inputs: ["yksikot/"] };

/** A unit workbook with one goal row and, where places are given, a fill-rate sheet of two months. */
function unitBook(name: string, fill: "places" | "rates" | "none", actual: CellValue = "4,2") {
  const goals: CellValue[][] = [["Asiakkaat ovat tyytyväisiä", "Päällikkö", "Kysely", "Vähintään 4", null, actual]];
  // Monthly rates written in a goal row's actual (as seed 001 does): rates without places.
  if (fill === "rates")
    goals.push(["Täyttöaste on tavoitteen mukainen", "Päällikkö", "Täyttöaste", "Vähintään 100 % täyttöaste", null, "tammi 95 % helmi 97 %"]);
  const sheets: Array<[string, CellValue[][]]> = [["Tavoitteet", [["PALVELUTUOTANTOSOPIMUS 2025"], [`Tulosyksikkö: ${name}`], [], HEAD, ...goals]]];
  const head = ["Kuukausi", "Paikat", "Lapset (painotettu)", "Täyttöaste %"];
  if (fill === "places") sheets.push(["Täyttöaste", [["Täyttöaste 2025"], [], head, ["tammi", 100, 95, null], ["helmi", 100, 97, null]]]);
  return book(...sheets);
}

const DISTRICTS = ["Keskusta", "Hirvensalo", "Runosmäki", "Varissuo", "Halinen", "Maaria", "Paattinen", "Kaerla", "Pansio", "Lauste", "Uittamo"];

function city(): UnitPart[] {
  const parts = DISTRICTS.map((d) => summariseUnit(`yksikot/${d.toLowerCase()}.xlsx`, unitBook(d, "places"), "fi"));
  parts.push(summariseUnit("yksikot/nummi.xlsx", unitBook("Nummi", "none"), "fi"));
  return parts;
}

const cellsOf = (sheet: SpecSheet) => sheet.cells.map((c) => String(c.value ?? ""));
/** A sheet of the summary workbook by its Finnish name (the Riskit sheet comes and goes with projections). */
const sheetNamed = (wb: { sheets: SpecSheet[] }, name: string) => wb.sheets.find((x) => x.name === name)!;

describe("the city-wide fill rate says how many units it covers", () => {
  test("in the report: '11 yksikköä 12:sta; Nummi: ei täyttöastetietoja', in Finnish, Swedish and English", () => {
    const s = combineUnits(city(), []);
    expect(summaryReport(s, "fi")).toContain("Täyttöaste koko kaupungissa (paikoilla painotettu): 96 % · 11 yksikköä 12:sta; Nummi: ei täyttöastetietoja\n");
    expect(summaryReport(s, "sv")).toContain(" · 11 av 12 enheter; Nummi: inga uppgifter om fyllnadsgrad\n");
    expect(summaryReport(s, "en")).toContain(" · 11 of 12 units; Nummi: no fill-rate figures\n");
  });

  test("units giving rates without places are named with that reason, and the workbook says the same", () => {
    const parts = city();
    parts.push(summariseUnit("yksikot/skanssi.xlsx", unitBook("Skanssi", "rates"), "fi"));
    const s = combineUnits(parts, []);
    expect(coverageLine(s, "fi")).toBe("11 yksikköä 13:sta; Nummi: ei täyttöastetietoja; Skanssi: vain täyttöasteet ilman paikkamääriä");
    const wb = summaryWorkbook(s, "fi", MADE);
    expect(cellsOf(sheetNamed(wb, "Täyttöaste"))).toContain(`Koko kaupunki, paikoilla painotettu: ${coverageLine(s, "fi")}`);
    expect(cellsOf(sheetNamed(wb, "Yksiköt")).some((t) => t.includes("Täyttöaste %: 11 yksikköä 13:sta"))).toBe(true);
  });

  test("the Finnish count is inflected as it is read aloud", () => {
    expect([1, 2, 4, 6, 9, 10, 11, 12, 19, 20, 21, 40, 100, 112, 1000].map((n) => `${n}:${elativeFi(n)}`)).toEqual([
      "1:stä",
      "2:sta",
      "4:stä",
      "6:sta",
      "9:stä",
      "10:stä",
      "11:sta",
      "12:sta",
      "19:sta",
      "20:stä",
      "21:stä",
      "40:stä",
      "100:sta",
      "112:sta",
      "1000:sta",
    ]);
    expect(coveredText(1, 1, "fi")).toBe("1 yksikkö 1:stä");
    expect(coveredText(1, 1, "en")).toBe("1 of 1 unit");
  });
});

test("units of the same name are told apart by file on the fill-rate sheet and in the coverage line", () => {
  const parts = [
    summariseUnit("pohjoinen/keskusta.xlsx", unitBook("Keskusta", "places"), "fi"),
    summariseUnit("etela/keskusta.xlsx", unitBook("Keskusta", "places"), "fi"),
    summariseUnit("a/nummi.xlsx", unitBook("Nummi", "none"), "fi"),
    summariseUnit("b/nummi.xlsx", unitBook("Nummi", "none"), "fi"),
  ];
  const s = combineUnits(parts, []);
  const fill = cellsOf(sheetNamed(summaryWorkbook(s, "fi", MADE), "Täyttöaste"));
  expect(fill).toContain("Keskusta (pohjoinen/keskusta.xlsx)");
  expect(fill).toContain("Keskusta (etela/keskusta.xlsx)");
  expect(coverageLine(s, "fi")).toBe("2 yksikköä 4:stä; Nummi (a/nummi.xlsx), Nummi (b/nummi.xlsx): ei täyttöastetietoja");
});

test("an actual written in words is shown in words on the Tavoitteet sheet, not as '–'", () => {
  const words = "Malli käytössä kaikissa ryhmissä";
  const part = summariseUnit("k.xlsx", unitBook("Keskusta", "none", words), "fi");
  expect(part.goals[0]).toMatchObject({ actual: null, actualText: words });
  const goals = sheetNamed(summaryWorkbook(combineUnits([part], []), "fi", MADE), "Tavoitteet");
  const actualCol = goals.cells.find((c) => c.row === 1 && c.value === "Toteuma")!.col;
  expect(goals.cells.find((c) => c.row === 2 && c.col === actualCol)?.value).toBe(words);
  // A figure is still a number, and an empty cell still "–".
  const figure = summariseUnit("k.xlsx", unitBook("Keskusta", "none", "4,2"), "fi");
  expect(figure.goals[0].actualText).toBeUndefined();
  const empty = summariseUnit("k.xlsx", unitBook("Keskusta", "none", null), "fi");
  expect(empty.goals[0].actualText).toBeUndefined();
  const sheet = sheetNamed(summaryWorkbook(combineUnits([figure, empty], []), "fi", MADE), "Tavoitteet");
  expect(sheet.cells.filter((c) => c.col === actualCol && c.row > 1).map((c) => c.value)).toEqual([4.2, "–"]);
});
