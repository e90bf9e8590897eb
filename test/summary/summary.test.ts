// The city-wide roll-up's engine (issue 12): what one unit contributes, and the summary over all.
import { check } from "../../src/domain";
import type { CellValue } from "../../src/domain/snapshot";
import { cityFillRate, combineUnits, findUnitName, summariseUnit, weightedMonths, type UnitPart } from "../../src/domain/summary";
import { book, earlyChildhood, library, seed000 } from "../fixtures/seeds";

const HEAD = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–9 kk", "Arviointi 1–12 kk"];

/** A unit workbook: a title, optional lines above the table, goal rows, and a fill-rate sheet when months are given. */
function unit(opts: { above?: CellValue[][]; goals: CellValue[][]; months?: Array<[string, number | null, number | null, number | null]> }) {
  const goals: CellValue[][] = [["PALVELUTUOTANTOSOPIMUS 2025"], ...(opts.above ?? [[]]), [], HEAD, ...opts.goals];
  const sheets: Array<[string, CellValue[][]]> = [["Tavoitteet", goals]];
  if (opts.months) {
    sheets.push(["Täyttöaste", [["Täyttöaste 2025"], [], ["Kuukausi", "Paikat", "Lapset (painotettu)", "Täyttöaste %"], ...opts.months.map((m) => [...m])]]);
  }
  return book(...sheets);
}

const FILL_GOAL = ["Täyttöaste on tavoitteen mukainen", "Päällikkö", "Täyttöaste", "Vähintään 100 % täyttöaste", null, null];

describe("the unit's name", () => {
  test("is read from a Tulosyksikkö: line above the tables", () => {
    const s = unit({
      above: [["Tulosyksikkö: Keskustan varhaiskasvatus"]],
      goals: [["Asiakkaat ovat tyytyväisiä", "Päällikkö", "Kysely", "Vähintään 4", null, "4,2"]],
    });
    expect(summariseUnit("yksikot/keskusta.xlsx", s, "fi").unit.unit).toBe("Keskustan varhaiskasvatus");
  });

  test("is read from the cell right of a bare Yksikkö: label, and in Swedish from Resultatenhet:", () => {
    const fi = unit({ above: [["Yksikkö:", "Runosmäki"]], goals: [["Asiakkaat ovat tyytyväisiä", "Päällikkö", "Kysely", "Vähintään 4", null, "4,2"]] });
    expect(findUnitName(fi)).toBe("Runosmäki");
    const sv = unit({ above: [["Resultatenhet: Åbo centrum"]], goals: [["Kunderna är nöjda", "Chef", "Enkät", "Minst 4", null, "4,2"]] });
    expect(findUnitName(sv)).toBe("Åbo centrum");
  });

  test("is the file name without its extension when the workbook names no unit (or leaves the line empty)", () => {
    const s = unit({ above: [["Tulosyksikkö:"]], goals: [["Asiakkaat ovat tyytyväisiä", "Päällikkö", "Kysely", "Vähintään 4", null, "4,2"]] });
    expect(summariseUnit("yksikot/Halinen 2025.xlsx", s, "fi").unit.unit).toBe("Halinen 2025");
  });

  test("is not taken from a goal row below the header", () => {
    const s = unit({ goals: [["Yksikkö: tämä on tavoiteteksti", "Päällikkö", "Kysely", "Vähintään 4", null, "4,2"]] });
    expect(summariseUnit("a/b/c.xlsx", s, "fi").unit.unit).toBe("c");
  });
});

