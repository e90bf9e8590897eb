// The pane's Yhteenveto view, this year against last (issue 21): last year's files read one at a
// time through the worker's reader (a unit workbook or last year's summary workbook), the summary
// made again with them, and what the view shows of the changes (rendered to markup here).
import { renderToStaticMarkup } from "react-dom/server";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { summariseUnit } from "../../src/domain/summary";
import { lastYearOf } from "../../src/domain/summary-previous";
import { FileUnreadable } from "../../src/taskpane/file-host";
import { readLastYear, type PickedFile, type UnitReader } from "../../src/taskpane/summary-reader";
import { fillBars, summaryOf, yearChanges } from "../../src/taskpane/views/summary-model";
import { YearChanges } from "../../src/taskpane/views/SummaryLastYear";
import { book } from "../fixtures/seeds";

const HEAD = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–12 kk"];

function unitBook(name: string, rows: Array<[goal: string, actual: string]>): WorkbookSnapshot {
  return book([
    "Tavoitteet",
    [
      ["PALVELUTUOTANTOSOPIMUS 2025"],
      [`Tulosyksikkö: ${name}`],
      [],
      HEAD,
      ...rows.map(([goal, actual]) => [goal, "Päällikkö", "Kysely", "Vähintään 4", actual]),
    ],
  ]);
}

const NOW: Record<string, WorkbookSnapshot> = {
  "nummi.xlsx": unitBook("Nummi", [
    ["Asiakkaat ovat tyytyväisiä", "4,2"],
    ["Henkilöstö voi hyvin", "3,7"],
    ["Uusi tavoite", "4,5"],
  ]),
};
const LAST: Record<string, WorkbookSnapshot> = {
  "nummi-2024.xlsx": unitBook("Nummi", [
    ["Asiakkaat ovat tyytyväisiä.", "3,5"],
    ["Henkilöstö voi hyvin", "4,4"],
    ["Poistunut tavoite", "4"],
  ]),
};

const picked = (name: string): PickedFile => ({ name, arrayBuffer: async () => new ArrayBuffer(1) });

/** The worker's work on the page: the same domain functions the worker calls, over the snapshots above. */
const reader: UnitReader = {
  part: async (file, _bytes, lang) => summariseUnit(file, NOW[file], lang),
  lastYear: async (file, _bytes, lang) => {
    if (!LAST[file]) throw new FileUnreadable("notZip");
    return lastYearOf(file, LAST[file], lang);
  },
  book: async () => new Uint8Array(),
  close: () => undefined,
};

test("last year's files are read one at a time; one that cannot be read is listed and never stops the others", async () => {
  const progress: string[] = [];
  const last = await readLastYear(["muistio.docx", "nummi-2024.xlsx"].map(picked), reader, "fi", (d, n) => progress.push(`${d}/${n}`));
  expect(progress).toEqual(["1/2", "2/2"]);
  expect(last.units.map((u) => u.unit)).toEqual(["Nummi"]);
  expect(last.unreadable).toEqual([{ file: "muistio.docx", reason: "se ei ole .xlsx-tiedosto" }]);
});

test("the summary is made again with last year's units: changes per goal and the goals that matched nothing", async () => {
  const part = await reader.part("nummi.xlsx", new Uint8Array(), "fi");
  const { units } = await readLastYear([picked("nummi-2024.xlsx")], reader, "fi", () => undefined);
  expect(summaryOf([part], [], null).unmatched).toBeUndefined();
  const s = summaryOf([part], [], units);
  expect(s.goals.map((g) => [g.goal, g.previous?.status ?? null, g.change])).toEqual([
    ["Asiakkaat ovat tyytyväisiä", "red", "better"],
    ["Henkilöstö voi hyvin", "green", "worse"],
    ["Uusi tavoite", null, null],
  ]);
  expect(s.unmatched?.previous.map((g) => g.goal)).toEqual(["Poistunut tavoite"]);
  const c = yearChanges(s);
  expect([c.better.length, c.worse.length, c.same, c.notComparable]).toEqual([1, 1, 0, 0]);
});

test("the view says what changed, in words, in Finnish, Swedish and English", async () => {
  const part = await reader.part("nummi.xlsx", new Uint8Array(), "fi");
  const { units } = await readLastYear([picked("nummi-2024.xlsx")], reader, "fi", () => undefined);
  const s = summaryOf([part], [], units);
  const fi = renderToStaticMarkup(<YearChanges summary={s} lang="fi" />);
  expect(fi).toContain("Edelliseen vuoteen verrattuna");
  expect(fi).toContain("Parempi 1, sama 0, huonompi 1, ei verrattavissa 0");
  expect(fi).toContain("Heikentyneet tavoitteet (1)");
  expect(fi).toContain("Nummi: Henkilöstö voi hyvin: Vihreä → Keltainen");
  expect(fi).toContain("Nummi: Asiakkaat ovat tyytyväisiä: Punainen → Vihreä");
  expect(fi).toContain("Tämän vuoden tavoitteet ilman vastinetta (1)");
  expect(fi).toContain("Edellisen vuoden tavoitteet ilman vastinetta (1)");
  expect(fi).toContain("Nummi: Poistunut tavoite (nummi-2024.xlsx, Tavoitteet, 7)");
  expect(renderToStaticMarkup(<YearChanges summary={s} lang="sv" />)).toContain("Bättre 1, samma 0, sämre 1, kan inte jämföras 0");
  expect(renderToStaticMarkup(<YearChanges summary={s} lang="en" />)).toContain("Goals that got worse (1)");
  // Without last year the view shows nothing of it.
  expect(renderToStaticMarkup(<YearChanges summary={summaryOf([part], [], null)} lang="fi" />)).toBe("");
});

test("the pane's fill-rate bars tell units of the same name apart by file (issue 17)", () => {
  const a = summariseUnit("pohjoinen/keskusta.xlsx", NOW["nummi.xlsx"], "fi").unit;
  const twin = (file: string) => ({ ...a, unit: "Keskusta", file, fillRate: 97.5, fillRateTarget: 100 });
  expect(fillBars([twin("pohjoinen/keskusta.xlsx"), twin("etela/keskusta.xlsx"), { ...twin("x.xlsx"), unit: "Nummi" }]).map((b) => b.name)).toEqual([
    "Keskusta (pohjoinen/keskusta.xlsx)",
    "Keskusta (etela/keskusta.xlsx)",
    "Nummi",
  ]);
});
