// This year against last (issue 21), on hand-made summary parts: how goals and units are matched
// (case, spacing and punctuation ignored; a text repeated within a unit in order of appearance;
// units of the same name told apart by file name), the changes, and what is never guessed.
import type { Status } from "../../src/domain/parse/words";
import type { SummaryGoal, UnitPart, UnitSummary } from "../../src/domain/summary";
import { combineUnits } from "../../src/domain/summary";
import { matchKey, pointsChange, statusChange, YearMatcher, type LastYearUnit } from "../../src/domain/summary-previous";
import { summaryWorkbook } from "../../src/domain/summary-workbook";
import { readSummaryBook } from "../../src/domain/summary-book-read";
import { sheetFromValues, type WorkbookSnapshot } from "../../src/domain/snapshot";
import type { SpecSheet } from "../../src/domain/template/spec";

type Row = [goal: string, status: Status, actual?: string | null, sheet?: string];

export function part(file: string, unit: string, rows: Row[], extra: Partial<UnitSummary> = {}): UnitPart {
  const statuses = { green: 0, yellow: 0, red: 0, none: 0 };
  const goals: SummaryGoal[] = rows.map(([goal, status, actual = null, sheet = "Tavoitteet"], i) => {
    statuses[status]++;
    return { file, unit, sheet, row: 5 + i, section: null, goal, metric: "", target: "vähintään 4", actual, status, forecast: false };
  });
  const u: UnitSummary = {
    file,
    unit,
    year: 2025,
    review: 12,
    statuses,
    fillRate: null,
    fillRateTarget: null,
    privateShare: null,
    privateShareTarget: null,
    errors: 0,
    warnings: 0,
    ...extra,
  };
  return { unit: u, goals, issues: [], fillRate: null };
}

function last(file: string, unit: string, rows: Row[], extra: Partial<LastYearUnit> = {}): LastYearUnit {
  const p = part(file, unit, rows);
  return {
    file,
    unit,
    fillRate: null,
    privateShare: null,
    statuses: p.unit.statuses,
    goals: p.goals.map((g) => ({ file, unit, sheet: g.sheet, row: g.row, goal: g.goal, status: g.status, actual: g.actual })),
    ...extra,
  };
}

describe("the change", () => {
  test("better, same or worse with red < yellow < green; null where either status is none", () => {
    expect(statusChange("green", "red")).toBe("better");
    expect(statusChange("yellow", "red")).toBe("better");
    expect(statusChange("green", "yellow")).toBe("better");
    expect(statusChange("yellow", "yellow")).toBe("same");
    expect(statusChange("red", "green")).toBe("worse");
    expect(statusChange("yellow", "green")).toBe("worse");
    expect(statusChange("none", "green")).toBeNull();
    expect(statusChange("red", "none")).toBeNull();
  });

  test("fill rate and private share change in points, this year minus last, two decimals", () => {
    expect(pointsChange(98.74, 97.9)).toBe(0.84);
    expect(pointsChange(22.87, 24.1)).toBe(-1.23);
    expect(pointsChange(null, 97.9)).toBeNull();
    expect(pointsChange(98.74, null)).toBeNull();
  });
});

