// Issue 21: the year-end projection and its risk (domain.md, "Year-end forecast (ennuste) and
// risk"). Each figure is computed by hand here, step by step, and compared with the engine's.
import { check, refresh } from "../../src/domain";
import { addsUp, monthsInterval } from "../../src/domain/forecast";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { cellText } from "../../src/domain/snapshot";
import { book, earlyChildhood } from "../fixtures/seeds";

/** The early-childhood sample at the 11-month mark: December not yet measured (8 months: Jan–May, Sep–Nov; summer not measured). */
function earlyChildhoodEightMonths(): WorkbookSnapshot {
  const snap = earlyChildhood();
  for (const sheet of snap.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      if (sheet.name === "Täyttöaste" && cellText(row[0]) === "joulukuu") row.splice(1, row.length - 1);
      row.forEach((cell, i) => {
        if (typeof cell?.value === "string" && cell.value.includes("joulu 99,29 %")) row[i] = { ...cell, value: cell.value.replace(/\n?joulu 99,29 %/, "") };
      });
    }
  }
  return snap;
}

/**
 * By hand, the eight monthly rates 98,22 98,25 98,92 99,17 98,33 98,41 98,97 99,07 (n = 8):
 *   sum = 789,34, mean = 789,34 / 8 = 98,6675
 *   deviations −0,4475 −0,4175 0,2525 0,5025 −0,3375 −0,2575 0,3025 0,4025
 *   squares 0,20025625 0,17430625 0,06375625 0,25250625 0,11390625 0,06630625 0,09150625 0,16200625, sum 1,12455
 *   s² = 1,12455 / 7 = 0,16065, s = 0,400811676…
 *   2 · s / √8 = 0,801623352 / 2,828427125 = 0,283417…
 *   × √((12 − 8) / 12) = × 0,577350269 → half-width 0,163631…
 *   low = 98,6675 − 0,163631 = 98,503869 → 98,50; high = 98,831131 → 98,83; value 98,6675 → 98,67
 * Against "Vähintään 100 %" the yellow band is 98–100 %: the whole interval is yellow, so at risk.
 */
const HAND = { value: 98.67, low: 98.5, high: 98.83 };

describe("the early-childhood sample with 8 months measured", () => {
  const r = check(earlyChildhoodEightMonths());

  test("the fill rate's projection and interval equal the hand computation", () => {
    expect(r.fillRate?.average).toBe(98.67);
    expect(r.fillRate?.projection).toEqual({ ...HAND, method: "mean-of-months", risk: "at-risk" });
  });

  test("the fill-rate goal row carries the same projection; its status is the projection's, a forecast", () => {
    const g = r.goals.find((x) => x.target === "Vähintään 100 % täyttöaste");
    expect(g).toMatchObject({ status: "yellow", forecast: true, projection: { ...HAND, method: "mean-of-months", risk: "at-risk" } });
    // The figure so far and the method stand in the reason, with a decimal comma.
    expect(g?.reason).toContain("8 kuukauden keskiarvo 98,67 %");
    expect(g?.reason).toContain("vaihteluväli 98,5 %–98,83 %");
    expect(g?.reason).toContain("toteutuminen epävarmaa");
  });

  test("the interval by the formula alone", () => {
    const i = monthsInterval([98.22, 98.25, 98.92, 99.17, 98.33, 98.41, 98.97, 99.07]);
    expect(i?.mean).toBeCloseTo(98.6675, 10);
    expect(i?.low).toBeCloseTo(98.6675 - ((2 * Math.sqrt(1.12455 / 7)) / Math.sqrt(8)) * Math.sqrt(4 / 12), 9);
    expect(i?.high).toBeCloseTo(98.831131, 5);
  });

  test("with all twelve months (the whole sample) there is no forecast: the actual stands", () => {
    const whole = check(earlyChildhood());
    expect(whole.fillRate).not.toHaveProperty("projection");
    const g = whole.goals.find((x) => x.target === "Vähintään 100 % täyttöaste");
    expect(g).toMatchObject({ status: "yellow", forecast: false });
    expect(g).not.toHaveProperty("projection");
  });
});

