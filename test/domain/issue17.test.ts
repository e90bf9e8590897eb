// Issue 17: readings a controller would catch (domain.md, "Periods, several columns, and figures
// in free text"), on seed texts: seed 004 (Helsinki follow-up) typed into Excel as a controller has it.
import { check, refresh } from "../../src/domain";
import { SETTINGS_SHEET_NAMES } from "../../src/domain/settings";
import { settingCells } from "../../src/domain/settings-sheet";
import { newContract } from "../../src/domain/template/contract";
import { specToSnapshot } from "../../src/domain/template/spec";
import { readActual } from "../../src/domain/parse/actual";
import { parseTarget } from "../../src/domain/parse/target";
import type { Cell, CellValue, Merge } from "../../src/domain/snapshot";
import { book } from "../fixtures/seeds";

const pct = (v: number): Cell => ({ value: v, numFmt: "0 %" });

/** Seed 004 as typed into Excel: progress shares in three columns, an owner column. */
function seed004Typed() {
  return book([
    "TA-seuranta 2020",
    [
      ["TA-seuranta 2020 Liikkumisohjelma"],
      [],
      ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "TEKEMÄTTÄ", "TEKEILLÄ", "TEHTY", "Omistaja", "Tila"],
      [
        "IKÄIHMISET: Palvelutorien malli ja toteutuneet tapahtumat (4)",
        "Toteutetut palvelutorit",
        "4 palvelutoria",
        "Ei toteudu 2020",
        pct(1),
        pct(0),
        pct(0),
        "Tarja Loikkanen & Kirsti Laine-Hendolin",
      ],
      [
        "Mökkien, huviloiden, saunojen ja tenniskenttien myynti Varaamon kautta aloitettu",
        "Tiloja myynnissä",
        "20 kpl tiloja",
        "Mökit, huvilat ja saunat (7 kpl) 1.6.2020, tenniskentät (18 kpl) 15.6.2020",
        pct(0),
        pct(0),
        pct(1),
        "Mari Männistö",
      ],
    ],
  ]);
}

describe("seed 004 typed as a controller has it", () => {
  test("'4 palvelutoria' with 'Ei toteudu 2020' and TEKEMÄTTÄ 100 % is red, not green from the year", () => {
    const r = check(seed004Typed(), "fi");
    expect(r.goals[0]).toMatchObject({ row: 4, status: "red" });
    expect(r.goals[0].reason).not.toContain("2020");
  });
  test("'20 kpl tiloja' with two counts is green from TEHTY 100 %, with ambiguous-actual quoting the figures", () => {
    const r = check(seed004Typed(), "fi");
    expect(r.goals[1]).toMatchObject({ row: 5, status: "green" });
    const amb = r.issues.filter((i) => i.code === "ambiguous-actual");
    expect(amb).toEqual([expect.objectContaining({ code: "ambiguous-actual", cell: "D5", severity: "warning" })]);
    expect(amb[0].message).toContain("7");
    expect(amb[0].message).toContain("18");
  });
  test("'Omistaja' is read as the responsible column", () => {
    const r = check(seed004Typed(), "fi");
    expect(r.issues.filter((i) => i.code === "missing-responsible")).toEqual([]);
  });
});

describe("years in free text are never values", () => {
  const count = parseTarget("vähintään 3 tapahtumaa").target;
  test.each(["valmis 2025", "Ei toteudu 2020", "Toteutuu 2025 aikana", "Valmistuu 31.12.2025"])("'%s' gives no count", (text) => {
    const a = readActual({ value: text }, count);
    expect(a === null || a.kind === "progress" || a.kind === "phrase").toBe(true);
  });
  test("a year-like figure that counts something is a count: '2000 käyntiä'", () => {
    expect(readActual({ value: "2000 käyntiä" }, parseTarget("vähintään 1500 käyntiä").target)).toEqual({ kind: "number", value: 2000, percent: false });
  });
});