describe("matching", () => {
  test("goal texts match with case, spacing and punctuation ignored, but not with other words", () => {
    expect(matchKey("Lainaus  kasvaa.")).toBe(matchKey("LAINAUS kasvaa"));
    expect(matchKey("Asiakkaat ovat tyytyväisiä; (kysely)")).toBe(matchKey("asiakkaat ovat tyytyväisiä kysely"));
    expect(matchKey("Lainaus kasvaa")).not.toBe(matchKey("Lainaus kasvaa 5 %"));
    expect(matchKey("Kuljetukset toimivat")).not.toBe(matchKey("Koulukuljetukset toimivat"));
  });

  test("a text repeated within a unit (one sheet per district) matches in order of appearance", () => {
    const m = new YearMatcher([
      last("k.xlsx", "Keskusta", [
        ["Asiakastyytyväisyys paranee", "red", "3.1", "Alue 1"],
        ["Asiakastyytyväisyys paranee", "yellow", "3.7", "Alue 2"],
        ["Asiakastyytyväisyys paranee", "green", "4.4", "Alue 3"],
      ]),
    ]);
    const now = m.match(
      part("k.xlsx", "Keskusta", [
        ["Asiakastyytyväisyys paranee", "green", "4.2", "Alue 1"],
        ["Asiakastyytyväisyys paranee", "yellow", "3.8", "Alue 2"],
      ]),
    );
    expect(now.goals.map((g) => [g.sheet, g.previous, g.change])).toEqual([
      ["Alue 1", { status: "red", actual: "3.1" }, "better"],
      ["Alue 2", { status: "yellow", actual: "3.7" }, "same"],
    ]);
    // The third of last year's has no partner this year: named, never paired with another text.
    expect(m.unmatched()).toEqual({
      current: [],
      previous: [{ file: "k.xlsx", unit: "Keskusta", sheet: "Alue 3", row: 7, goal: "Asiakastyytyväisyys paranee" }],
    });
  });

  test("a goal of another unit with the same text is never taken; a unit not there last year has previous null", () => {
    const m = new YearMatcher([last("a.xlsx", "Nummi", [["Asiakkaat ovat tyytyväisiä", "green"]])]);
    const now = m.match(part("b.xlsx", "Halinen", [["Asiakkaat ovat tyytyväisiä", "green"]]));
    expect(now.unit.previous).toBeNull();
    expect(now.unit.change).toBeNull();
    expect(now.goals[0]).toMatchObject({ previous: null, change: null });
    const u = m.unmatched();
    expect(u.current.map((g) => [g.unit, g.goal])).toEqual([["Halinen", "Asiakkaat ovat tyytyväisiä"]]);
    expect(u.previous.map((g) => [g.unit, g.goal])).toEqual([["Nummi", "Asiakkaat ovat tyytyväisiä"]]);
  });

  test("units of the same name are told apart by their file name; the unit's figures and changes are its own", () => {
    const m = new YearMatcher([
      last("2024/pohjoinen/keskusta.xlsx", "Keskusta", [["Tavoite A", "red"]], { fillRate: 90, privateShare: 20 }),
      last("2024/etela/keskusta-etela.xlsx", "Keskusta", [["Tavoite A", "green"]], { fillRate: 95, privateShare: null }),
    ]);
    const south = m.match(part("2025/etela/keskusta-etela.xlsx", "Keskusta", [["Tavoite A", "yellow"]], { fillRate: 96.5, privateShare: 21 }));
    const north = m.match(part("2025/pohjoinen/keskusta.xlsx", "Keskusta", [["Tavoite A", "yellow"]], { fillRate: 89.25, privateShare: 22.5 }));
    expect(south.goals[0].change).toBe("worse");
    expect(south.unit.previous).toEqual({ fillRate: 95, privateShare: null, statuses: { green: 1, yellow: 0, red: 0, none: 0 } });
    expect(south.unit.change).toEqual({ fillRate: 1.5, privateShare: null });
    expect(north.goals[0].change).toBe("better");
    expect(north.unit.change).toEqual({ fillRate: -0.75, privateShare: 2.5 });
    expect(m.unmatched()).toEqual({ current: [], previous: [] });
  });

  test("combined, the summary carries unmatched and the units keep their previous figures", () => {
    const m = new YearMatcher([last("a.xlsx", "Nummi", [["Tavoite", "red"]])]);
    const s = combineUnits([m.match(part("a.xlsx", "Nummi", [["Tavoite", "green"]]))], []);
    s.unmatched = m.unmatched();
    expect(s.units[0].previous?.statuses.red).toBe(1);
    expect(s.goals[0].change).toBe("better");
  });
});

/** A workbook spec's sheets as the engine's snapshot (values only), as reading the written file gives them. */
function snapshotOf(sheets: SpecSheet[]): WorkbookSnapshot {
  return {
    sheets: sheets.map((s) => {
      const grid: Array<Array<string | number | null>> = [];
      for (const c of s.cells) {
        const row = (grid[c.row - 1] ??= []);
        const v = c.value;
        row[c.col - 1] = typeof v === "string" || typeof v === "number" ? v : null;
      }
      return sheetFromValues(
        s.name,
        grid.map((r) => r ?? []),
      );
    }),
    unsupported: [],
  };
}

describe("the summary workbook read back as last year's", () => {
  test.each(["fi", "sv", "en"] as const)("in %s: units with their figures, goals with their status and actual (words too), duplicates by file", (lang) => {
    const m = new YearMatcher([last("x.xlsx", "Keskusta", [["Tavoite A", "red", "3.1"]])]);
    const parts = [
      m.match(
        part(
          "a/keskusta.xlsx",
          "Keskusta",
          [
            ["Tavoite A", "green", "4.2"],
            ["Tavoite B", "none", null],
          ],
          { fillRate: 97.5, privateShare: 21.25 },
        ),
      ),
      m.match(part("b/keskusta.xlsx", "Keskusta", [["Tavoite A", "yellow", null]])),
    ];
    parts[1].goals[0].actualText = "Malli käytössä";
    const s = combineUnits(parts, []);
    s.unmatched = m.unmatched();
    const back = readSummaryBook(snapshotOf(summaryWorkbook(s, lang, { at: "2026-01-05T10:00", inputs: ["a", "b"] }).sheets));
    expect(back).not.toBeNull();
    const byFile = new Map(back!.map((u) => [u.file, u]));
    expect(byFile.get("a/keskusta.xlsx")).toMatchObject({
      unit: "Keskusta",
      fillRate: 97.5,
      privateShare: 21.25,
      statuses: { green: 1, yellow: 0, red: 0, none: 1 },
    });
    expect(byFile.get("a/keskusta.xlsx")?.goals.map((g) => [g.goal, g.status, g.actual, g.row])).toEqual([
      ["Tavoite A", "green", "4.2", 5],
      ["Tavoite B", "none", null, 6],
    ]);
    expect(byFile.get("b/keskusta.xlsx")?.goals.map((g) => [g.goal, g.status, g.actual])).toEqual([["Tavoite A", "yellow", "Malli käytössä"]]);
  });

  test("a unit workbook is not a summary workbook", () => {
    const unitBook = {
      sheets: [sheetFromValues("Tavoitteet", [["Tulosyksikkö: Keskusta"], [], ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma"]])],
      unsupported: [],
    };
    expect(readSummaryBook(unitBook)).toBeNull();
  });
});
