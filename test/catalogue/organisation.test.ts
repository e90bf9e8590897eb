// The organisation's goal library (Tavoitekirjasto): rows a planner typed become catalogue entries,
// every row not taken is reported at its cell, and the built-in rows stay as defaults.
import { check } from "../../src/domain";
import { mergeCatalogue, readOrganisationCatalogue } from "../../src/domain/catalogue/organisation";
import { CATALOGUE, searchCatalogue } from "../../src/domain/catalogue/standard-goals";
import { sheetFromValues, type CellValue, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { seed001 } from "../fixtures/seeds";

const book = (name: string, grid: CellValue[][], more: WorkbookSnapshot["sheets"] = []): WorkbookSnapshot => ({
  sheets: [...more, sheetFromValues(name, grid)],
  unsupported: [],
});

const LIBRARY: CellValue[][] = [
  ["Turun kaupungin tavoitekirjasto 2026"],
  [],
  ["Linkki", "Tavoite", "Mittari", "Tavoitetaso", "Pohjat", "Mål", "Mätare", "Målnivå", "Goal (en)", "Metric (en)", "Target (en)"],
  [
    "",
    "Lasten kielellinen kehitys vahvistuu",
    "Lukemiseen innostettujen lasten osuus",
    "Vähintään 80 %",
    "varhaiskasvatus, kirjasto",
    "Barnens språkliga utveckling stärks",
    "Andel barn som fått läslust",
    "Minst 80 %",
    "Children's language skills grow",
    "Share of children inspired to read",
    "At least 80 %",
  ],
  [
    "täyttöaste",
    "Ryhmäkoot pysyvät suunnitelluissa rajoissa",
    "Täyttöaste (kuukausien keskiarvo)",
    "Vähintään 98 % täyttöaste",
    "kaikki",
    "Gruppstorlekarna hålls inom planen",
    "Fyllnadsgrad (månadernas medeltal)",
    "Minst 98 % fyllnadsgrad",
    "Group sizes stay as planned",
    "Fill rate (mean of the months)",
    "At least 98 % fill rate",
  ],
];

describe("reading a Tavoitekirjasto sheet", () => {
  test("rows in three languages, any column order, under a title: entries with link and templates, no issues", () => {
    const org = readOrganisationCatalogue(book("Tavoitekirjasto", LIBRARY));
    expect(org.issues).toEqual([]);
    expect(org.sheet).toBe("Tavoitekirjasto");
    expect(org.entries).toHaveLength(2);
    const [reading, groups] = org.entries;
    expect(reading.goal).toEqual({
      fi: "Lasten kielellinen kehitys vahvistuu",
      sv: "Barnens språkliga utveckling stärks",
      en: "Children's language skills grow",
    });
    expect(reading.target.sv).toBe("Minst 80 %");
    expect(reading.link).toBeUndefined();
    expect(reading.templates).toEqual(["varhaiskasvatus", "kirjasto"]);
    expect(groups.link).toBe("fillRate");
    expect(groups.templates).toEqual(expect.arrayContaining(["varhaiskasvatus", "kirjasto", "yleinen"]));
    // Without a Tunnus column, each row gets an id of its own.
    expect(new Set(org.entries.map((e) => e.id)).size).toBe(2);
  });

  test("a Swedish library (Målbibliotek) with only Swedish columns: the Swedish text stands for every language, said once at the header", () => {
    const org = readOrganisationCatalogue(
      book("Målbibliotek", [
        ["Mål", "Mätare", "Målnivå", "Länk", "Mallar"],
        ["Andelen egen produktion hålls", "Antal barn", "privat produktion 23 % egen produktion 77 %", "produktion", "småbarnspedagogik"],
      ]),
      "sv",
    );
    expect(org.entries).toHaveLength(1);
    expect(org.entries[0].goal).toEqual({ fi: "Andelen egen produktion hålls", sv: "Andelen egen produktion hålls", en: "Andelen egen produktion hålls" });
    expect(org.entries[0].link).toBe("production");
    expect(org.entries[0].templates).toEqual(["varhaiskasvatus"]);
    expect(org.issues).toEqual([
      {
        code: "catalogue-fallback",
        severity: "info",
        sheet: "Målbibliotek",
        cell: "A1",
        row: 1,
        message: "Biblioteket har inga kolumner för översättningar (finska, engelska); i stället visas den svenska texten.",
      },
    ]);
  });

  test("a Swedish cell left empty takes the Finnish text, and the row says so", () => {
    const grid = LIBRARY.map((r) => [...r]);
    grid[3][5] = "";
    const org = readOrganisationCatalogue(book("Tavoitekirjasto", grid));
    expect(org.entries[0].goal.sv).toBe("Lasten kielellinen kehitys vahvistuu");
    expect(org.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ["catalogue-fallback", "B4", "Rivillä ei ole käännöstä (ruotsi); tilalla näytetään suomenkielinen teksti."],
    ]);
  });

  test("bad rows are left out, each reported at its cell: no goal, an unknown link, an unknown template, a duplicate", () => {
    const org = readOrganisationCatalogue(
      book("Tavoitekirjasto", [
        ["Tunnus", "Tavoite", "Mittari", "Tavoitetaso", "Linkki", "Pohjat"],
        ["a", "Asiakkaat suosittelevat palvelua", "Suositteluindeksi", "Vähintään 50", "", "yleinen"],
        ["b", "", "Käyntimäärä", "300 käyntiä", "", ""],
        ["c", "Lainauksia on paljon", "Lainojen määrä", "100 000 lainaa", "lainat", "kirjasto"],
        ["d", "Nuoret löytävät kirjaston", "Nuorten kävijöiden määrä", "2 000 kävijää", "", "kirjasto, nuoriso"],
        ["e", "Asiakkaat suosittelevat palvelua", "Suositteluindeksi", "Vähintään 50", "", ""],
        ["a", "Henkilöstö voi hyvin", "Sairauspoissaolot", "enintään 4 %", "", ""],
        ["f", "Tapahtumia on tarjolla", "", "", "", ""],
      ]),
      "en",
    );
    expect(org.entries.map((e) => e.id)).toEqual(["a"]);
    expect(org.issues.map(({ code, severity, cell }) => ({ code, severity, cell }))).toEqual([
      { code: "catalogue-fallback", severity: "info", cell: "B1" },
      { code: "catalogue-missing-text", severity: "error", cell: "B3" },
      { code: "catalogue-unknown-link", severity: "error", cell: "E4" },
      { code: "catalogue-unknown-template", severity: "error", cell: "F5" },
      { code: "catalogue-duplicate", severity: "warning", cell: "B6" },
      { code: "catalogue-duplicate", severity: "warning", cell: "A7" },
      { code: "catalogue-missing-text", severity: "error", cell: "C8" },
    ]);
    const byCode = (code: string) => org.issues.filter((i) => i.code === code).map((i) => i.message);
    expect(byCode("catalogue-missing-text")).toEqual([
      "The row has no goal, so it is left out of the library.",
      "The row has no metric and target level, so it is left out of the library.",
    ]);
    expect(byCode("catalogue-unknown-link")[0]).toContain("“lainat”");
    expect(byCode("catalogue-unknown-template")[0]).toBe(
      "There is no template “nuoriso”, so the row is left out of the library. The templates are early childhood education, library, general and result card; all means every template.",
    );
    expect(byCode("catalogue-duplicate")).toEqual([
      "Row 2 already has the same goal or id, so this row is left out of the library.",
      "Row 2 already has the same goal or id, so this row is left out of the library.",
    ]);
  });

  test("a library sheet without goal, metric and target headers is reported, and no row is read from it", () => {
    const org = readOrganisationCatalogue(
      book("Tavoitekirjasto", [
        ["Tavoite", "Kuvaus"],
        ["Lapset voivat hyvin", "Hyvinvointikysely"],
      ]),
    );
    expect(org.entries).toEqual([]);
    expect(org.issues.map(({ code, severity, cell }) => ({ code, severity, cell }))).toEqual([{ code: "catalogue-no-header", severity: "error", cell: "A1" }]);
  });

  test("a workbook without a library sheet gives an empty catalogue and nothing to report", () => {
    expect(readOrganisationCatalogue(seed001())).toEqual({ sheet: null, entries: [], replaces: [], issues: [] });
  });
});

