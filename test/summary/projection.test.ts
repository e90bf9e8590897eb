// The summary's side of the year-end forecast (issue 21, domain.md "Year-end forecast"): the engine
// will give goal rows and the fill rate `projection: {value, low, high, method, risk}` and a goal
// row its "Riskit" text. Until it does, the check is wrapped here to add them to chosen rows, so
// that the summary is shown to carry them: in the parts, in the order of units (off track and at
// risk right after errors), in the --json document, and in the workbook's forecast columns and
// Riskit sheet. Without projections the summary has none of these columns.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/domain/snapshot";
import { byAttention, combineUnits, summariseUnit, type Projection } from "../../src/domain/summary";
import { summaryWorkbook } from "../../src/domain/summary-workbook";
import { book } from "../fixtures/seeds";
import { tempDir, xlsxOf, specOf } from "../fixtures/xlsx";
import { runCli } from "../fixtures/cli";

/** Goal texts marked "[off]", "[risk]" or "[on]" get a projection of that risk; "[riskit: …]" a risk text. */
jest.mock("../../src/domain/index", () => {
  const real = jest.requireActual("../../src/domain/index");
  const risk = { "[off]": "off-track", "[risk]": "at-risk", "[on]": "on-track" } as const;
  return {
    ...real,
    check: (...args: unknown[]) => {
      const report = real.check(...args);
      for (const g of report.detail.goals) {
        const r = g.result;
        for (const [mark, level] of Object.entries(risk)) {
          if (r.goal.includes(mark)) r.projection = { value: 3.5, low: 3.2, high: 3.8, method: "keskiarvo", risk: level };
        }
        const text = /\[riskit: ([^\]]+)\]/.exec(r.goal);
        if (text) r.risks = text[1];
      }
      if (report.fillRate && report.goals.some((r: { goal: string }) => r.goal.includes("[fill]"))) {
        report.fillRate.projection = { value: 97.25, low: 96.5, high: 98, method: "kuukausien keskiarvo", risk: "at-risk" };
      }
      return report;
    },
  };
});

const HEAD = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–9 kk", "Arviointi 1–12 kk"];

function unitBook(name: string, goals: string[], status = "4,2") {
  const rows: CellValue[][] = goals.map((g) => [g, "Päällikkö", "Kysely", "Vähintään 4", status, null]);
  const sheets: Array<[string, CellValue[][]]> = [["Tavoitteet", [["PALVELUTUOTANTOSOPIMUS 2025"], [`Tulosyksikkö: ${name}`], [], HEAD, ...rows]]];
  sheets.push(["Täyttöaste", [["Täyttöaste 2025"], [], ["Kuukausi", "Paikat", "Lapset (painotettu)", "Täyttöaste %"], ["tammi", 100, 97, null]]]);
  return book(...sheets);
}

const UNITS: Array<[string, string[]]> = [
  ["Vihreä", ["Asiakkaat ovat tyytyväisiä [on]"]],
  ["Riskissä", ["Asiakkaat ovat tyytyväisiä [risk] [riskit: sijaisia ei saada]", "Perheet saavat tietoa [on] [fill]"]],
  ["Karkaa", ["Asiakkaat ovat tyytyväisiä [off]", "Kävijämäärä kasvaa [riskit: kirjasto suljettu remontin ajaksi]"]],
];

const parts = () => UNITS.map(([name, goals]) => summariseUnit(`${name.toLowerCase()}.xlsx`, unitBook(name, goals), "fi"));

test("a unit's part carries the goals' projections and risk texts, the fill rate's projection, and its risk counts", () => {
  const [green, atRisk, off] = parts();
  const p: Projection = { value: 3.5, low: 3.2, high: 3.8, method: "keskiarvo", risk: "at-risk" };
  expect(atRisk.goals[0]).toMatchObject({ projection: p, risks: "sijaisia ei saada" });
  expect(atRisk.unit.fillRateProjection).toEqual({ value: 97.25, low: 96.5, high: 98, method: "kuukausien keskiarvo", risk: "at-risk" });
  expect([green.unit.risk, atRisk.unit.risk, off.unit.risk]).toEqual([
    { offTrack: 0, atRisk: 0 },
    { offTrack: 0, atRisk: 1 },
    { offTrack: 1, atRisk: 0 },
  ]);
  expect(off.goals[1].projection).toBeUndefined();
  expect(off.goals[1].risks).toBe("kirjasto suljettu remontin ajaksi");
  // Absent fields stay absent: nothing is made up where the engine gives no projection.
  expect(Object.keys(off.goals[1])).not.toContain("projection");
});

