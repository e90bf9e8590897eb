// The pane in file mode, in a real Chromium (Debian's, driven by playwright-core), through its UI:
// open each sample, check, refresh with preview, insert a standard goal row, download, and read
// the downloaded workbook back. Also: nothing leaves the page, axe-core per view, keyboard alone,
// statuses in words, bad input.
import { mkdirSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { check } from "../../src/domain";
import { cellAt, cellText } from "../../src/domain/snapshot";
import { specToSnapshot, putRow, type SpecSheet } from "../../src/domain/template/spec";
import { benchSpec } from "../../src/scripts/bench";
import { loadXlsx, toBytes, workbookOf } from "../../src/workbook/xlsx";
import { openView, settle } from "./pane";
import { closeAll, launch, requireBuilt, serve } from "../../src/devtools/browser";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = path.join(ROOT, "assets", "samples");
const SHOTS = path.join(ROOT, "test-output", "screenshots");

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let dir: string;

beforeAll(async () => {
  requireBuilt(); // built by `npm test` before Jest; alone: `npm run build` first
  server = await serve();
  browser = await launch();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-e2e-"));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await closeAll(browser, server);
});

interface Opened {
  page: Page;
  context: BrowserContext;
  outside: string[];
}

async function openPane(opts: { dark?: boolean; bypassCSP?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({
    locale: "fi-FI",
    viewport: { width: 480, height: 1000 },
    colorScheme: opts.dark ? "dark" : "light",
    acceptDownloads: true,
    bypassCSP: opts.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const outside: string[] = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!["127.0.0.1", ""].includes(u.hostname) && !["blob:", "data:"].includes(u.protocol)) outside.push(r.url());
  });
  await page.goto(`${server.url}/index.html`);
  return { page, context, outside };
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.locator('input[type="file"]').first().setInputFiles(file);
  await page.getByRole("tab", { name: "Tarkista" }).waitFor();
}

async function readBack(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const target = path.join(dir, download.suggestedFilename());
  await download.saveAs(target);
  return { name: download.suggestedFilename(), snapshot: (await loadXlsx(await fs.readFile(target))).snapshot };
}

describe.each([
  [
    "kirjasto-2020.xlsx",
    { sheet: "Sopimus", insertAt: 20, statusCell: [31, 7], status: "Punainen", fill: "FF0000", issue: "Tavoitteelta puuttuu tavoitetaso." },
  ],
  [
    "varhaiskasvatus-2012.xlsx",
    {
      sheet: "Tavoitteet",
      insertAt: 9,
      statusCell: [23, 8],
      status: "Keltainen",
      fill: "FFC000",
      issue: "Toteumassa ei ole lukua, jota voisi verrata tavoitetasoon (50–70).",
    },
  ],
])("%s through the real UI", (file, x) => {
  test("check, refresh with preview, insert a standard goal row, download: the file holds the statuses and fills", async () => {
    const { page, context, outside } = await openPane();
    await openFile(page, path.join(SAMPLES, file));

    // The check runs as the file opens.
    await page
      .getByRole("button", { name: new RegExp(`^${x.issue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} Siirry soluun`) })
      .first()
      .click();
    await page.locator("td[aria-current=true]").waitFor(); // the cell is highlighted in the preview

    await openView(page, "Päivitä");
    const preview = page.getByRole("region", { name: "Esikatselu" });
    await preview.getByText(/solua muuttuu/).waitFor();
    await page.getByRole("button", { name: "Päivitä tilat työkirjaan" }).click();
    // Nothing is saved before the download, and the page says so.
    await page.getByText(/^Päivitetty: \d+ solua — lataa työkirja tallentaaksesi\./).waitFor();
    await page.getByRole("status").getByText("Muutettu — lataa työkirja tallentaaksesi").waitFor();
    // The grid preview shows the written column.
    expect(await page.locator("td[aria-current=true]").textContent()).toMatch(/^(Vihreä|Keltainen|Punainen|–|Värikoodi)/);

    await page.getByRole("spinbutton", { name: "Rivi" }).fill(String(x.insertAt));
    await page.getByRole("button", { name: `Valitse rivi ${x.insertAt}` }).click();
    await openView(page, "Lisää rivi");
    await page.getByRole("searchbox", { name: "Hae vakiotavoitteista" }).fill("asiakaspalaute");
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Lisää valitulle riville" }).click();
    await page.getByText(`Tavoiterivi lisätty riville ${x.insertAt} (${x.sheet}).`).waitFor();

    const { name, snapshot } = await readBack(page, () => page.getByRole("button", { name: /^Lataa työkirja/ }).click());
    expect(name).toBe(file.replace(".xlsx", "-sopimus.xlsx"));
    const sheet = snapshot.sheets.find((s) => s.name === x.sheet)!;
    // The inserted row moved the status cell one row down.
    const [row, col] = x.statusCell;
    expect(cellAt(sheet, row + 1, col)).toMatchObject({ value: x.status, fill: x.fill });
    expect(cellText(cellAt(sheet, x.insertAt, 1))).toBe("Asiakas saa tarpeitaan vastaavaa palvelua");
    const report = check(snapshot);
    expect(report.goals.find((g) => g.row === x.insertAt)?.target).toMatch(/Tavoitetaso 4/);
    expect(report.issues.filter((i) => i.code === "status-mismatch")).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});

test("the page allows no outside connection and office.js is not loaded outside Office", async () => {
  const { page, context, outside } = await openPane();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("connect-src 'none'");
  const blocked = await page.evaluate(() =>
    fetch("https://example.com/").then(
      () => "fetched",
      () => "blocked",
    ),
  );
  expect(blocked).toBe("blocked");
  expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");
  expect(outside).toEqual(["https://example.com/"].filter(() => false));
  await context.close();
});

describe.each([
  ["light", false],
  ["dark", true],
])("each view, %s theme: axe-core finds no serious or critical violation", (theme, dark) => {
  test("open, check, refresh, structure, insert, metrics", async () => {
    const { page, context } = await openPane({ dark, bypassCSP: true }); // axe is injected as a script
    const axe = async (view: string) => {
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      await settle(page);
      // Fluent UI's focus manager (tabster) puts aria-hidden sentinels with tabindex 0 around focus
      // groups; focus that lands on one is handed on at once. Everything else is checked.
      const result = await page.evaluate(async () =>
        (
          window as unknown as {
            axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> };
          }
        ).axe.run({
          exclude: [["[data-tabster-dummy]"]],
        }),
      );
      const bad = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${view}: ${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      await page.screenshot({ path: path.join(SHOTS, `${view}-${theme}.png`), fullPage: true });
      return bad;
    };
    const bad: string[] = [...(await axe("open"))];
    await openFile(page, path.join(SAMPLES, "varhaiskasvatus-2012.xlsx"));
    await page
      .getByText(/qualitative-target/)
      .first()
      .waitFor();
    bad.push(...(await axe("check")));
    await openView(page, "Päivitä");
    await page.getByText(/solua muuttuu/).waitFor();
    bad.push(...(await axe("refresh")));
    await openView(page, "Rakenne");
    bad.push(...(await axe("structure")));
    await openView(page, "Lisää rivi");
    bad.push(...(await axe("insert")));
    await openView(page, "Mittarit");
    await page.getByRole("button", { name: "Lue mittarit uudelleen" }).click();
    await page.getByText(/Keskiarvo 98,74\s%/).waitFor();
    bad.push(...(await axe("metrics")));
    expect(bad).toEqual([]);
    await context.close();
  });
});

test("keyboard alone: reach and run every step of a refresh without the mouse", async () => {
  const { page, context } = await openPane();
  await openFile(page, path.join(SAMPLES, "kirjasto-2020.xlsx"));
  const tabTo = async (name: string | RegExp) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => document.activeElement?.textContent ?? "");
      if (typeof name === "string" ? text === name : name.test(text)) return;
    }
    throw new Error(`could not reach ${name} by Tab`);
  };
  // The check runs as the file opens; its first problem is reachable by Tab and opens its cell.
  await page
    .getByText(/missing-target/)
    .first()
    .waitFor();
  await tabTo(/^Tavoitteelta puuttuu tavoitetaso\./);
  await page.keyboard.press("Enter");
  await page.locator("td[aria-current=true]").waitFor();
  await page.getByRole("tab", { name: "Tarkista" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("value") ?? document.activeElement?.textContent)).toMatch(/refresh|Päivitä tilat/);
  await page.keyboard.press("Enter");
  await page.getByText(/solua muuttuu/).waitFor();
  await tabTo("Päivitä tilat työkirjaan");
  await page.keyboard.press("Enter");
  await page.getByText(/^Päivitetty: \d+ solua/).waitFor();
  await context.close();
});