const HEADER = ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma 1–8/2025", "Ennuste", "Riskit", "Värikoodi"];

function countBook(): WorkbookSnapshot {
  return book([
    "Kulttuuri 2025",
    [
      ["Kulttuuripalvelut – palvelutuotantosopimus 2025"],
      [],
      HEADER,
      ["Tapahtumia järjestetään", "Tapahtumien määrä", "vähintään 300 tapahtumaa vuodessa", 190, 250, "Kesän tapahtumat sateen takia peruttu"],
      ["Museo houkuttelee kävijöitä", "Museon kävijät", "vähintään 45 000 kävijää", "31 500", 47000],
      ["Asiakkaat ovat tyytyväisiä", "Asiakaskysely, asteikko 1–5", "vähintään 4,2", "4,3"],
      ["Kurssit täyttyvät", "Kurssipaikkojen täyttöaste, %", "vähintään 90 %", "86 %"],
    ],
  ]);
}

describe("a count that adds up over the year, at the 8-month review", () => {
  const r = check(countBook());
  const row = (n: number) => r.goals.find((g) => g.row === n);

  test("is projected pro rata: count × 12 / m, and the row's status is the projection's", () => {
    // By hand: 190 × 12 / 8 = 2280 / 8 = 285; yellow band 0,9 × 300 = 270 ≤ 285 < 300: yellow, at risk (no interval).
    expect(row(4)).toMatchObject({ status: "yellow", forecast: true, projection: { value: 285, low: 285, high: 285, method: "pro-rata", risk: "at-risk" } });
    // The raw 190 would be red (< 270).
    expect(row(4)?.reason).toContain("tähän mennessä 190");
    expect(row(4)?.reason).toContain("190 × 12 / 8");
    // By hand: 31 500 × 12 / 8 = 378 000 / 8 = 47 250 ≥ 45 000: green, on track.
    expect(row(5)).toMatchObject({
      status: "green",
      forecast: true,
      projection: { value: 47250, low: 47250, high: 47250, method: "pro-rata", risk: "on-track" },
    });
  });

  test("levels are judged as they are: a score and a share", () => {
    expect(row(6)).toMatchObject({ status: "green", forecast: true });
    expect(row(6)).not.toHaveProperty("projection");
    expect(row(7)).toMatchObject({ status: "red", forecast: true });
    expect(row(7)).not.toHaveProperty("projection");
  });

  test("a typed forecast whose status differs from the pro-rata projection's is forecast-mismatch (info), and is not overwritten", () => {
    // Typed 250 < 270 is red; the projection 285 is yellow. Typed 47 000 is green like 47 250: no issue.
    const found = r.issues.filter((i) => i.code === "forecast-mismatch");
    expect(found.map((i) => [i.cell, i.severity])).toEqual([["E4", "info"]]);
    expect(found[0]).toMatchObject({ code: "forecast-mismatch", severity: "info", sheet: "Kulttuuri 2025", row: 4 });
    expect(found[0].message).toContain("250");
    const { edits } = refresh(countBook());
    expect(edits.some((e) => e.col === 5)).toBe(false);
  });

  test("the Riskit column is read as text and carried", () => {
    expect(row(4)?.risks).toBe("Kesän tapahtumat sateen takia peruttu");
    expect(row(5)).not.toHaveProperty("risks");
  });

  test("the reason in Swedish and English, with the language's separators", () => {
    const sv = check(countBook(), "sv").goals.find((g) => g.row === 5);
    expect(sv?.reason).toContain("hittills 31\u00a0500; årsprognos i proportion till hela året 47\u00a0250");
    const en = check(countBook(), "en").goals.find((g) => g.row === 5);
    expect(en?.reason).toContain("so far 31,500; year-end projection pro rata 47,250 (31,500 × 12 / 8); projection: on track – ");
  });
});

