// Issue 21: the fill rate's year-end projection on the Metrics chart in a real Chromium, at a task
// pane's 320 and 350 px, light and dark: the early-childhood sample with December not yet measured
// (8 months) shows the projection row (label, band, mark, value) inside the pane and clear of the
// month labels, the method and the risk in words, the same row in the table; axe finds nothing
// serious; each state photographed (test-output/screenshots/metrics-projection-<width>[-dark].png).
import { mkdirSync, promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { closeAll, launch, requireBuilt, serve } from "../../src/devtools/browser";
import { openView, settle } from "./pane";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const FILE = path.join(ROOT, "test-output", "varhaiskasvatus-2012-ilman-joulukuuta.xlsx");

let browser: Browser;
let server: { url: string; close(): Promise<void> };

/** The sample with December's counts and the goal row's "joulu 99,29 %" taken out: 8 months measured. */
async function eightMonths(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, "assets", "samples", "varhaiskasvatus-2012.xlsx"));
  wb.eachSheet((ws) =>
    ws.eachRow((row) => {
      if (ws.name === "Täyttöaste" && row.getCell(1).value === "joulukuu") for (const c of [2, 3, 4, 5]) row.getCell(c).value = null;
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && cell.value.includes("joulu 99,29 %")) cell.value = cell.value.replace(/\n?joulu 99,29 %/, "");
      });
    }),
  );
  await fs.writeFile(FILE, Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  requireBuilt();
  mkdirSync(SHOTS, { recursive: true });
  await eightMonths();
  server = await serve();
  browser = await launch();
});

afterAll(async () => {
  await closeAll(browser, server);
});

type Box = { left: number; top: number; right: number; bottom: number; text: string };
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe.each([320, 350])("at %i px", (width) => {
  test.each([false, true])("dark: %s — the projection is drawn, labelled and said in words", async (dark) => {
    const context = await browser.newContext({ locale: "fi-FI", viewport: { width, height: 900 }, colorScheme: dark ? "dark" : "light", bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type="file"]').first().setInputFiles(FILE);
    await openView(page, "Mittarit");
    await page.getByRole("button", { name: "Lue mittarit uudelleen" }).click();
    await page
      .getByText(
        "Vuoden lopun ennuste on 98,67\u00a0%, mitattujen kuukausien keskiarvo; vaihteluväli 98,5\u00a0%–98,83\u00a0%. Tavoite: toteutuminen epävarmaa.",
      )
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);

    const layout = await page.getByRole("img", { name: "Täyttöaste kuukausittain" }).evaluate((svg) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: e.textContent ?? "" };
      };
      return {
        svg: box(svg),
        rects: [...svg.querySelectorAll("rect")].map(box),
        marks: [...svg.querySelectorAll("circle")].map(box),
        labels: [...svg.querySelectorAll("text")].map(box),
      };
    });
    expect(layout.svg.right).toBeLessThanOrEqual(width);
    // Eight month bars and the interval's band; one mark at the projected value.
    expect(layout.rects).toHaveLength(9);
    expect(layout.marks).toHaveLength(1);
    const label = layout.labels.find((l) => l.text === "Ennuste");
    const value = layout.labels.find((l) => l.text === "98,67\u00a0%" && l.top > layout.rects[7].bottom);
    expect(label && value).toBeTruthy();
    for (const l of layout.labels) expect([l.left >= 0, l.right <= width]).toEqual([true, true]);
    // The projection's label and value stand clear of every bar and of the band.
    for (const l of [label!, value!]) expect(layout.rects.filter((r) => overlaps(l, r))).toEqual([]);
    // The band lies below the months.
    expect(layout.rects[8].top).toBeGreaterThan(layout.rects[7].bottom);

    await page.getByText("Näytä luvut taulukkona").first().click();
    await page.getByRole("row", { name: /Ennuste, kuukausien keskiarvo \(98,5–98,83\) 98,67/ }).waitFor();

    await settle(page);

    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () =>
      (window as unknown as { axe: { run(c: unknown): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run({
        exclude: [["[data-tabster-dummy]"]],
      }),
    );
    expect(violations.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    const end = await page.getByRole("region", { name: "Mittarit" }).evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
    await page.screenshot({
      path: path.join(SHOTS, `metrics-projection-${width}${dark ? "-dark" : ""}.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.ceil(end) + 16 },
    });
    await context.close();
  });
});
