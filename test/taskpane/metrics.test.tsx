/** @jest-environment jsdom */
// The Metrics view over a mocked Excel (office-addin-mock, as the pane's other tests), on the sample
// workbooks: the fill-rate chart's month names, target line and scale in words, its table
// alternative's figures, the production split against its target, and the statuses per section
// named by their sections or, where a workbook has none, by their tables' titles. Also the data
// helpers behind the charts. The view is rendered itself, so this file runs under a plain `jest`
// too: the pane loads the view lazily with import(), which jest runs only under
// --experimental-vm-modules (npm test passes it); pane.test.tsx and the real-browser test
// (test/e2e/metrics.test.ts) open it through the pane.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { check } from "../../src/domain";
import type { Lang } from "../../src/domain/i18n/lang";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { excelMock } from "../../src/devtools/excel-mock";
import { fillMonths, rateScale, sectionGroups } from "../../src/taskpane/charts/data";
import { excelHost } from "../../src/taskpane/host";
import { t } from "../../src/taskpane/text";
import { MetricsView } from "../../src/taskpane/views/MetricsView";
import { book, earlyChildhood, library } from "../fixtures/seeds";

async function metrics(snap: WorkbookSnapshot, lang: Lang = "fi") {
  const { context } = excelMock(snap, {});
  const host = excelHost((batch) => batch(context), false);
  const user = userEvent.setup();
  const ui = (l: Lang) => (
    <FluentProvider theme={webLightTheme} lang={l}>
      <MetricsView host={host} lang={l} />
    </FluentProvider>
  );
  const { rerender } = render(ui(lang));
  await user.click(screen.getByRole("button", { name: t("metricsLoad", lang) }));
  return { user, switchTo: (l: Lang) => rerender(ui(l)) };
}

/** The section table's rows as [name, green, yellow, red, none]. */
function sectionRows(): Array<[string, ...number[]]> {
  const table = screen.getByRole("table", { name: "Tilat osioittain" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [
      within(row).getByRole("rowheader").textContent ?? "",
      ...within(row)
        .getAllByRole("cell")
        .map((c) => Number(c.textContent)),
    ]);
}

test("fill rate: month names, the target as a labelled line, the scale's start in words, values written beside the bars", async () => {
  await metrics(earlyChildhood());
  const chart = await screen.findByRole("img", { name: "Täyttöaste kuukausittain" });
  const texts = [...chart.querySelectorAll("text")].map((t) => t.textContent);
  for (const m of ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"]) expect(texts).toContain(m);
  expect(texts).not.toContain("01");
  expect(texts).toContain("Tavoite 100\u00a0%");
  expect(texts).toContain("Täyttöaste,\u00a0%");
  // Every measured month's value is drawn as text; June to August say they were not measured.
  for (const v of [
    "98,22\u00a0%",
    "98,25\u00a0%",
    "98,92\u00a0%",
    "99,17\u00a0%",
    "98,33\u00a0%",
    "98,41\u00a0%",
    "98,97\u00a0%",
    "99,07\u00a0%",
    "99,29\u00a0%",
  ])
    expect(texts).toContain(v);
  expect(texts.filter((t) => t === "ei mitattu")).toHaveLength(3);
  // The scale's start is said, and the chart points to that sentence.
  const caption = screen.getByText("Asteikko alkaa 97 %:sta, ei nollasta.");
  expect(chart.getAttribute("aria-describedby")).toBe(caption.id);
  expect(screen.getByText("Keskiarvo 98,74 % (tavoite 100 %)")).toBeTruthy();
});

test("fill rate: the table alternative, a disclosure, holds every month's figures and the mean", async () => {
  const { user } = await metrics(earlyChildhood());
  const summary = await screen.findByText("Näytä luvut taulukkona");
  // A native disclosure: keyboard users open it with Enter or Space (the real-browser test presses Enter).
  expect(summary.tagName).toBe("SUMMARY");
  expect(summary.closest("details")?.open).toBe(false);
  await user.click(summary);
  expect(summary.closest("details")?.open).toBe(true);
  const table = screen.getByRole("table", { name: "Täyttöaste kuukausittain (tavoite 100\u00a0%)" });
  expect(table.querySelector("caption")?.textContent).toBe("Täyttöaste kuukausittain (tavoite 100\u00a0%)");
  const rows = within(table)
    .getAllByRole("row")
    .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent?.replace(/\s/g, " ")));
  expect(rows[0]).toEqual(["Kuukausi", "Paikat", "Lapset (painotettu)", "Täyttöaste %"]);
  expect(rows[1]).toEqual(["tammikuu", "5 000", "4 911", "98,22"]);
  expect(rows[2]).toEqual(["helmikuu", "5 000", "4 912,5", "98,25"]);
  expect(rows[6]).toEqual(["kesäkuu", "", "", "ei mitattu"]);
  expect(rows[12]).toEqual(["joulukuu", "5 000", "4 964,5", "99,29"]);
  expect(rows[13]).toEqual(["Keskiarvo", "", "", "98,74"]);
});

