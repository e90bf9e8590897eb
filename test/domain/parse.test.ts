// Numbers, months, targets and actuals as written in the seeds.
import { cellNumber, numbersIn, parseNumber } from "../../src/domain/parse/number";
import { monthOfWord, parseMonth } from "../../src/domain/parse/month";
import { parseTarget } from "../../src/domain/parse/target";
import { monthSeries, parseFraction, parseSplit, readActual } from "../../src/domain/parse/actual";
import { parseStatusText, progressOf, statusOfFill } from "../../src/domain/parse/words";

describe("numbers", () => {
  test.each([
    ["98,22", 98.22, false],
    ["98,22 %", 98.22, true],
    ["98,41%", 98.41, true],
    ["1 266 563", 1266563, false],
    ["1\u00a0266\u00a0563", 1266563, false],
    ["-5", -5, false],
    ["4.18", 4.18, false],
  ])("%s reads as %d", (text, value, percent) => {
    expect(parseNumber(text)).toEqual({ value, percent });
  });

  test("text that is not one number is not a number", () => {
    expect(parseNumber("98,2,2")).toBeNull();
    expect(parseNumber("noin 15 %")).toBeNull();
  });

  test("a real number with a percent format is read in percent units", () => {
    expect(cellNumber({ value: 0.9822, numFmt: "0.00 %" })).toEqual({ value: 98.22, percent: true });
    expect(cellNumber({ value: 4.18 })).toEqual({ value: 4.18, percent: false });
  });

  test("dates are never values", () => {
    expect(numbersIn("Saavutettu 30.4.2020.").map((n) => n.value)).toEqual([]);
    expect(numbersIn("toiminnassa 1.8. alkaen").map((n) => n.value)).toEqual([]);
    expect(cellNumber({ value: "2020-04-30", date: true })).toBeNull();
  });

  test("numbers in free text keep their percent sign", () => {
    const ns = numbersIn("Omassa tuotannossa 5766, 78,6% Palveluseteli ja yksityinen tuki 1575, 21,4 %");
    expect(ns.map((n) => [n.value, n.percent])).toEqual([
      [5766, false],
      [78.6, true],
      [1575, false],
      [21.4, true],
    ]);
  });
});

describe("months", () => {
  test.each([
    ["tammi", 1],
    ["helmi", 2],
    ["maalis", 3],
    ["maalisk", 3],
    ["huhti", 4],
    ["touko", 5],
    ["kesä", 6],
    ["heinä", 7],
    ["elo", 8],
    ["syys", 9],
    ["loka", 10],
    ["marras", 11],
    ["joulu", 12],
    ["tammikuu", 1],
    ["januari", 1],
    ["Maj", 5],
    ["augusti", 8],
  ])("%s is month %d", (word, m) => expect(monthOfWord(word)).toBe(m));

  test("month cells: names, numbers, yyyy-mm and real dates", () => {
    expect(parseMonth({ value: "tammikuu 2012" })).toEqual({ month: 1, year: 2012 });
    expect(parseMonth({ value: 11 })).toEqual({ month: 11 });
    expect(parseMonth({ value: "2012-03" })).toEqual({ month: 3, year: 2012 });
    expect(parseMonth({ value: "2012-05-01", date: true })).toEqual({ month: 5, year: 2012 });
    expect(parseMonth({ value: "Keskiarvo" })).toBeNull();
    expect(parseMonth({ value: 13 })).toBeNull();
  });

  test("seed 001's fill-rate series across lines", () => {
    const s = monthSeries("tammi 98,22 %\nhelmi 98,25 %\nmaalisk 98,92 %\nhuhti 99,17 %\ntouko 98,33 % syys 98,41%");
    expect(s).toEqual([
      { month: 1, value: 98.22 },
      { month: 2, value: 98.25 },
      { month: 3, value: 98.92 },
      { month: 4, value: 99.17 },
      { month: 5, value: 98.33 },
      { month: 9, value: 98.41 },
    ]);
  });
});