test("statuses carry words, not colour alone", async () => {
  const { page, context } = await openPane();
  await openFile(page, path.join(SAMPLES, "kirjasto-2020.xlsx"));
  await openView(page, "Päivitä");
  await page.getByRole("button", { name: "Päivitä tilat työkirjaan" }).click();
  await page.getByText(/^Päivitetty/).waitFor();
  await page.getByRole("spinbutton", { name: "Rivi" }).fill("25");
  const coloured = await page.locator("td[style*='background-color']").allTextContents();
  expect(coloured.length).toBeGreaterThan(3);
  for (const text of coloured) expect(text).toMatch(/^(Vihreä|Keltainen|Punainen)/);
  await context.close();
});

describe("bad input", () => {
  test("a file that is not an xlsx, and an encrypted one: a clear message", async () => {
    const { page, context } = await openPane();
    const notXlsx = path.join(dir, "muistio.xlsx");
    await fs.writeFile(notXlsx, "Tavoite;Mittari;Tavoitetaso\n");
    await page.locator('input[type="file"]').first().setInputFiles(notXlsx);
    expect(await page.getByRole("alert").textContent()).toBe("Tiedostoa muistio.xlsx ei voi lukea xlsx-työkirjana: se ei ole .xlsx-tiedosto.");
    const encrypted = path.join(dir, "salattu.xlsx");
    await fs.writeFile(encrypted, Buffer.from("d0cf11e0a1b11ae1" + "00".repeat(504), "hex"));
    await page.locator('input[type="file"]').first().setInputFiles(encrypted);
    await page
      .getByRole("alert")
      .getByText(/salattu\.xlsx ei voi lukea.*salattu tai vanha \.xls/)
      .waitFor();
    await context.close();
  });

  test("cells holding <script> or formula text are shown as text", async () => {
    const sheet: SpecSheet = { name: "Tavoitteet", cells: [] };
    putRow(sheet, 1, ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Toteuma"]);
    putRow(sheet, 2, [
      '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">',
      "Johtaja",
      '=HYPERLINK("http://example.com")',
      "300 tapahtumaa",
      "310",
    ]);
    const file = path.join(dir, "script.xlsx");
    await fs.writeFile(file, await toBytes(workbookOf({ sheets: [sheet] })));
    const { page, context, outside } = await openPane();
    let dialogs = 0;
    page.on("dialog", (d) => (dialogs++, d.dismiss()));
    await openFile(page, file);
    await page.getByRole("button", { name: "Valitse rivi 2" }).click();
    await page.getByRole("cell", { name: /^<script>window\.hacked=1<\/script>/ }).waitFor();
    expect(await page.getByRole("cell", { name: '=HYPERLINK("http://example.com")' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(outside).toEqual([]);
    await context.close();
  });

  test("a 50,000-row sheet: a progress bar, the page stays responsive, then the check", async () => {
    const file = path.join(dir, "rows-50000.xlsx");
    await fs.writeFile(file, await toBytes(workbookOf(benchSpec(50_000))));
    expect(specToSnapshot(benchSpec(10)).sheets.length).toBe(1);
    const { page, context } = await openPane();
    await page.locator('input[type="file"]').first().setInputFiles(file);
    const progress = page.getByRole("progressbar").first();
    await progress.waitFor();
    // Answered while the worker still reads the file (the bar still shown): the page's own
    // thread is free. An order of events, not a clock: a page blocked by the read would answer
    // only after it, when the bar is gone.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(await progress.isVisible()).toBe(true);
    await page.getByRole("tab", { name: "Tarkista" }).waitFor({ timeout: 120_000 });
    await page.getByText("50000 tavoiteriviä 1 taulukossa").waitFor({ timeout: 60_000 });
    await context.close();
  });
});

describe.each([false, true])("menus at task-pane width (dark: %s)", (dark) => {
  /** Is the tab row what a user sees at its place, or is something covering it? */
  async function tabsVisible(page: Page): Promise<boolean> {
    return page.evaluate(() => {
      const tabs = document.querySelector('[role="tablist"]');
      if (!tabs) return false;
      const box = tabs.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 5, box.top + box.height / 2);
      return hit !== null && tabs.contains(hit);
    });
  }

  test("the settings menu opens and closes by mouse and by keyboard, the language changes, and the pane stays visible", async () => {
    const { page, context } = await openPane({ dark });
    await page.setViewportSize({ width: 350, height: 700 });
    await openFile(page, path.join(SAMPLES, "kirjasto-2020.xlsx"));
    const settings = page.getByRole("button", { name: "Asetukset" });

    await settings.click();
    await page.getByRole("menu").waitFor();
    await expect(page.getByRole("menuitemradio", { name: "Svenska" }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, `settings-open-350${dark ? "-dark" : ""}.png`) });
    await page.keyboard.press("Escape");
    await page.getByRole("menu").waitFor({ state: "detached" });
    await expect(tabsVisible(page)).resolves.toBe(true);

    await settings.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menu").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Kontrollera" }).waitFor();
    await expect(tabsVisible(page)).resolves.toBe(true);

    // The template drop-down in Structure, by mouse.
    await openView(page, "Struktur");
    await page.getByRole("combobox", { name: "Mall" }).click();
    await page.getByRole("option", { name: "Bibliotek" }).waitFor();
    await page.getByRole("option", { name: "Bibliotek" }).click();
    await expect(page.getByRole("combobox", { name: "Mall" }).textContent()).resolves.toContain("Bibliotek");
    await expect(tabsVisible(page)).resolves.toBe(true);
    await context.close();
  });
});

