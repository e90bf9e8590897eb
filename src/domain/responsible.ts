// The responsible party: its own column, or the last line of the means cell (seed 001 writes it
// there, in italics, under the means).
import type { Cell } from "./snapshot";
import { cellText } from "./snapshot";
import { lines } from "./text";

export function responsibleInMeans(cell: Cell | undefined): string | undefined {
  if (cell?.italicTail && cell.italicTail.trim() !== "") return cell.italicTail.trim();
  const ls = lines(cellText(cell));
  if (ls.length < 2) return undefined;
  const last = ls[ls.length - 1];
  // A name or a role is short and no sentence: "Tulosaluejohtaja, palvelujohtaja, talouspalvelut".
  return last.length <= 80 && !/[.!?]$/.test(last) && last.split(/\s+/).length <= 8 ? last : undefined;
}
