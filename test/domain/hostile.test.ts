// Text handling stays linear on hostile cell texts: every parser, on the worst inputs we know for
// regular expressions (long runs of digits, spaces, separators, brackets, unclosed patterns), takes
// at most a small multiple of its time on ordinary text of the same length. A ratio, not a clock:
// this machine's speed does not matter, a quadratic blow-up (thousands of times slower) does.
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
import { bestMs, hostileTexts, plainText } from "../../src/devtools/hostile-texts";
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

const HOSTILE = hostileTexts();
const PLAIN = plainText();

test.each(Object.keys(PARSERS))("%s stays linear on hostile texts", (name) => {
  const parse = PARSERS[name];
  // The plain text's time, with a floor so that a parser that returns at once is not held to zero.
  const plain = Math.max(
    bestMs(() => parse(PLAIN), 5),
    0.5,
  );
  const worst = HOSTILE.map((text) => ({ text: text.slice(0, 12), ratio: bestMs(() => parse(text)) / plain })).sort((a, b) => b.ratio - a.ratio)[0];
  expect({ name, worst: worst.text, slow: worst.ratio > 40 }).toEqual({ name, worst: worst.text, slow: false });
});

test("a whole workbook of hostile cells is checked in about the time of an ordinary one", () => {
  const grid = (texts: string[]) => [["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Keinot"], ...texts.map((t) => [t, t, t, t, t])];
  const hostile = HOSTILE.slice(0, 40);
  const plain = hostile.map(() => PLAIN);
  const tPlain = Math.max(
    bestMs(() => check(book(["T", grid(plain)]))),
    5,
  );
  const tHostile = bestMs(() => check(book(["T", grid(hostile)])));
  expect(tHostile / tPlain).toBeLessThan(40);
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