describe.each([320, 350])("at %i px, the width of a task pane", (width) => {
  const TABS = ["Tarkista", "Päivitä", "Rakenne", "Lisää rivi", "Mittarit", "Yhteenveto"];

  test.each([false, true])("no view scrolls sideways and the tabs do not overlap (dark: %s)", async (dark) => {
    const { page, context } = await openPane({ dark });
    await page.setViewportSize({ width, height: 800 });
    await openFile(page, path.join(SAMPLES, "varhaiskasvatus-2012.xlsx"));
    await page
      .getByText(/tavoiteriviä/)
      .first()
      .waitFor();
    for (const name of TABS) {
      await openView(page, name);
      await page.waitForTimeout(400);
      await page.getByRole("progressbar").waitFor({ state: "detached" });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ view: name, sideways }).toEqual({ view: name, sideways: 0 });
      const boxes = await page.getByRole("tab").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1));
      expect({ view: name, overlaps }).toEqual({ view: name, overlaps: [] });
      if (width === 350) await page.screenshot({ path: path.join(SHOTS, `view-${name.replace(/\W+/g, "-").toLowerCase()}-350${dark ? "-dark" : ""}.png`) });
    }
    await context.close();
  });

  test("choosing a problem brings its cell into view in the preview", async () => {
    const { page, context } = await openPane();
    await page.setViewportSize({ width, height: 700 });
    await openFile(page, path.join(SAMPLES, "kirjasto-2020.xlsx"));
    await page.getByRole("button", { name: /^Tavoitteelta puuttuu tavoitetaso\. Siirry soluun Sopimus!D32/ }).click();
    const cell = page.locator("td[aria-current=true]");
    await cell.waitFor();
    await expect(cell.textContent()).resolves.toBe("");
    await page.waitForTimeout(300);
    const inView = await cell.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
    });
    expect(inView).toBe(true);
    // The row numbers stay at the grid's left edge while it scrolls sideways to the cell.
    const rowHead = await cell.evaluate((el) => {
      const th = el.parentElement!.querySelector("th")!.getBoundingClientRect();
      const wrap = el.closest("table")!.parentElement!.getBoundingClientRect();
      return th.left >= wrap.left - 1 && th.right <= wrap.right;
    });
    expect(rowHead).toBe(true);
    await context.close();
  });
});
