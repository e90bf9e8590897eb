// The command line explains itself (issue 11, items 9): help for the tool and each command in
// three languages, the version, and usage errors said in one line in the reader's language.
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { fileSummary } from "../../src/cli/format";
import { COMMANDS, COMMAND_OPTIONS, systemLang } from "../../src/cli/help";
import { swedish } from "../fixtures/seeds";
import { specOf, xlsxOf } from "../fixtures/xlsx";
import { runCli } from "../fixtures/cli";
import { testFolders, writeSamples } from "../fixtures/folders";

const run = runCli;

const LANGS = ["fi", "sv", "en"] as const;
const USAGE_WORD = { fi: "Käyttö:", sv: "Användning:", en: "Usage:" };

describe("help", () => {
  test.each([["--help"], ["-h"], ["help"]])("%s: the tool's help on stdout, every command listed, exit 0", async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("Käyttö: sopimus <komento>");
    for (const c of COMMANDS) expect(r.out).toMatch(new RegExp(`^  ${c} +\\S`, "m"));
  });

  test.each(LANGS.flatMap((lang) => COMMANDS.map((c) => [c, lang] as const)))(
    "%s --help --lang %s: the command's usage, each of its options and an example",
    async (command, lang) => {
      for (const argv of [
        [command, "--help", "--lang", lang],
        ["help", command, "--lang", lang],
      ]) {
        const r = await run(argv);
        expect(r.code).toBe(0);
        expect(r.out.startsWith(`${USAGE_WORD[lang]} sopimus ${command}`)).toBe(true);
        for (const o of [...COMMAND_OPTIONS[command], "lang"]) expect(r.out).toContain(`--${o}`);
        expect(r.out).toMatch(/\n {2}sopimus \S+/); // an example
      }
    },
  );

  test("help follows the system's language without --lang, and --lang wins over it", async () => {
    expect((await run(["--help"], { env: { LANG: "sv_FI.UTF-8" } })).out).toContain("Användning:");
    expect((await run(["--help"], { env: { LANG: "fi_FI.UTF-8", LC_ALL: "en_GB.UTF-8" } })).out).toContain("Usage:");
    expect((await run(["--help", "--lang", "fi"], { env: { LANG: "en_US.UTF-8" } })).out).toContain("Käyttö:");
    expect(systemLang({ LANG: "C.UTF-8" })).toBe("fi");
    expect(systemLang({ LC_MESSAGES: "sv_SE.UTF-8", LANG: "en_US" })).toBe("sv");
  });

  test("the new command's help names every template, the result card too", async () => {
    const r = await run(["new", "--help"]);
    expect(r.out).toContain("varhaiskasvatus|kirjasto|yleinen|tuloskortti");
  });

  test.each([
    ["fi", "Tavoitekirjasto"],
    ["sv", "Målbibliotek"],
    ["en", "Goal library"],
  ])("catalogue --help --lang %s names the library sheet as the reader's language spells it (%s)", async (lang, sheet) => {
    const { out } = await run(["catalogue", "--help", "--lang", lang]);
    expect(out).toMatch(new RegExp(`sheet named ${sheet}|blad som heter ${sheet}|${sheet}-nimiseltä`));
  });

  test("new --help --lang en calls the result card by its English name, the balanced scorecard", async () => {
    const { out } = await run(["new", "--help", "--lang", "en"]);
    expect(out.replace(/\s+/g, " ")).toContain("tuloskortti (balanced scorecard)");
  });

  test("a usage of several lines keeps its lines under the first one's sopimus", async () => {
    for (const lang of LANGS) {
      for (const c of COMMANDS) {
        const { out } = await run([c, "--help", "--lang", lang]);
        const lines = out.slice(0, out.indexOf("\n\n")).split("\n");
        const indent = lines[0].indexOf("sopimus");
        for (const line of lines.slice(1).filter((l) => /^ +sopimus /.test(l))) {
          expect([lang, c, line.indexOf("sopimus")]).toEqual([lang, c, indent]);
        }
      }
    }
  });

  test("no line of the help is wider than 100 characters", async () => {
    for (const lang of LANGS) {
      for (const argv of [["--help"], ...COMMANDS.map((c) => [c, "--help"])]) {
        const { out } = await run([...argv, "--lang", lang]);
        for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
      }
    }
  });
});

test.each([["--version"], ["-V"]])("%s prints the package's version, exit 0", async (flag) => {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
  const r = await run([flag]);
  expect(r.code).toBe(0);
  expect(r.out).toBe(`sopimus ${pkg.version}\n`);
});

