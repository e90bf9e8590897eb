import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
// Every validation code of domain.md, each with its sheet, cell and severity, on seed texts.
import { check } from "../../src/domain";
import { SEVERITY, type IssueCode } from "../../src/domain/issues";
import type { CellValue } from "../../src/domain/snapshot";
import { book, earlyChildhood, library, seed000, seed001, seed004, swedish } from "../fixtures/seeds";

const HEAD = ["Tavoite", "Keinot", "Vastuutaho", "Salkunhallinnassa mukana (K/E)", "Mittari", "Tavoitetaso", "Toteuma", "Värikoodi"];
const ROW = [
  "Asiakas saa tarpeitaan vastaavaa palvelua",
  "Palveluohjaus",
  "Tulosaluejohtaja",
  "E",
  "Asiakaspalaute",
  "Tavoitetaso 4 (asteikolla 1-5)",
  "4,3",
  null,
];
function one(rows: Array<Array<CellValue>>, extra: Array<[string, Array<Array<CellValue>>]> = []) {
  return check(book(["Tavoitteet", [HEAD, ...rows]], ...extra), "en");
}
const find = (r: { issues: Array<{ code: IssueCode; cell: string; severity: string; sheet: string }> }, code: IssueCode) =>
  r.issues.filter((i) => i.code === code);

test("a clean goal row gives no issue", () => expect(one([ROW]).issues).toEqual([]));

test("no-goal-table: no header row with goal, metric and target", () => {
  const r = check(book(["Muistio", [["Kokous 1.2.2020"], ["Asialista"]]]), "en");
  expect(r.issues).toEqual([expect.objectContaining({ code: "no-goal-table", severity: "error", sheet: "Muistio", cell: "A1" })]);
});

test("missing-column: a table without its metric column", () => {
  const r = check(
    book([
      "S",
      [
        ["Tavoite", "Tavoitetaso", "Toteuma", "Vastuutaho"],
        ["Asiakas on tyytyväinen", "4", "4,5", "Johtaja"],
      ],
    ]),
    "en",
  );
  expect(find(r, "missing-column")).toEqual([expect.objectContaining({ severity: "error", cell: "A1", message: "The table lacks a column: metric." })]);
});

test("duplicate-column: two target columns", () => {
  const r = check(
    book([
      "S",
      [
        ["Tavoite", "Mittari", "Tavoitetaso", "Tavoitetaso 2021", "Vastuutaho"],
        ["A", "M", "300 tapahtumaa", "310 tapahtumaa", "X"],
      ],
    ]),
    "en",
  );
  expect(find(r, "duplicate-column")).toEqual([expect.objectContaining({ severity: "warning", cell: "D1" })]);
});

test("missing-goal / missing-metric / missing-target, each at its cell", () => {
  const r = one([
    [null, "Keino", "X", "E", "Asiakaspalaute", "4", "4,1", null],
    ["Tavoite ilman mittaria", "Keino", "X", "E", null, "4", null, null],
    ["Muu koulu-, päiväkoti- ja neuvolayhteistyö", "Keino", "X", "E", "Ajankohtainen ohjelma keskustan alueella", null, null, null],
  ]);
  expect(find(r, "missing-goal")).toEqual([expect.objectContaining({ cell: "A2", severity: "error" })]);
  expect(find(r, "missing-metric")).toEqual([expect.objectContaining({ cell: "E3", severity: "error" })]);
  expect(find(r, "missing-target")).toEqual([expect.objectContaining({ cell: "F4", severity: "error" })]);
});

test("missing-responsible: neither its column nor the means cell's last line", () => {
  const r = one([["Tavoite", "Keino yksi.", null, "E", "Mittari", "4", "4,1", null]]);
  expect(find(r, "missing-responsible")).toEqual([expect.objectContaining({ cell: "C2", severity: "warning" })]);
  const inMeans = one([["Tavoite", "Keino yksi.\nTulosaluejohtaja", null, "E", "Mittari", "4", "4,1", null]]);
  expect(find(inMeans, "missing-responsible")).toEqual([]);
});

