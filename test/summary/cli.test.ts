// `sopimus summary` (issue 12, docs/cli-contract.md): safety of its one write, unreadable files
// counted and never stopping the others, and figures that agree with validate and refresh.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { specOf, xlsxOf } from "../fixtures/xlsx";
import { book } from "../fixtures/seeds";
import { runCli, sha } from "../fixtures/cli";
import { testFolders, writeSamples } from "../fixtures/folders";

const run = runCli;

const { root, folder } = testFolders();
let units: string;
beforeAll(async () => {
  units = path.join(root(), "yksikot");
  await fs.mkdir(units);
  await writeSamples(units);
});

test("writes the summary workbook and a short report: totals and the units needing attention", async () => {
  const out = path.join(await folder(), "yhteenveto.xlsx");
  const r = await run(["summary", units, "-o", out]);
  expect(r.code).toBe(1); // the library sample has an error
  expect(r.out).toMatch(/^2 yksikköä · tavoiterivejä 37: /);
  expect(r.out).toContain("Huomiota vaativat yksiköt:");
  expect(r.out).toContain("Hakeutuvat palvelut");
  expect(r.err).toContain(`Kirjoitettu: ${out}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Yksiköt", "Tavoitteet", "Täyttöaste", "Ongelmat", "Tiedot"]);
});

test("an existing target is refused without --force (exit 2, naming it) and replaced with it", async () => {
  const dir = await folder();
  const out = path.join(dir, "yhteenveto.xlsx");
  await fs.writeFile(out, "tärkeä tiedosto");
  const r = await run(["summary", units, "-o", out]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`Tiedosto on jo olemassa: ${out}`);
  expect(await fs.readFile(out, "utf8")).toBe("tärkeä tiedosto");
  const forced = await run(["summary", units, "-o", out, "--force"]);
  expect(forced.code).toBe(1);
  expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe("PK");
});

test("an input is never written over: named as the output, or found in a folder, it is refused, --force or not", async () => {
  const input = path.join(units, "kirjasto.xlsx");
  const before = await sha(input);
  const r = await run(["summary", units, input, "-o", input, "--force"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("se on myös luettava työkirja");
  expect(await sha(input)).toBe(before);
  // A file inside the folder of units is an input too (issue 16): an output never replaces it.
  const dir = await folder();
  await fs.copyFile(path.join(units, "varhaiskasvatus.xlsx"), path.join(dir, "a.xlsx"));
  const out = path.join(dir, "yhteenveto.xlsx");
  expect((await run(["summary", dir, "-o", out])).code).toBe(0);
  const written = await sha(out);
  const again = await run(["summary", dir, "-o", out, "--force", "--json"]);
  expect(again.code).toBe(2);
  expect(again.err).toContain("se on myös luettava työkirja");
  // --json prints its one document (cli-contract.md), as refresh does when it refuses: nothing read, nothing written.
  expect(again.json()).toMatchObject({ output: null, units: [], goals: [], totals: { units: 0 } });
  expect(await sha(out)).toBe(written);
});

test("an unreadable file is listed with its reason and counted, and the others are still summarised", async () => {
  const dir = await folder();
  await fs.copyFile(path.join(units, "varhaiskasvatus.xlsx"), path.join(dir, "a.xlsx"));
  await fs.writeFile(path.join(dir, "rikki.xlsx"), "ei työkirja");
  const r = await run(["summary", dir, "--json", "--lang", "en"]);
  expect(r.code).toBe(1);
  const doc = r.json();
  expect(doc.totals).toMatchObject({ units: 1, unreadable: 1 });
  expect(doc.unreadable).toEqual([{ file: path.join(dir, "rikki.xlsx"), reason: "it is not an .xlsx file" }]);
  expect(doc.units[0].unit).toBe("a");
  expect(doc.output).toBeNull();
});

test("nothing readable: exit 2, nothing written; -o is required unless --json", async () => {
  const dir = await folder();
  await fs.writeFile(path.join(dir, "rikki.xlsx"), "ei työkirja");
  const out = path.join(dir, "yhteenveto.xlsx");
  const r = await run(["summary", dir, "-o", out]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("Yhtäkään työkirjaa ei voitu lukea");
  await expect(fs.access(out)).rejects.toThrow();
  const noOut = await run(["summary", units]);
  expect(noOut.code).toBe(2);
  expect(noOut.err).toContain("-o yhteenveto.xlsx");
});

test("--json prints the contract's document: units, goals and totals", async () => {
  const r = await run(["summary", units, "--json"]);
  const doc = r.json();
  expect(Object.keys(doc)).toEqual(expect.arrayContaining(["units", "goals", "totals", "unreadable"]));
  const early = doc.units.find((u: { file: string }) => u.file.endsWith("varhaiskasvatus.xlsx"));
  expect(early).toMatchObject({ year: 2012, fillRate: 98.74, privateShare: 22.87, errors: 0 });
  expect(doc.goals[0]).toEqual(
    expect.objectContaining({
      file: expect.any(String),
      unit: expect.any(String),
      sheet: expect.any(String),
      row: expect.any(Number),
      status: expect.any(String),
      forecast: expect.any(Boolean),
    }),
  );
  expect(doc.totals.units).toBe(2);
});

test("files skipped in a folder are named with the reason (a macro workbook, a lock file, a backup)", async () => {
  const dir = await folder();
  await fs.writeFile(path.join(dir, "keskusta.xlsx"), await xlsxOf(earlyChildhoodSample()));
  for (const name of ["makrot.xlsm", "~$keskusta.xlsx", "keskusta.bak.xlsx"]) await fs.writeFile(path.join(dir, name), "x");
  const r = await run(["summary", dir, "--json", "--lang", "en"]);
  for (const name of ["makrot.xlsm", "~$keskusta.xlsx", "keskusta.bak.xlsx"]) expect(r.err).toContain(`Skipping ${path.join(dir, name)}: `);
  expect(r.json().units).toHaveLength(1);
});

test("units with no problems at all: the summary is written, its Ongelmat sheet says there is nothing to report", async () => {
  const dir = await folder();
  const head = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–12 kk"];
  const clean = book([
    "Tavoitteet",
    [["PALVELUTUOTANTOSOPIMUS 2025"], ["Tulosyksikkö: Nummi"], [], head, ["Asiakkaat ovat tyytyväisiä", "Päällikkö", "Kysely", "Vähintään 4", "4,2"]],
  ]);
  await fs.writeFile(path.join(dir, "nummi.xlsx"), await xlsxOf(specOf(clean)));
  const out = path.join(await folder(), "yhteenveto.xlsx");
  const r = await run(["summary", dir, "-o", out, "--json"]);
  expect(r.code).toBe(0);
  expect(r.json().issues).toEqual([]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet("Ongelmat")!.getCell("A2").text).toBe("Ei huomautettavaa.");
});

test("an earlier summary workbook lying among the units is skipped with a message, not read as a unit", async () => {
  const dir = await folder();
  await fs.copyFile(path.join(units, "varhaiskasvatus.xlsx"), path.join(dir, "a.xlsx"));
  const earlier = path.join(dir, "yhteenveto-2024.xlsx");
  expect((await run(["summary", dir, "-o", earlier])).code).toBe(0);
  const r = await run(["summary", dir, "--json", "--lang", "en"]);
  expect(r.err).toContain(`Skipping ${earlier}: it is a summary workbook, not a unit's (last year's summary can be given with --previous).`);
  expect(r.json().units.map((u: { file: string }) => u.file)).toEqual([path.join(dir, "a.xlsx")]);
});
