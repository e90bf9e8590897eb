/** @jest-environment jsdom */
// The Yhteenveto view's logic and the view itself in jsdom: files read one at a time with their
// progress, an unreadable file listed with its reason while the others are read, the totals and
// the units needing attention, and the summary written into the open workbook (through the strict
// Excel double) as new sheets under free names, never over a sheet or table that exists. The worker
// is replaced by a reader that runs the same engine on the seed workbooks (the browser test uses
// the real worker).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../src/domain/i18n/lang";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { combineUnits, summariseUnit, type UnitPart } from "../../src/domain/summary";
import { summaryWorkbook } from "../../src/domain/summary-workbook";
import type { WorkbookSpec } from "../../src/domain/template/spec";
import { strictExcel } from "../../src/devtools/strict-excel";
import { FileUnreadable } from "../../src/taskpane/file-host";
import { excelHost, type Host } from "../../src/taskpane/host";
import { readUnits, type PickedFile, type UnitReader } from "../../src/taskpane/summary-reader";
import { attentionSplit, fillBars, freeNames, unitGroups } from "../../src/taskpane/views/summary-model";
import { SummaryView } from "../../src/taskpane/views/SummaryView";
import { App } from "../../src/taskpane/App";
import { earlyChildhood, library, seed000 } from "../fixtures/seeds";

const BOOKS: Record<string, () => WorkbookSnapshot> = {
  "varhaiskasvatus.xlsx": earlyChildhood,
  "kirjasto.xlsx": library,
  "paivakoti-9kk.xlsx": seed000,
};

/** A file as the picker gives it; its bytes name the seed workbook it stands for. */
const picked = (name: string): PickedFile => ({ name, arrayBuffer: async () => Uint8Array.from(name, (c) => c.charCodeAt(0)).buffer });

/** The worker's work on the page: the engine's summariseUnit over the seed; any other name is no .xlsx. */
function seedReader(): UnitReader & { calls: string[]; closed: boolean } {
  const r = {
    calls: [] as string[],
    closed: false,
    part: async (file: string, bytes: Uint8Array, lang: Lang): Promise<UnitPart> => {
      r.calls.push(String.fromCharCode(...bytes));
      const seed = BOOKS[file];
      if (!seed) throw new FileUnreadable("notZip");
      return summariseUnit(file, seed(), lang);
    },
    book: async () => new Uint8Array(),
    close: () => {
      r.closed = true;
    },
  };
  return r;
}

describe("reading the units", () => {
  test("one file at a time, progress after each, an unreadable file listed with its reason and the others still read", async () => {
    const progress: string[] = [];
    const reader = seedReader();
    const { parts, unreadable } = await readUnits(["kirjasto.xlsx", "muistio.docx", "varhaiskasvatus.xlsx"].map(picked), reader, "fi", (d, n) =>
      progress.push(`${d} / ${n}`),
    );
    expect(progress).toEqual(["1 / 3", "2 / 3", "3 / 3"]);
    expect(reader.calls).toEqual(["kirjasto.xlsx", "muistio.docx", "varhaiskasvatus.xlsx"]);
    expect(parts.map((p) => p.unit.file)).toEqual(["kirjasto.xlsx", "varhaiskasvatus.xlsx"]);
    expect(unreadable).toEqual([{ file: "muistio.docx", reason: "se ei ole .xlsx-tiedosto" }]);
  });

  test("reading stops between files when the view is closed", async () => {
    let n = 0;
    const { parts } = await readUnits(
      Object.keys(BOOKS).map(picked),
      seedReader(),
      "fi",
      () => n++,
      () => n >= 1,
    );
    expect(parts).toHaveLength(1);
  });
});

