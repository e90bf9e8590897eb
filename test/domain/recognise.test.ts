// Goal tables found by their header words: any row, any order, repeated per section, fi/sv/en.
import { headerForm, matchHeader, phraseIndex, GOAL_HEADERS } from "../../src/domain/recognise/headers";
import { findTables } from "../../src/domain/recognise/tables";
import { cellAt, cellText, sheetFromValues } from "../../src/domain/snapshot";
import { check } from "../../src/domain";
import { library, seed000, seed001, swedish } from "../fixtures/seeds";

const index = phraseIndex(GOAL_HEADERS);
/** The key a lone header gets; a review column's role comes from the period it names. */
const key = (text: string) => {
  const m = matchHeader(text, index);
  if (m?.key !== "review") return m?.key;
  return m.periodEnd !== undefined && m.periodEnd < 12 ? "interim" : "actual";
};

describe("header words", () => {
  test.each([
    ["OPTS:n tavoite", "goal"],
    ["Tulosyksikön projekti tai toimenpide tavoitteen \nsaavuttamiseksi", "goal"],
    ["Kuvaus keinoista ta-\nvoitteen saavuttami-\nseksi", "means"],
    ["Vastuu- ja yhteistyötahot", "responsible"],
    ["Salkun-\nhallinnassa \nmukana \n(K/E)", "portfolio"],
    ["Mittari tavoitteen \ntoteutumisen \nseurataan", "metric"],
    ["Tavoitteen toteutumista kuvaava mittari", "metric"],
    ["Perustoiminnan toteutumista kuvaava mittari", "metric"],
    ["Tavoitetaso", "target"],
    ["Mittarin tavoitetaso 2020", "target"],
    ["Resurssitarve", "resources"],
    ["Arviointi 1 -  9kuukaudet", "interim"],
    ["Arviointi 1–9 kk", "interim"],
    ["Arviointi 1-12 kuukaudet", "actual"],
    ["Toteuma", "actual"],
    ["Väri-\nkoodi", "status"],
    ["Eteneminen", "progress"],
    ["SPS:n strategiset tavoitteet", "section"],
    ["Målnivå 2021", "target"],
    ["Färgkod", "status"],
    ["Mätare", "metric"],
    ["Target level", "target"],
    ["Portfolio (Y/N)", "portfolio"],
    ["Tavoitearvo 2021", "target"],
    ["Vastuuhenkilöt", "responsible"],
    ["Indikaattori", "metric"],
    ["Väliarviointi", "interim"],
    ["Arviointi 1–8 kk", "interim"],
    ["Toteutuma", "actual"],
    ["Toteuma 1-8/2025", "interim"],
    ["Toteuma 1–8/2025", "interim"],
    ["Toteuma 1-8 kk", "interim"],
    ["Tilanne 30.9.2025", "interim"],
    ["Tilanne 30.9.", "interim"],
    ["Toteuma 1–12/2025", "actual"],
    ["Toteutunut 31.12.2025", "actual"],
    ["Menestystekijä", "goal"],
    ["Kriittinen menestystekijä", "goal"],
    ["Näkökulma", "section"],
    ["Tietolähde", "source"],
    ["Framgångsfaktor", "goal"],
    ["Success factor", "goal"],
    ["TEKEMÄTTÄ", "progressTodo"],
    ["TEKEILLÄ", "progressDoing"],
    ["TEHTY", "progressDone"],
  ])("%j is %s", (text, k) => expect(key(text)).toBe(k));

  test("a year or a date is kept apart", () => {
    expect(headerForm("Toteutunut \n31.12.2020")).toEqual({ text: "toteutunut", year: 2020, hasDate: true, periodEnd: 12 });
    expect(headerForm("Toteutunut 2019")).toEqual({ text: "toteutunut", year: 2019, hasDate: false });
  });

  test("a sentence in a goal row is no header", () => {
    expect(key("Palveluohjauksella asiakas ohjataan tarvetta vastaavan palvelun piiriin")).toBeUndefined();
  });
});

describe("seed 001: sections and repeated headers in one sheet", () => {
  const t = findTables(seed001().sheets[0]).goalTables;
  test("four tables, one per section, 13 goal rows", () => {
    expect(t).toHaveLength(4);
    expect(t.map((x) => x.rows.length)).toEqual([5, 3, 3, 2]);
  });
  test("columns by header words; the responsible party lives in the means cell", () => {
    expect(t[0].columns).toEqual({ goal: 1, means: 2, metric: 3, target: 4, resources: 5, interim: 6, actual: 7 });
    expect(check(seed001()).issues.filter((i) => i.code === "missing-responsible")).toEqual([]);
  });
  test("section title rows name each goal's section", () => {
    expect(t[2].rows[0].section).toBe(
      "Toiminnan tehostaminen – Palveluorganisaatio ja toiminnan rakenteet tukevat tehokkaasti lasten kasvatusta / Tieto- ja viestintäteknologian käytön lisääminen",
    );
  });
});

describe("seed 002: multi-line headers, two 'Toteutunut' columns", () => {
  const t = findTables(library().sheets[0]).goalTables;
  test("three tables; the later year is the actual, the earlier the baseline", () => {
    expect(t).toHaveLength(3);
    expect(t[0].columns).toEqual({ goal: 1, portfolio: 2, metric: 3, target: 4, baseline: 5, actual: 6, status: 7 });
    expect(t[1].columns.goal).toBe(1); // "Tulosyksikön toimenpiteet"
  });
  test("the resources block below ends the last table", () => {
    const last = t[2];
    const sheet = library().sheets[0];
    expect(cellText(cellAt(sheet, last.lastRow, 1))).toMatch(/^Lasten ja nuorten tiimien/);
  });
});

test("a Swedish-headed table in another column order, header on row 5", () => {
  const [t] = findTables(swedish().sheets[0]).goalTables;
  expect(t.headerRow).toBe(5);
  expect(t.lang).toBe("sv");
  expect(t.columns).toEqual({ metric: 1, goal: 2, responsible: 3, target: 4, baseline: 5, interim: 6, actual: 7, status: 8 });
});

test("a header as low as row 30 is found", () => {
  const grid: Array<Array<string | null>> = Array.from({ length: 29 }, () => []);
  grid.push(["Tavoite", "Mittari", "Tavoitetaso", "Toteuma"], ["Asiakas on tyytyväinen", "Asiakaspalaute", "Tavoitetaso 4 (asteikolla 1-5)", "4,3"]);
  const [t] = findTables(sheetFromValues("S", grid)).goalTables;
  expect(t.headerRow).toBe(30);
  expect(t.rows.map((r) => r.row)).toEqual([31]);
});

test("seed 000's nine-month review: the header split over lines is recognised", () => {
  const [t] = findTables(seed000().sheets[0]).goalTables;
  expect(t.columns).toEqual({ goal: 1, means: 2, metric: 3, target: 4, resources: 5, interim: 6 });
});