describe("negative and delayed phrases at a cell's start", () => {
  const head = ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma 1–8/2025", "Toteuma 2025", "Vastuutaho"];
  const row = (interim: CellValue, actual: CellValue): CellValue[] => [
    "Kotikäynnit toteutuvat",
    "Kotikäynnit",
    "vähintään 300 käyntiä",
    interim,
    actual,
    "Johtaja",
  ];
  test.each([
    "Ei toteudu, 320 käyntiä",
    "ei toteutunut 310",
    "Ei saavutettu: 305 käyntiä",
    "Ei aloitettu",
    "Ei käynnistynyt 400",
    "Toteutumatta 350",
    "Uppnås inte 320",
    "Not achieved, 330 visits",
    "Not started",
  ])("'%s' is red whatever figures follow", (text) => {
    const r = check(book(["Tavoitteet 2025", [head, row(null, text)]]), "fi");
    expect(r.goals[0]).toMatchObject({ status: "red", forecast: false });
  });
  test.each(["Viivästyy, 320 käyntiä", "viivästynyt 310", "Siirtyy syksyyn", "Försenad 320", "Delayed: 330"])(
    "'%s' is yellow on an interim review, red on the actual",
    (text) => {
      const interim = check(book(["Tavoitteet 2025", [head, row(text, null)]]), "fi");
      expect(interim.goals[0]).toMatchObject({ status: "yellow", forecast: true });
      const actual = check(book(["Tavoitteet 2025", [head, row(null, text)]]), "fi");
      expect(actual.goals[0]).toMatchObject({ status: "red", forecast: false });
    },
  );
});

describe("several figures of the target's kind in one actual", () => {
  const percent = parseTarget("vähintään 35 %").target;
  test("a figure marked by a result word decides: 'valittu 40 %, toteutettu 30 %' → 30", () => {
    expect(readActual({ value: "valittu 40 %, toteutettu 30 %" }, percent)).toEqual({ kind: "number", value: 30, percent: true });
    expect(readActual({ value: "planerat 40 %, utfall 30 %" }, percent)).toEqual({ kind: "number", value: 30, percent: true });
    expect(readActual({ value: "planned 40 %, total 30 %" }, percent)).toEqual({ kind: "number", value: 30, percent: true });
  });
  test("without one the actual is ambiguous: no status, never the first number", () => {
    expect(readActual({ value: "kevät 40 %, syksy 30 %" }, percent)).toEqual({ kind: "ambiguous", figures: ["40 %", "30 %"] });
    const r = check(
      book([
        "T",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Vastuutaho"],
          ["Koulutus", "Osuus", "vähintään 35 %", "kevät 40 %, syksy 30 %", "J"],
        ],
      ]),
      "en",
    );
    expect(r.goals[0].status).toBe("none");
    expect(r.issues.map((i) => i.code)).toContain("ambiguous-actual");
  });
});

