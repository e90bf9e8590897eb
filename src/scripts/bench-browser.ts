// File mode in headless Chromium: time from loading the page to the pane being usable, and to
// open, check and refresh a 1,000-row workbook through the UI.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { WorkbookSpec } from "../domain/template/spec";
import { ensureBuilt, launch, serve } from "../devtools/browser";
import { toBytes, workbookOf } from "../workbook/xlsx";

export async function fileModeTimes(spec: (rows: number) => WorkbookSpec): Promise<Record<string, number>> {
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
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByRole("button", { name: "Valitse .xlsx-tiedosto" }).waitFor();
      });
      await lap("open1000Rows", async () => {
        // Opening a file also checks it: the figure is open + check.
        await page.locator('input[type="file"]').setInputFiles(file);
        await page.getByText("1000 tavoiteriviä 1 taulukossa").waitFor({ timeout: 60_000 });
      });
      await lap("check1000Rows", async () => {
        await page.getByRole("button", { name: "Tarkista uudelleen" }).click();
        await page.getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
        await page.getByText("1000 tavoiteriviä 1 taulukossa").waitFor({ timeout: 60_000 });
      });
      await lap("refresh1000Rows", async () => {
        // The preview is computed as the view opens.
        await page.getByRole("tab", { name: "Päivitä tilat" }).click();
        await page.getByRole("button", { name: "Tallenna tilat työkirjaan" }).click();
        await page.getByText(/^Tallennettu: \d+ solua\./).waitFor({ timeout: 60_000 });
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))]));
}
