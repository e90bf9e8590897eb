// A write never overwrites newer work: inside the write's own Excel.run, the cells it is about to
// overwrite are read again and compared with what the plan was computed from (a refresh's
// "before"), or, for the pane's undo, with what the refresh wrote there. A cell that holds
// neither that nor already what the write puts there was changed in between (typed by the user,
// or a co-author's edit in Excel on the web): nothing is written and StaleCellsError names the
// cells. The command line refuses the same case (refresh re-reads the file before writing it).
import { isCellEdit, sameFormula, type Edit } from "../domain/edits";
import { sheetRef } from "../domain/issues";
import { a1, type Cell, type CellValue } from "../domain/snapshot";
import { a1Range, toCell } from "./excel-cells";

/** What a cell holds, as far as a write cares: its content, and its fill where the write sets one. */
export interface CellState {
  value: CellValue;
  formula?: string;
  /** RRGGBB, null for none; undefined: the fill is not compared. */
  fill?: string | null;
}

/** A cell a write overwrites: what it must still hold (`expect`), or already hold (`result`). */
export interface Guard {
  sheet: string;
  row: number;
  col: number;
  expect: CellState;
  result: CellState;
}

/** Cells changed since the plan was made: nothing was written. */
export class StaleCellsError extends Error {
  constructor(readonly cells: string[]) {
    super(`cells changed in the workbook since the plan was made: ${cells.join(", ")}`);
  }
}

/** What a cell edit or a restore leaves in its cell. */
export function resultOf(e: Edit): CellState | undefined {
  switch (e.kind) {
    case "status":
      return { value: e.label, fill: e.fill };
    case "text":
      return { value: e.text };
    case "formula":
      return { value: null, formula: e.formula };
    case "restore":
      return { value: e.before.value, ...(e.before.formula ? { formula: e.before.formula } : {}), fill: e.before.fill ?? null };
    default:
      return undefined;
  }
}

/** The guards of a plan's cell edits: each cell must still hold its `before` (the fill only where the edit sets one). */
export function planGuards(edits: readonly Edit[]): Guard[] {
  return edits.filter(isCellEdit).map((e) => ({
    sheet: e.sheet,
    row: e.row,
    col: e.col,
    expect: {
      value: e.before.value,
      ...(e.before.formula ? { formula: e.before.formula } : {}),
      ...(e.kind === "status" ? { fill: e.before.fill ?? null } : {}),
    },
    result: resultOf(e)!,
  }));
}

const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/**
 * Guards for restores (the pane's undo): each cell must still hold what the undone write left
 * there (`written`, by cell); a restore of a cell not in `written` is not guarded.
 */
export function undoGuards(edits: readonly Edit[], written: ReadonlyMap<string, CellState>): Guard[] {
  const out: Guard[] = [];
  for (const e of edits) {
    if (e.kind !== "restore") continue;
    const was = written.get(key(e.sheet, e.row, e.col));
    if (was) out.push({ sheet: e.sheet, row: e.row, col: e.col, expect: was, result: resultOf(e)! });
  }
  return out;
}

/** What each cell edit wrote, by cell: remembered for the undo's guards. */
export function writtenCells(edits: readonly Edit[]): Map<string, CellState> {
  const out = new Map<string, CellState>();
  for (const e of edits) if (isCellEdit(e)) out.set(key(e.sheet, e.row, e.col), resultOf(e)!);
  return out;
}

export { key as cellKey };

function holds(c: Cell | undefined, s: CellState): boolean {
  if (s.formula !== undefined) return !!c?.formula && sameFormula(c.formula, s.formula);
  if (c?.formula) return false;
  if ((c?.value ?? null) !== (s.value === "" ? null : s.value)) return false;
  return s.fill === undefined || (c?.fill ?? null) === (s.fill ?? null);
}

/** Runs of guarded cells in one column on consecutive rows: one range read each. */
function runsOf(guards: readonly Guard[]): Guard[][] {
  const sorted = [...guards].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row);
  const out: Guard[][] = [];
  for (const g of sorted) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.sheet === g.sheet && last.col === g.col && last.row + 1 === g.row) run.push(g);
    else if (!(last && last.sheet === g.sheet && last.col === g.col && last.row === g.row)) out.push([g]);
  }
  return out;
}

/**
 * Reads the guarded cells again (values, formulas, number formats and fills, in as many syncs as
 * the budget needs at `cellBytes` a cell) and throws StaleCellsError, before anything is written,
 * when one holds neither what it must still hold nor what the write puts there. Returns its syncs.
 */
export async function checkUnchanged(context: Excel.RequestContext, guards: readonly Guard[], budget: number, cellBytes: number): Promise<number> {
  if (guards.length === 0) return 0;
  let syncs = 0;
  const stale: string[] = [];
  let queued: Array<{ run: Guard[]; range: Excel.Range; fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> = [];
  let size = 0;
  const flush = async () => {
    await context.sync();
    syncs++;
    for (const { run, range, fills } of queued)
      run.forEach((g, i) => {
        const c = toCell(range.values[i][0], range.formulas[i][0], range.numberFormat[i][0], fills.value[i][0].format?.fill?.color);
        if (!holds(c, g.expect) && !holds(c, g.result)) stale.push(sheetRef(g.sheet, a1(g.row, g.col)));
      });
    queued = [];
    size = 0;
  };
  for (const run of runsOf(guards)) {
    if (size > 0 && size + run.length * cellBytes > budget) await flush();
    const range = context.workbook.worksheets.getItem(run[0].sheet).getRange(a1Range(run[0].col, run[0].row, run[run.length - 1].row));
    range.load("values,formulas,numberFormat");
    const fills = range.getCellProperties({ format: { fill: { color: true } } });
    queued.push({ run, range, fills });
    size += run.length * cellBytes;
  }
  await flush();
  if (stale.length) throw new StaleCellsError(stale);
  return syncs;
}