describe("what the view shows", () => {
  const summary = () =>
    combineUnits(
      Object.entries(BOOKS).map(([file, seed]) => summariseUnit(file, seed(), "fi")),
      [],
    );

  test("units needing attention are the engine's, in its order, and the rest follow", () => {
    const s = summary();
    const { attention, others } = attentionSplit(s.units);
    expect([...attention, ...others].map((u) => u.file).sort()).toEqual(Object.keys(BOOKS).sort());
    expect(attention.every((u) => u.errors > 0 || u.statuses.red > 0 || u.statuses.yellow > 0)).toBe(true);
    expect(attention.map((u) => u.file)).toEqual(s.units.filter((u) => attention.includes(u)).map((u) => u.file));
  });

  test("the stacked bars count each unit's goal rows by status; two units of one name are told apart by file", () => {
    const s = summary();
    const groups = unitGroups(s.units);
    expect(groups.map((g) => g.counts)).toEqual(s.units.map((u) => u.statuses));
    const twice = unitGroups([s.units[0], { ...s.units[0], file: "toinen.xlsx" }]);
    expect(twice.map((g) => g.name)).toEqual([`${s.units[0].unit} (${s.units[0].file})`, `${s.units[0].unit} (toinen.xlsx)`]);
    expect(new Set(twice.map((g) => g.key)).size).toBe(2);
  });

  test("fill bars are the units with a fill rate, with their own targets", () => {
    const s = summary();
    const bars = fillBars(s.units);
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.map((b) => b.rate)).toEqual(s.units.filter((u) => u.fillRate !== null).map((u) => u.fillRate));
    expect(bars.map((b) => b.target)).toEqual(s.units.filter((u) => u.fillRate !== null).map((u) => u.fillRateTarget));
  });
});

describe("free names in the open workbook", () => {
  const spec: WorkbookSpec = {
    sheets: [
      { name: "Yksiköt", cells: [{ row: 1, col: 1, value: null, formula: "COUNTA(Tavoitteet!A:A)+COUNTA('Yksiköt'!B:B)+ROWS(SummaryGoals[Tila])" }] },
      { name: "Tavoitteet", cells: [], tables: [{ name: "SummaryGoals", range: "A1:B2" }] },
      { name: "Täyttöaste", cells: [] },
    ],
  };

  test("a sheet or table name in use, in any case, gets Excel's suffix; formulas follow; free names are kept", () => {
    const { spec: out, renamed } = freeNames(spec, { sheets: ["Taul1", "YKSIKÖT", "Tavoitteet", "Tavoitteet (2)"], tables: ["summarygoals"] });
    expect(out.sheets.map((s) => s.name)).toEqual(["Yksiköt (2)", "Tavoitteet (3)", "Täyttöaste"]);
    expect(out.sheets[1].tables).toEqual([{ name: "SummaryGoals_2", range: "A1:B2" }]);
    expect(out.sheets[0].cells[0].formula).toBe("COUNTA('Tavoitteet (3)'!A:A)+COUNTA('Yksiköt (2)'!B:B)+ROWS(SummaryGoals_2[Tila])");
    expect(renamed).toEqual([
      { from: "Yksiköt", to: "Yksiköt (2)" },
      { from: "Tavoitteet", to: "Tavoitteet (3)" },
    ]);
    // The spec given is not changed.
    expect(spec.sheets[0].name).toBe("Yksiköt");
  });

  test("a long name is shortened to keep Excel's 31 characters with its suffix", () => {
    const long = "Tavoitteet ja mittarit yksiköittäin";
    const { spec: out } = freeNames({ sheets: [{ name: long.slice(0, 31), cells: [] }] }, { sheets: [long.slice(0, 31)], tables: [] });
    expect(out.sheets[0].name).toHaveLength(31);
    expect(out.sheets[0].name.endsWith(" (2)")).toBe(true);
  });
});

function view(host: Host | null, reader: UnitReader, lang: Lang = "fi") {
  return render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <SummaryView host={host} lang={lang} newReader={() => reader} />
    </FluentProvider>,
  );
}

