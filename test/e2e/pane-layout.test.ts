// Issue 19 in a real Chromium: the pane at a task pane's 320 and 350 px, light and dark, in
// Finnish, Swedish and English. The first view's content starts within 140 px of the top; the
// tabs take one row (the rest in the overflow menu); at most one primary button shows in any view;
// each refresh change shows its reason; a "not a workbook" error fits the pane; a U+202E in a goal
// is shown, not obeyed; axe-core finds nothing serious or critical; no view scrolls sideways.
// The README's pictures (docs/screenshots/) are taken here, in Finnish.
import { mkdirSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Lang } from "../../src/domain/i18n/lang";
import { librarySample } from "../../src/samples/library";
import { toBytes, workbookOf } from "../../src/workbook/xlsx";
import { launch, serve } from "../../src/devtools/browser";
import { moreButton, openView, settle } from "./pane";

jest.setTimeout(300_000);

const ROOT = path.join(__dirname, "..", "..");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const DOCS = path.join(ROOT, "docs", "screenshots");

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let dir: string;
let workbook: string;

/** The goal on Sopimus row 31, whose status changes on refresh, with a direction override in it. */
const OVERRIDE_GOAL = "Lainaukset kasvavat\u202e (oma)";

beforeAll(async () => {
  server = await serve();
  browser = await launch();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-layout-"));
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(DOCS, { recursive: true });
  const spec = librarySample();
  const cell = spec.sheets[0].cells.find((c) => c.row === 31 && c.col === 1);
  if (!cell) throw new Error("the library sample has no goal on row 31");
  cell.value = OVERRIDE_GOAL;
  workbook = path.join(dir, "kirjasto-2020.xlsx");
  await fs.writeFile(workbook, await toBytes(workbookOf(spec)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const WORDS: Record<
  Lang,
  { locale: string; views: string[]; changes: RegExp; changeList: string; settings: string; alert: RegExp; apply: string; applied: RegExp; download: string }
> = {
  fi: {
    locale: "fi-FI",
    views: ["Tarkista", "Päivitä", "Rakenne", "Lisää rivi", "Mittarit", "Yhteenveto"],
    changes: /solua muuttuu/,
    changeList: "Muuttuvat tilat",
    settings: "Asetukset",
    alert: /ei voi lukea xlsx-työkirjana/,
    apply: "Päivitä tilat työkirjaan",
    applied: /^Päivitetty: \d+ solua — lataa työkirja tallentaaksesi\.$/,
    download: "Lataa",
  },
  sv: {
    locale: "sv-FI",
    views: ["Kontrollera", "Uppdatera", "Struktur", "Ny målrad", "Mätare", "Sammandrag"],
    changes: /celler ändras/,
    changeList: "Status som ändras",
    settings: "Inställningar",
    alert: /kan inte läsas som en xlsx-arbetsbok/,
    apply: "Uppdatera statusen i arbetsboken",
    applied: /^Uppdaterat: \d+ celler — ladda ner arbetsboken för att spara\.$/,
    download: "Ladda ner",
  },
  en: {
    locale: "en-GB",
    views: ["Check", "Refresh", "Structure", "Insert row", "Metrics", "Summary"],
    changes: /cells change/,
    changeList: "Statuses that change",
    settings: "Settings",
    alert: /cannot be read as an xlsx workbook/,
    apply: "Update the statuses in the workbook",
    applied: /^Updated: \d+ cells — download the workbook to keep them\.$/,
    download: "Download",
  },
};

/** Serious and critical axe-core violations on the page as it is. */
async function axe(page: Page, where: string): Promise<string[]> {
  await settle(page);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({
      exclude: [["[data-tabster-dummy]"]],
    }),
  );
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${where}: ${v.id} (${v.nodes.length})`);
}

/** What a reader sees of the layout: primary buttons showing, the tab row, sideways scroll, the content's top. */
function layout(page: Page) {
  return page.evaluate(() => {
    const provider = document.querySelector(".fui-FluentProvider") as HTMLElement;
    const probe = document.createElement("span");
    probe.style.color = getComputedStyle(provider).getPropertyValue("--colorBrandBackground");
    document.body.appendChild(probe);
    const brand = getComputedStyle(probe).color;
    probe.remove();
    const shown = (e: Element) => (e as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true }) ?? true;
    const primaries = [...document.querySelectorAll("button")]
      .filter((b) => shown(b) && getComputedStyle(b).backgroundColor === brand)
      .map((b) => b.textContent);
    const tabs = [...document.querySelectorAll('[role="tab"]')].filter(shown).map((t) => t.getBoundingClientRect());
    const tablist = document.querySelector('[role="tablist"]')?.getBoundingClientRect();
    const panel = [...document.querySelectorAll('[role="tabpanel"]')].find(shown)?.getBoundingClientRect();
    return {
      primaries,
      tabTops: [...new Set(tabs.map((r) => Math.round(r.top)))],
      tabsInside: tablist ? tabs.every((r) => r.right <= tablist.right + 1 && r.left >= tablist.left - 1) : false,
      tabCount: tabs.length,
      sideways: document.documentElement.scrollWidth - window.innerWidth,
      contentTop: panel ? panel.top + window.scrollY : Infinity,
    };
  });
}

/** The README's pictures (Finnish): which screenshot each one is. */
const README: Record<string, string> = {
  "open-350-light": "open-350.png",
  "check-350-light": "check-350.png",
  "refresh-350-dark": "refresh-350-dark.png",
  "structure-350-light": "structure-350.png",
  "insert-350-dark": "insert-350-dark.png",
  "metrics-sample-350-light": "metrics-350.png",
  "metrics-sample-350-dark": "metrics-350-dark.png",
  "settings-menu-350-light": "settings-menu-350.png",
  "applied-350-light": "applied-350.png",
  "overflow-menu-320-dark": "overflow-menu-320-dark.png",
  "not-a-workbook-320-light": "not-a-workbook-320.png",
};

/** A screenshot of the Finnish pane into test-output/, and into docs/ when the README shows it. */
async function picture(page: Page, lang: Lang, name: string, width: number, theme: string, fullPage = false): Promise<void> {
  if (lang !== "fi") return;
  const key = `${name}-${width}-${theme}`;
  await page.screenshot({ path: path.join(SHOTS, `pane-${key}.png`), fullPage });
  if (README[key]) await fs.copyFile(path.join(SHOTS, `pane-${key}.png`), path.join(DOCS, README[key]));
}

const cases: Array<[number, "light" | "dark", Lang]> = [];
for (const width of [320, 350])
  for (const theme of ["light", "dark"] as const) for (const lang of ["fi", "sv", "en"] as const) cases.push([width, theme, lang]);

describe.each(cases)("at %i px, %s, in %s", (width, theme, lang) => {
  const w = WORDS[lang];

  test("compact header, one tab row, one primary action per view, every change explained, U+202E shown, nothing serious for axe", async () => {
    const context = await browser.newContext({ locale: w.locale, viewport: { width, height: 900 }, colorScheme: theme, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/index.html`);
    await page.getByRole("button", { name: w.settings }).waitFor();
    await picture(page, lang, "open", width, theme);
    await page.locator('input[type="file"]').first().setInputFiles(workbook);
    await page.getByRole("tab", { name: w.views[0], exact: true }).waitFor();
    await page.getByRole("progressbar").waitFor({ state: "detached" });
    const bad: string[] = [];
    for (const [i, view] of w.views.entries()) {
      await openView(page, view);
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      if (i === 1) await page.getByText(w.changes).first().waitFor();
      await page.waitForTimeout(200);
      await page.evaluate(() => window.scrollTo(0, 0));
      const l = await layout(page);
      expect({ view, primaries: l.primaries.length <= 1 ? "at most one" : l.primaries }).toEqual({ view, primaries: "at most one" });
      expect({ view, tabRows: l.tabTops.length, inside: l.tabsInside }).toEqual({ view, tabRows: 1, inside: true });
      expect({ view, sideways: l.sideways }).toEqual({ view, sideways: 0 });
      if (i === 0) expect(l.contentTop).toBeLessThanOrEqual(140);
      bad.push(...(await axe(page, view)));
      // What the pane shows on opening the view (a task pane's first screen), and the whole refresh.
      await picture(page, lang, ["check", "refresh", "structure", "insert", "metrics", "summary"][i], width, theme);
      if (i === 1) await picture(page, lang, "refresh-full", width, theme, true);
      if (i === 1) {
        // Every listed change carries the engine's reason; the override in the goal is shown as text.
        const reasons = await page
          .getByRole("list", { name: w.changeList })
          .evaluateAll((lists) =>
            lists.flatMap((l) => [...l.querySelectorAll(":scope > li")].map((li) => li.querySelector("[data-reason]")?.textContent ?? "")),
          );
        expect(reasons.length).toBeGreaterThan(0);
        for (const r of reasons) expect(r.trim()).not.toBe("");
        const text = await page.locator("main").innerText();
        expect(text).toContain("Lainaukset kasvavat\\u202e (oma)");
        expect(text).not.toContain("\u202e");
      }
    }
    expect(bad).toEqual([]);

    // The menus open inside the pane: the overflow menu (where views overflow) and the settings.
    await openView(page, w.views[0]);
    if (await moreButton(page).isVisible()) {
      await moreButton(page).click();
      await page.getByRole("menu").waitFor();
      await page.waitForTimeout(500); // the menu's fade-in
      const box = await page.getByRole("menu").boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await picture(page, lang, "overflow-menu", width, theme);
      await page.keyboard.press("Escape");
    }
    await page.getByRole("button", { name: w.settings }).click();
    await page.getByRole("menu").waitFor();
    await page.waitForTimeout(500); // the menu's fade-in: axe measures contrast on what is drawn
    const box = await page.getByRole("menu").boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    expect(await axe(page, "settings menu")).toEqual([]);
    await picture(page, lang, "settings-menu", width, theme);
    await page.keyboard.press("Escape");

    // Before a change the download is no primary action; after one it is the only one, the words
    // say nothing is saved yet, and the grid shows the written status column.
    expect((await layout(page)).primaries).not.toContain(w.download);
    await openView(page, w.views[1]);
    await page.getByRole("button", { name: w.apply }).click();
    await page.getByText(w.applied).waitFor();
    await page.waitForTimeout(400); // the button's colour transition to primary
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await layout(page)).primaries).toEqual([w.download]);
    expect(await page.locator("td[aria-current=true]").evaluate((td) => (td as HTMLTableCellElement).cellIndex)).toBe(7); // column G
    await picture(page, lang, "applied", width, theme);

    // The README's metrics: a workbook that has fill rates and production figures.
    if (lang === "fi" && width === 350) {
      await page.goto(`${server.url}/index.html`);
      await page
        .locator('input[type="file"]')
        .first()
        .setInputFiles(path.join(ROOT, "assets", "samples", "varhaiskasvatus-2012.xlsx"));
      await openView(page, "Mittarit");
      await page.getByText(/^Keskiarvo 98,74/).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await picture(page, lang, "metrics-sample", width, theme);
    }
    await context.close();
  });

  test('"not a workbook": the error wraps inside the pane', async () => {
    const context = await browser.newContext({ locale: w.locale, viewport: { width, height: 700 }, colorScheme: theme });
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html`);
    const file = path.join(dir, "talousarvion-muistio-ei-ole-tyokirja-vaan-tekstitiedosto-jolla-on-pitka-nimi.xlsx");
    await fs.writeFile(file, "Tavoite;Mittari;Tavoitetaso\n");
    await page.locator('input[type="file"]').first().setInputFiles(file);
    const alert = page.getByRole("alert");
    await alert.getByText(w.alert).waitFor();
    const box = (await alert.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await picture(page, lang, "not-a-workbook", width, theme);
    await context.close();
  });
});
