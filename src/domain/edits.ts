// Edits are data: the engine returns them, an adapter applies them, the pane previews them, and
// `before` holds what each cell edit overwrites (for undo). They live in domain/ because the
// engine makes them and domain/ imports nothing from outside.
import type { Cell, CellValue, WorkbookSnapshot } from "./snapshot";
import { specToSnapshot, type SpecSheet } from "./template/spec";

export interface Before {
  value: CellValue;
  /** The value is a date (value holds its ISO form). */
  date?: boolean;
  formula?: string;
  fill?: string;
  /** Number format before the edit; none: "General". */
  numFmt?: string;
  /** Font colour RRGGBB before the edit, where the adapter reads it; none: automatic (black). */
  fontColor?: string;
}

interface At {
  sheet: string;
  row: number;
  col: number;
  before: Before;
  /** Copy this neighbour's style first (a new column looks like its neighbours). */
  styleFrom?: { row: number; col: number };
}

/** One cell of an inserted row: a value or a formula (without "="). */
export interface RowCell {
  col: number;
  value?: string;
  formula?: string;
}

export type CellEdit =
  /** A status cell: label and fill (null: no fill), black text. */
  | (At & { kind: "status"; label: string; fill: string | null })
  /** A header or label the product adds beside a column or row it owns; `width` sizes a new column. */
  | (At & { kind: "text"; text: string; width?: number })
  /** A computed metric cell, kept right by Excel itself; result is the value shown before recalculation. */
  | (At & { kind: "formula"; formula: string; result: number | string | null; numFmt?: string });

export type Edit =
  | CellEdit
  /** Puts a cell back as it was before a refresh (undo). */
  | { kind: "restore"; sheet: string; row: number; col: number; before: Before }
  /** A drop-down list on `rows` cells from (row, col) down: only on cells the product owns. */
  | { kind: "list"; sheet: string; row: number; col: number; rows: number; values: string[] }
  /** Freezes the sheet's rows 1…rows (the header stays in view). */
  | { kind: "freeze"; sheet: string; rows: number }
  /**
   * Inserts a row above `row` (the rows below move down), formatted like the row above, then fills
   * its cells. With `formatFrom`, the new row takes that row's formats instead (its number after
   * the insertion): a row right under a header must look like a goal row, not like the header.
   */
  | { kind: "insertRow"; sheet: string; row: number; cells: RowCell[]; formatFrom?: number }
  /** Adds a sheet, as `sopimus new` writes it. */
  | { kind: "addSheet"; spec: SpecSheet };

export function isCellEdit(e: Edit): e is CellEdit {
  return e.kind === "status" || e.kind === "text" || e.kind === "formula";
}

/** The edits that put every cell a refresh wrote back as it was, in reverse order. */
export function undoEdits(edits: readonly Edit[]): Edit[] {
  return edits
    .filter(isCellEdit)
    .reverse()
    .map((e) => ({ kind: "restore", sheet: e.sheet, row: e.row, col: e.col, before: e.before }));
}

function cellOf(e: Edit): Cell | undefined {
  switch (e.kind) {
    case "status":
      return { value: e.label, ...(e.fill ? { fill: e.fill } : {}) };
    case "text":
      return { value: e.text };
    case "formula":
      return { value: e.result === "" ? null : e.result, formula: e.formula, numFmt: e.numFmt };
    case "restore":
      return e.before.value === null && !e.before.formula && !e.before.fill
        ? undefined
        : { value: e.before.value, ...(e.before.formula ? { formula: e.before.formula } : {}), ...(e.before.fill ? { fill: e.before.fill } : {}) };
    default:
      return undefined;
  }
}

/** Applies edits to a snapshot in memory: the preview of a refresh, and the base of the idempotence test. */
export function applyToSnapshot(snap: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const sheets = snap.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) }));
  for (const e of edits) {
    if (e.kind === "addSheet") {
      sheets.push(specToSnapshot({ sheets: [e.spec] }).sheets[0]);
      continue;
    }
    const sheet = sheets.find((s) => s.name === e.sheet);
    if (!sheet) throw new Error(`edit for unknown sheet ${e.sheet}`);
    if (e.kind === "list" || e.kind === "freeze") continue; // not cell contents
    if (e.kind === "insertRow") {
      const row: Array<Cell | undefined> = [];
      for (const c of e.cells) row[c.col - 1] = { value: c.value ?? null, ...(c.formula ? { formula: c.formula } : {}) };
      while (sheet.rows.length < e.row - 1) sheet.rows.push(undefined);
      sheet.rows.splice(e.row - 1, 0, row);
      continue;
    }
    while (sheet.rows.length < e.row) sheet.rows.push(undefined);
    const row = (sheet.rows[e.row - 1] ??= []);
    while (row.length < e.col) row.push(undefined);
    row[e.col - 1] = cellOf(e);
  }
  return { ...snap, sheets };
}

export function sameFormula(a: string | undefined, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  return a !== undefined && norm(a) === norm(b);
}
