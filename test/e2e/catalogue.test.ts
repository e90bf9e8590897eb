// The organisation's goal library in the pane, in file mode in a real Chromium: a library workbook
// (written by openpyxl, test/catalogue/make-catalogue.py) picked in the Insert view, its rows
// listed and inserted, its bad rows shown with their cells, the choice remembered across a reload
// and forgotten on request; at a task pane's 350 px, light and dark, with screenshots.
import { execFileSync } from "node:child_process";
import { mkdirSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CATALOGUE } from "../../src/domain/catalogue/standard-goals";
import { closeAll, launch, requireBuilt, serve } from "../../src/devtools/browser";
import { openView } from "./pane";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "samples", "kirjasto-2020.xlsx");
const SHOTS = path.join(ROOT, "test-output", "screenshots");

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let library: string;

beforeAll(async () => {
  requireBuilt(); // built by `npm test` before Jest; alone: `npm run build` first
  server = await serve();
  browser = await launch();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-e2e-catalogue-"));
  library = path.join(dir, "kaupungin-tavoitteet.xlsx");
  execFileSync("/usr/bin/python3", [path.join(ROOT, "test", "catalogue", "make-catalogue.py"), library]);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await closeAll(browser, server);
});

async function openInsert(page: Page): Promise<void> {
  await page.goto(`${server.url}/index.html`);
  await page.locator('input[type="file"]').first().setInputFiles(SAMPLE);
  await openView(page, "Lisää rivi");
  await page.getByRole("radio").first().waitFor();
}

describe.each(["light", "dark"])("the goal library in Insert at 350 px, %s theme", (theme) => {
  const dark = theme === "dark";
  test("picked once: its rows are offered first, its bad rows named by cell; remembered after a reload; forgotten on request", async () => {
    const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 350, height: 900 }, colorScheme: dark ? "dark" : "light" });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await openInsert(page);
    await page.getByLabel("Valitse tavoitekirjasto").setInputFiles(library);
    const region = page.getByRole("region", { name: "Organisaation tavoitekirjasto" });
    await region.getByText("Käytössä on kaupungin-tavoitteet.xlsx: 3 tavoitetta. Valinta muistetaan tässä selaimessa.").waitFor();
    await region.getByText(/^Tavoitekirjasto!E8: Linkkiä ”lainaukset” ei tunneta/).waitFor();
    const first = page.getByRole("radio").first();
    // Three rows of the library taken, one of them in place of a built-in row.
    expect(await page.getByRole("radio").count()).toBe(CATALOGUE.length + 2);
    await page.getByRole("radio", { name: /^Ryhmäkoot pysyvät suunnitelluissa rajoissa — Vähintään 98 % täyttöaste \(oma;/ }).waitFor();
    // Nothing runs off the side of the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    await page.screenshot({ path: path.join(SHOTS, `insert-catalogue-350${dark ? "-dark" : ""}.png`), fullPage: true });

    // Keyboard alone: search for the library's row, choose it, insert it.
    await page.getByRole("searchbox", { name: "Hae vakiotavoitteista" }).fill("lukuinto");
    await first.focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Lisää valitulle riville" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/tavoiterivi lisättiin taulukon loppuun riville \d+ \(Sopimus\)/).waitFor();

    // The choice is remembered: a new session of the page knows the library without picking it.
    await openInsert(page);
    await region.getByText(/^Käytössä on kaupungin-tavoitteet\.xlsx: 3 tavoitetta\./).waitFor();
    await region.getByRole("button", { name: "Unohda kirjasto" }).click();
    await region.getByText(/^Käytössä ovat vain valmiit vakiotavoitteet/).waitFor();
    expect(await page.getByRole("radio").count()).toBe(CATALOGUE.length);
    await context.close();
  });
});