describe("the month an interim period ends", () => {
  const at = (header: string, actual: string | number) =>
    check(
      book([
        "T",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", header],
          ["Kirjasto lainaa", "Lainat", "vähintään 600 000 lainaa vuodessa", actual],
        ],
      ]),
    ).goals[0];

  test.each([
    ["Toteuma 1–6/2025", 6],
    ["Toteuma tammi–kesäkuu 2025", 6],
    ["Toteuma Q2/2025", 6],
    ["Toteuma H1/2025", 6],
    ["Toteuma T2/2025", 8],
    ["Arviointi 1–9 kk", 9],
    ["Tilanne 30.9.2025", 9],
  ])("%s → m = %d", (header, m) => {
    const g = at(header, 285000);
    expect(g.projection?.value).toBeCloseTo((285000 * 12) / m, 6);
    expect(g.projection?.method).toBe("pro-rata");
  });

  test("where m is not known (a review naming no period) there is no projection", () => {
    const g = at("Väliarviointi", 285000);
    expect(g).not.toHaveProperty("projection");
    expect(g).toMatchObject({ status: "red", forecast: true });
  });

  test("the full-year actual is not projected", () => {
    expect(at("Toteuma 1–12/2025", 590000)).toMatchObject({ status: "yellow", forecast: false });
    expect(at("Toteuma 1–12/2025", 590000)).not.toHaveProperty("projection");
  });
});

test("with last year's monthly figures in the baseline cell, last year's share by month m is used", () => {
  // Last year 1 000 a month but 2 000 in each of Jun–Aug: total 15 000; by month 6, 5 × 1 000 + 2 000 = 7 000.
  // Share 7 000 / 15 000 = 46,67 %; projection 7 600 / (7 000 / 15 000) = 7 600 × 15 / 7 = 16 285,71.
  const months = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];
  const last = months.map((m, i) => `${m} ${i >= 5 && i <= 7 ? 2000 : 1000}`).join("; ");
  const r = check(
    book([
      "T",
      [
        ["Tavoite", "Mittari", "Tavoitetaso", "Lähtötaso", "Toteuma 1–6/2025"],
        ["Uimahalli houkuttelee", "Uimahallin kävijät", "vähintään 15 000 kävijää", last, 7600],
      ],
    ]),
  );
  expect(r.goals[0].projection).toEqual({ value: 16285.71, low: 16285.71, high: 16285.71, method: "previous-year-share", risk: "on-track" });
  expect(r.goals[0].reason).toContain("46,67 %");
});

describe("a typed forecast column", () => {
  const series = "tammi 98,22 %\nhelmi 98,25 %\nmaalisk 98,92 %\nhuhti 99,17 %\ntouko 98,33 %\nsyys 98,41 %\nloka 98,97 %\nmarras 99,07 %";
  const table = (forecast: string) =>
    book([
      "T",
      [
        ["Tavoite", "Mittari", "Tavoitetaso", "Arviointi 1–11 kk", "Ennuste", "Värikoodi"],
        ["Henkilöstöresurssit ovat tehokkaassa käytössä", "Täyttöaste", "Vähintään 100 % täyttöaste", series, forecast],
      ],
    ]);

  test("outside the projection's interval gives forecast-mismatch", () => {
    // The interval is 98,50–98,83 % (computed above); a typed 100 % lies outside it.
    const r = check(table("100 %"));
    expect(r.goals[0].projection).toEqual({ ...HAND, method: "mean-of-months", risk: "at-risk" });
    const found = r.issues.filter((i) => i.code === "forecast-mismatch");
    expect(found.map((i) => [i.cell, i.severity])).toEqual([["E2", "info"]]);
    expect(found[0].message).toContain("98,5 %–98,83 %");
  });

  test("inside the interval it is not reported", () => {
    expect(check(table("98,7 %")).issues.filter((i) => i.code === "forecast-mismatch")).toEqual([]);
  });

  test("'Ennuste' as the table's only review column is the interim review", () => {
    const r = check(
      book([
        "T",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Ennuste"],
          ["Tapahtumia järjestetään", "Tapahtumien määrä", "300 tapahtumaa", 250],
        ],
      ]),
    );
    expect(r.detail.tables[0].columns.interim).toBe(4);
    // No period named: m unknown, so no projection; the figure is judged as it is (250 < 270: red), a forecast.
    expect(r.goals[0]).toMatchObject({ status: "red", forecast: true });
  });

  test("beside an empty review column on a row, the typed forecast decides that row (as the interim)", () => {
    const r = check(
      book([
        "T",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Prognos", "Utfall"],
          ["Evenemang", "Antal evenemang", "300 evenemang", 250, null],
          ["Evenemang för barn", "Antal evenemang", "30 evenemang", 20, 31],
        ],
      ]),
    );
    expect(r.goals.map((g) => [g.status, g.forecast])).toEqual([
      ["red", true],
      ["green", false],
    ]);
    // The typed forecast is not named as an earlier column passed over.
    expect(r.goals[1].reason).not.toContain("Prognos");
  });
});

