// File mode in headless Chromium: time from loading the page to the pane being usable, and to
// open, check and refresh a 1,000-row workbook through the UI; and the Yhteenveto view over 100
// typical unit workbooks (bench-summary.ts's: 50 goal rows, a fill-rate sheet and a production
// table each, every unit its own figures): from choosing the files to the totals on screen, the
// page's longest stall meanwhile (how long a click would wait), and the summary's download.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser } from "playwright-core";
import type { WorkbookSpec } from "../domain/template/spec";
import { chromiumPath, ensureBuilt, launch, NoBrowser, serve, UNITS_INPUT } from "../devtools/browser";
import { toBytes, workbookOf } from "../workbook/xlsx";
import { writeUnits } from "./bench-summary";

/** The browser figures, or why there are none: on a machine without Chromium they are skipped, and said. */
export type BrowserTimes = Record<string, number> | { skipped: string };

export async function fileModeTimes(spec: (rows: number) => WorkbookSpec): Promise<BrowserTimes> {
  try {
    chromiumPath();
  } catch (e) {
    if (e instanceof NoBrowser) return { skipped: e.message };
    throw e;
  }
  ensureBuilt();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-bench-"));
  const file = path.join(dir, "rows-1000.xlsx");
  await fs.writeFile(file, await toBytes(workbookOf(spec(1000))));
  const server = await serve();
  const browser = await launch();
  const times: Record<string, number[]> = { pageUsable: [], open1000Rows: [], check1000Rows: [], refresh1000Rows: [] };
  try {
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ locale: "fi-FI" });
      const page = await context.newPage();
      const lap = async (key: string, work: () => Promise<unknown>) => {
        const t = performance.now();
        await work();
        times[key].push(performance.now() - t);
      };
      await lap("pageUsable", async () => {
        await page.goto(`${server.url}/index.html`);
        await page.getByRole("button", { name: "Valitse .xlsx-tiedosto" }).waitFor();
      });
      await lap("open1000Rows", async () => {
        // Opening a file also checks it: the figure is open + check.
        await page.locator('input[type="file"]').first().setInputFiles(file);
        await page.getByText("1000 tavoiteriviä 1 taulukossa").waitFor({ timeout: 60_000 });
      });
      await lap("check1000Rows", async () => {
        await page.getByRole("button", { name: "Tarkista uudelleen" }).click();
        await page.getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
        await page.getByText("1000 tavoiteriviä 1 taulukossa").waitFor({ timeout: 60_000 });
      });
      await lap("refresh1000Rows", async () => {
        // The preview is computed as the view opens.
        await page.getByRole("tab", { name: "Päivitä", exact: true }).click();
        await page.getByRole("button", { name: "Päivitä tilat työkirjaan" }).click();
        await page.getByText(/^Päivitetty: \d+ solua/).waitFor({ timeout: 60_000 });
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))])), ...(await summaryFileModeTimes()) };
}

/**
 * The Yhteenveto view in file mode over `units` typical unit workbooks, three times:
 * the median time from choosing the files to the totals on screen (`summaryUnits<n>`), the longest
 * gap between the page's 10 ms timer ticks meanwhile (`summaryLongestStall<n>`: the page stays
 * responsive while the worker reads), and the download of yhteenveto.xlsx (`summaryDownload<n>`).
 */
export async function summaryFileModeTimes(units = 100, browser?: Browser): Promise<Record<string, number>> {
  ensureBuilt();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-bench-summary-"));
  await writeUnits(dir, units);
  const files = (await fs.readdir(dir)).sort().map((f) => path.join(dir, f));
  const server = await serve();
  const own = browser ? null : await launch();
  const chromium = (browser ?? own)!;
  const runs: Record<string, number[]> = { [`summaryUnits${units}`]: [], [`summaryLongestStall${units}`]: [], [`summaryDownload${units}`]: [] };
  try {
    for (let i = 0; i < 3; i++) {
      const context = await chromium.newContext({ locale: "fi-FI", acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/index.html`);
      await page.getByRole("button", { name: "Valitse työkirjat" }).waitFor();
      // In the page (Date, not Node's performance, which this module imports).
      await page.evaluate(() => {
        const w = globalThis as unknown as { stall: number };
        w.stall = 0;
        let last = Date.now();
        setInterval(() => {
          const now = Date.now();
          w.stall = Math.max(w.stall, now - last);
          last = now;
        }, 10);
      });
      const t = performance.now();
      // The units' input, not last year's (the view has both since issue 21).
      await page.locator(UNITS_INPUT).setInputFiles(files);
      // "100 yksikköä": a no-break space after the figure (\s matches it).
      await page.getByText(new RegExp(`^${units}\\s+yksikköä, `)).waitFor({ timeout: 120_000 });
      runs[`summaryUnits${units}`].push(performance.now() - t);
      runs[`summaryLongestStall${units}`].push(await page.evaluate(() => (globalThis as unknown as { stall: number }).stall));
      const d = performance.now();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Lataa yhteenveto/ }).click()]);
      await download.path();
      runs[`summaryDownload${units}`].push(performance.now() - d);
      await context.close();
    }
  } finally {
    await own?.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Math.round(median(v))]));
}