test("production split: the shares, the target marked and written, the counts", async () => {
  await metrics(earlyChildhood());
  expect(await screen.findByText("Oma 77,13 %")).toBeTruthy();
  expect(screen.getByText("Yksityinen 22,87 %")).toBeTruthy();
  expect(screen.getByText("Tavoite: oma 77 %, yksityinen 23 %")).toBeTruthy();
  expect(screen.getByText("Yksityinen 22,87 % (tavoite 23 %), oma 77,13 %")).toBeTruthy();
  expect(screen.getByText(/^Lapsia omassa tuotannossa 5\s535, yksityisessä tuotannossa 1\s641\.$/)).toBeTruthy();
});

test("statuses per section: a row per section, its name from the section label, a count per status", async () => {
  await metrics(earlyChildhood());
  await screen.findByRole("table", { name: "Tilat osioittain" });
  const header = within(screen.getByRole("table", { name: "Tilat osioittain" })).getAllByRole("columnheader");
  expect(header.map((h) => h.textContent)).toEqual(["Osio", ...(["green", "yellow", "red", "none"] as const).map((s) => t(s, "fi"))]);
  expect(sectionRows()).toEqual([
    ["Mahdollistetaan monipuolinen ja korkeatasoinen kasvatus ja opetus", 1, 0, 0, 4],
    ["Kehitetään ennaltaehkäisevää toimintaa ja hyvinvointia", 0, 0, 0, 3],
    ["Toiminnan tehostaminen", 1, 1, 0, 1],
    ["Kestävä kehitys", 0, 0, 0, 2],
  ]);
});

test("a workbook without section labels: one group per table, named by the title above it or its first header", async () => {
  await metrics(library());
  await screen.findByRole("table", { name: "Tilat osioittain" });
  expect(sectionRows()).toEqual([
    ["1. Toiminnalliset tavoitteet", 1, 1, 0, 4],
    ["Tulosyksikön toimenpiteet", 7, 3, 5, 2],
    ["Tulosyksikön projekti tai toimenpide tavoitteen saavuttamiseksi", 1, 0, 0, 0],
  ]);
  expect(screen.queryByText("(ei osiota)")).toBeNull();
  expect(screen.getByText("Työkirjassa ei ole täyttöastetietoja.")).toBeTruthy();
  expect(screen.getByText("Työkirjassa ei ole tuotantotietoja.")).toBeTruthy();
});

test("Swedish and English: month names, target line, scale and the table alternative follow the pane's language", async () => {
  const { switchTo } = await metrics(earlyChildhood(), "sv");
  let chart = await screen.findByRole("img", { name: "Fyllnadsgrad per månad" });
  let texts = [...chart.querySelectorAll("text")].map((t) => t.textContent);
  for (const m of ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"]) expect(texts).toContain(m);
  expect(texts).toContain("Mål 100\u00a0%");
  expect(texts).toContain("ej mätt");
  expect(screen.getByText("Skalan börjar vid 97 %, inte vid noll.")).toBeTruthy();
  expect(screen.getByRole("table", { name: "Fyllnadsgrad per månad (mål 100\u00a0%)" })).toBeTruthy();
  expect(screen.getByText("Mål: egen 77 %, privat 23 %")).toBeTruthy();

  switchTo("en");
  chart = await screen.findByRole("img", { name: "Fill rate by month" });
  texts = [...chart.querySelectorAll("text")].map((t) => t.textContent);
  for (const m of ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]) expect(texts).toContain(m);
  expect(texts).toContain("Target 100\u00a0%");
  expect(texts).toContain("98.22\u00a0%");
  expect(screen.getByText("The scale starts at 97 %, not at zero.")).toBeTruthy();
  const table = screen.getByRole("table", { name: "Fill rate by month (target 100\u00a0%)" });
  expect(within(table).getByRole("row", { name: /January 5,000 4,911 98\.22/ })).toBeTruthy();
  expect(screen.getByText("Children in own production 5,535, in private production 1,641.")).toBeTruthy();
});

describe("the charts' data", () => {
  test("the months in calendar order, with the months a sheet marks as not measured", () => {
    const months = fillMonths(check(earlyChildhood()));
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months.filter((m) => m.notMeasured).map((m) => m.month)).toEqual([6, 7, 8]);
  });

  test("the scale starts a little below the lowest value, in whole points, never below zero", () => {
    expect(rateScale([98.22, 99.29], 100)).toEqual({ start: 97, end: 100, ticks: [97, 98, 99, 100] });
    expect(rateScale([101.5], 100)).toEqual({ start: 99, end: 102, ticks: [99, 100, 101, 102] });
    expect(rateScale([12, 95], 100).start).toBe(0);
  });

  test("tables without section labels and without a title above them: named by the first header, told apart by where they begin", () => {
    const header = ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma"];
    const snap = book([
      "Sopimus",
      [header, ["Lainoja lisää", "Lainat", "300 lainaa", "310"], [], [], header, ["Tapahtumia", "Tapahtumat", "20 tapahtumaa", "10"]],
    ]);
    const groups = sectionGroups(check(snap), "fi");
    expect(groups.map((g) => [g.name, g.counts])).toEqual([
      ["Tavoite (Sopimus, rivi 1)", { green: 1, yellow: 0, red: 0, none: 0 }],
      ["Tavoite (Sopimus, rivi 5)", { green: 0, yellow: 0, red: 1, none: 0 }],
    ]);
  });
});
