// The Metrics view in a real Chromium (Debian's, driven by playwright-core), in file mode, at a task
// pane's 320 and 350 px, light and dark, on both samples: nothing scrolls sideways, no section name
// overlaps a bar, the fill-rate chart's labels stay clear of its bars, the table alternative opens
// from the keyboard, axe-core finds nothing serious or critical, and every state is photographed
// (test-output/screenshots/metrics-<file>-<width>[-dark].png).
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { closeAll, launch, requireBuilt, serve } from "../../src/devtools/browser";
import { openView, settle } from "./pane";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLES = path.join(ROOT, "assets", "samples");
const SHOTS = path.join(ROOT, "test-output", "screenshots");

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  requireBuilt(); // built by `npm test` before Jest; alone: `npm run build` first
  server = await serve();
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await closeAll(browser, server);
});

type Box = { left: number; top: number; right: number; bottom: number };

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

async function openMetrics(file: string, width: number, dark: boolean) {
  const context = await browser.newContext({ locale: "fi-FI", viewport: { width, height: 900 }, colorScheme: dark ? "dark" : "light", bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.url}/index.html`);
  await page.locator('input[type="file"]').first().setInputFiles(path.join(SAMPLES, file));
  await openView(page, "Mittarit");
  await page.getByRole("button", { name: "Lue mittarit uudelleen" }).click();
  await page.getByRole("table", { name: "Tilat osioittain" }).waitFor();
  return { page, context };
}

/** Each section row's name and visible bar segments, as boxes. */
async function sectionBoxes(page: Page): Promise<Array<{ name: Box; segments: Box[]; clipped: boolean }>> {
  return page.getByRole("table", { name: "Tilat osioittain" }).evaluate((table) =>
    [...table.querySelectorAll('[role="row"]')]
      .filter((row) => row.querySelector('[role="rowheader"]'))
      .map((row) => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const cells = [...row.querySelectorAll('[role="cell"]')].filter((c) => c.getBoundingClientRect().width > 2);
        return {
          name: box(row.querySelector('[role="rowheader"]')!),
          segments: cells.map(box),
          // A count that does not fit its segment would be cut off.
          clipped: cells.some((c) => c.scrollWidth > c.clientWidth + 1),
        };
      }),
  );
}

async function axe(page: Page): Promise<string[]> {
  await settle(page);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  // Fluent UI's focus manager (tabster) puts aria-hidden sentinels with tabindex 0 around focus
  // groups; focus that lands on one is handed on at once. Everything else is checked.
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({
      exclude: [["[data-tabster-dummy]"]],
    }),
  );
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
}

describe.each([
  ["varhaiskasvatus-2012.xlsx", 4],
  ["kirjasto-2020.xlsx", 3],
])("%s", (file, sections) => {
  describe.each([320, 350])("at %i px", (width) => {
    test.each([false, true])("dark: %s — fits, nothing overlaps, axe finds nothing serious", async (dark) => {
      const { page, context } = await openMetrics(file, width, dark);
      const name = file.replace(/\.xlsx$/, "");

      // Nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);

      // Each section's name stands clear of every bar, its own and the others'; each count fits its segment.
      const rows = await sectionBoxes(page);
      expect(rows).toHaveLength(sections);
      const bars = rows.flatMap((r) => r.segments);
      for (const row of rows) {
        expect(row.segments.length).toBeGreaterThan(0);
        expect(bars.filter((b) => intersects(row.name, b))).toEqual([]);
        expect(row.name.right).toBeLessThanOrEqual(width);
        expect(row.clipped).toBe(false);
        for (const s of row.segments) expect(s.right).toBeLessThanOrEqual(width);
      }
      const names = rows.map((r) => r.name);
      expect(names.filter((a, i) => names.some((b, j) => i !== j && intersects(a, b)))).toEqual([]);

      if (file.startsWith("varhaiskasvatus")) {
        // The fill-rate chart: inside the pane; month and value labels clear of the bars.
        const chart = page.getByRole("img", { name: "Täyttöaste kuukausittain" });
        const layout = await chart.evaluate((svg) => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: e.textContent ?? "" };
          };
          return { svg: box(svg), bars: [...svg.querySelectorAll("rect")].map(box), labels: [...svg.querySelectorAll("text")].map(box) };
        });
        expect(layout.svg.right).toBeLessThanOrEqual(width);
        expect(layout.bars).toHaveLength(9);
        for (const label of layout.labels) {
          expect(label.left).toBeGreaterThanOrEqual(0);
          expect(label.right).toBeLessThanOrEqual(width);
        }
        const monthAndValue = layout.labels.filter((l) => /^(tammi|helmi|maalis|huhti|touko|syys|loka|marras|joulu|\d+,\d+\s%)$/.test(l.text));
        expect(monthAndValue).toHaveLength(18);
        for (const label of monthAndValue) expect(layout.bars.filter((b) => intersects(label, b)).map((b) => [label.text, b])).toEqual([]);
        // The production split: the bar and its written figures inside the pane.
        await page.getByText(/^Tavoite: oma 77\s%, yksityinen 23\s%$/).waitFor();
        const target = await page.getByText(/^Tavoite: oma 77\s%, yksityinen 23\s%$/).boundingBox();
        expect(target!.x + target!.width).toBeLessThanOrEqual(width);
      }

      expect(await axe(page)).toEqual([]);
      // The pane from its top to the end of the metrics (the file's preview below is another view's).
      const end = await page.getByRole("region", { name: "Mittarit" }).evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
      await page.screenshot({
        path: path.join(SHOTS, `metrics-${name}-${width}${dark ? "-dark" : ""}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width, height: Math.ceil(end) + 16 },
      });
      await context.close();
    });
  });
});

test("the fill-rate table opens from the keyboard and holds the figures", async () => {
  const { page, context } = await openMetrics("varhaiskasvatus-2012.xlsx", 350, false);
  const summary = page.getByText("Näytä luvut taulukkona");
  await summary.focus();
  await page.keyboard.press("Enter");
  const table = page.getByRole("table", { name: /^Täyttöaste kuukausittain \(tavoite 100\s%\)$/ });
  await table.waitFor();
  expect(await table.getByRole("row").count()).toBe(14);
  await table.getByRole("row", { name: /tammikuu 5\s000 4\s911 98,22/ }).waitFor();
  await table.getByRole("row", { name: /kesäkuu ei mitattu/ }).waitFor();
  await table.getByRole("row", { name: /Keskiarvo 98,74/ }).waitFor();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "metrics-varhaiskasvatus-2012-350-table.png"), fullPage: true });
  await context.close();
});
