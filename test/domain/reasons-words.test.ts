// Reasons read as sentences in all three languages (issue 11, item 10): no "≥ 4 & ↓", and the yellow
// band stated as its limit, where yellow ends, not as its width.
import type { Actual } from "../../src/domain/parse/actual";
import { parseTarget } from "../../src/domain/parse/target";
import { renderReason, targetInWords } from "../../src/domain/i18n/reasons";
import type { Lang } from "../../src/domain/i18n/lang";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { verdict } from "../../src/domain/status";

const num = (value: number, percent = false): Actual => ({ kind: "number", value, percent });
const reason = (target: string, actual: Actual, lang: Lang, baseline?: number) =>
  renderReason(
    verdict(parseTarget(target).target, actual, baseline === undefined ? undefined : { value: baseline, percent: false }, DEFAULT_SETTINGS).reason,
    lang,
  );
const words = (target: string, lang: Lang) => targetInWords(parseTarget(target).target, lang);

const SYMBOLS = /[≥≤<>&↓↑]/;

describe("targets in words", () => {
  test.each([
    ["Tavoitetaso 4 (asteikolla 1-5)", "vähintään 4", "minst 4", "at least 4"],
    ["Tehtävänkuvat päivitetty > 75%", "yli 75 %", "över 75 %", "more than 75 %"],
    ["enintään 5 %", "enintään 5 %", "högst 5 %", "at most 5 %"],
    ["alle 10", "alle 10", "under 10", "less than 10"],
    ["yksityinen tuotanto 23 % oma tuotanto 77 %", "yksityinen 23 %, oma 77 %", "privat 23 %, egen 77 %", "private 23 %, own 77 %"],
  ])("%s", (target, fi, sv, en) => {
    expect([words(target, "fi"), words(target, "sv"), words(target, "en")]).toEqual([fi, sv, en]);
  });

  test("a compound target joins its parts with 'ja', 'och', 'and', never '&'", () => {
    const target = "100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi";
    expect(words(target, "fi")).toBe("vähintään 100 % ja vähintään 15");
    expect(words(target, "sv")).toBe("minst 100 % och minst 15");
    expect(words(target, "en")).toBe("at least 100 % and at least 15");
  });
});

describe("reasons state the yellow limit", () => {
  test("a percent target: yellow from 98 % up (2 percentage points below 100 %)", () => {
    expect(reason("Vähintään 100 % täyttöaste", num(98.74, true), "fi")).toBe(
      "98,74 % jää 1,26 prosenttiyksikköä alle tavoitteen 100 % (keltainen, jos vähintään 98 %)",
    );
    expect(reason("Vähintään 100 % täyttöaste", num(98.74, true), "sv")).toBe("98,74 % ligger 1,26 procentenheter under målet 100 % (gul om minst 98 %)");
    expect(reason("Vähintään 100 % täyttöaste", num(98.74, true), "en")).toBe(
      "98.74 % is 1.26 percentage points below the target 100 % (yellow if at least 98 %)",
    );
  });

  test("a count target: the limit is 99 for 110, not the band's width 11", () => {
    const fi = reason("110", num(95), "fi");
    expect(fi).toBe("95 jää 15 alle tavoitteen 110 (keltainen, jos vähintään 99)");
    expect(fi).not.toContain("11)");
  });

  test("an at-most target and a range say on which side yellow ends", () => {
    expect(reason("enintään 5 %", num(6, true), "fi")).toBe("6 % on 1 prosenttiyksikkö yli tavoitteen 5 % (keltainen, jos enintään 7 %)");
    expect(reason("enintään 5 %", num(6, true), "en")).toBe("6 % is 1 percentage point above the target 5 % (yellow if at most 7 %)");
    expect(reason("tavoitetaso 50–70", num(46), "sv")).toBe("46 ligger 4 utanför målintervallet 50–70 (gul om minst 45)");
    expect(reason("tavoitetaso 50–70", num(80), "en")).toBe("80 is 10 outside the target range 50–70 (yellow if at most 77)");
  });

  test("a production split says its bands in words", () => {
    const split: Actual = { kind: "split", split: { own: 5535, private: 1641 }, privateShare: 22.87, ownShare: 77.13 };
    const fi = reason("yksityinen tuotanto 23 % oma tuotanto 77 %", split, "fi");
    expect(fi).not.toMatch(SYMBOLS);
    expect(fi).toContain("vihreä, jos ero on enintään 1 prosenttiyksikkö");
  });

  test("a direction target says which way the figure should go, as a sentence", () => {
    expect(reason("määrä vähenee", num(90), "fi", 100)).toBe("90, lähtötaso 100 (muutos -10 %); tavoitteena on, että luku vähenee");
    expect(reason("määrä vähenee", num(90), "sv", 100)).toBe("90, utgångsläge 100 (förändring -10 %); målet är att talet minskar");
    expect(reason("määrä vähenee", num(90), "en", 100)).toBe("90, baseline 100 (change -10 %); the goal is for the figure to decrease");
  });

  test("a production split in English states the difference, not 'apart'", () => {
    const split: Actual = { kind: "split", split: { own: 5535, private: 1641 }, privateShare: 22.87, ownShare: 77.13 };
    expect(reason("yksityinen tuotanto 23 % oma tuotanto 77 %", split, "en")).toBe(
      "private share 22.87 %, target 23 %: a difference of 0.13 percentage points (green if the difference is at most 1 percentage point, yellow if at most 3 percentage points)",
    );
  });

  test.each(["fi", "sv", "en"] as const)("no symbols in any reason (%s)", (lang) => {
    const compound = "100 % ikäluokista elämyspolussa, kirjastokursseja 15/vuosi";
    const all = [
      reason("Vähintään 100 % täyttöaste", num(101, true), lang),
      reason("Tehtävänkuvat päivitetty > 75%", num(70, true), lang),
      reason(compound, { kind: "parts", values: [100, 12] } as Actual, lang),
      reason("määrä vähenee", num(90), lang, 100),
    ];
    for (const text of all) expect(text).not.toMatch(SYMBOLS);
    expect(all[2]).toMatch({ fi: /^2 osatavoitetta, heikoin: /, sv: /^2 delmål, svagast: /, en: /^2 parts, weakest: / }[lang]);
  });
});