/** "Toteuma 2025" merged over four quarter sub-headers; goal, metric and target merged down over both header rows. */
function quarterBand(subs: string[], q: Array<CellValue[]>) {
  const snap = book([
    "Tavoitteet",
    [
      ["Palvelutuotantosopimus 2025"],
      ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma 2025", null, null, null, "Vastuutaho"],
      [null, null, null, ...subs, null],
      ...q,
    ],
  ]);
  const merges: Merge[] = [
    { top: 2, left: 4, bottom: 2, right: 7 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
    { top: 2, left: 8, bottom: 3, right: 8 },
  ];
  snap.sheets[0].merges = merges;
  return snap;
}

describe("periods in words and several review columns", () => {
  const rows: CellValue[][] = [
    ["Asiakkaat ovat tyytyväisiä", "Asiakaskysely (1–5)", "vähintään 4,2", 3.9, 4.1, 4.41, 4.55, "Johtaja"],
    ["Hoitajia on riittävästi", "Hoitajat (htv)", "vähintään 300 htv", 280, 290, 260, null, "Johtaja"],
    ["Henkilöstö voi hyvin", "Sairauspoissaolot %", "enintään 5 %", 4.5, null, null, null, "Johtaja"],
  ];
  test.each([
    [["1. kvartaali", "2. kvartaali", "3. kvartaali", "4. kvartaali"]],
    [["Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025"]],
    [["Q1", "Q2", "Q3", "Q4"]],
    [["1. neljännes", "2. neljännes", "3. neljännes", "4. neljännes"]],
  ])("%j under a merged 'Toteuma 2025' is a header band; the latest filled period decides", (subs) => {
    const r = check(quarterBand(subs, rows), "fi");
    expect(r.detail.tables[0].headerRow).toBe(3);
    expect(r.goals.map((g) => [g.row, g.status, g.forecast])).toEqual([
      [4, "green", false],
      [5, "red", true],
      [6, "green", true],
    ]);
    expect(r.issues.filter((i) => i.code === "duplicate-column" || i.code === "unread-row")).toEqual([]);
  });
  test.each([
    ["Toteuma tammi–kesäkuu 2025", true],
    ["Toteuma tammi-kesä", true],
    ["Utfall januari–juni", true],
    ["Actual January–June", true],
    ["Toteuma 1. vuosipuolisko", true],
    ["Toteuma H1/2025", true],
    ["Utfall halvår 1", true],
    ["Toteuma 1. tertiili", true],
    ["Toteuma T2/2025", true],
    ["Toteuma kvartal 2", true],
    ["Toteuma tammi–joulukuu 2025", false],
    ["Toteuma Q4/2025", false],
    ["Toteuma H2", false],
    ["Toteuma 3. tertiili", false],
  ])("'%s' beside 'Toteuma 2024' is read (interim: %s)", (header, interim) => {
    const r = check(
      book([
        "Tavoitteet 2025",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Toteutunut 2024", header, "Vastuutaho"],
          ["Asiakkaat ovat tyytyväisiä", "Asiakaskysely", "vähintään 4", 3.9, 4.3, "Johtaja"],
        ],
      ]),
      "fi",
    );
    expect(r.goals[0]).toMatchObject({ status: "green", forecast: interim });
    expect(r.issues.filter((i) => i.code === "duplicate-column")).toEqual([]);
  });
});

describe("several target columns by year", () => {
  const grid = (title: string): Array<Array<CellValue>> => [
    [title],
    ["Tavoite", "Mittari", "Tavoitetaso 2024", "Tavoitetaso 2025", "Toteuma", "Vastuutaho"],
    ["Asiakkaat ovat tyytyväisiä", "Asiakaskysely", "vähintään 4", "vähintään 4,5", 4.3, "Johtaja"],
  ];
  test("the contract year's column decides (year from the title), no duplicate-column", () => {
    const r = check(book(["Tavoitteet", grid("Palvelutuotantosopimus 2025")]), "fi");
    expect(r.goals[0]).toMatchObject({ target: "vähintään 4,5", status: "yellow" });
    expect(r.issues.filter((i) => i.code === "duplicate-column")).toEqual([]);
  });
  test("the year in the sheet's name", () => {
    const r = check(book(["Sopimus 2024", grid("Palvelutuotantosopimus")]), "fi");
    expect(r.goals[0]).toMatchObject({ target: "vähintään 4", status: "green" });
  });
  test("else the latest target year", () => {
    const r = check(book(["Tavoitteet", grid("Palvelutuotantosopimus")]), "fi");
    expect(r.goals[0]).toMatchObject({ target: "vähintään 4,5" });
  });
});