describe("usage errors: one line, the one thing wrong, in the language, pointing to the help; exit 2", () => {
  test.each([
    [["frobnicate"], "sopimus: tuntematon komento ”frobnicate”. Ohje: sopimus --help"],
    [["frobnicate", "--lang", "en"], "sopimus: unknown command “frobnicate”. See sopimus --help"],
    [["validate", "a.xlsx", "--bogus", "--lang", "sv"], "sopimus: okänd flagga --bogus. Hjälp: sopimus validate --help"],
    [["validate", "a.xlsx", "--template", "kirjasto"], "sopimus: komento validate ei käytä valitsinta --template. Ohje: sopimus validate --help"],
    [["refresh", "a.xlsx", "-o"], "sopimus: valitsin -o tarvitsee arvon. Ohje: sopimus refresh --help"],
    [["refresh", "a.xlsx", "-o", "--json"], "sopimus: valitsin -o tarvitsee arvon. Ohje: sopimus refresh --help"],
    [["refresh", "a.xlsx", "-o", "--lang", "sv"], "sopimus: flaggan -o behöver ett värde. Hjälp: sopimus refresh --help"],
    [["catalogue", "--catalogue", "--lang", "en"], "sopimus: the option --catalogue needs a value. See sopimus catalogue --help"],
    [["validate", "a.xlsx", "--json=yes", "--lang", "en"], "sopimus: the option --json takes no value. See sopimus validate --help"],
    [["validate", "a.xlsx", "--lang", "de"], "sopimus: --lang on fi, sv tai en, ei ”de”. Ohje: sopimus validate --help"],
    [["validate"], "sopimus: anna vähintään yksi tiedosto tai kansio. Ohje: sopimus validate --help"],
    [["refresh", "a.xlsx", "--lang", "en"], "sopimus: give -o <out.xlsx>, --out-dir <folder> or --in-place. See sopimus refresh --help"],
    [["refresh", "--in-place", "--lang", "sv"], "sopimus: ange filen som ska uppdateras. Hjälp: sopimus refresh --help"],
    [["new", "a.xlsx", "--template", "muu"], "sopimus: tuntematon mallipohja ”muu” (mallipohjat: varhaiskasvatus, kirjasto, yleinen"],
    [["new", "a.xlsx", "--year", "27", "--lang", "en"], "sopimus: --year must be a year from 2000 to 2100, not “27”. See sopimus new --help"],
    [["new"], "sopimus: anna luotavan tiedoston nimi, esimerkiksi sopimus new uusi.xlsx. Ohje: sopimus new --help"],
    [["demo", "extra"], "sopimus: ylimääräinen argumentti ”extra”. Ohje: sopimus demo --help"],
    [["help", "nope"], "sopimus: tuntematon komento ”nope”. Ohje: sopimus --help"],
    [["--json"], "sopimus: komento puuttuu. Ohje: sopimus --help"],
  ])("%j", async (argv, line) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.err.startsWith(line)).toBe(true);
    expect(r.err).not.toMatch(/ERR_PARSE_ARGS|Unknown option|Usage:\n/);
  });

  test("the language of a usage error follows the system's without --lang", async () => {
    const r = await run(["frobnicate"], { env: { LANG: "en_US.UTF-8" } });
    expect(r.err).toBe("sopimus: unknown command “frobnicate”. See sopimus --help\n");
  });

  test("with --help, other options do not matter", async () => {
    const r = await run(["validate", "--template", "x", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("sopimus validate");
  });
});

