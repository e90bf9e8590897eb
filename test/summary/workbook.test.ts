// The summary workbook (issue 12), written by the ExcelJS adapter and read back as Excel would:
// its sheets, the goal table with filters, the fill rate's colour scales, frozen headers, and
// every status written as a label with its fill (never colour alone).
import ExcelJS from "exceljs";
import type { Lang } from "../../src/domain/i18n/lang";
import { STATUS_FILLS, STATUS_LABELS, statusLabel, type Status } from "../../src/domain/parse/words";
import { combineUnits, summariseUnit, type UnitPart } from "../../src/domain/summary";
import { SUMMARY_SHEETS } from "../../src/domain/summary-text";
import { summaryWorkbook } from "../../src/domain/summary-workbook";
import type { WorkbookSpec } from "../../src/domain/template/spec";
import { toBytes, workbookOf } from "../../src/workbook/xlsx";
import { specToBytesStreaming } from "../../src/workbook/xlsx-stream";
import { earlyChildhood, library, seed000 } from "../fixtures/seeds";

const MADE = { at: "2026-11-23T18:30", inputs: ["yksikot/"] };

/** The base layout: without the engine's year-end projections (their columns are tested in projection.test.ts). */
function plain(p: UnitPart): UnitPart {
  const unit = { ...p.unit };
  delete unit.fillRateProjection;
  delete unit.risk;
  return { ...p, unit, goals: p.goals.map(({ projection: _p, risks: _r, ...g }) => g) };
}

function summary(lang: Lang) {
  const parts = [
    summariseUnit("yksikot/varhaiskasvatus.xlsx", earlyChildhood(), lang),
    summariseUnit("yksikot/kirjasto.xlsx", library(), lang),
    summariseUnit("yksikot/seed000.xlsx", seed000(), lang),
  ].map(plain);
  return combineUnits(parts, [{ file: "yksikot/rikki.xlsx", reason: "tiedosto on vioittunut" }]);
}

type Writer = (spec: WorkbookSpec) => Promise<Uint8Array>;
/** The pane's writer (the whole workbook in memory) and the command line's (row by row). */
const WRITERS: Array<[string, Writer]> = [
  ["in memory", (spec) => toBytes(workbookOf(spec))],
  ["row by row", specToBytesStreaming],
];