describe("relative targets need a baseline", () => {
  const head = ["Tavoite", "Mittari", "Tavoitetaso", "Toteutunut 2024", "Toteutunut 2025", "Vastuutaho"];
  const row = (target: string, baseline: CellValue | Cell, actual: CellValue | Cell): Array<CellValue | Cell> => [
    "Poissaolot vähenevät",
    "Poissaolot",
    target,
    baseline,
    actual,
    "J",
  ];
  test.each([
    ["vähenee 10 % edellisvuodesta", 100, 90, "green"],
    ["vähenee 10 % edellisvuodesta", 100, 99, "yellow"],
    ["vähenee 10 % edellisvuodesta", 100, 100.01, "red"],
    ["kasvaa 5 %", 200, 210, "green"],
    ["kasvaa 5 %", 200, 189, "yellow"],
    ["kasvaa 5 %", 200, 188, "red"],
    ["laskee 2 %-yksikköä", pct(0.06), pct(0.04), "green"],
    ["laskee 2 %-yksikköä", pct(0.06), pct(0.055), "yellow"],
    ["laskee 2 %-yksikköä", pct(0.06), pct(0.07), "red"],
    ["minskar med 2 procentenheter", pct(0.06), pct(0.04), "green"],
    ["decreases by 2 percentage points", pct(0.06), pct(0.065), "red"],
    ["vähenee 10 %", pct(0.2), pct(0.18), "green"],
  ])("'%s' from %j: %j is %s", (target, baseline, actual, status) => {
    const r = check(book(["T", [head, row(target, baseline, actual)]]), "fi");
    expect(r.goals[0].status).toBe(status);
    expect(r.issues.filter((i) => i.code === "missing-baseline")).toEqual([]);
  });
  test("without a baseline: missing-baseline and no status", () => {
    const r = check(
      book([
        "T",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Vastuutaho"],
          ["Poissaolot vähenevät", "Poissaolot", "vähenee 10 % edellisvuodesta", 90, "J"],
        ],
      ]),
      "en",
    );
    expect(r.goals[0].status).toBe("none");
    expect(r.issues.map((i) => i.code)).toEqual(["missing-baseline"]);
    expect(r.issues.filter((i) => i.code === "missing-baseline")).toEqual([
      expect.objectContaining({ code: "missing-baseline", cell: "C2", severity: "warning" }),
    ]);
  });
});

describe("progress shares against a measured actual", () => {
  test("TEHTY 100 % but red keeps red and gets progress-conflict; TEKEMÄTTÄ 100 % but green too", () => {
    const r = check(
      book([
        "T",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "TEKEMÄTTÄ", "TEKEILLÄ", "TEHTY", "Vastuutaho"],
          ["Julkaisut mitattu", "Julkaisut", "7 kpl", "Asiakastyytyväisyys mitattu 0 / 7", pct(0), pct(0), pct(1), "J"],
          ["Tilat myynnissä", "Tilat", "20 kpl", "25 kpl", pct(1), pct(0), pct(0), "J"],
          ["Teams käytössä", "Käyttäjät", "80 %", "85 %", pct(0), pct(0), pct(1), "J"],
        ],
      ]),
      "fi",
    );
    expect(r.goals.map((g) => g.status)).toEqual(["red", "green", "green"]);
    expect(r.issues.filter((i) => i.code === "progress-conflict").map((i) => i.cell)).toEqual(["G2", "E3"]);
    expect(r.issues.filter((i) => i.code === "progress-conflict")[0]).toEqual(expect.objectContaining({ code: "progress-conflict", severity: "warning" }));
  });
});

describe("status words users already type", () => {
  const head = ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Vastuutaho", "Tila"];
  const qualitative = (typed: string): CellValue[] => ["Toimintamalli vakiintuu", "Toimintamalli", "Toiminta on vakiintunut", "Malli käytössä", "J", typed];
  test.each([
    ["Toteutuu", "green"],
    ["Toteutunut", "green"],
    ["✓", "green"],
    ["☺", "green"],
    ["Osittain", "yellow"],
    ["Osittain toteutunut", "yellow"],
    ["Kesken", "yellow"],
    ["Ei toteudu", "red"],
    ["✗", "red"],
    ["☹", "red"],
    ["Uppnås", "green"],
    ["Delvis", "yellow"],
    ["Uppnås inte", "red"],
    ["Achieved", "green"],
    ["Partly", "yellow"],
    ["Not achieved", "red"],
  ])("'%s' is kept as %s on a qualitative row", (typed, status) => {
    const r = check(book(["T", [head, qualitative(typed)]]), "fi");
    expect(r.goals[0]).toMatchObject({ status, manual: true });
    expect(r.issues.filter((i) => i.code === "invalid-status")).toEqual([]);
  });
  test("compared on a measurable row: 'Toteutuu' against a red figure is a status-mismatch", () => {
    const r = check(book(["T", [head, ["Käynnit", "Käynnit", "vähintään 300", 200, "J", "Toteutuu"]]]), "en");
    expect(r.goals[0].status).toBe("red");
    expect(r.issues.map((i) => i.code)).toEqual(["status-mismatch"]);
  });
});