describe("one unit", () => {
  test("the sample's figures are the engine's: statuses as refresh counts them, errors as validate counts them", () => {
    for (const [file, snap] of [
      ["varhaiskasvatus.xlsx", earlyChildhood()],
      ["kirjasto.xlsx", library()],
      ["seed000.xlsx", seed000()],
    ] as const) {
      const report = check(snap, "fi");
      const part = summariseUnit(file, snap, "fi");
      const counts = { green: 0, yellow: 0, red: 0, none: 0 };
      for (const g of report.goals) counts[g.status]++;
      expect(part.unit.statuses).toEqual(counts);
      expect([part.unit.errors, part.unit.warnings, part.unit.goalRows]).toEqual([report.summary.errors, report.summary.warnings, report.summary.goalRows]);
      expect(part.goals.map((g) => [g.sheet, g.row, g.status, g.actual, g.forecast])).toEqual(
        report.goals.map((g) => [g.sheet, g.row, g.status, g.actual, g.forecast]),
      );
      expect(part.issues.map((i) => i.code)).toEqual(report.issues.map((i) => i.code));
      expect(part.issues.every((i) => i.file === file && i.unit === part.unit.unit)).toBe(true);
    }
  });

  test("the early-childhood sample: fill rate and private share with their targets, year, 12-month review, sections and metrics", () => {
    const part = summariseUnit("varhaiskasvatus.xlsx", earlyChildhood(), "fi");
    const u = part.unit;
    expect([u.year, u.review, u.fillRate, u.fillRateTarget, u.privateShare, u.privateShareTarget]).toEqual([2012, 12, 98.74, 100, 22.87, 23]);
    expect([u.own, u.private]).toEqual([5535, 1641]);
    const fill = part.goals.find((g) => g.target.startsWith("Vähintään 100 %"));
    expect(fill?.section).toContain("Toiminnan tehostaminen");
    expect(fill?.metric).not.toBe("");
    expect(part.fillRate?.months.map((m) => m.month)).toEqual([
      "2012-01",
      "2012-02",
      "2012-03",
      "2012-04",
      "2012-05",
      "2012-09",
      "2012-10",
      "2012-11",
      "2012-12",
    ]);
    expect(part.fillRate?.months[0]).toEqual({ month: "2012-01", places: 5000, children: 4911, rate: 98.22 });
  });

  test("a section title standing above the first header (seed 001's layout) is the section of the rows under it; a contract title is not", () => {
    const s = book([
      "Tavoitteet",
      [
        ["PALVELUTUOTANTOSOPIMUS 2025"],
        ["Tulosyksikkö: Keskusta"],
        ["Perusresurssien turvaaminen"],
        HEAD,
        ["Asiakkaat ovat tyytyväisiä", "P", "Kysely", "Vähintään 4", null, "4,2"],
        ["Toiminnan tehostaminen"],
        HEAD,
        ["Täyttöaste on hyvä", "P", "Täyttöaste", "Vähintään 100 %", null, "99 %"],
      ],
    ]);
    expect(summariseUnit("k.xlsx", s, "fi").goals.map((g) => [g.row, g.section])).toEqual([
      [5, "Perusresurssien turvaaminen"],
      [8, "Toiminnan tehostaminen"],
    ]);
    const titled = book(["Tavoitteet", [["PALVELUTUOTANTOSOPIMUS 2025"], HEAD, ["Asiakkaat ovat tyytyväisiä", "P", "Kysely", "Vähintään 4", null, "4,2"]]]);
    expect(summariseUnit("k.xlsx", titled, "fi").goals[0].section).toBeNull();
  });

  test("with only the 9-month review written, the review is 9 and the statuses are forecasts", () => {
    const part = summariseUnit("seed000.xlsx", seed000(), "fi");
    expect(part.unit.review).toBe(9);
    expect(part.goals.some((g) => g.forecast)).toBe(true);
  });

  test("with no review written yet, the review is null", () => {
    const s = unit({ goals: [["Asiakkaat ovat tyytyväisiä", "Päällikkö", "Kysely", "Vähintään 4", null, null]] });
    expect(summariseUnit("uusi.xlsx", s, "fi").unit.review).toBeNull();
  });
});

function fillUnit(file: string, months: Array<[string, number | null, number | null, number | null]>): UnitPart {
  return summariseUnit(file, unit({ above: [[`Tulosyksikkö: ${file}`]], goals: [FILL_GOAL], months }), "fi");
}

