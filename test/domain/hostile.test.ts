// Text handling stays linear on hostile cell texts: every parser, on the worst inputs we know for
// regular expressions (long runs of digits, spaces, separators, brackets, unclosed patterns), does
// about 8 times the work on texts 8 times as long (quadratic code would do 64 times). Measured in
// this process's CPU time, the lowest of a few tries, and compared within one run: neither this
// machine's speed nor other work on it decides the result (issue 20). The timings themselves are
// in `npm run bench` (hostile.worstCellMs, hostile.worstGrowth).
import { check } from "../../src/domain";
import { sheetRef } from "../../src/domain/issues";
import { MAX_CELL_CHARS } from "../../src/domain/snapshot";
import { parseTarget } from "../../src/domain/parse/target";
import { monthSeries, parseFraction, parseSplit, readActual } from "../../src/domain/parse/actual";
import { looksNumeric, numbersIn, parseNumber, stripDates } from "../../src/domain/parse/number";
import { parseStatusText, progressOf } from "../../src/domain/parse/words";
import { headerForm, matchHeader, phraseIndex, GOAL_HEADERS } from "../../src/domain/recognise/headers";
import { blockLabel } from "../../src/domain/recognise/blocks";
import { fold, loose } from "../../src/domain/text";
import { GROWTH_STEP, growth, hostileTexts } from "../../src/devtools/hostile-texts";
import { book } from "../fixtures/seeds";

const N = MAX_CELL_CHARS;
const index = phraseIndex(GOAL_HEADERS);
const targets = [
  "vähintään 100 %",
  "Tavoitetaso 4 (asteikolla 1-5)",
  "yksityinen tuotanto 23 % oma tuotanto 77 %",
  "100 % ikäluokista, kursseja 15/vuosi",
  "Kaikki palvelut",
].map((t) => parseTarget(t).target);

const PARSERS: Record<string, (s: string) => unknown> = {
  parseNumber,
  looksNumeric,
  numbersIn,
  stripDates,
  parseTarget,
  monthSeries,
  parseSplit,
  parseFraction,
  readActual: (s) => targets.map((t) => readActual({ value: s }, t)),
  progressOf,
  parseStatusText,
  headerForm,
  matchHeader: (s) => matchHeader(s, index),
  blockLabel,
  fold,
  loose,
};

/** Linear work grows GROWTH_STEP (8) times, quadratic 64: three times either way. */
const LIMIT = 3 * GROWTH_STEP;

const texts = new Map<number, string[]>();
const hostileOf = (length: number) => texts.get(length) ?? texts.set(length, hostileTexts(length)).get(length)!;

test("the measure tells quadratic work from linear", () => {
  const linear = (s: string) => s.split("").filter((c) => c === "1").length;
  const quadratic = (s: string) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) for (let j = i; j < s.length; j += 7) n += s.charCodeAt(j) & 1;
    return n;
  };
  const of = (parse: (s: string) => unknown) => (length: number) => hostileOf(length).slice(0, 2).forEach(parse);
  expect(growth(of(linear), { limit: LIMIT })).toBeLessThan(LIMIT);
  expect(growth(of(quadratic), { tries: 2 })).toBeGreaterThan(LIMIT);
});

test.each(Object.keys(PARSERS))("%s stays linear on hostile texts", (name) => {
  const parse = PARSERS[name];
  const grows = growth((length) => hostileOf(length).forEach(parse), { limit: LIMIT });
  expect(grows).toBeLessThan(LIMIT);
});

test("a whole workbook of hostile cells: the check's work grows linearly with the cells' length", () => {
  const grid = (texts: string[]) => [["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Keinot"], ...texts.map((t) => [t, t, t, t, t])];
  const books = new Map<number, ReturnType<typeof book>>();
  const bookOf = (length: number) => books.get(length) ?? books.set(length, book(["T", grid(hostileOf(length).slice(0, 40))])).get(length)!;
  expect(growth((length) => check(bookOf(length)), { limit: LIMIT })).toBeLessThan(LIMIT);
});

test("a cell longer than the limit is read up to the limit, and the check says so", () => {
  const long = "Asiakkaat ovat tyytyväisiä. ".repeat(Math.ceil((N + 500) / 28));
  const r = check(
    book([
      "T",
      [
        ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma"],
        [long, "Kysely", "vähintään 4", "4,2"],
      ],
    ]),
    "en",
  );
  expect(r.goals[0].status).toBe("green");
  expect(r.issues.filter((i) => i.code === "cell-too-long").map((i) => i.cell)).toEqual(["A2"]);
  expect(r.issues).toContainEqual(expect.objectContaining({ code: "cell-too-long", severity: "warning" }));
});

test("cell text in messages: control characters made visible, line breaks as spaces, cut to a readable length", () => {
  const r = check(
    book([
      "T",
      [
        ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Värikoodi"],
        ["Asiakkaat", "Kysely", "vähintään 4", "4,2", "\u001b]0;KAIKKI OK\u0007\u001b[2J" + "x".repeat(200)],
      ],
    ]),
    "en",
  );
  const message = r.issues.find((i) => i.code === "invalid-status")?.message ?? "";
  // eslint-disable-next-line no-control-regex
  expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(message).toContain("\u241b]0;KAIKKI OK\u2407\u241b[2J");
  expect(message).toContain("x…");
  expect(message.length).toBeLessThan(300);
});

test("a cell reference names its sheet as Excel writes it", () => {
  expect(sheetRef("Tavoitteet", "B6")).toBe("Tavoitteet!B6");
  expect(sheetRef("Tavoitteet 2025", "B6")).toBe("'Tavoitteet 2025'!B6");
  expect(sheetRef("Liisan 'arvio'", "A1")).toBe("'Liisan ''arvio'''!A1");
  expect(sheetRef("AB12", "A1")).toBe("'AB12'!A1");
  expect(sheetRef("2025", "A1")).toBe("'2025'!A1");
});