describe("figures in messages use the reader's decimal separator", () => {
  test("share-mismatch says 78,6 % in Finnish and Swedish, 78.6 % in English", () => {
    const grid: CellValue[][] = [
      ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Vastuutaho"],
      [
        "Palveluseteli",
        "Tuotantojakauma",
        "yksityinen tuotanto 23 % oma tuotanto 77 %",
        "Omassa tuotannossa 5766, 77,6% Palveluseteli ja yksityinen tuki 1575, 22,4 %",
        "J",
      ],
    ];
    const msg = (lang: "fi" | "sv" | "en") => check(book(["T", grid]), lang).issues.filter((i) => i.code === "share-mismatch")[0].message;
    expect(msg("fi")).toContain("77,6 %");
    expect(msg("fi")).toContain("78,55 %");
    expect(msg("sv")).toContain("77,6 %");
    expect(msg("en")).toContain("77.6 %");
    expect(msg("en")).toContain("78.55 %");
  });
  test("percent-out-of-range says 250,5 % in Finnish", () => {
    const grid: CellValue[][] = [
      ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Vastuutaho"],
      ["Täyttöaste", "Täyttöaste", "vähintään 100 %", "250,5 %", "J"],
    ];
    const msg = (lang: "fi" | "en") => check(book(["T", grid]), lang).issues.filter((i) => i.code === "percent-out-of-range")[0].message;
    expect(msg("fi")).toContain("250,5 %");
    expect(msg("en")).toContain("250.5 %");
  });
});

describe("budget blocks anywhere on the sheet", () => {
  const goals: CellValue[][] = [
    ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Vastuutaho"],
    ["Asiakkaat ovat tyytyväisiä", "Asiakaskysely", "vähintään 4", 4.2, "J"],
    [],
    [],
  ];
  test("figures in column F under a 'TA 2025' heading: Netto −740 000 against Menot − Tulot = 730 000 is a budget-mismatch", () => {
    const r = check(
      book([
        "Sopimus",
        [
          ...goals,
          ["Talousarvio", null, null, null, null, "TA 2025"],
          ["Tulot", null, null, null, null, 270000],
          ["Menot", null, null, null, null, 1000000],
          ["Netto", null, null, null, null, "−740 000"],
        ],
      ]),
      "fi",
    );
    const m = r.issues.filter((i) => i.code === "budget-mismatch");
    expect(m).toEqual([expect.objectContaining({ code: "budget-mismatch", cell: "F8", severity: "error" })]);
    expect(m[0].message).toContain("730\u00a0000");
  });
  test("a text between the label and its figure is passed over; Toimintakate is the net", () => {
    const r = check(
      book([
        "Sopimus",
        [
          ...goals,
          ["Talousarvio 2025", "Selite", "TA 2025"],
          ["Toimintatuotot", "myyntituotot", 120000],
          ["Toimintakulut", "henkilöstö ja palvelut", 845300],
          ["Toimintakate", "", -735300],
        ],
      ]),
      "fi",
    );
    expect(r.issues.filter((i) => i.code === "budget-mismatch")).toEqual([expect.objectContaining({ code: "budget-mismatch", cell: "C8" })]);
  });
  test("a block line found but without a figure is unread-row, said as such", () => {
    const r = check(
      book(["Sopimus", [...goals, ["Talousarvio", null, "TA 2025"], ["Tulot", null, 270000], ["Menot", null, "ks. liite"], ["Netto", null, -730000]]]),
      "en",
    );
    const u = r.issues.filter((i) => i.code === "unread-row");
    expect(u).toEqual([expect.objectContaining({ code: "unread-row", cell: "A7", severity: "warning" })]);
    expect(u[0].message).toContain("Menot");
  });
});

