// The command line against .xlsx fixtures: exit codes, JSON shape, inputs never modified.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { loadXlsx } from "../../src/workbook/xlsx";
import { check } from "../../src/domain";
import { seed000, seed004, swedish } from "../fixtures/seeds";
import { rawEntriesOf, specOf, withChart, xlsxOf } from "../fixtures/xlsx";
import { runCli, sha } from "../fixtures/cli";
import { testFolders, writeSamples } from "../fixtures/folders";

const run = (...argv: string[]) => runCli(argv);

const { root } = testFolders();
let dir: string;
let early: string;
let lib: string;
beforeAll(async () => {
  dir = root();
  ({ early, lib } = await writeSamples(dir));
});

describe("validate", () => {
  test("one file --json: one document; no errors → exit 0", async () => {
    const r = await run("validate", early, "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc).toEqual({ file: early, summary: { errors: 0, warnings: 0, infos: 10, goalRows: 13, tables: 4 }, issues: expect.any(Array) });
    expect(doc.issues[0]).toEqual({
      code: "no-actual",
      severity: "info",
      sheet: "Tavoitteet",
      cell: "G8",
      row: 8,
      message: "The actual has no figure to compare with the target level (50–70).",
    });
  });

  test("errors found → exit 1; the table names code, cell and message in Finnish by default", async () => {
    const r = await run("validate", lib);
    expect(r.code).toBe(1);
    expect(r.out).toContain("missing-target");
    expect(r.out).toContain("Sopimus!D32");
    expect(r.out).toContain("Tavoitteelta puuttuu tavoitetaso.");
  });

  test("a folder: an array of documents; an unreadable file gives unreadable-file and exit 2 without stopping the others", async () => {
    const folder = path.join(dir, "kansio");
    await fs.mkdir(folder, { recursive: true });
    await fs.copyFile(early, path.join(folder, "a.xlsx"));
    await fs.writeFile(path.join(folder, "b.xlsx"), "this is not a workbook");
    await fs.copyFile(lib, path.join(folder, "c.xlsx"));
    await fs.copyFile(lib, path.join(folder, "c.bak.xlsx"));
    const r = await run("validate", folder, "--json");
    expect(r.code).toBe(2);
    const docs = r.json();
    // The backup is not read: its document says it was left out, and why.
    expect(docs.map((d: { file: string; skipped?: { reason: string } }) => [path.basename(d.file), d.skipped?.reason ?? "read"])).toEqual([
      ["a.xlsx", "read"],
      ["b.xlsx", "read"],
      ["c.xlsx", "read"],
      ["c.bak.xlsx", "backup"],
    ]);
    expect(docs[1].issues).toEqual([
      expect.objectContaining({ code: "unreadable-file", severity: "error", message: "Tiedostoa ei voi lukea xlsx-työkirjana: se ei ole .xlsx-tiedosto" }),
    ]);
    expect(docs[2].summary.goalRows).toBe(24);
    expect(r.err).toMatch(/3\/3/); // progress on stderr
  });
});

describe("refresh", () => {
  test("-o writes the copy, never the input; JSON per the contract", async () => {
    const out = path.join(dir, "out.xlsx");
    const before = await sha(early);
    const r = await run("refresh", early, "-o", out, "--json", "--lang", "en");
    expect(r.code).toBe(0);
    expect(await sha(early)).toBe(before);
    const doc = r.json();
    expect(doc.output).toBe(out);
    expect(doc.summary).toEqual({ green: 2, yellow: 1, red: 0, none: 10 });
    expect(doc.fillRate.average).toBe(98.74);
    expect(doc.productionShares).toEqual({ own: 5535, private: 1641, ownShare: 77.13, privateShare: 22.87, target: { own: 77, private: 23 } });
    expect(doc.goals.find((g: { row: number }) => g.row === 23)).toEqual({
      sheet: "Tavoitteet",
      row: 23,
      goal: "Henkilöstöresurssit ovat tehokkaassa käytössä",
      target: "Vähintään 100 % täyttöaste",
      actual: "98.74",
      status: "yellow",
      forecast: false,
      reason:
        "Arviointi 1-12 kuukaudet (G23): 98.74 % is 1.26 percentage points below the target 100 % (yellow if at least 98 %); the months together with the column Arviointi 1- 9 kuukaudet (F23)",
    });
    const written = check((await loadXlsx(await fs.readFile(out))).snapshot);
    expect(written.goals.map((g) => g.status)).toEqual(doc.goals.map((g: { status: string }) => g.status));
  });

  test("errors remain → exit 1, still written", async () => {
    const out = path.join(dir, "kirjasto-out.xlsx");
    expect((await run("refresh", lib, "-o", out)).code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  test("--in-place writes a backup first, then replaces the input", async () => {
    const file = path.join(dir, "inplace.xlsx");
    await fs.copyFile(early, file);
    const original = await sha(file);
    const r = await run("refresh", file, "--in-place");
    expect(r.code).toBe(0);
    expect(await sha(path.join(dir, "inplace.bak.xlsx"))).toBe(original);
    expect(await sha(file)).not.toBe(original);
    expect(check((await loadXlsx(await fs.readFile(file))).snapshot).goals[0].status).toBe("green");
  });

  test("--in-place keeps a chart: every part but the edited ones comes back byte for byte", async () => {
    const file = path.join(dir, "kaavio.xlsx");
    const input = await withChart(await xlsxOf(earlyChildhoodSample()));
    await fs.writeFile(file, input);
    const original = await sha(file);
    const r = await run("refresh", file, "--in-place", "--lang", "en", "--json");
    expect(r.code).toBe(0);
    expect(r.json().issues.map((i: { code: string }) => i.code)).not.toContain("unsupported-content");
    expect(await sha(path.join(dir, "kaavio.bak.xlsx"))).toBe(original);
    const before = new Map((await rawEntriesOf(input)).map((e) => [e.name, Buffer.from(e.data).toString("hex")]));
    const after = new Map((await rawEntriesOf(await fs.readFile(file))).map((e) => [e.name, Buffer.from(e.data).toString("hex")]));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/worksheets/_rels/sheet1.xml.rels"]) {
      expect(after.get(part)).toBe(before.get(part));
    }
  });

  test("a workbook that needs no edits: -o and --out-dir write nothing and say so; JSON output is null", async () => {
    const once = path.join(dir, "kerran.xlsx");
    expect((await run("refresh", early, "-o", once)).code).toBe(0);
    const again = path.join(dir, "uudestaan.xlsx");
    const r = await run("refresh", once, "-o", again, "--json", "--lang", "sv");
    expect(r.code).toBe(0);
    expect(r.json().output).toBeNull();
    expect(r.err).toContain(`Inget att ändra i ${once}, så ${again} skrevs inte.`);
    expect(existsSync(again)).toBe(false);
    const out = path.join(dir, "kansio");
    const d = await run("refresh", once, "--out-dir", out, "--json");
    expect(d.json()[0].output).toBeNull();
    expect(d.err).toContain(`Ei muutettavaa tiedostossa ${once}, joten tiedostoa ${path.join(out, "kerran.xlsx")} ei kirjoitettu.`);
    expect(existsSync(path.join(out, "kerran.xlsx"))).toBe(false);
  });

  test("-o naming the input itself is refused", async () => {
    const r = await run("refresh", early, "-o", early);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--in-place");
  });

  test("an unreadable input → exit 2 with unreadable-file", async () => {
    const bad = path.join(dir, "bad.xlsx");
    await fs.writeFile(bad, "");
    const r = await run("refresh", bad, "-o", path.join(dir, "never.xlsx"), "--json");
    expect(r.code).toBe(2);
    expect(r.json().issues).toEqual([expect.objectContaining({ code: "unreadable-file" })]);
    expect(existsSync(path.join(dir, "never.xlsx"))).toBe(false);
  });
});

describe("the seeds' layouts as .xlsx files", () => {
  test("seed 000 (9-month review): forecasts, and the stated 78,6 % gives share-mismatch", async () => {
    const file = path.join(dir, "seed000.xlsx");
    await fs.writeFile(file, await xlsxOf(specOf(seed000())));
    const r = await run("refresh", file, "-o", path.join(dir, "seed000-out.xlsx"), "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.goals.map((g: { status: string; forecast: boolean }) => [g.status, g.forecast])).toEqual([
      ["yellow", true],
      ["yellow", true],
      ["none", false],
    ]);
    expect(doc.issues.filter((i: { code: string }) => i.code === "share-mismatch")).toHaveLength(2);
    expect(doc.fillRate.average).toBe(98.55);
  });
  test("seed 004: progress words and 'x / y' actuals", async () => {
    const file = path.join(dir, "seed004.xlsx");
    await fs.writeFile(file, await xlsxOf(specOf(seed004())));
    const doc = (await run("refresh", file, "-o", path.join(dir, "seed004-out.xlsx"), "--json")).json();
    expect(doc.summary).toEqual({ green: 3, yellow: 1, red: 2, none: 0 });
  });
  test("the Swedish-headed variant: Swedish labels written, Swedish messages", async () => {
    const file = path.join(dir, "sv.xlsx");
    const out = path.join(dir, "sv-out.xlsx");
    await fs.writeFile(file, await xlsxOf(specOf(swedish())));
    const r = await run("refresh", file, "-o", out, "--json", "--lang", "sv");
    expect(r.code).toBe(0);
    // The typed status the refresh rewrote is reported as fixed, not as a problem of the written copy.
    expect(r.json().fixed.find((i: { code: string }) => i.code === "status-mismatch").message).toMatch(/^Den angivna statusen Röd/);
    expect(r.json().issues.filter((i: { code: string }) => i.code === "status-mismatch")).toEqual([]);
    const written = (await loadXlsx(await fs.readFile(out))).snapshot.sheets[0];
    expect(written.rows[5]?.[7]).toMatchObject({ value: "Gul", fill: "FFC000" });
    expect(written.rows[7]?.[7]).toMatchObject({ value: "Röd (prognos)", fill: "FF0000" });
  });
});

test("refresh --out-dir: a folder of unit workbooks, a refreshed copy of each, in one command", async () => {
  const folder = path.join(dir, "yksikot");
  const outDir = path.join(dir, "paivitetyt");
  await fs.mkdir(folder, { recursive: true });
  await fs.copyFile(early, path.join(folder, "a.xlsx"));
  await fs.copyFile(lib, path.join(folder, "b.xlsx"));
  const r = await run("refresh", folder, "--out-dir", outDir, "--json");
  expect(r.code).toBe(1); // b has an error left
  expect(r.json().map((d: { output: string }) => path.basename(d.output))).toEqual(["a.xlsx", "b.xlsx"]);
  expect((await fs.readdir(outDir)).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  expect(await sha(path.join(folder, "a.xlsx"))).toBe(await sha(early));
  expect((await run("refresh", early, lib, "-o", path.join(dir, "x.xlsx"))).code).toBe(2); // -o takes one input
});

describe("new", () => {
  test.each(["varhaiskasvatus", "kirjasto", "yleinen"])("--template %s writes a contract the engine recognises, with no errors", async (template) => {
    const file = path.join(dir, `new-${template}.xlsx`);
    const r = await run("new", file, "--template", template, "--year", "2027", "--unit", "Keskusta");
    expect(r.code).toBe(0);
    const report = check((await loadXlsx(await fs.readFile(file))).snapshot);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.tables).toBe(1);
    expect(report.goals.length).toBeGreaterThanOrEqual(4);
    expect(await run("new", file)).toMatchObject({ code: 2 }); // never overwrites
  });
  test("a Swedish contract", async () => {
    const file = path.join(dir, "ny.xlsx");
    expect((await run("new", file, "--template", "yleinen", "--lang", "sv")).code).toBe(0);
    const report = check((await loadXlsx(await fs.readFile(file))).snapshot);
    expect(report.detail.tables[0].lang).toBe("sv");
  });
});

test("demo: validates and refreshes the bundled samples, prints the summary, exit 0", async () => {
  const out = path.join(dir, "demo");
  const r = await run("demo", "--out", out);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Yhteenveto");
  expect(r.out).toMatch(/varhaiskasvatus-2012\.xlsx\s+13\s+2\s+1\s+0\s+10/);
  // Counts of children grouped by thousands, as a finance office writes them.
  expect(r.out).toContain("Tuotanto: oma 5\u00a0535 (77,13 %), yksityinen 1\u00a0641 (22,87 %)");
  // The table's headers are words, and the same words as validate's table across files.
  expect(r.out).toMatch(/^tiedosto +tavoiterivejä +vihreä +keltainen +punainen +ei tilaa +virheitä +varoituksia +päivitetty kopio$/m);
  expect((await fs.readdir(out)).sort()).toEqual(["kirjasto-2020.paivitetty.xlsx", "varhaiskasvatus-2012.paivitetty.xlsx"]);
});

test("demo never replaces a file of its copies' names that holds something else: the copy gets the next free name; run again, it is left as it is", async () => {
  const out = path.join(dir, "demo-kept");
  await fs.mkdir(out);
  const mine = path.join(out, "kirjasto-2020.refreshed.xlsx");
  await fs.writeFile(mine, "my own notes");
  const r = await run("demo", "--out", out, "--lang", "en");
  expect(r.code).toBe(0);
  expect(await fs.readFile(mine, "utf8")).toBe("my own notes");
  const second = path.join(out, "kirjasto-2020.refreshed-2.xlsx");
  expect(r.out).toContain(second);
  const bytes = await sha(second);
  // A second demo finds its own copies (the same bytes) and writes no third one.
  expect((await run("demo", "--out", out, "--lang", "en")).code).toBe(0);
  expect((await fs.readdir(out)).sort()).toEqual(["kirjasto-2020.refreshed-2.xlsx", "kirjasto-2020.refreshed.xlsx", "varhaiskasvatus-2012.refreshed.xlsx"]);
  expect(await sha(second)).toBe(bytes);
  expect(await fs.readFile(mine, "utf8")).toBe("my own notes");
});

test("usage errors exit 2", async () => {
  expect((await run("frobnicate")).code).toBe(2);
  expect((await run("refresh", early)).code).toBe(2);
  expect((await run("validate", early, "--lang", "de")).code).toBe(2);
});

test("the installed bin prints exactly one JSON document on stdout", () => {
  const bin = path.join(__dirname, "..", "..", "bin", "sopimus.js");
  if (!existsSync(path.join(__dirname, "..", "..", "lib", "cli", "main.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"]);
  const r = spawnSync(process.execPath, [bin, "validate", early, "--json"], { encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).summary.goalRows).toBe(13);
});

test("the table names cells as Excel does, and a problem with the whole file shows no cell", async () => {
  const spaced = path.join(dir, "välilyönti.xlsx");
  await fs.writeFile(
    spaced,
    await xlsxOf({
      sheets: [
        {
          name: "Tavoitteet 2025",
          cells: ["Tavoite", "Mittari", "Tavoitetaso"]
            .map((value, i) => ({ row: 1, col: i + 1, value }))
            .concat([
              { row: 2, col: 1, value: "Asiakkaat ovat tyytyväisiä" },
              { row: 2, col: 2, value: "Kysely" },
            ]),
        },
      ],
    }),
  );
  const r = await run("validate", spaced, path.join(dir, "ei-ole.xlsx"));
  expect(r.err + r.out).toContain("'Tavoitteet 2025'!C2");
  const missing = (r.err + r.out).split("\n").find((l) => l.includes("unreadable-file")) ?? "";
  expect(missing).not.toMatch(/\s!\s/);
});
