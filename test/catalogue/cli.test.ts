// `sopimus catalogue --catalogue <file.xlsx>` end to end on a goal library workbook written by
// openpyxl (make-catalogue.py): the organisation's rows listed with the built-in ones, the rows not
// taken reported with their cell, exit 2 only when the file cannot be read.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { CATALOGUE } from "../../src/domain/catalogue/standard-goals";
import { tempDir } from "../fixtures/xlsx";
import { runCli } from "../fixtures/cli";

const run = (...argv: string[]) => runCli(argv);

let dir: string;
let library: string;
beforeAll(async () => {
  dir = await tempDir();
  library = path.join(dir, "tavoitekirjasto.xlsx");
  execFileSync("/usr/bin/python3", [path.join(__dirname, "make-catalogue.py"), library]);
});

describe("sopimus catalogue", () => {
  test("without --catalogue: the built-in rows, exit 0", async () => {
    const r = await run("catalogue", "--json");
    expect(r.code).toBe(0);
    expect(r.json().entries.map((e: { id: string }) => e.id)).toEqual(CATALOGUE.map((e) => e.id));
    expect(r.json().issues).toEqual([]);
  });

  test("--catalogue: the library's rows first, a built-in row replaced, the bad rows reported at their cells", async () => {
    const r = await run("catalogue", "--catalogue", library, "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const doc = r.json();
    expect(doc.sheet).toBe("Tavoitekirjasto");
    const ids = doc.entries.map((e: { id: string }) => e.id);
    expect(ids.slice(0, 3)).toEqual(["vaka-ryhmakoko", "lukuinto", "customer-satisfaction"]);
    expect(ids.filter((id: string) => id === "customer-satisfaction")).toHaveLength(1);
    expect(ids).toHaveLength(3 + CATALOGUE.length - 1);
    const first = doc.entries[0];
    expect(first).toEqual({
      id: "vaka-ryhmakoko",
      source: "organisation",
      goal: { fi: "Ryhmäkoot pysyvät suunnitelluissa rajoissa", sv: "Gruppstorlekarna hålls inom planen", en: "Group sizes stay as planned" },
      metric: { fi: "Täyttöaste (kuukausien keskiarvo)", sv: "Fyllnadsgrad (månadernas medeltal)", en: "Fill rate (mean of the months)" },
      target: { fi: "Vähintään 98 % täyttöaste", sv: "Minst 98 % fyllnadsgrad", en: "At least 98 % fill rate" },
      link: "fillRate",
      templates: ["varhaiskasvatus"],
    });
    expect(doc.entries[1].goal.sv).toBe("Lasten lukuinto kasvaa");
    expect(doc.entries[2].target.en).toBe("Target 4.2 (scale 1-5)");
    expect(doc.issues.map((i: { code: string; cell: string; sheet: string }) => [i.code, i.sheet, i.cell])).toEqual([
      ["catalogue-fallback", "Tavoitekirjasto", "B5"],
      ["catalogue-replaces", "Tavoitekirjasto", "B6"],
      ["catalogue-missing-text", "Tavoitekirjasto", "B7"],
      ["catalogue-unknown-link", "Tavoitekirjasto", "E8"],
      ["catalogue-unknown-template", "Tavoitekirjasto", "F9"],
      ["catalogue-duplicate", "Tavoitekirjasto", "A10"],
    ]);
  });

  test("the table for people: the library's rows marked as the organisation's own, the problems with their cells, in Finnish", async () => {
    const r = await run("catalogue", "--catalogue", library);
    expect(r.code).toBe(0);
    // Three rows of the library taken, one of them in place of a built-in row.
    expect(r.out).toContain(`Vakiotavoitteet: ${CATALOGUE.length + 2} (organisaation omat: 3, valmiit: ${CATALOGUE.length - 1})`);
    expect(r.out).toMatch(/vaka-ryhmakoko\s+oma\s+Ryhmäkoot pysyvät suunnitelluissa rajoissa/);
    expect(r.out).toContain("Tavoitekirjasto!E8");
    expect(r.out).toContain("Linkkiä ”lainaukset” ei tunneta, joten riviä ei oteta kirjastoon.");
    expect(r.out).toContain("Tavoitekirjasto!A10");
  });

  test("a workbook without a library sheet: said in one issue, exit 0", async () => {
    const other = path.join(dir, "ilman.xlsx");
    execFileSync("/usr/bin/python3", ["-c", "import sys\nfrom openpyxl import Workbook\nWorkbook().save(sys.argv[1])", other]);
    const r = await run("catalogue", "--catalogue", other, "--json", "--lang", "sv");
    expect(r.code).toBe(0);
    expect(r.json().entries).toHaveLength(CATALOGUE.length);
    expect(r.json().issues).toEqual([
      {
        code: "catalogue-no-header",
        severity: "error",
        sheet: "",
        cell: "",
        row: 0,
        message:
          "Arbetsboken har inget blad som heter Målbibliotek (på finska Tavoitekirjasto, på engelska Goal library), så inga egna standardmål läses från den.",
      },
    ]);
  });

  test("a file that cannot be read: one line naming it, exit 2", async () => {
    const bad = path.join(dir, "rikki.xlsx");
    await fs.writeFile(bad, "ei työkirja");
    const r = await run("catalogue", "--catalogue", bad);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`sopimus: tavoitekirjastoa ${bad} ei voi lukea: se ei ole .xlsx-tiedosto\n`);
    const missing = await run("catalogue", "--catalogue", path.join(dir, "puuttuu.xlsx"), "--json");
    expect(missing.code).toBe(2);
    expect(missing.json().issues[0].code).toBe("unreadable-file");
  });
});