describe("every status carries a reason naming the cell, the figure and the columns passed over", () => {
  const rows: CellValue[][] = [["Asiakkaat ovat tyytyväisiä", "Asiakaskysely (1–5)", "vähintään 4,2", 3.9, 4.1, 4.41, 4.55, "Johtaja"]];
  test.each([
    ["fi", "Q4 (G4): 4,55 täyttää tavoitteen vähintään 4,2; aiemmat sarakkeet ohitettu: Q1 (D4) 3,9; Q2 (E4) 4,1; Q3 (F4) 4,41"],
    ["sv", "Q4 (G4): 4,55 uppfyller målet minst 4,2; tidigare kolumner används inte: Q1 (D4) 3,9; Q2 (E4) 4,1; Q3 (F4) 4,41"],
    ["en", "Q4 (G4): 4.55 meets the target at least 4.2; earlier columns passed over: Q1 (D4) 3.9; Q2 (E4) 4.1; Q3 (F4) 4.41"],
  ] as const)("%s", (lang, reason) => {
    expect(check(quarterBand(["Q1", "Q2", "Q3", "Q4"], rows), lang).goals[0].reason).toBe(reason);
  });
  test("a progress share that decides is named with its cell, and the ambiguous actual it passed over", () => {
    const r = check(seed004Typed(), "fi");
    expect(r.goals[1].reason).toMatch(/^TEHTY \(G5\): eteneminen: TEHTY; aiemmat sarakkeet ohitettu: Toteuma \(D5\) ”Mökit/);
    expect(r.goals[0].reason).toBe("Toteuma (D4): toteuma alkaa sanoin ”ei toteudu”");
  });
});

describe("a new contract's fill-rate formulas use the settings sheet's coefficients", () => {
  test.each(["fi", "sv", "en"] as const)(
    "%s: each month's rate refers to the settings cells; the engine reads the same figures; a refresh leaves them",
    (lang) => {
      const spec = newContract({ template: "varhaiskasvatus", year: 2027, unit: "Keskusta", lang });
      const snap = specToSnapshot(spec);
      const settings = snap.sheets.find((s) => s.name === SETTINGS_SHEET_NAMES[lang]);
      expect(settings).toBeDefined();
      const fill = snap.sheets.find((s) => (s.rows ?? []).some((r) => r?.some((c) => typeof c?.formula === "string" && c.formula.includes("100*("))));
      const formulas = (fill?.rows ?? []).flatMap((r) =>
        (r ?? []).map((c) => c?.formula).filter((f): f is string => typeof f === "string" && f.includes("100*(")),
      );
      expect(formulas).toHaveLength(12);
      const part = settingCells(snap).partTimeCoefficient;
      expect(part).toBeDefined();
      const ref = `'${SETTINGS_SHEET_NAMES[lang]}'!$B$${part?.row}`;
      for (const f of formulas) {
        expect(f).toContain(`*${ref}`);
        expect(f).not.toMatch(/\*0\.5\b/);
      }
      expect(settings?.rows[(part?.row ?? 0) - 1]?.[1]?.value).toBe(0.5);
      const { edits } = refresh(snap, lang);
      expect(edits.filter((e) => e.kind === "formula" && e.sheet === fill?.name && e.col === 5 && e.row < 17)).toEqual([]);
    },
  );
});

