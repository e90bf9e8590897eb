// Edits are data: the engine returns them, an adapter applies them, the pane previews them, and
// `before` holds what each one overwrites (for undo). They live in domain/ because the engine
// makes them and domain/ imports nothing from outside.
import type { CellValue, WorkbookSnapshot } from "./snapshot";

export interface Before {
  value: CellValue;
  formula?: string;
  fill?: string;
}

interface At {
  sheet: string;
  row: number;
  col: number;
  before: Before;
  /** Copy this neighbour's style first (a new column looks like its neighbours). */
  styleFrom?: { row: number; col: number };
}

export type Edit =
  /** A status cell: label and fill (null: no fill), black text. */
  | (At & { kind: "status"; label: string; fill: string | null })
  /** A header or label the product adds beside a column or row it owns; `width` sizes a new column. */
  | (At & { kind: "text"; text: string; width?: number })
  /** A computed metric cell, kept right by Excel itself; result is the value shown before recalculation. */
  | (At & { kind: "formula"; formula: string; result: number | string | null; numFmt?: string });

/** Applies edits to a snapshot in memory: the preview of a refresh, and the base of the idempotence test. */
export function applyToSnapshot(snap: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const sheets = snap.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) }));
  for (const e of edits) {
    const sheet = sheets.find((s) => s.name === e.sheet);
    if (!sheet) throw new Error(`edit for unknown sheet ${e.sheet}`);
    while (sheet.rows.length < e.row) sheet.rows.push(undefined);
    const row = (sheet.rows[e.row - 1] ??= []);
    while (row.length < e.col) row.push(undefined);
    if (e.kind === "status") row[e.col - 1] = { value: e.label, ...(e.fill ? { fill: e.fill } : {}) };
    else if (e.kind === "text") row[e.col - 1] = { value: e.text };
    else row[e.col - 1] = { value: e.result === "" ? null : e.result, formula: e.formula, numFmt: e.numFmt };
  }
  return { ...snap, sheets };
}

export function sameFormula(a: string | undefined, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  return a !== undefined && norm(a) === norm(b);
}