function choose(files: string[]) {
  const input = document.querySelector('input[type="file"][multiple]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: files.map(picked) } });
}

test("in Excel: three workbooks and a stray file read, totals and attention shown, the summary added beside the sheets that exist", async () => {
  const user = userEvent.setup();
  const open: WorkbookSnapshot = { unsupported: [], sheets: [{ name: "Yksiköt", rows: [[{ value: "oma" }]] }] };
  const excel = strictExcel(open, { tables: [{ sheet: "Yksiköt", name: "SummaryGoals", range: "A1:A1" }] });
  const host = excelHost((batch) => batch(excel.context), false);
  const reader = seedReader();
  view(host, reader);
  choose(["varhaiskasvatus.xlsx", "kirjasto.xlsx", "muistio.docx", "paivakoti-9kk.xlsx"]);

  const totals = await screen.findByRole("region", { name: "Yhteensä" });
  expect(within(totals).getByText(/^3 yksikköä, \d+ tavoiteriviä, 1 lukematon tiedosto$/)).toBeTruthy();
  expect(screen.getByText("muistio.docx: se ei ole .xlsx-tiedosto")).toBeTruthy();
  const expected = combineUnits(
    ["varhaiskasvatus.xlsx", "kirjasto.xlsx", "paivakoti-9kk.xlsx"].map((f) => summariseUnit(f, BOOKS[f](), "fi")),
    [],
  );
  const goalRows = expected.totals.green + expected.totals.yellow + expected.totals.red + expected.totals.none;
  expect(within(totals).getByText(`3 yksikköä, ${goalRows} tavoiteriviä, 1 lukematon tiedosto`)).toBeTruthy();
  // Statuses are words with counts, never colour alone.
  if (expected.totals.red > 0) expect(within(totals).getByText(`punainen ${expected.totals.red}`)).toBeTruthy();
  const attention = expected.units.filter((u) => u.errors > 0 || u.statuses.red > 0 || u.statuses.yellow > 0);
  expect(screen.getByRole("heading", { name: `Huomiota vaativat yksiköt (${attention.length})` })).toBeTruthy();
  expect(screen.getByRole("table", { name: "Tilat yksiköittäin" })).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Kirjoita yhteenveto tähän työkirjaan" }));
  await screen.findByText(/^Yhteenveto kirjoitettu välilehdille /);
  const added = excel.writes.filter((w) => w.op === "add").map((w) => w.sheet);
  const names = summaryWorkbook(expected, "fi", { at: "2026-01-01T00:00", inputs: [] }).sheets.map((s) => s.name);
  expect(added).toEqual(names.map((n) => (n === "Yksiköt" ? "Yksiköt (2)" : n)));
  expect(excel.writes.filter((w) => w.op === "table.name").map((w) => w.value)).toContain("SummaryGoals_2");
  expect(screen.getByText("Välilehti Yksiköt oli jo olemassa, joten uusi sai nimen Yksiköt (2).")).toBeTruthy();
});

test("in file mode the summary is downloaded as yhteenveto.xlsx, made by the worker from the summary shown", async () => {
  const user = userEvent.setup();
  const reader = seedReader();
  const made: unknown[] = [];
  reader.book = async (summary, lang, m) => {
    made.push({ units: summary.units.length, lang, inputs: m.inputs });
    return new Uint8Array([80, 75]);
  };
  const clicked: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  URL.createObjectURL = () => "blob:yhteenveto";
  URL.revokeObjectURL = () => undefined;
  view(null, reader, "sv");
  choose(["kirjasto.xlsx", "varhaiskasvatus.xlsx"]);
  await user.click(await screen.findByRole("button", { name: "Ladda ner sammandraget (yhteenveto.xlsx)" }));
  await waitFor(() => expect(clicked).toEqual(["yhteenveto.xlsx"]));
  expect(made).toEqual([{ units: 2, lang: "sv", inputs: ["kirjasto.xlsx", "varhaiskasvatus.xlsx"] }]);
  click.mockRestore();
});

test("the progress bar counts the files as the worker reads them", async () => {
  const reader = seedReader();
  let release: () => void = () => undefined;
  const first = reader.part;
  reader.part = async (file, bytes, lang) => {
    if (file === "kirjasto.xlsx") await new Promise<void>((r) => (release = r));
    return first(file, bytes, lang);
  };
  view(null, reader, "en");
  choose(["varhaiskasvatus.xlsx", "kirjasto.xlsx"]);
  expect(await screen.findByText("Read 1 / 2")).toBeTruthy();
  expect(screen.getByRole("progressbar", { name: "Reading workbooks" })).toBeTruthy();
  release();
  await screen.findByRole("region", { name: "Totals" });
  expect(screen.queryByRole("progressbar")).toBeNull();
});

test("in the pane, the summary's results stay when the user looks at another tab and comes back (the view used to unmount and forget them)", async () => {
  const user = userEvent.setup();
  window.localStorage.clear();
  const excel = strictExcel(library());
  const host = excelHost((batch) => batch(excel.context), false);
  const reader = seedReader();
  render(<App host={host} initialLang="fi" summaryView={(lang) => <SummaryView host={host} lang={lang} newReader={() => reader} />} />);
  await user.click(screen.getByRole("tab", { name: "Yhteenveto" }));
  choose(["varhaiskasvatus.xlsx", "kirjasto.xlsx"]);
  await screen.findByRole("region", { name: "Yhteensä" });
  await user.click(screen.getByRole("tab", { name: "Tarkista" }));
  expect(screen.queryByRole("region", { name: "Yhteensä" })).toBeNull();
  await user.click(screen.getByRole("tab", { name: "Yhteenveto" }));
  expect(screen.getByRole("region", { name: "Yhteensä" })).toBeTruthy();
  expect(reader.calls).toHaveLength(2); // not read again
  expect(reader.closed).toBe(false);
});