test("units with goals off track, then at risk, come first after errors, before those with more red", () => {
  const [green, atRisk, off] = parts().map((p) => p.unit);
  const red = { ...green, unit: "Punainen", statuses: { green: 0, yellow: 0, red: 3, none: 0 }, risk: undefined };
  const errors = { ...green, unit: "Virheitä", errors: 1 };
  expect([green, red, atRisk, off, errors].sort(byAttention).map((u) => u.unit)).toEqual(["Virheitä", "Karkaa", "Riskissä", "Punainen", "Vihreä"]);
});

test("the workbook gets forecast columns, the fill rate's forecast and a Riskit sheet, off track first", () => {
  const s = combineUnits(parts(), []);
  const wb = summaryWorkbook(s, "fi", { at: "2026-10-05T10:00", inputs: ["yksikot/"] });
  expect(wb.sheets.map((x) => x.name)).toEqual(["Yksiköt", "Tavoitteet", "Riskit", "Täyttöaste", "Ongelmat", "Tiedot"]);
  const heads = (i: number, row: number) => wb.sheets[i].cells.filter((c) => c.row === row).map((c) => c.value);
  expect(heads(1, 1)).toEqual(expect.arrayContaining(["Ennuste vuoden lopussa", "Vaihteluväli", "Riski", "Riskit"]));
  expect(heads(0, 4)).toEqual(expect.arrayContaining(["Täyttöasteen ennuste %", "Ennuste: ei toteudu", "Ennuste: toteutuminen epävarmaa"]));
  const risks = wb.sheets[2];
  const rows = [4, 5, 6].map((r) => risks.cells.filter((c) => c.row === r).map((c) => c.value));
  expect(rows.map((r) => [r[0], r[5], r[6]])).toEqual([
    ["Karkaa", "Ei toteudu", ""],
    ["Riskissä", "Toteutuminen epävarmaa", "sijaisia ei saada"],
    ["Karkaa", "", "kirjasto suljettu remontin ajaksi"],
  ]);
  expect(rows[0][4]).toBe("3,2–3,8 (keskiarvo)");
});

test("the command line carries them too: --json per goal and unit, and the workbook written row by row", async () => {
  const dir = await tempDir();
  const units = path.join(dir, "yksikot");
  await fs.mkdir(units);
  for (const [name, goals] of UNITS) await fs.writeFile(path.join(units, `${name.toLowerCase()}.xlsx`), await xlsxOf(specOf(unitBook(name, goals))));
  const out = path.join(dir, "yhteenveto.xlsx");
  const r = await runCli(["summary", units, "-o", out, "--json"]);
  expect(r.err).toContain("Kirjoitettu");
  const doc = r.json();
  expect(doc.units.map((u: { unit: string }) => u.unit)).toEqual(["Karkaa", "Riskissä", "Vihreä"]);
  expect(doc.goals.find((g: { goal: string }) => g.goal.includes("[off]")).projection).toMatchObject({ risk: "off-track", value: 3.5 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toContain("Riskit");
  const head = (wb.getWorksheet("Tavoitteet")!.getRow(1).values as unknown[]).map(String);
  expect(head).toEqual(expect.arrayContaining(["Ennuste vuoden lopussa", "Riski", "Riskit"]));
});

test("without projections there are no forecast columns and no Riskit sheet", () => {
  const plain = summariseUnit("a.xlsx", unitBook("Tavallinen", ["Asiakkaat ovat tyytyväisiä"]), "fi");
  const wb = summaryWorkbook(combineUnits([plain], []), "fi", { at: "2026-10-05T10:00", inputs: [] });
  expect(wb.sheets.map((x) => x.name)).toEqual(["Yksiköt", "Tavoitteet", "Täyttöaste", "Ongelmat", "Tiedot"]);
  expect(wb.sheets[1].cells.filter((c) => c.row === 1).map((c) => c.value)).not.toContain("Riski");
  expect(plain.unit.risk).toBeUndefined();
});