describe("targets as written in the seeds", () => {
  test.each([
    ["Vähintään 100 % täyttöaste", { kind: "bound", dir: "atLeast", strict: false, value: 100, unit: "percent" }],
    ["Tavoitetaso 4 (asteikolla 1-5)", { kind: "bound", dir: "atLeast", strict: false, value: 4, unit: "number", scale: [1, 5] }],
    ["tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)", { kind: "range", lo: 50, hi: 70, unit: "number" }],
    ["300 tapahtumaa", { kind: "bound", dir: "atLeast", strict: false, value: 300, unit: "number" }],
    ["10 hlö osallistuu", { kind: "bound", dir: "atLeast", strict: false, value: 10, unit: "number" }],
    ["5 projektihakemusta", { kind: "bound", dir: "atLeast", strict: false, value: 5, unit: "number" }],
    ["Yhteiset tapahtumat/kokoontumisia 4/vuosi", { kind: "bound", dir: "atLeast", strict: false, value: 4, unit: "number" }],
    ["Tehtävänkuvat päivitetty > 75%", { kind: "bound", dir: "atLeast", strict: true, value: 75, unit: "percent" }],
    ["enintään 5 %", { kind: "bound", dir: "atMost", strict: false, value: 5, unit: "percent" }],
    ["alle 10", { kind: "bound", dir: "atMost", strict: true, value: 10, unit: "number" }],
    ["korkeintaan 3", { kind: "bound", dir: "atMost", strict: false, value: 3, unit: "number" }],
    ["Erityisen tuen piirissä olevien oppilaiden määrä vähenee", { kind: "direction", want: "decrease" }],
    ["Avoimien palvelujen määrä kasvaa", { kind: "direction", want: "increase" }],
    ["noin 15 % henkilökunnasta koulutettu 5 vuoden sisällä", { kind: "bound", dir: "atLeast", strict: false, value: 15, unit: "percent" }],
    ["Minst 100 % fyllnadsgrad", { kind: "bound", dir: "atLeast", strict: false, value: 100, unit: "percent" }],
    ["högst 5 %", { kind: "bound", dir: "atMost", strict: false, value: 5, unit: "percent" }],
    ["at most 3", { kind: "bound", dir: "atMost", strict: false, value: 3, unit: "number" }],
  ])("%s", (text, target) => {
    expect(parseTarget(text).target).toEqual(target);
  });

  test("the production split, even broken over lines as in seed 000", () => {
    expect(parseTarget("yksityinen tuotanto 23\n%\noma tuotanto 77 %")).toEqual({
      target: { kind: "split", privateShare: 23, ownShare: 77 },
      topic: "production",
    });
  });

  test("a compound target: each part must hold", () => {
    expect(parseTarget("100 % ikäluokista elämyspolussa, \nkirjastokursseja 15/vuosi").target).toEqual({
      kind: "compound",
      parts: [
        { kind: "bound", dir: "atLeast", strict: false, value: 100, unit: "percent" },
        { kind: "bound", dir: "atLeast", strict: false, value: 15, unit: "number" },
      ],
    });
    expect(parseTarget("Tavoitetaso 4 (asteikolla 1-5)\nOsaviikkoisten lasten määrää vähenee").target.kind).toBe("compound");
  });

  test.each(["Toiminta on vakiintunut", "Prosessikuvauksen mukainen toiminta", "Toteutuu hankesuunnitelman mukaan (TP)", "Tuotteistus suoritettu."])(
    "%s is qualitative",
    (text) => expect(parseTarget(text).target).toEqual({ kind: "qualitative" }),
  );

  test("an ordinal or a year is no target level", () => {
    expect(parseTarget("Omakirjasto 2. vaihe käynnissä").target.kind).toBe("qualitative");
    expect(parseTarget("Toiminta vakiintuu vuonna 2020").target.kind).toBe("qualitative");
  });

  test("the fill-rate target names its topic", () => {
    expect(parseTarget("Vähintään 100 % täyttöaste").topic).toBe("fillRate");
  });
});