async function readBack(lang: Lang, write: Writer): Promise<ExcelJS.Workbook> {
  const bytes = await write(summaryWorkbook(summary(lang), lang, MADE));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const fillOf = (c: ExcelJS.Cell) => (c.fill?.type === "pattern" ? c.fill.fgColor?.argb?.slice(2) : undefined);

/** The column whose header (in `headerRow`) is `title`. */
function column(ws: ExcelJS.Worksheet, headerRow: number, title: string): number {
  let found = 0;
  ws.getRow(headerRow).eachCell((c, col) => {
    if (c.value === title && found === 0) found = col;
  });
  if (!found) throw new Error(`no column ${title} on ${ws.name}`);
  return found;
}

describe.each(WRITERS)("written %s", (_name, write) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readBack("fi", write);
  });

  test("the workbook has the five sheets, named in the chosen language", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Yksiköt", "Tavoitteet", "Täyttöaste", "Ongelmat", "Tiedot"]);
    const sv = await readBack("sv", write);
    expect(sv.worksheets.map((w) => w.name)).toEqual(Object.values(SUMMARY_SHEETS).map((t) => t.sv));
    const en = await readBack("en", write);
    expect(en.worksheets.map((w) => w.name)).toEqual(["Units", "Goals", "Fill rate", "Problems", "About"]);
  });

  test("Tavoitteet is an Excel table with filter buttons over every goal row, its header frozen", () => {
    const ws = wb.getWorksheet("Tavoitteet")!;
    const s = summary("fi");
    const table = ws.getTable("SummaryGoals") as unknown as {
      table: { tableRef: string; autoFilterRef?: string; ref?: string; columns: Array<{ name: string; filterButton?: boolean }> };
    };
    expect(table).toBeDefined();
    const ref = table.table.tableRef ?? table.table.ref;
    expect(ref).toBe(`A1:K${1 + s.goals.length}`);
    expect(table.table.columns.map((c) => c.name)).toEqual([
      "Yksikkö",
      "Osio",
      "Tavoite",
      "Mittari",
      "Tavoitetaso",
      "Toteuma",
      "Tila",
      "Ennuste",
      "Tiedosto",
      "Välilehti",
      "Rivi",
    ]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Printed, the header row repeats on every page, landscape.
    expect(ws.pageSetup).toMatchObject({ printTitlesRow: "1:1", orientation: "landscape" });
    // The table was laid over the written cells: the values are still there.
    expect(ws.getCell(2, 1).value).toBe(s.goals[0].unit);
  });

  test("every status cell carries its label and the label's fill, on Tavoitteet and Yksiköt", () => {
    const labels = new Map<string, Status>();
    for (const st of ["green", "yellow", "red", "none"] as Status[]) {
      labels.set(statusLabel(st, "fi", false), st);
      labels.set(statusLabel(st, "fi", true), st);
    }
    const check = (ws: ExcelJS.Worksheet, headerRow: number, first: number, last: number, title = "Tila") => {
      const col = column(ws, headerRow, title);
      const seen = new Set<Status>();
      for (let r = first; r <= last; r++) {
        const c = ws.getCell(r, col);
        const st = labels.get(String(c.value));
        expect(st).toBeDefined();
        seen.add(st!);
        expect(fillOf(c)).toBe(st === "none" ? undefined : STATUS_FILLS[st as Exclude<Status, "none">]);
      }
      return seen;
    };
    const s = summary("fi");
    expect(check(wb.getWorksheet("Tavoitteet")!, 1, 2, 1 + s.goals.length)).toEqual(new Set(["green", "yellow", "red", "none"]));
    const units = wb.getWorksheet("Yksiköt")!;
    check(units, 4, 5, 4 + s.units.length + 1, "Heikoin tavoite");
    // The status counts stand under their labelled headers, in their colour where not zero.
    const redCol = column(units, 4, STATUS_LABELS.red.fi);
    const withRed = s.units.findIndex((u) => u.statuses.red > 0);
    expect(units.getCell(5 + withRed, redCol).value).toBe(s.units[withRed].statuses.red);
    expect(fillOf(units.getCell(5 + withRed, redCol))).toBe(STATUS_FILLS.red);
    expect(units.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  test("Yksiköt lists the units attention first and ends with a totals row", () => {
    const ws = wb.getWorksheet("Yksiköt")!;
    const s = summary("fi");
    expect([5, 6, 7].map((r) => ws.getCell(r, 1).value)).toEqual(s.units.map((u) => u.unit));
    expect(String(ws.getCell(8, 1).value)).toMatch(/^Yhteensä \(3 yksikköä\)/);
    expect(ws.getCell(8, column(ws, 4, "Virheitä")).value).toBe(s.totals.errors);
    expect(String(ws.getCell(2, 1).value)).toContain("1 tiedosto jäi lukematta");
  });

  test("Täyttöaste has a colour scale against the target on each unit's months and the weighted city row", () => {
    const ws = wb.getWorksheet("Täyttöaste")!;
    const cfs = (
      ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; cfvo: Array<{ type: string; value?: number }> }> }> }
    ).conditionalFormattings;
    expect(cfs.length).toBeGreaterThanOrEqual(2);
    for (const cf of cfs) {
      expect(cf.rules[0].type).toBe("colorScale");
      expect(cf.rules[0].cfvo.map((v) => v.value)).toEqual([96, 98, 100]);
    }
    let cityRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === "Koko kaupunki, paikoilla painotettu") cityRow = r;
    });
    expect(cityRow).toBeGreaterThan(0);
    expect(cfs.some((cf) => cf.ref.endsWith(String(cityRow)))).toBe(true);
  });

  test("Ongelmat lists every issue, errors first, with the unreadable file among them; Tiedot says what was not read and why", () => {
    const ws = wb.getWorksheet("Ongelmat")!;
    const s = summary("fi");
    expect(ws.getTable("SummaryProblems")).toBeDefined();
    expect(ws.rowCount).toBe(1 + s.issues.length + s.unreadable.length);
    expect([ws.getCell(2, 1).value, ws.getCell(2, 2).value, ws.getCell(2, 4).value]).toEqual(["Virhe", "unreadable-file", "yksikot/rikki.xlsx"]);
    const severities = [];
    for (let r = 2; r <= ws.rowCount; r++) severities.push(ws.getCell(r, 1).value);
    const rank = { Virhe: 0, Varoitus: 1, Huomautus: 2 } as Record<string, number>;
    expect(severities.map((v) => rank[String(v)])).toEqual([...severities.map((v) => rank[String(v)])].sort((a, b) => a - b));
    const about = wb.getWorksheet("Tiedot")!;
    const texts: string[] = [];
    about.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("23.11.2026 klo 18.30");
    expect(texts).toContain("Ei luettavissa: tiedosto on vioittunut");
  });
});