describe("counts that add up, by their words (fi, sv, en), and levels that never do", () => {
  test.each([
    ["vähintään 400 kotikäyntiä vuodessa", "Ennaltaehkäisevät kotikäynnit"],
    ["vähintään 45 000 kävijää", "Kävijät"],
    ["120 esitystä", "Esitykset"],
    ["vähintään 40 tapahtumaa", "Nuorten järjestämät tapahtumat"],
    ["vähintään 9 000 osallistujaa", "Ohjattujen ryhmien osallistujat"],
    ["vähintään 120 kurssia / vuosi", "Lasten taidekurssit"],
    ["600 000 lainaa", "Lainat"],
    ["vähintään 60 000 käyntiä", "Nuorisotilojen käynnit"],
    ["20 näytöstä", "Näytökset"],
    ["vähintään 12 tilaisuutta", "Yleisötilaisuudet"],
    ["200", "Kävijämäärä"],
    ["minst 40 evenemang", "Antal evenemang"],
    ["minst 5 000 besökare", "Museibesökare"],
    ["1 200 lån", "Utlån"],
    ["at least 300 visits", "Library visits"],
    ["40 events", "Events"],
    ["50 per year", "Complaints handled"],
  ])("'%s' / '%s' adds up", (target, metric) => expect(addsUp(target, metric)).toBe(true));

  test.each([
    ["vähintään 90 %", "Kurssipaikkojen täyttöaste, %"],
    ["vähintään 60 tuntia", "Aukiolotunnit viikossa"],
    ["enintään 7 vrk", "Odotusaika arviointiin, vrk"],
    ["vähintään 4,2 (asteikolla 1–5)", "Asiakastyytyväisyys"],
    ["enintään 25 €", "Kustannus per käynti"],
    ["vähintään 3 esitystä viikossa", "Esitykset"],
    ["enintään 30 min", "Käyntien keskimääräinen kesto"],
    ["12 tiimiä", "Tiimit, joissa järjestelmä on käytössä"],
    ["Ei käynnistynyt", "Hanke käynnistyy"],
    ["högst 20 dagar", "Väntetid"],
    ["at least 4.2", "Visitor satisfaction score"],
  ])("'%s' / '%s' is a level or no count", (target, metric) => expect(addsUp(target, metric)).toBe(false));
});

test("risk: on track when the whole interval is green, off track when all of it is red", () => {
  const series = (values: number[]) => values.map((v, i) => `${["tammi", "helmi", "maalis", "huhti"][i]} ${String(v).replace(".", ",")} %`).join(" ");
  const risk = (values: number[]) =>
    check(
      book([
        "T",
        [
          ["Tavoite", "Mittari", "Tavoitetaso", "Arviointi 1–4 kk"],
          ["Täyttöaste", "Täyttöaste", "Vähintään 100 % täyttöaste", series(values)],
        ],
      ]),
    ).goals[0].projection?.risk;
  expect(risk([101, 101.2, 100.8, 101])).toBe("on-track");
  expect(risk([95, 95.5, 94.8, 95.2])).toBe("off-track");
  // Crossing the green edge at 100 %.
  expect(risk([99.5, 100.5, 99.8, 100.4])).toBe("at-risk");
});