describe("actuals as written in the seeds", () => {
  const score = parseTarget("Tavoitetaso 4 (asteikolla 1-5)").target;
  const percent = parseTarget("Vähintään 100 % täyttöaste").target;
  const count = parseTarget("300 tapahtumaa").target;

  test("a score in a sentence, bracketed remarks left out", () => {
    expect(readActual({ value: "Asiakaspalaute ”Saamani palvelu on vastannut tarpeitani”, 4,18" }, score)).toEqual({
      kind: "number",
      value: 4.18,
      percent: false,
    });
    // Two scores: the one the metric's own words name decides (issue 17: the first is never taken by default).
    const metric = "Asiakaspalaute: Saamani palvelu on vastannut tarpeitani";
    expect(readActual({ value: "Saamani palvelu on vastannut tarpeitani (12_2012) 4,27; Kuukokysymysten keskiarvo 4,15." }, score, metric)).toEqual({
      kind: "number",
      value: 4.27,
      percent: false,
    });
    expect(readActual({ value: "Saamani palvelu on vastannut tarpeitani (12_2012) 4,27; Kuukokysymysten keskiarvo 4,15." }, score)).toEqual({
      kind: "ambiguous",
      figures: ["4,27", "4,15"],
    });
  });

  test("a monthly series: its mean is the value", () => {
    const a = readActual({ value: "loka 98,97 %\nmarras 99,07 %\njoulu 99,29 %" }, percent);
    expect(a).toEqual({ kind: "series", months: expect.any(Array), value: 99.11 });
  });

  test("a percent target takes no count: '4 henkilöä koulutettu' is no share", () => {
    expect(
      readActual({ value: "4 henkilöä koulutettu, peruskoulutukset alkavat syyskuussa (3 ryhmää)" }, parseTarget("noin 15 % henkilökunnasta").target),
    ).toBeNull();
  });

  test("own and private production with stated shares (seed 000)", () => {
    expect(parseSplit("•Omassa tuotannossa 5766, 78,6% •Palveluseteli ja yksityinen tuki 1575, 21,4 %")).toEqual({
      own: 5766,
      private: 1575,
      ownStated: { value: 78.6, decimals: 1 },
      privateStated: { value: 21.4, decimals: 1 },
    });
  });

  test("'x / y' is a fraction, '4/vuosi' is not", () => {
    expect(parseFraction("Saavutettavuusauditointi tehty 7 / 7")).toEqual({ done: 7, total: 7 });
    expect(parseFraction("kokoontumisia 4/vuosi")).toBeNull();
    expect(readActual({ value: "Asiakastyytyväisyys mitattu 0 / 7" }, count)).toEqual({ kind: "fraction", done: 0, total: 7 });
  });

  test("progress words: in capitals anywhere, in lower case only as the cell's message", () => {
    expect(progressOf("TEHTY")).toBe("done");
    expect(progressOf("Vaihe 2 TEKEILLÄ")).toBe("doing");
    expect(progressOf("TEKEMÄTTÄ")).toBe("todo");
    expect(progressOf("Tavoite saavutettu 15.6.2020")).toBe("done");
    expect(progressOf("Saavutettu 30.4.2020.")).toBe("done");
    expect(progressOf("osittain")).toBe("doing");
    expect(progressOf("ei toteudu")).toBe("todo");
    expect(progressOf("Asiakastyytyväisyyskysely tehty joulukuussa.")).toBeUndefined();
    expect(progressOf("Puhku-hanke laajennussuunnitelma tehty ja muuta")).toBeUndefined();
  });

  test("a date in an actual is never a value: 'Saavutettu 30.4.2020' is a progress word", () => {
    expect(readActual({ value: "Saavutettu 30.4.2020." }, count)).toEqual({ kind: "progress", progress: "done" });
  });

  test("typed statuses in three languages, and hand-coloured cells", () => {
    expect(parseStatusText("Keltainen")).toBe("yellow");
    expect(parseStatusText("Keltainen (ennuste)")).toBe("yellow");
    expect(parseStatusText("grön")).toBe("green");
    expect(parseStatusText("Red")).toBe("red");
    expect(parseStatusText("–")).toBe("none");
    expect(parseStatusText("")).toBeUndefined();
    expect(parseStatusText("ok")).toBe("invalid");
    expect(statusOfFill("00B050")).toBe("green");
    expect(statusOfFill("92D050")).toBe("green");
    expect(statusOfFill("FFC000")).toBe("yellow");
    expect(statusOfFill("FFFF00")).toBe("yellow");
    expect(statusOfFill("FF0000")).toBe("red");
    expect(statusOfFill("D9E1F2")).toBeUndefined();
  });
});