describe("the organisation's rows with the built-in ones", () => {
  test("the organisation's rows come first; a row with a built-in id or Finnish goal text replaces that row, and says so", () => {
    const builtInFill = CATALOGUE.find((e) => e.id === "fill-rate")!;
    const builtInEvents = CATALOGUE.find((e) => e.id === "events")!;
    const org = readOrganisationCatalogue(
      book("Tavoitekirjasto", [
        ["Tunnus", "Tavoite", "Mittari", "Tavoitetaso", "Linkki"],
        ["fill-rate", "Ryhmät ovat täynnä", "Täyttöaste", "Vähintään 98 % täyttöaste", "täyttöaste"],
        ["", builtInEvents.goal.fi, "Tapahtumien määrä", "250 tapahtumaa", ""],
        ["oma-1", "Asiakkaat suosittelevat palvelua", "Suositteluindeksi", "Vähintään 50", ""],
      ]),
    );
    expect(org.replaces).toEqual(["fill-rate", "events"]);
    expect(org.issues.filter((i) => i.code === "catalogue-replaces").map(({ code, cell, message }) => ({ code, cell, message }))).toEqual([
      { code: "catalogue-replaces", cell: "B2", message: `Rivi korvaa valmiin vakiotavoitteen ”${builtInFill.goal.fi}”.` },
      { code: "catalogue-replaces", cell: "B3", message: `Rivi korvaa valmiin vakiotavoitteen ”${builtInEvents.goal.fi}”.` },
    ]);
    const merged = mergeCatalogue(org);
    expect(merged.map((e) => e.id)).toEqual([
      "fill-rate",
      "events",
      "oma-1",
      ...CATALOGUE.map((e) => e.id).filter((id) => id !== "fill-rate" && id !== "events"),
    ]);
    expect(merged.find((e) => e.id === "events")!.target.fi).toBe("250 tapahtumaa");
    expect(searchCatalogue("suosittelevat", merged).map((e) => e.id)).toEqual(["oma-1"]);
  });

  test("a contract workbook that carries its own library: the library is no goal table, the contract is checked as before", () => {
    const alone = check(seed001());
    const withLibrary = check(book("Tavoitekirjasto", LIBRARY, seed001().sheets));
    expect(withLibrary.summary).toEqual(alone.summary);
    expect(withLibrary.issues.filter((i) => i.sheet === "Tavoitekirjasto")).toEqual([]);
  });
});
