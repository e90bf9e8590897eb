// Structure, standard goal rows and undo, as edits.
import { CATALOGUE } from "../../src/domain/catalogue/standard-goals";
import { applyToSnapshot, undoEdits } from "../../src/domain/edits";
import { check, refresh } from "../../src/domain";
import { insertGoalRow } from "../../src/domain/insert";
import { freezeChoices, structureEdits } from "../../src/domain/structure";
import { cellAt, cellText } from "../../src/domain/snapshot";
import { earlyChildhood, library, seed001 } from "../fixtures/seeds";

const entry = (id: string) => CATALOGUE.find((e) => e.id === id)!;

test("structure adds the status column, its drop-down list, the K/E list and a frozen header", () => {
  const edits = structureEdits(check(library()));
  expect(edits.filter((e) => e.kind === "list").map((e) => e.kind === "list" && [e.row, e.col, e.rows, e.values.length])).toEqual([
    [11, 7, 6, 7],
    [11, 2, 6, 2],
    [19, 7, 17, 7],
    [19, 2, 17, 2],
    [38, 7, 1, 7],
    [38, 2, 1, 2],
  ]);
  expect(edits.find((e) => e.kind === "freeze")).toEqual({ kind: "freeze", sheet: "Sopimus", rows: 10 });
  const seedEdits = structureEdits(check(seed001()));
  expect(seedEdits[0]).toMatchObject({ kind: "text", row: 6, col: 8, text: "Värikoodi" });
  expect(seedEdits.find((e) => e.kind === "list")).toMatchObject({
    col: 8,
    values: ["Vihreä", "Keltainen", "Punainen", "Vihreä (ennuste)", "Keltainen (ennuste)", "Punainen (ennuste)", "–"],
  });
});

test("structure writes the metric cells' formulas with their number format", () => {
  const edits = structureEdits(check(earlyChildhood()));
  expect(edits.find((e) => e.kind === "formula" && e.sheet === "Täyttöaste")).toMatchObject({ numFmt: "0.00" });
});

describe("inserting a standard goal row", () => {
  test("the fill-rate row is linked to the fill-rate mean and gets its status", () => {
    const snap = applyToSnapshot(earlyChildhood(), refresh(earlyChildhood()).edits); // the mean cell exists now
    const result = insertGoalRow(check(snap), entry("fill-rate"), { sheet: "Tavoitteet", row: 9 });
    expect("edits" in result).toBe(true);
    if (!("edits" in result)) return;
    expect(result.edits[0]).toEqual({
      kind: "insertRow",
      sheet: "Tavoitteet",
      row: 9,
      cells: [
        { col: 1, value: "Henkilöstöresurssit ovat tehokkaassa käytössä" },
        { col: 3, value: "Täyttöaste (kuukausien keskiarvo)" },
        { col: 4, value: "Vähintään 100 % täyttöaste" },
        { col: 7, formula: "'Täyttöaste'!E16", value: "98.74" },
      ],
    });
    const after = check(applyToSnapshot(snap, result.edits));
    expect(after.goals.find((g) => g.row === 9)).toMatchObject({ status: "yellow", actual: "98.74" });
    expect(after.goals.find((g) => g.row === 24)?.target).toBe("Vähintään 100 % täyttöaste"); // the old row moved down
  });

  test("the production row is linked to the production table's counts", () => {
    const result = insertGoalRow(check(earlyChildhood()), entry("production-split"), { sheet: "Tavoitteet", row: 7 });
    if (!("edits" in result)) throw new Error("not inserted");
    const actual = result.edits[0].kind === "insertRow" ? result.edits[0].cells.find((c) => c.col === 7) : undefined;
    expect(actual).toEqual({
      col: 7,
      formula: `"Oma tuotanto "&('Tuotanto'!B4)&", yksityinen "&('Tuotanto'!B5+'Tuotanto'!B6)`,
      value: "Oma tuotanto 5535, yksityinen 1641",
    });
    const after = check(applyToSnapshot(earlyChildhood(), result.edits));
    expect(after.goals.find((g) => g.row === 7)).toMatchObject({ status: "green", actual: "22.87" });
  });

  test("in the table's language, with the flag 'E'", () => {
    const result = insertGoalRow(check(library()), entry("events"), { sheet: "Sopimus", row: 20 });
    if (!("edits" in result)) throw new Error("not inserted");
    expect(result.edits[0]).toMatchObject({
      cells: [
        { col: 1, value: "Kaikille avoimet yhteisöllisyyttä tukevat tapahtumat" },
        { col: 3 },
        { col: 4, value: "300 tapahtumaa" },
        { col: 2, value: "E" },
      ],
    });
  });

  test("outside a goal table it says so and edits nothing", () => {
    expect(insertGoalRow(check(library()), entry("events"), { sheet: "Sopimus", row: 3 })).toEqual({ error: "notInTable" });
  });
});

test("undo puts every cell a refresh wrote back as it was", () => {
  const snap = library();
  const { edits } = refresh(snap);
  const undone = applyToSnapshot(applyToSnapshot(snap, edits), undoEdits(edits));
  for (const e of edits) {
    expect(cellText(cellAt(undone.sheets[0], e.row, e.col))).toBe(cellText(cellAt(snap.sheets[0], e.row, e.col)));
    expect(cellAt(undone.sheets[0], e.row, e.col)?.fill).toBe(cellAt(snap.sheets[0], e.row, e.col)?.fill);
  }
  expect(check(undone).issues).toEqual(check(snap).issues);
});

test("a drop-down list stops at section titles: seed 001's lists never cover the next section's title rows", () => {
  const report = check(seed001());
  const titles = new Set(
    report.detail.tables.flatMap((t) => t.kinds.filter((k) => k.kind === "section" || k.kind === "header").map((k) => `${t.sheet.name}!${k.row}`)),
  );
  const lists = structureEdits(report).flatMap((e) => (e.kind === "list" ? [e] : []));
  expect(lists.length).toBeGreaterThan(0);
  for (const l of lists) for (let r = l.row; r < l.row + l.rows; r++) expect(titles.has(`${l.sheet}!${r}`)).toBe(false);
  // The first table's status list: rows 7–12, above the section titles on rows 13 and 14.
  expect(lists[0]).toMatchObject({ row: 7, rows: 6 });
});

test("one header per sheet can be frozen (Excel's rule): the first by default, another or none when asked", () => {
  const report = check(library());
  expect(freezeChoices(report)).toEqual([{ sheet: "Sopimus", headers: [10, 18, 37] }]);
  const freezes = (f?: Record<string, number | null>) => structureEdits(report, f).filter((e) => e.kind === "freeze");
  expect(freezes()).toEqual([{ kind: "freeze", sheet: "Sopimus", rows: 10 }]);
  expect(freezes({ Sopimus: 18 })).toEqual([{ kind: "freeze", sheet: "Sopimus", rows: 18 }]);
  expect(freezes({ Sopimus: null })).toEqual([]);
});