describe("formula errors and means the user wrote", () => {
  test("an Excel error in any review column (Q2 of four) is formula-error and the row gets no status", () => {
    const rows: CellValue[][] = [["Asiakkaat ovat tyytyväisiä", "Asiakaskysely (1–5)", "vähintään 4,2", 3.9, "#DIV/0!", 4.41, 4.55, "Johtaja"]];
    const r = check(quarterBand(["Q1", "Q2", "Q3", "Q4"], rows), "fi");
    expect(r.goals[0].status).toBe("none");
    expect(r.issues.filter((i) => i.code === "formula-error")).toEqual([expect.objectContaining({ code: "formula-error", cell: "E4", severity: "error" })]);
  });
  test("the quarter band is read also without merge information (as Office.js gives it)", () => {
    const snap = quarterBand(
      ["Q1", "Q2", "Q3", "Q4"],
      [["Asiakkaat ovat tyytyväisiä", "Asiakaskysely (1–5)", "vähintään 4,2", 3.9, 4.1, 4.41, null, "Johtaja"]],
    );
    delete snap.sheets[0].merges;
    const r = check(snap, "fi");
    expect(r.goals.map((g) => [g.row, g.status, g.forecast])).toEqual([[4, "green", true]]);
  });
  test("a mean typed under the monthly rates (the user's own AVERAGE) is compared, never overwritten", () => {
    const months = ["tammi", "helmi", "maalis"].map((m, i): CellValue[] => [m, 100, 90 + i, 10]);
    const snap = book([
      "Täyttöaste",
      [
        ["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset", "Täyttöaste %"],
        ...months.map((r, i) => [...r, { value: 95 + i, formula: `100*(C${i + 2}+D${i + 2}*0.5)/B${i + 2}` }]),
        ["Keskiarvo", null, null, null, { value: 97.5, formula: "AVERAGE(E2:E4)" }],
      ],
    ]);
    const { report, edits } = refresh(snap, "en");
    expect(report.issues.filter((i) => i.code === "fill-rate-mismatch")).toEqual([expect.objectContaining({ code: "fill-rate-mismatch", cell: "E5" })]);
    expect(edits.filter((e) => e.row === 5 && e.col === 5)).toEqual([]);
  });
});

describe("a header that is a period and nothing more", () => {
  test("'Q1/2025' | 'Q2/2025' beside the goal headers are review columns: the latest filled decides, as a forecast", () => {
    const r = check(
      book([
        "Sopimus 2025",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Q1/2025", "Q2/2025", "Vastuutaho"],
          ["Asiakkaat ovat tyytyväisiä", "Asiakaskysely (1–5)", "vähintään 4,2", 3.9, 4.3, "Johtaja"],
          ["Hoitajia on riittävästi", "Hoitajat (htv)", "vähintään 300 htv", 250, null, "Johtaja"],
        ],
      ]),
      "fi",
    );
    expect(r.goals.map((g) => [g.row, g.status, g.forecast])).toEqual([
      [2, "green", true],
      [3, "red", true],
    ]);
    expect(r.goals[0].reason).toMatch(/^Q2\/2025 \(E2\): /);
    expect(r.issues.filter((i) => i.code === "duplicate-column")).toEqual([]);
  });
  test("the sheet's language is not taken from bare periods: a Swedish table stays Swedish", () => {
    const r = check(
      book([
        "Avtal 2025",
        [
          ["Mål", "Mätare", "Målnivå", "Q1", "Q2", "Q3", "Ansvarig"],
          ["Kunderna är nöjda", "Kundenkät", "minst 4", 4.1, 4.2, 4.3, "Chef"],
        ],
      ]),
      "sv",
    );
    expect(r.detail.tables[0].lang).toBe("sv");
    expect(r.goals[0]).toMatchObject({ status: "green", forecast: true });
  });
});

describe("several figures in one actual against a compound target", () => {
  const compound = parseTarget("100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi").target;
  test("one figure per part: read part by part", () => {
    expect(readActual({ value: "98 % ikäluokista, kursseja 16" }, compound)).toEqual({ kind: "parts", values: [98, 16] });
  });
  test("more counts than count parts and none marked: ambiguous, never the first", () => {
    expect(readActual({ value: "98 % ikäluokista, kursseja keväällä 9 ja syksyllä 8" }, compound)).toEqual({ kind: "ambiguous", figures: ["9", "8"] });
  });
  test("a result word marks the one: 'yhteensä 17'", () => {
    expect(readActual({ value: "98 % ikäluokista, kursseja keväällä 9, syksyllä 8, yhteensä 17" }, compound)).toEqual({ kind: "parts", values: [98, 17] });
  });
});
