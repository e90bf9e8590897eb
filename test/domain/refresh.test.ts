// Refresh as edits: the status column, the fill-rate formulas, the production shares.
import { applyToSnapshot, type Edit } from "../../src/domain/edits";
import { refresh } from "../../src/domain";
import { cellAt, cellText } from "../../src/domain/snapshot";
import { book, earlyChildhood, library, seed001, swedish } from "../fixtures/seeds";

const statusEdits = (edits: Edit[]) => edits.filter((e) => e.kind === "status");

test("seed 001 has no status column: refresh adds 'Värikoodi' at each table's right edge", () => {
  const { edits } = refresh(seed001());
  const headers = edits.filter((e) => e.kind === "text");
  expect(headers.map((e) => [e.row, e.col, e.kind === "text" && e.text])).toEqual([
    [6, 8, "Värikoodi"],
    [15, 8, "Värikoodi"],
    [22, 8, "Värikoodi"],
    [29, 8, "Värikoodi"],
  ]);
  const fill = statusEdits(edits).find((e) => e.row === 23);
  expect(fill).toMatchObject({ kind: "status", label: "Keltainen", fill: "FFC000", col: 8 });
});

test("labels follow the table's language; forecasts say so", () => {
  const { edits } = refresh(swedish());
  const byRow = new Map(statusEdits(edits).map((e) => [e.row, e.kind === "status" ? e.label : ""]));
  expect(byRow.get(6)).toBe("Gul");
  expect(byRow.get(7)).toBe("Grön");
  expect(byRow.get(8)).toBe("Röd (prognos)");
});

test("a manual status on a qualitative row is kept, coloured as its word; a wrong typed status on a measurable row is replaced", () => {
  const { edits } = refresh(library());
  // "Toiminta säännöllistä", typed Vihreä by hand without a colour
  expect(statusEdits(edits).find((e) => e.row === 33)).toMatchObject({ label: "Vihreä", fill: "00B050", before: { value: "Vihreä" } });
  expect(statusEdits(edits).find((e) => e.row === 31)).toMatchObject({ label: "Punainen", fill: "FF0000", before: { value: "Vihreä" } });
});

test("fill-rate cells and the mean are written as formulas, with their values", () => {
  const { edits } = refresh(earlyChildhood());
  const f = edits.filter((e) => e.kind === "formula" && e.sheet === "Täyttöaste");
  // Issue 17: with a settings sheet the coefficients are its cells, not fixed figures.
  expect(f[0]).toMatchObject({ row: 4, col: 5, formula: "IF(N(B4)>0,100*(C4*'Asetukset'!$B$5+D4*'Asetukset'!$B$6)/B4,\"\")", result: 98.22 });
  expect(f.find((e) => e.row === 16)).toMatchObject({ formula: 'IF(COUNT(E4:E15)>0,AVERAGE(E4:E15),"")', result: 98.74 });
  expect(edits.find((e) => e.kind === "text" && e.sheet === "Täyttöaste" && e.row === 16)).toMatchObject({ text: "Keskiarvo", col: 1 });
  // summer months marked "ei mitattu" get no formula
  expect(f.map((e) => e.row)).not.toContain(9);
});

test("production shares are written as formulas in a new 'Osuus %' column", () => {
  const { edits } = refresh(earlyChildhood());
  const p = edits.filter((e) => e.sheet === "Tuotanto");
  expect(p[0]).toMatchObject({ kind: "text", row: 3, col: 3, text: "Osuus %" });
  expect(p[1]).toMatchObject({ kind: "formula", row: 4, col: 3, formula: 'IF(SUM(B4:B6)>0,100*B4/SUM(B4:B6),"")', result: 77.13 });
});

test("a second refresh yields no edits", () => {
  for (const snap of [seed001(), earlyChildhood(), library(), swedish()]) {
    const first = refresh(snap);
    const again = refresh(applyToSnapshot(snap, first.edits));
    expect(again.edits).toEqual([]);
    expect(again.report.goals.map((g) => g.status)).toEqual(first.report.goals.map((g) => g.status));
  }
});

test("the status column is placed past any stray content right of the table", () => {
  const snap = book([
    "S",
    [
      ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", null],
      ["A", "M", "300 tapahtumaa", "310", "muistiinpano"],
    ],
  ]);
  const { edits } = refresh(snap);
  expect(edits.map((e) => e.col)).toEqual([6, 6]);
  expect(cellText(cellAt(snap.sheets[0], 2, 5))).toBe("muistiinpano");
});

test("a hand-coloured status cell without a word gets the word of its colour", () => {
  const snap = book([
    "S",
    [
      ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma", "Värikoodi"],
      ["A", "M", "Toiminta on vakiintunut", "Vakiintunut", { value: null, fill: "92D050" }],
    ],
  ]);
  expect(refresh(snap).edits).toEqual([expect.objectContaining({ kind: "status", row: 2, label: "Vihreä", fill: "00B050" })]);
});
