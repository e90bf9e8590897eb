// Properties: parsers never throw; refresh is idempotent and edits only the cells it owns.
import fc from "fast-check";
import { applyToSnapshot } from "../../src/domain/edits";
import { check, refresh } from "../../src/domain";
import { parseSplit, readActual, monthSeries } from "../../src/domain/parse/actual";
import { monthOfWord, parseMonth } from "../../src/domain/parse/month";
import { numbersIn, parseNumber, cellNumber } from "../../src/domain/parse/number";
import { parseTarget } from "../../src/domain/parse/target";
import { parseStatusText, progressOf } from "../../src/domain/parse/words";
import type { CellValue, WorkbookSnapshot } from "../../src/domain/snapshot";
import { book, earlyChildhood, library } from "../fixtures/seeds";

const SEED_WORDS = [
  "Vähintään",
  "100",
  "%",
  "täyttöaste",
  "tavoitetaso",
  "4",
  "(asteikolla 1-5)",
  "50–70",
  "yksityinen",
  "tuotanto",
  "23",
  "oma",
  "77",
  "enintään",
  "alle",
  ">",
  "7 / 7",
  "tammi",
  "98,22 %",
  "1 266 563",
  "30.4.2020",
  "TEHTY",
  "vähenee",
  "kasvaa",
  ",",
  ";",
  "\n",
  "noin",
  "15/vuosi",
  "vuonna 2020",
  "Omassa tuotannossa 5766,",
  "78,6%",
  "-",
  "—",
  "0",
  "-5",
  "1e9",
  "NaN",
];
const seedText = fc.array(fc.constantFrom(...SEED_WORDS), { maxLength: 12 }).map((ws) => ws.join(" "));
const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), seedText);
const anyValue: fc.Arbitrary<CellValue> = fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));

test("the parsers never throw on arbitrary strings and numbers", () => {
  fc.assert(
    fc.property(anyText, anyValue, fc.option(fc.constantFrom("0.00 %", "0", "General")), (text, value, numFmt) => {
      parseNumber(text);
      numbersIn(text);
      monthOfWord(text);
      monthSeries(text);
      parseSplit(text);
      parseStatusText(text);
      progressOf(text);
      const cell = { value, ...(numFmt ? { numFmt } : {}) };
      cellNumber(cell);
      parseMonth(cell);
      const t = parseTarget(text);
      readActual(cell, t.target);
      readActual({ value: text }, parseTarget(typeof value === "string" ? value : "300 tapahtumaa").target);
    }),
    { numRuns: 3000 },
  );
});

const HEAD = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–9 kk", "Arviointi 1–12 kk", "Värikoodi"];
const TARGETS = [
  "Vähintään 100 % täyttöaste",
  "Tavoitetaso 4 (asteikolla 1-5)",
  "300 tapahtumaa",
  "enintään 5 %",
  "Toiminta on vakiintunut",
  "yksityinen tuotanto 23 % oma tuotanto 77 %",
  "50–70",
];
const ACTUALS = [
  "98,5 %",
  "4,3",
  "281",
  "6 %",
  "TEHTY",
  "Omassa tuotannossa 5535, 77% Palveluseteli ja yksityinen tuki 1641, 23%",
  "tammi 98 % helmi 101 %",
  "",
  "ei",
  "62",
];
const STATUSES = ["", "Vihreä", "Punainen", "Keltainen (ennuste)", "–", "ok"];

const goalRow = fc.tuple(
  fc.constantFrom("Tavoite A", "Tavoite B", "Tavoite C", ""),
  fc.constantFrom("Johtaja", ""),
  fc.constantFrom("Mittari", ""),
  fc.constantFrom(...TARGETS, ""),
  fc.constantFrom(...ACTUALS),
  fc.constantFrom(...ACTUALS),
  fc.constantFrom(...STATUSES),
);
const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .tuple(fc.array(goalRow, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.integer({ min: 0, max: 3 }))
  .map(([rows, withStatus, blankTop]) => {
    const head = withStatus ? HEAD : HEAD.slice(0, 6);
    const grid = [...Array.from({ length: blankTop }, () => [] as CellValue[]), head, ...rows.map((r) => (withStatus ? r : r.slice(0, 6)))];
    return book(["Tavoitteet", grid]);
  });

test("refresh is idempotent: a second run yields no edits", () => {
  fc.assert(
    fc.property(workbook, (snap) => {
      const first = refresh(snap);
      expect(refresh(applyToSnapshot(snap, first.edits)).edits).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test("refresh never edits a cell outside the status column and the metric cells it owns", () => {
  fc.assert(
    fc.property(workbook, (snap) => {
      const { report, edits } = refresh(snap);
      const tables = report.detail.tables;
      for (const e of edits) {
        const t = tables.find((x) => x.sheet.name === e.sheet && e.row >= x.headerTop && e.row <= Math.max(x.lastRow, x.headerRow));
        expect(t).toBeDefined();
        const statusCol = t!.columns.status ?? t!.lastCol + 1;
        expect(e.col).toBe(statusCol);
        if (e.row === t!.headerTop) expect(e.kind).toBe("text");
        else expect(report.goals.some((g) => g.row === e.row && g.sheet === e.sheet)).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});

test("on the samples, every edit is in a status column, a fill-rate rate column or mean cell, or a share column", () => {
  for (const snap of [earlyChildhood(), library()]) {
    const { report, edits } = refresh(snap);
    for (const e of edits) {
      const inStatus = report.detail.tables.some(
        (t) => t.sheet.name === e.sheet && e.row >= t.headerRow && e.row <= t.lastRow && e.col === (t.columns.status ?? t.lastCol + 1),
      );
      const inFill = report.detail.fillTables.some(
        ({ table: f }) =>
          f.sheet.name === e.sheet &&
          ((e.col === (f.columns.rate ?? f.lastCol + 1) && e.row >= f.headerRow) ||
            (e.col === f.columns.month && e.row === f.months[f.months.length - 1].row + 1)),
      );
      const p = report.detail.production;
      const inShare = !!p && p.sheet.name === e.sheet && e.row >= (p.headerRow ?? p.firstRow) && e.row <= p.lastRow && e.col > p.countCol;
      expect(inStatus || inFill || inShare).toBe(true);
    }
  }
});

test("check never throws on arbitrary workbooks of arbitrary values", () => {
  fc.assert(
    fc.property(fc.array(fc.array(anyValue, { maxLength: 8 }), { maxLength: 20 }), (grid) => {
      const r = check(book(["S", [HEAD, ...grid]]), "fi");
      expect(r.summary.goalRows).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: 500 },
  );
});
