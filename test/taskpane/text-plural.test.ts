// The pane's counted texts take the singular for exactly one ("1 solu muuttuu", "1 goal row in
// 1 table") and the plural otherwise, in every language; no arrows in its instructions.
import type { Lang } from "../../src/domain/i18n/lang";
import { checkSummary, problemText, t } from "../../src/taskpane/text";

describe("counted texts in the pane", () => {
  test.each([
    ["fi", "1 solu muuttuu", "18 solua muuttuu", "Päivitetty työkirjaan: 1 solu.", "Päivitetty työkirjaan: 18 solua."],
    ["sv", "1 cell ändras", "18 celler ändras", "Uppdaterat i arbetsboken: 1 cell.", "Uppdaterat i arbetsboken: 18 celler."],
    ["en", "1 cell changes", "18 cells change", "Updated in the workbook: 1 cell.", "Updated in the workbook: 18 cells."],
  ] as const)("changed and written cells (%s)", (lang, one, many, appliedOne, appliedMany) => {
    expect(t("changes", lang, { n: 1 })).toBe(one);
    expect(t("changes", lang, { n: 18 })).toBe(many);
    expect(t("applied", lang, { n: 1 })).toBe(appliedOne);
    expect(t("applied", lang, { n: 18 })).toBe(appliedMany);
  });

  test.each([
    ["fi", "1 tavoiterivi 1 taulukossa", "13 tavoiteriviä 4 taulukossa"],
    ["sv", "1 målrad i 1 tabell", "13 målrader i 4 tabeller"],
    ["en", "1 goal row in 1 table", "13 goal rows in 4 tables"],
  ] as const)("the check's summary line (%s)", (lang, one, many) => {
    expect(checkSummary(1, 1, lang)).toBe(one);
    expect(checkSummary(13, 4, lang)).toBe(many);
  });

  test("status changes, relabelled cells, formulas and an existing contract in the singular", () => {
    expect(t("changeStatus", "en", { n: 1 })).toBe("1 goal changes status (listed below)");
    expect(t("changeLabel", "sv", { n: 1 })).toBe("1 statuscell får enhetlig text eller färg (statusen är densamma)");
    expect(t("changeFormula", "en", { n: 2 })).toBe("2 computed cells get a formula");
    expect(t("changeFormula", "en", { n: 1 })).toBe("1 computed cell gets a formula");
    expect(t("contractExists", "fi", { n: 1 })).toContain("(1 tavoitetaulukko)");
  });

  test.each(["fi", "sv", "en"] as Lang[])("the protected-sheet message names the command in words, without an arrow (%s)", (lang) => {
    expect(problemText({ kind: "protected", sheet: "Sopimus" }, lang)).not.toMatch(/[→>]/);
  });
});
