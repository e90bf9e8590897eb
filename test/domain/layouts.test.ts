// Generated layouts: random goal tables built from the header vocabulary, laid out the ways people
// do (any column order, one- to three-row header bands with merged group titles, title blocks,
// section rows, blank spacer columns, goal texts that start with block words, a budget block
// after the table). Every goal row must be read as a goal row, or be reported: never lost silently.
import fc from "fast-check";
import { check, refresh } from "../../src/domain";
import type { Cell, Merge, Sheet } from "../../src/domain/snapshot";

type Lang = "fi" | "sv" | "en";

const WORDS: Record<Lang, Record<string, string>> = {
  fi: {
    goal: "Tavoite",
    metric: "Mittari",
    target: "Tavoitetaso",
    means: "Keinot",
    responsible: "Vastuutaho",
    status: "Värikoodi",
    review: "Arviointi",
    early: "1–9 kk",
    late: "1–12 kk",
    portfolio: "Salkunhallinnassa mukana (K/E)",
  },
  sv: {
    goal: "Mål",
    metric: "Mätare",
    target: "Målnivå",
    means: "Åtgärder",
    responsible: "Ansvarig",
    status: "Färgkod",
    review: "Utvärdering",
    early: "1–9 mån",
    late: "1–12 mån",
    portfolio: "Portfölj (J/N)",
  },
  en: {
    goal: "Goal",
    metric: "Metric",
    target: "Target",
    means: "Means",
    responsible: "Responsible",
    status: "Status",
    review: "Review",
    early: "1-9 months",
    late: "1-12 months",
    portfolio: "Portfolio (Y/N)",
  },
};

const GOALS = [
  "Henkilöstö voi hyvin",
  "Talous on tasapainossa",
  "Oma tuotanto vastaa kysyntään",
  "Palveluseteli on joustava vaihtoehto",
  "Netto-opiskelijamäärä kasvaa",
  "Staff feel well at work",
  "Service desk answers quickly",
  "Net promoter score rises",
  "Egen produktion räcker till",
  "Personalen mår bra",
  "Asiakkaat ovat tyytyväisiä",
  "Tulot kasvavat suunnitellusti",
  "Menot pysyvät budjetissa",
];
const METRICS = ["Sairauspoissaolot, %", "Asiakaskysely (1–5)", "Tapahtumien määrä", "Täyttöaste %", "NPS", "Andel, %"];
const TARGETS = [
  "enintään 4 %",
  "Tavoitetaso 4 (asteikolla 1-5)",
  "vähintään 300 tapahtumaa",
  "Vähintään 100 % täyttöaste",
  "yli 30",
  "Toiminta on vakiintunut",
];
const ACTUALS = ["3,5 %", "4,18", "320", "98,74 %", "", "TEHTY", "Ei toteudu, tila remontissa", 42];

interface Layout {
  lang: Lang;
  order: string[];
  spacers: number[];
  band: 1 | 2 | 3;
  titles: number;
  rows: Array<{ kind: "goal"; goal: string; metric: string; target: string; actual: string | number } | { kind: "section"; text: string }>;
  budget: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  lang: fc.constantFrom<Lang>("fi", "sv", "en"),
  order: fc
    .shuffledSubarray(["means", "responsible", "status", "portfolio"])
    .chain((extra) => fc.shuffledSubarray(["goal", "metric", "target", "review", ...extra], { minLength: 4 + extra.length, maxLength: 4 + extra.length })),
  spacers: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 2 }),
  band: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
  titles: fc.integer({ min: 0, max: 3 }),
  rows: fc.array(
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant("goal" as const),
          goal: fc.constantFrom(...GOALS),
          metric: fc.constantFrom(...METRICS),
          target: fc.constantFrom(...TARGETS),
          actual: fc.constantFrom(...ACTUALS),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant("section" as const), text: fc.constantFrom("Toiminnan tehostaminen", "Asiakas", "Henkilöstö", "Prosessit") }),
      },
    ),
    { minLength: 1, maxLength: 10 },
  ),
  budget: fc.boolean(),
});

