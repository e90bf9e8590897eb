// The Yhteenveto view in file mode, in a real Chromium (Debian's, driven by playwright-core), at a
// task pane's 350 px, light and dark: three unit workbooks and one file that is no workbook, chosen
// with the picker or dropped; the totals agree with the engine run on the same files in Node; the
// unreadable file is listed with its reason; nothing scrolls sideways; axe-core finds nothing
// serious; yhteenveto.xlsx downloads and holds every unit; nothing leaves the page. Screenshots:
// test-output/screenshots/summary-350[-dark].png.
import { mkdirSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { combineUnits, summariseUnit } from "../../src/domain/summary";
import { summaryWorkbook } from "../../src/domain/summary-workbook";
import { closeAll, launch, requireBuilt, serve, UNITS_INPUT } from "../../src/devtools/browser";
import { loadXlsx } from "../../src/workbook/xlsx";
import { settle } from "./pane";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const UNITS = [
  path.join(ROOT, "assets", "samples", "kirjasto-2020.xlsx"),
  path.join(ROOT, "assets", "samples", "varhaiskasvatus-2012.xlsx"),
  path.join(ROOT, "test", "gallery", "g02-seed000-interim-lo.xlsx"),
];

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let dir: string;
let notXlsx: string;

beforeAll(async () => {
  requireBuilt(); // built by `npm test` before Jest; alone: `npm run build` first
  server = await serve();
  browser = await launch();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-e2e-summary-"));
  notXlsx = path.join(dir, "muistio.xlsx");
  await fs.writeFile(notXlsx, "Tämä on muistio, ei työkirja.");
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await closeAll(browser, server);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** The summary of the same files, made in Node by the engine. */
async function expected() {
  const parts = await Promise.all(UNITS.map(async (f) => summariseUnit(path.basename(f), (await loadXlsx(await fs.readFile(f))).snapshot, "fi")));
  return combineUnits(parts, [{ file: "muistio.xlsx", reason: "" }]);
}

/** Drops files on the view's drop area as a user dragging them from a folder would. */
async function drop(page: Page, files: string[]) {
  const payload = await Promise.all(files.map(async (f) => ({ name: path.basename(f), data: (await fs.readFile(f)).toString("base64") })));
  await page.getByRole("group", { name: "Valitse työkirjat" }).evaluate((target, items) => {
    const dt = new DataTransfer();
    for (const { name, data } of items) dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name));
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

async function axe(page: Page): Promise<string[]> {
  await settle(page);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  // Fluent UI's focus sentinels (data-tabster-dummy) are left out, as in the other browser tests.
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({
      exclude: [["[data-tabster-dummy]"]],
    }),
  );
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
}

describe.each([
  ["picked", false],
  ["dropped", true],
])("three unit workbooks %s at 350 px", (how, dark) => {
  test(`totals, units needing attention, charts, the unreadable file named, yhteenveto.xlsx downloaded (${dark ? "dark" : "light"})`, async () => {
    const context = await browser.newContext({
      locale: "fi-FI",
      viewport: { width: 350, height: 900 },
      colorScheme: dark ? "dark" : "light",
      acceptDownloads: true,
      bypassCSP: true, // axe is injected as a script
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const outside: string[] = [];
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (!["127.0.0.1", ""].includes(u.hostname) && !["blob:", "data:"].includes(u.protocol)) outside.push(r.url());
    });
    await page.goto(`${server.url}/index.html`);
    const files = [...UNITS.slice(0, 2), notXlsx, UNITS[2]];
    // The bench picks the files the same way (strict: the selector must match one input).
    if (how === "picked") await page.locator(UNITS_INPUT).setInputFiles(files);
    else await drop(page, files);

    const s = await expected();
    const goalRows = s.totals.green + s.totals.yellow + s.totals.red + s.totals.none;
    const totals = page.getByRole("region", { name: "Yhteensä" });
    await totals.getByText(`3 yksikköä, ${goalRows} tavoiteriviä, 1 lukematon tiedosto`).waitFor();
    for (const st of ["red", "yellow", "green"] as const) {
      const word = { red: "punainen", yellow: "keltainen", green: "vihreä" }[st];
      if (s.totals[st] > 0) await totals.getByText(`${word} ${s.totals[st]}`, { exact: true }).waitFor();
    }
    await page.getByText("muistio.xlsx: se ei ole .xlsx-tiedosto").waitFor();
    const attention = s.units.filter((u) => u.errors > 0 || u.statuses.red > 0 || u.statuses.yellow > 0);
    await page.getByRole("heading", { name: `Huomiota vaativat yksiköt (${attention.length})` }).waitFor();
    const bars = page.getByRole("table", { name: "Tilat yksiköittäin" });
    expect(await bars.getByRole("rowheader").allTextContents()).toEqual(s.units.map((u) => u.unit));
    const withFill = s.units.filter((u) => u.fillRate !== null);
    if (withFill.length) await page.getByRole("img", { name: new RegExp(`^${withFill[0].unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: täyttöaste`) }).waitFor();

    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `summary-350${dark ? "-dark" : ""}.png`), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Lataa yhteenveto (yhteenveto.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("yhteenveto.xlsx");
    const target = path.join(dir, `yhteenveto-${how}.xlsx`);
    await download.saveAs(target);
    const book = (await loadXlsx(await fs.readFile(target))).snapshot;
    const names = summaryWorkbook(s, "fi", { at: "2026-01-01T00:00", inputs: [] }).sheets.map((x) => x.name);
    expect(book.sheets.map((x) => x.name)).toEqual(names);
    const text = JSON.stringify(book.sheets[0].rows);
    for (const u of s.units) expect(text).toContain(JSON.stringify(u.unit).slice(1, -1));
    expect(outside).toEqual([]);
    await context.close();
  });
});
