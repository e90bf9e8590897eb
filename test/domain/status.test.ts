// The traffic light, row by row of domain.md's status table, with exact band edges.
import type { Actual } from "../../src/domain/parse/actual";
import { parseTarget, type Target } from "../../src/domain/parse/target";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { verdict } from "../../src/domain/status";

const num = (value: number, percent = false): Actual => ({ kind: "number", value, percent });
const status = (target: string | Target, actual: Actual | null, baseline?: number, settings = DEFAULT_SETTINGS) =>
  // A baseline given as a plain number is a count, like the actual `num(a)`.
  verdict(
    typeof target === "string" ? parseTarget(target).target : target,
    actual,
    baseline === undefined ? undefined : { value: baseline, percent: false },
    settings,
  ).status;

describe("at least T (percent): green A ≥ T, yellow A ≥ T − 2 pp", () => {
  test.each([
    [100, "green"],
    [100.5, "green"],
    [98.74, "yellow"],
    [98, "yellow"],
    [97.99, "red"],
  ])("%d %% against 'Vähintään 100 %% täyttöaste' is %s", (a, s) => expect(status("Vähintään 100 % täyttöaste", num(a, true))).toBe(s));
});

describe("at least T (count, score): green A ≥ T, yellow A ≥ 0.9 · T", () => {
  test("99 against 0.9 × 110 is yellow", () => {
    expect(status("110", num(99))).toBe("yellow");
    expect(status("110", num(98.99))).toBe("red");
  });
  test("band edges are decimal-exact where binary arithmetic is not", () => {
    expect(0.9 * 0.8).not.toBe(0.72); // 0.7200000000000001
    expect(status("vähintään 0,8", num(0.72))).toBe("yellow");
    expect(2.1 - 2).not.toBe(0.1); // 0.10000000000000009
    expect(status("vähintään 2,1 %", num(0.1, true))).toBe("yellow");
  });
  test.each([
    [4.27, "green"],
    [4, "green"],
    [3.6, "yellow"],
    [3.59, "red"],
  ])("score %d against 'Tavoitetaso 4 (asteikolla 1-5)' is %s", (a, s) => expect(status("Tavoitetaso 4 (asteikolla 1-5)", num(a))).toBe(s));
  test("an actual equal to its target is green", () => expect(status("300 tapahtumaa", num(300))).toBe("green"));
});

describe("more than T: green A > T, otherwise the at-least bands", () => {
  test.each([
    [80, "green"],
    [75, "yellow"],
    [73, "yellow"],
    [72.9, "red"],
  ])("%d %% against '> 75%%' is %s", (a, s) => expect(status("Tehtävänkuvat päivitetty > 75%", num(a, true))).toBe(s));
});

describe("at most T: the mirror", () => {
  test.each([
    [5, "green"],
    [4, "green"],
    [7, "yellow"],
    [7.01, "red"],
  ])("%d %% against 'enintään 5 %%' is %s", (a, s) => expect(status("enintään 5 %", num(a, true))).toBe(s));
  // Issue 17 (domain.md, "Strict and inclusive words"): the yellow band of "at most T" is A ≤ T / 0.9 for counts (was 1.1 · T).
  test.each([
    [3, "green"],
    [3.3, "yellow"],
    [3.31, "yellow"],
    [3.33, "yellow"],
    [3.34, "red"],
  ])("%d against 'korkeintaan 3' is %s", (a, s) => expect(status("korkeintaan 3", num(a))).toBe(s));
  test.each([
    ["alle 10", 9.99, "green"],
    ["alle 10", 10, "yellow"],
    ["under 10", 11.11, "yellow"],
    ["below 10", 11.12, "red"],
    ["less than 10", 10, "yellow"],
    ["enintään 10", 10, "green"],
    ["högst 10", 11.11, "yellow"],
    ["at most 10", 11.12, "red"],
    ["yli 10", 10, "yellow"],
    ["över 10", 10.01, "green"],
    ["more than 10", 9, "yellow"],
    ["more than 10", 8.99, "red"],
    ["vähintään 10", 10, "green"],
    ["minst 10", 9, "yellow"],
    ["at least 10", 8.99, "red"],
  ])("'%s' against %d is %s: strictness moves only the green edge", (t, a, s) => expect(status(t as string, num(a as number))).toBe(s));
  test.each([
    ["alle 5 %", 5, "yellow"],
    ["alle 5 %", 7, "yellow"],
    ["alle 5 %", 7.01, "red"],
  ])("'%s' against %d %% is %s", (t, a, s) => expect(status(t as string, num(a as number, true))).toBe(s));
  test("less than: an actual equal to T is not green", () => expect(status("alle 10", num(10))).toBe("yellow"));
});