/** Lays the table out on a sheet; returns the sheet and the rows that hold goals. */
function build(l: Layout): { sheet: Sheet; goalRows: number[] } {
  const grid: Array<Array<Cell | undefined>> = [];
  const merges: Merge[] = [];
  const put = (r: number, c: number, v: string | number) => {
    (grid[r - 1] ??= [])[c - 1] = { value: v };
  };
  // Columns, with blank spacer columns where the layout says; the review key takes two columns.
  const cols: Array<{ key: string; col: number }> = [];
  let col = 1;
  l.order.forEach((key, i) => {
    if (l.spacers.includes(i)) col++;
    cols.push({ key, col });
    col += key === "review" ? 2 : 1;
  });
  const w = WORDS[l.lang];
  let r = 1;
  for (let t = 0; t < l.titles; t++) put(r++, 1, ["Palvelutuotantosopimus 2025", "Tulosyksikkö: Keskusta", "Hyväksytty 12.12.2024"][t]);
  if (l.titles > 0) r++;
  const top = r;
  const bottom = top + l.band - 1;
  for (const { key, col: c } of cols) {
    if (key === "review") {
      if (l.band === 1) {
        put(top, c, `${w.review} ${w.early}`);
        put(top, c + 1, `${w.review} ${w.late}`);
      } else {
        // A group title merged over its sub-headers, in the band's upper rows.
        put(bottom - 1, c, w.review);
        merges.push({ top: bottom - 1, left: c, bottom: bottom - 1, right: c + 1 });
        put(bottom, c, w.early);
        put(bottom, c + 1, w.late);
      }
    } else {
      put(top, c, w[key]);
      if (l.band > 1) merges.push({ top, left: c, bottom, right: c });
    }
  }
  r = bottom + 1;
  const goalRows: number[] = [];
  const at = (key: string) => cols.find((x) => x.key === key)?.col;
  for (const row of l.rows) {
    if (row.kind === "section") {
      put(r, 1, row.text);
      merges.push({ top: r, left: 1, bottom: r, right: col - 1 });
    } else {
      put(r, at("goal")!, row.goal);
      put(r, at("metric")!, row.metric);
      put(r, at("target")!, row.target);
      if (row.actual !== "") put(r, at("review")! + 1, row.actual);
      goalRows.push(r);
    }
    r++;
  }
  if (l.budget) {
    r++;
    put(r++, 1, "Talousarvio");
    put(r, 1, "Tulot");
    put(r++, 2, 120000);
    put(r, 1, "Menot");
    put(r++, 2, 450000);
  }
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return { sheet: { name: "Tavoitteet", rows: grid, merges }, goalRows };
}

test("every generated goal row is read as a goal row or reported, never lost in silence", () => {
  fc.assert(
    fc.property(layout, (l) => {
      const { sheet, goalRows } = build(l);
      const report = check({ sheets: [sheet], unsupported: [] }, "fi");
      const found = new Set(report.goals.map((g) => g.row));
      const reported = new Set(report.issues.filter((i) => i.code === "unread-row").map((i) => i.row));
      const lost = goalRows.filter((row) => !found.has(row) && !reported.has(row));
      expect(lost).toEqual([]);
      // These goal rows all have goal, metric and target: each must be read as a goal row.
      expect(goalRows.filter((row) => !found.has(row))).toEqual([]);
      expect(report.goals.length).toBe(goalRows.length);
    }),
    { numRuns: 400 },
  );
});

test("a two-row header reads the group title over its sub-headers: 1–9 months is interim, 1–12 the actual", () => {
  const l: Layout = {
    lang: "fi",
    order: ["goal", "metric", "target", "review", "status"],
    spacers: [],
    band: 2,
    titles: 1,
    rows: [{ kind: "goal", goal: "Asiakkaat ovat tyytyväisiä", metric: "Asiakaskysely", target: "Tavoitetaso 4 (asteikolla 1-5)", actual: "4,18" }],
    budget: false,
  };
  const { sheet } = build(l);
  const report = check({ sheets: [sheet], unsupported: [] }, "fi");
  expect(report.detail.tables[0].columns).toMatchObject({ goal: 1, metric: 2, target: 3, interim: 4, actual: 5, status: 6 });
  expect(report.goals[0]).toMatchObject({ status: "green", forecast: false });
});

test("without merge information a group title still spans the blank cells beside it", () => {
  const l: Layout = {
    lang: "fi",
    order: ["goal", "metric", "target", "review"],
    spacers: [],
    band: 2,
    titles: 0,
    rows: [{ kind: "goal", goal: "Asiakkaat ovat tyytyväisiä", metric: "Asiakaskysely", target: "Tavoitetaso 4 (asteikolla 1-5)", actual: "3,5" }],
    budget: false,
  };
  const { sheet } = build(l);
  delete sheet.merges;
  const report = check({ sheets: [sheet], unsupported: [] }, "fi");
  expect(report.detail.tables[0].columns).toMatchObject({ interim: 4, actual: 5 });
  expect(report.goals[0]).toMatchObject({ status: "red", forecast: false });
});

test("on generated layouts, refresh writes only the status column's cells on goal rows (and the header of a column it adds)", () => {
  fc.assert(
    fc.property(layout, (l) => {
      const { sheet, goalRows } = build(l);
      const { report, edits } = refresh({ sheets: [sheet], unsupported: [] }, "fi");
      const t = report.detail.tables[0];
      const statusCol = t.columns.status;
      for (const e of edits) {
        if (statusCol !== undefined) expect(e.col).toBe(statusCol);
        else expect(e.col).toBeGreaterThan(t.lastCol);
        if (e.kind === "text") expect(e.row).toBe(t.headerTop);
        else expect(goalRows).toContain(e.row);
      }
    }),
    { numRuns: 300 },
  );
});