describe("the city-wide fill rate", () => {
  test("is weighted by places: children summed over places summed, not a mean of the units' rates", () => {
    // A small unit at 90 % and a large one at 99 %: the city is at 98.1 %, not at (90 + 99) / 2 = 94.5 %.
    const small = fillUnit("pieni", [["tammi", 100, 90, null]]);
    const large = fillUnit("suuri", [["tammi", 900, 891, null]]);
    expect(small.unit.fillRate).toBe(90);
    expect(large.unit.fillRate).toBe(99);
    const s = combineUnits([small, large], []);
    expect(s.fillRates.mean).toEqual([{ month: "2025-01", places: 1000, children: 981, rate: 98.1 }]);
    expect(cityFillRate(s.fillRates.mean)).toBe(98.1);
  });

  test("a month without places is left out, not counted as 0; a month no unit gives places for has no rate", () => {
    const a = fillUnit("a", [
      ["tammi", 100, 95, null],
      ["helmi", 100, 97, null],
    ]);
    // Units b and c give only monthly rates in their goal row (as seed 001 does), no places.
    const rates = (actual: string) => unit({ goals: [[...FILL_GOAL.slice(0, 5), actual]] });
    const b = summariseUnit("b", rates("tammi 80 % helmi 81 %"), "fi");
    expect(b.fillRate?.months[0]).toEqual({ month: "2025-01", places: null, children: null, rate: 80 });
    const c = summariseUnit("c", rates("maalis 101 % huhti 99 %"), "fi");
    const mean = weightedMonths([a.fillRate!, b.fillRate!, c.fillRate!]);
    expect(mean).toEqual([
      { month: "2025-01", places: 100, children: 95, rate: 95 },
      { month: "2025-02", places: 100, children: 97, rate: 97 },
      { month: "2025-03", places: 0, children: 0, rate: null },
      { month: "2025-04", places: 0, children: 0, rate: null },
    ]);
    expect(cityFillRate(mean)).toBe(96);
  });
});

describe("combining units", () => {
  const ok = (name: string) =>
    summariseUnit(`${name}.xlsx`, unit({ above: [[`Tulosyksikkö: ${name}`]], goals: [["Tyytyväisyys", "P", "Kysely", "Vähintään 4", null, "4,5"]] }), "fi");
  const yellow = (name: string) =>
    summariseUnit(`${name}.xlsx`, unit({ above: [[`Tulosyksikkö: ${name}`]], goals: [["Tyytyväisyys", "P", "Kysely", "Vähintään 4", null, "3,8"]] }), "fi");
  const red = (name: string) =>
    summariseUnit(`${name}.xlsx`, unit({ above: [[`Tulosyksikkö: ${name}`]], goals: [["Tyytyväisyys", "P", "Kysely", "Vähintään 4", null, "2"]] }), "fi");
  const broken = (name: string) =>
    summariseUnit(`${name}.xlsx`, unit({ above: [[`Tulosyksikkö: ${name}`]], goals: [["Tyytyväisyys", "P", "Kysely", null, null, "4,5"]] }), "fi");

  test("units needing attention come first: errors, then red, then yellow rows, then by name", () => {
    const s = combineUnits([ok("Aura"), yellow("Böle"), red("Ceres"), broken("Duo"), ok("Alku")], []);
    expect(s.units.map((u) => u.unit)).toEqual(["Duo", "Ceres", "Böle", "Alku", "Aura"]);
    // Goal rows follow the units' order.
    expect(s.goals.map((g) => g.unit)).toEqual(["Duo", "Ceres", "Böle", "Alku", "Aura"]);
  });

  test("issues come errors first, then warnings, then infos, each naming its file and unit", () => {
    const s = combineUnits([ok("Aura"), broken("Duo"), summariseUnit("kirjasto.xlsx", library(), "fi")], []);
    const order = { error: 0, warning: 1, info: 2 };
    const ranks = s.issues.map((i) => order[i.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(s.issues[0]).toMatchObject({ severity: "error", file: expect.any(String), unit: expect.any(String) });
    expect(new Set(s.issues.map((i) => i.severity))).toEqual(new Set(["error", "warning", "info"]));
  });

  test("totals add up the units' statuses, errors and warnings, and count the unreadable files", () => {
    const parts = [ok("Aura"), yellow("Böle"), red("Ceres"), broken("Duo")];
    const s = combineUnits(parts, [{ file: "rikki.xlsx", reason: "tiedosto on vioittunut" }]);
    const sum = (f: (p: UnitPart) => number) => parts.reduce((a, p) => a + f(p), 0);
    expect(s.totals).toEqual({
      units: 4,
      green: sum((p) => p.unit.statuses.green),
      yellow: sum((p) => p.unit.statuses.yellow),
      red: sum((p) => p.unit.statuses.red),
      none: sum((p) => p.unit.statuses.none),
      unreadable: 1,
      errors: sum((p) => p.unit.errors),
      warnings: sum((p) => p.unit.warnings),
    });
    expect([s.totals.green, s.totals.yellow, s.totals.red]).toEqual([1, 1, 1]);
    expect(s.unreadable).toEqual([{ file: "rikki.xlsx", reason: "tiedosto on vioittunut" }]);
  });
});