describe("range lo–hi: inside green, within 10 % of the nearer bound yellow", () => {
  test.each([
    [50, "green"],
    [70, "green"],
    [45, "yellow"],
    [44.9, "red"],
    [77, "yellow"],
    [77.1, "red"],
  ])("%d against 50–70 is %s", (a, s) => expect(status("tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", num(a))).toBe(s));
});

describe("production split: private share within 1 pp green, 3 pp yellow", () => {
  const split = (privateShare: number): Actual => ({ kind: "split", split: {}, privateShare, ownShare: 100 - privateShare });
  test.each([
    [22.87, "green"],
    [24, "green"],
    [21.45, "yellow"],
    [20, "yellow"],
    [19.99, "red"],
  ])("private %d %% against 23 %% is %s", (p, s) => expect(status("yksityinen tuotanto 23 % oma tuotanto 77 %", split(p))).toBe(s));
});

describe("direction against the baseline: unchanged within ±1 %", () => {
  const fewer = "Erityisen tuen piirissä olevien oppilaiden määrä vähenee";
  test.each([
    [90, "green"],
    [100, "yellow"],
    [100.9, "yellow"],
    [102, "red"],
  ])("%d against baseline 100 (wanted: fewer) is %s", (a, s) => expect(status(fewer, num(a), 100)).toBe(s));
  test("no baseline, no status", () => expect(status(fewer, num(90))).toBe("none"));
});

describe("progress words", () => {
  test.each([
    ["done", "green"],
    ["doing", "yellow"],
    ["todo", "red"],
  ] as const)("%s is %s", (p, s) => expect(status("Toiminta on vakiintunut", { kind: "progress", progress: p })).toBe(s));
});

describe("'x / y' against a count", () => {
  test.each([
    [7, "green"],
    [6.3, "yellow"],
    [0, "red"],
  ])("%d / 7 against '7 kpl' is %s", (done, s) => expect(status("7 kpl", { kind: "fraction", done, total: 7 })).toBe(s));
  test("'all' is every item: 7 / 7 green, 0 / 7 red", () => {
    expect(status({ kind: "all" }, { kind: "fraction", done: 7, total: 7 })).toBe("green");
    expect(status({ kind: "all" }, { kind: "fraction", done: 0, total: 7 })).toBe("red");
  });
});

describe("compound: all parts green, else the worst part", () => {
  const t = "100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi";
  test.each([
    [[100, 15], "green"],
    [[100, 14], "yellow"],
    [[99, 10], "red"],
    [[null, 10], "red"],
    [[100, null], "none"],
  ] as const)("%j is %s", (values, s) => expect(status(t, { kind: "parts", values: [...values] })).toBe(s));
});

test("qualitative or no actual: none", () => {
  expect(status("Toiminta on vakiintunut", null)).toBe("none");
  expect(status("300 tapahtumaa", null)).toBe("none");
});

test("bands come from the workbook's settings", () => {
  const strict = { ...DEFAULT_SETTINGS, percentYellowPp: 1 };
  expect(status("Vähintään 100 % täyttöaste", num(98.74, true), undefined, strict)).toBe("red");
});