test("invalid-portfolio-flag: not K/E (J/N, Y/N)", () => {
  const r = one([
    ["Tavoite", "Keino", "X", "Ehkä", "Mittari", "4", "4,1", null],
    ["Toinen", "Keino", "X", "k", "Mittari", "4", "4,1", null],
  ]);
  expect(find(r, "invalid-portfolio-flag")).toEqual([
    expect.objectContaining({ cell: "D2", severity: "error", message: "The portfolio flag must be Y or N, but the cell holds “Ehkä”." }),
  ]);
});

test("invalid-number: a numeric cell that does not parse", () => {
  const r = one([["Tavoite", "Keino", "X", "E", "Mittari", "4", "4,1,5", null]]);
  expect(find(r, "invalid-number")).toEqual([expect.objectContaining({ cell: "G2", severity: "error" })]);
});

test("percent-out-of-range: a rate above 200 %", () => {
  const r = one([["Tavoite", "Keino", "X", "E", "Täyttöaste", "Vähintään 100 % täyttöaste", "250 %", null]]);
  expect(find(r, "percent-out-of-range")).toEqual([expect.objectContaining({ cell: "G2", severity: "warning" })]);
});

test("qualitative-target and no-actual are infos", () => {
  const r = one([
    ["Tavoite A", "Keino", "X", "E", "Mittari", "Toiminta on vakiintunut", null, null],
    ["Tavoite B", "Keino", "X", "E", "Mittari", "300 tapahtumaa", null, null],
  ]);
  expect(find(r, "qualitative-target")).toEqual([expect.objectContaining({ cell: "F2", severity: "info" })]);
  expect(find(r, "no-actual")).toEqual([expect.objectContaining({ cell: "G3", severity: "info" })]);
});

test("no-actual names the target level it could not compare with, in brackets, so that a direction reads as a sentence", () => {
  const r = one([["Tavoite A", "Keino", "X", "E", "Mittari", "tavoitetaso 50–70", "kysely siirtyi syksyyn", null]]);
  expect(find(r, "no-actual")).toEqual([
    expect.objectContaining({ cell: "G2", message: "The actual has no figure to compare with the target level (50–70)." }),
  ]);
});

test("invalid-status and status-mismatch", () => {
  const r = one([
    ["Tavoite A", "Keino", "X", "E", "Mittari", "300 tapahtumaa", "320", "ok"],
    ["Tavoite B", "Keino", "X", "E", "Mittari", "300 tapahtumaa", "200", "Vihreä"],
  ]);
  expect(find(r, "invalid-status")).toEqual([
    expect.objectContaining({ cell: "H2", severity: "error", message: "The status cell holds “ok”, which is not a status word (Green, Yellow, Red or –)." }),
  ]);
  expect(find(r, "status-mismatch")).toEqual([
    expect.objectContaining({
      cell: "H3",
      severity: "warning",
      message: "The status entered, Green, differs from the computed status, Red: Toteuma (G3): 200 is 100 below the target 300 (yellow if at least 270).",
    }),
  ]);
});

test("duplicate-goal: the same goal twice in one table", () => {
  const r = one([ROW, [...ROW.slice(0, 6), "4,4", null]]);
  expect(find(r, "duplicate-goal")).toEqual([
    expect.objectContaining({ cell: "A3", severity: "warning", message: "The same goal appears twice in the table (also on row 2)." }),
  ]);
});

