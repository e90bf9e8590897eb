/** @jest-environment jsdom */
// The year-end forecast's risk is said in one set of words (RISK_LABELS in the engine's i18n):
// the summary workbook's risk column and counts, the Check view's list and the Refresh preview
// show the same words, in Finnish, Swedish and English.
import { cleanup, render, screen, within } from "@testing-library/react";
import type { Risk } from "../../src/domain/forecast";
import type { Lang } from "../../src/domain/i18n/lang";
import { sheetFromValues, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { combineUnits, summariseUnit } from "../../src/domain/summary";
import { summaryWorkbook } from "../../src/domain/summary-workbook";
import { SUMMARY_SHEETS } from "../../src/domain/summary-text";
import { excelMock } from "../../src/devtools/excel-mock";
import { excelHost } from "../../src/taskpane/host";
import { CheckView } from "../../src/taskpane/views/CheckView";
import { RefreshView } from "../../src/taskpane/views/RefreshView";

afterEach(cleanup);

// Events add up over the year: by month 8, 250 project to 375 ≥ 300 (on track), 190 to 285 in
// the yellow band 270…300 (at risk), 100 to 150 < 270 (off track).
function workbook(): WorkbookSnapshot {
  return {
    sheets: [
      sheetFromValues("Tavoitteet", [
        ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma 1–8/2025", "Värikoodi"],
        ["Kirjastokursseja pidetään", "Kurssien määrä", "vähintään 300 kurssia vuodessa", 250, null],
        ["Perhetapahtumia järjestetään", "Tapahtumien määrä", "vähintään 300 tapahtumaa vuodessa", 190, null],
        ["Satutunteja pidetään", "Satutuntien määrä", "vähintään 300 satutuntia vuodessa", 100, null],
      ]),
    ],
    unsupported: [],
  };
}

const GOALS: Record<Risk, string> = {
  "on-track": "Kirjastokursseja pidetään",
  "at-risk": "Perhetapahtumia järjestetään",
  "off-track": "Satutunteja pidetään",
};

/** The words a city's finance office writes for a year-end forecast. */
const WORDS: Record<Lang, Record<Risk, string>> = {
  fi: { "on-track": "Toteutuu", "at-risk": "Toteutuminen epävarmaa", "off-track": "Ei toteudu" },
  sv: { "on-track": "Uppnås", "at-risk": "Osäker måluppfyllelse", "off-track": "Uppnås inte" },
  en: { "on-track": "On track", "at-risk": "At risk", "off-track": "Off track" },
};

/** The summary workbook's risk cell on each goal's row of its Goals sheet, and its Units sheet's heads. */
function summaryWords(lang: Lang) {
  const summary = combineUnits([summariseUnit("kirjasto.xlsx", workbook(), lang)], []);
  const book = summaryWorkbook(summary, lang, { at: "2026-10-05T10:00", inputs: ["kirjasto.xlsx"] });
  const goals = book.sheets.find((s) => s.name === SUMMARY_SHEETS.goals[lang])!;
  const risk = {} as Record<Risk, unknown>;
  for (const [level, goal] of Object.entries(GOALS) as Array<[Risk, string]>) {
    const row = goals.cells.find((c) => c.value === goal)!.row;
    const cells = goals.cells.filter((c) => c.row === row).map((c) => c.value);
    risk[level] = cells.find((v) => Object.values(WORDS[lang]).includes(v as string));
  }
  const units = book.sheets.find((s) => s.name === SUMMARY_SHEETS.units[lang])!;
  return { risk, heads: units.cells.map((c) => String(c.value ?? "")) };
}

function host() {
  const { context } = excelMock(workbook(), {});
  return excelHost((batch) => batch(context), false);
}

describe.each(["fi", "sv", "en"] as const)("%s", (lang) => {
  test("the summary workbook writes the risk words in its goal rows and its count heads", () => {
    const { risk, heads } = summaryWords(lang);
    expect(risk).toEqual(WORDS[lang]);
    const lower = (s: string) => s.charAt(0).toLocaleLowerCase(lang) + s.slice(1);
    expect(heads.some((h) => h.endsWith(lower(WORDS[lang]["at-risk"])))).toBe(true);
    expect(heads.some((h) => h.endsWith(lower(WORDS[lang]["off-track"])))).toBe(true);
  });

  test("the Check view and the Refresh preview show the same words", async () => {
    render(<CheckView host={host()} lang={lang} />);
    const list = (await screen.findAllByRole("listitem")).filter((li) => li.hasAttribute("data-risk"));
    expect(list.map((li) => [li.getAttribute("data-risk"), li.querySelector("span,p,div")?.textContent])).toEqual([
      ["off-track", `${WORDS[lang]["off-track"]}: ${GOALS["off-track"]}`],
      ["at-risk", `${WORDS[lang]["at-risk"]}: ${GOALS["at-risk"]}`],
    ]);
    cleanup();
    render(<RefreshView host={host()} lang={lang} />);
    for (const level of ["on-track", "at-risk", "off-track"] as const) {
      const marks = await screen.findAllByText(WORDS[lang][level]);
      expect(marks.map((m) => m.getAttribute("data-risk"))).toEqual([level]);
    }
    expect(within(document.body).queryByText(/Toteutumassa|Riskissä|På väg att|I riskzonen|Nås\b/)).toBeNull();
  });
});