describe("what a run over files says (issue 11, item 10)", () => {
  const { root } = testFolders();
  let dir: string;
  let early: string;
  let lib: string;
  beforeAll(async () => {
    dir = root();
    ({ early, lib } = await writeSamples(dir));
  });

  test("a missing input is one plain line, in the language; --json still prints unreadable-file; exit 2", async () => {
    const missing = path.join(dir, "ei-ole.xlsx");
    const r = await run(["validate", missing]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`sopimus: tiedostoa ei löydy: ${missing}\n`);
    expect(r.out).not.toContain("!");
    expect((await run(["validate", missing, "--lang", "sv"])).err).toBe(`sopimus: filen finns inte: ${missing}\n`);
    const json = await run(["validate", missing, "--json", "--lang", "en"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).issues).toEqual([expect.objectContaining({ code: "unreadable-file", severity: "error" })]);
    const refresh = await run(["refresh", missing, "-o", path.join(dir, "x.xlsx"), "--lang", "en"]);
    expect(refresh.code).toBe(2);
    expect(refresh.err).toBe(`sopimus: file not found: ${missing}\n`);
  });

  test("counts agree with their number in all three languages", async () => {
    const one = { goalRows: 1, tables: 1, errors: 1, warnings: 1, infos: 1 };
    const two = { goalRows: 2, tables: 2, errors: 2, warnings: 2, infos: 2 };
    expect(fileSummary(one, "fi")).toBe("1 tavoiterivi, 1 taulukko · 1 virhe, 1 varoitus, 1 huomautus");
    expect(fileSummary(two, "fi")).toBe("2 tavoiteriviä, 2 taulukkoa · 2 virhettä, 2 varoitusta, 2 huomautusta");
    expect(fileSummary(one, "sv")).toBe("1 målrad, 1 tabell · 1 fel, 1 varning, 1 upplysning");
    expect(fileSummary(two, "sv")).toBe("2 målrader, 2 tabeller · 2 fel, 2 varningar, 2 upplysningar");
    expect(fileSummary(one, "en")).toBe("1 goal row, 1 table · 1 error, 1 warning, 1 note");
    expect(fileSummary({ ...two, errors: 0 }, "en")).toBe("2 goal rows, 2 tables · 0 errors, 2 warnings, 2 notes");
  });

  test("a folder: skipped files are named with the reason, and one table across the files ends the output", async () => {
    const folder = path.join(dir, "yksikot");
    await fs.mkdir(folder, { recursive: true });
    await fs.copyFile(early, path.join(folder, "a.xlsx"));
    await fs.copyFile(lib, path.join(folder, "b.xlsx"));
    await fs.copyFile(early, path.join(folder, "makrot.xlsm"));
    await fs.copyFile(early, path.join(folder, "~$a.xlsx"));
    await fs.copyFile(early, path.join(folder, "a.bak.xlsx"));
    await fs.copyFile(early, path.join(folder, "a.refreshed.xlsx"));
    await fs.writeFile(path.join(folder, "c.xlsx"), "not a workbook");
    const r = await run(["validate", folder, "--lang", "en"]);
    expect(r.code).toBe(2);
    for (const name of ["makrot.xlsm", "~$a.xlsx", "a.bak.xlsx", "a.refreshed.xlsx"]) {
      expect(r.err).toContain(`Skipping ${path.join(folder, name)}: `);
    }
    expect(r.err).toContain("a workbook with macros; save it as .xlsx to have it checked");
    const tail = r.out.slice(r.out.indexOf("Summary by file"));
    expect(tail).toMatch(new RegExp(`${path.join(folder, "a.xlsx").replace(/[/\\\\.]/g, "\\$&")}\\s+13\\s+0\\s+0\\s+2\\s+1\\s+0\\s+10`));
    expect(tail).toMatch(/c\.xlsx\s+not read/);
    expect(tail).toMatch(/In all 3 files: 37 goal rows · \d+ errors?, \d+ warnings?, \d+ notes?; 1 file not read\n$/);
    const sv = await run(["validate", folder, "--lang", "sv"]);
    expect(sv.out).toMatch(/; 1 fil kunde inte läsas\n$/);
    const fi = await run(["validate", folder, "--lang", "fi"]);
    expect(fi.out).toMatch(/; 1 tiedosto jäi lukematta\n$/);
  });

  test("refresh reports what remains after it, and what it fixed", async () => {
    const file = path.join(dir, "sv.xlsx");
    await fs.writeFile(file, await xlsxOf(specOf(swedish())));
    const r = await run(["refresh", file, "-o", path.join(dir, "sv-out.xlsx"), "--lang", "sv"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("status-mismatch");
    expect(r.out).toMatch(/Uppdateringen åtgärdade \d+ problem; ovan står det som finns kvar\./);
  });

  test("refresh says in good Finnish that it fixed one problem", async () => {
    // The library sample has one typed status the refresh corrects (status-mismatch on Sopimus!G31).
    const r = await run(["refresh", lib, "-o", path.join(dir, "kirjasto-fi-out.xlsx")]);
    expect(r.out).toContain("Päivityksessä korjautui 1 ongelma; yllä ovat jäljelle jääneet.\n");
  });

  test.each([
    ["fi", "paivitetty"],
    ["sv", "uppdaterad"],
    ["en", "refreshed"],
  ])("demo --lang %s names its copies *.%s.xlsx", async (lang, word) => {
    const out = path.join(dir, `demo-${lang}`);
    expect((await run(["demo", "--out", out, "--lang", lang])).code).toBe(0);
    expect((await fs.readdir(out)).sort()).toEqual([`kirjasto-2020.${word}.xlsx`, `varhaiskasvatus-2012.${word}.xlsx`]);
  });
});