describe("fill rate", () => {
  const fill = (rows: Array<Array<CellValue>>) =>
    one([ROW], [["Täyttöaste", [["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset", "Täyttöaste %"], ...rows]]]);
  test("fill-rate-missing-month: months up to the latest reported must be there or marked", () => {
    const r = fill([
      ["tammi", 100, 90, 10],
      ["helmi", 100, 90, 12],
      ["kesä", "ei mitattu"],
      ["huhti", 100, 95, 0],
      ["heinä", "ei mitattu"],
    ]);
    expect(find(r, "fill-rate-missing-month")).toEqual([
      expect.objectContaining({
        sheet: "Täyttöaste",
        cell: "A1",
        message: "Months are missing from the fill rate: March. If a month was not measured, write “not measured” for it.",
      }),
    ]);
  });
  test("fill-rate-zero-places: an error, not a division by zero", () => {
    const r = fill([["tammi", 0, 5, 0]]);
    expect(find(r, "fill-rate-zero-places")).toEqual([expect.objectContaining({ cell: "B2", severity: "error" })]);
  });
  test("seed 001's months give 98,74 and a yellow fill-rate goal", () => {
    const r = check(earlyChildhood(), "en");
    expect(r.fillRate?.average).toBe(98.74);
    expect(r.fillRate?.months[0]).toEqual({ month: "2012-01", places: 5000, children: 4911, rate: 98.22 });
    expect(r.goals.find((g) => g.target === "Vähintään 100 % täyttöaste")).toMatchObject({ status: "yellow", actual: "98.74", forecast: false });
  });
  test("seed 001's text series joined across the 9- and 12-month columns also give 98,74", () => {
    const r = check(seed001(), "en");
    expect(r.fillRate?.average).toBe(98.74);
    expect(r.fillRate?.months.map((m) => m.month)).toEqual(["01", "02", "03", "04", "05", "09", "10", "11", "12"]);
    // Issue 17: the reason names the deciding cell and the column whose months it joins.
    expect(r.goals.find((g) => g.target === "Vähintään 100 % täyttöaste")?.reason).toBe(
      "Arviointi 1-12 kuukaudet (G23): 98.74 % is 1.26 percentage points below the target 100 % (yellow if at least 98 %); the months together with the column Arviointi 1- 9 kuukaudet (F23)",
    );
  });
  test("a part-time child weighs 0.5 unless the settings say otherwise", () => {
    const rows = [["tammi", 100, 90, 10]];
    expect(fill(rows).fillRate?.average).toBe(95);
    const withSettings = check(
      book(
        ["Tavoitteet", [HEAD, ROW]],
        ["Täyttöaste", [["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset"], ...rows]],
        ["Asetukset", [["Osapäiväkerroin", 0.54]]],
      ),
    );
    expect(withSettings.fillRate?.average).toBe(95.4);
  });
});

describe("production split", () => {
  test("seed 000's 78,6 % gives share-mismatch (5766 / 1575 is 78,55 %)", () => {
    const r = check(seed000(), "en");
    const m = find(r, "share-mismatch");
    expect(m.map((i) => [i.cell, i.severity])).toEqual([
      ["F8", "warning"],
      ["F8", "warning"],
    ]);
    expect(r.productionShares).toEqual({ own: 5766, private: 1575, ownShare: 78.55, privateShare: 21.45, target: { own: 77, private: 23 } });
    expect(r.goals.find((g) => g.target.startsWith("yksityinen"))).toMatchObject({ status: "yellow", forecast: true });
  });
  test("seed 001's 12-month figures 5535 / 1641: 22,87 % private, green", () => {
    const r = check(seed001(), "en");
    expect(find(r, "share-mismatch")).toEqual([]);
    expect(r.productionShares).toMatchObject({ own: 5535, private: 1641, ownShare: 77.13, privateShare: 22.87 });
  });
  test("share-sum: stated shares that do not add up to 100 %", () => {
    const r = one([["Tavoite", "Keino", "X", "E", "Mittari", "yksityinen tuotanto 25 % oma tuotanto 77 %", null, null]]);
    expect(find(r, "share-sum")).toEqual([expect.objectContaining({ cell: "F2", severity: "error" })]);
  });
  test("a production table: purchased services count as private unless the settings say otherwise", () => {
    const table: [string, Array<Array<CellValue>>] = [
      "Tuotanto",
      [
        ["Tuotantotapa", "Lapsia"],
        ["Oma tuotanto", 700],
        ["Palveluseteli", 200],
        ["Ostopalvelu", 100],
      ],
    ];
    expect(one([ROW], [table]).productionShares).toMatchObject({ own: 700, private: 300, privateShare: 30 });
    const own = check(book(["Tavoitteet", [HEAD, ROW]], table, ["Asetukset", [["Ostopalvelu on yksityistä tuotantoa (K/E)", "E"]]]));
    expect(own.productionShares).toMatchObject({ own: 800, private: 200, privateShare: 20 });
  });
});

