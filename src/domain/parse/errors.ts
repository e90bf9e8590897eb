// Excel's error values (#DIV/0!, #REF!, #N/A …): a cell holding one is a broken formula, never a
// figure or a target. Told by the value itself, so every adapter's cells are read alike.
import type { Cell } from "../snapshot";

const ERRORS = new Set([
  "#DIV/0!",
  "#N/A",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#REF!",
  "#VALUE!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** The error value a cell shows, or null. */
export function formulaError(cell: Cell | undefined): string | null {
  const v = cell?.value;
  if (typeof v !== "string" || v.length > 14 || !v.startsWith("#")) return null;
  const t = v.trim().toUpperCase();
  return ERRORS.has(t) ? t : null;
}