test("budget-mismatch: Netto is not Menot minus Tulot, said in words with the sums grouped", () => {
  expect(find(check(library(), "en"), "budget-mismatch")).toEqual([]);
  const r = one([ROW], [["Resurssit", [["Talousarvio TA2020"], ["Tulot", 1000], ["Menot", 1266563], ["Netto", 1266563]]]]);
  expect(find(r, "budget-mismatch")).toEqual([expect.objectContaining({ sheet: "Resurssit", cell: "B4", severity: "error" })]);
  const nbsp = "\u00a0";
  const sheets = book(
    ["Tavoitteet", [HEAD, ROW]],
    [
      "Resurssit",
      [
        ["Tulot", 1000],
        ["Menot", 1266563],
        ["Netto", 1266563],
      ],
    ],
  );
  const says = (lang: "fi" | "en") => check(sheets, lang).issues.find((i) => i.code === "budget-mismatch")?.message;
  expect(says("fi")).toBe(`Netto 1${nbsp}266${nbsp}563 ei vastaa menojen ja tulojen erotusta 1${nbsp}265${nbsp}563.`);
  expect(says("en")).toBe("Net 1,266,563 does not equal expenditure minus income, 1,265,563.");
});

test("unsupported-content: the snapshot names what the writer drops", () => {
  const snap = book(["Tavoitteet", [HEAD, ROW]]);
  const r = check({ ...snap, unsupported: ["chart"] }, "fi");
  expect(r.issues).toEqual([expect.objectContaining({ code: "unsupported-content", severity: "warning", message: expect.stringContaining("kaaviot") })]);
});

test("messages come in Finnish, Swedish and English", () => {
  const rows = [["Tavoite", "Keino", "X", "E", "Mittari", null, null, null]];
  expect(one(rows).issues[0].message).toBe("The goal has no target level.");
  const snap = book(["Tavoitteet", [HEAD, ...rows]]);
  expect(check(snap, "fi").issues[0].message).toBe("Tavoitteelta puuttuu tavoitetaso.");
  expect(check(snap, "sv").issues[0].message).toBe("Målet saknar målnivå.");
});

describe("whole seeds", () => {
  test("seed 004: progress words, dates that are no values, 'x / y' actuals", () => {
    const r = check(seed004(), "en");
    expect(r.goals.map((g) => g.status)).toEqual(["green", "green", "green", "red", "yellow", "red"]);
  });
  test("the Swedish variant: statuses and a typed status in Swedish", () => {
    const r = check(swedish(), "sv");
    expect(r.goals.map((g) => [g.status, g.forecast])).toEqual([
      ["yellow", false],
      ["green", false],
      ["red", true],
      ["yellow", false],
      ["green", false],
    ]);
    expect(find(r, "status-mismatch").map((i) => i.cell)).toEqual(["H7"]);
    expect(r.goals[4]).toMatchObject({ manual: true });
  });
  test("seed 002: the library contract's summary", () => {
    expect(check(library(), "en").summary).toEqual({ errors: 1, warnings: 4, infos: 6, goalRows: 24, tables: 3 });
  });
});

test("every issue code of domain.md is asserted by some test", () => {
  const dir = path.join(__dirname, "..");
  const texts = ["domain", "cli", "workbook", "catalogue"]
    .flatMap((d) => readdirSync(`${dir}/${d}`).map((f: string) => readFileSync(`${dir}/${d}/${f}`, "utf8")))
    .join("\n");
  const untested = (Object.keys(SEVERITY) as IssueCode[]).filter(
    (code) => !new RegExp(`(find\\(r, |code: |\\.code\\)\\.toBe\\(|objectContaining\\(\\{ code: )"${code}"`).test(texts),
  );
  expect(untested).toEqual([]);
});
