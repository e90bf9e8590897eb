// Month names (Finnish, Swedish, English, with the short forms the seeds use), numbers and dates.
import type { Cell } from "../snapshot";
import { fold } from "../text";

const MONTH_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["tammikuu", "tammik", "tammi", "januari", "january", "jan"]],
  [2, ["helmikuu", "helmik", "helmi", "februari", "february", "feb"]],
  [3, ["maaliskuu", "maalisk", "maalis", "mars", "march", "mar"]],
  [4, ["huhtikuu", "huhtik", "huhti", "april", "apr"]],
  [5, ["toukokuu", "toukok", "touko", "maj", "may"]],
  [6, ["kesäkuu", "kesäk", "kesä", "juni", "june", "jun"]],
  [7, ["heinäkuu", "heinäk", "heinä", "juli", "july", "jul"]],
  [8, ["elokuu", "elok", "elo", "augusti", "august", "aug"]],
  [9, ["syyskuu", "syysk", "syys", "september", "sept", "sep"]],
  [10, ["lokakuu", "lokak", "loka", "oktober", "october", "okt", "oct"]],
  [11, ["marraskuu", "marrask", "marras", "november", "nov"]],
  [12, ["joulukuu", "jouluk", "joulu", "december", "dec"]],
];

/** Stems longest first, so "marraskuu" is tried before "mar". */
const STEMS: ReadonlyArray<readonly [string, number]> = MONTH_WORDS.flatMap(([m, ws]) => ws.map((w) => [w, m] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** A month word ("tammi", "maalisk", "tammikuussa", "Januari") → 1–12, else null. */
export function monthOfWord(word: string): number | null {
  const w = fold(word).replace(/[.:]+$/, "");
  for (const [stem, m] of STEMS) {
    // Short stems must be the whole word; full stems may carry an ending ("tammikuussa").
    if (w === stem || (stem.length >= 4 && w.startsWith(stem))) return m;
  }
  return null;
}

export interface MonthRef {
  month: number;
  year?: number;
}

/** A month cell: a name or short form, 1–12, "2012-01", "1/2012", or a real date. */
export function parseMonth(cell: Cell | undefined): MonthRef | null {
  if (!cell || cell.value === null) return null;
  if (cell.date && typeof cell.value === "string") {
    const [y, m] = cell.value.split("-").map(Number);
    return { month: m, year: y };
  }
  if (typeof cell.value === "number") {
    return Number.isInteger(cell.value) && cell.value >= 1 && cell.value <= 12 ? { month: cell.value } : null;
  }
  const t = fold(String(cell.value));
  let m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:\s*[/.]\s*(\d{4}))?$/.exec(t);
  if (m) return valid(Number(m[1]), m[2] ? Number(m[2]) : undefined);
  const parts = t.split(" ");
  const month = monthOfWord(parts[0]);
  if (month === null) return null;
  const year = parts.length > 1 && /^\d{4}$/.test(parts[1]) ? Number(parts[1]) : undefined;
  return parts.length <= 2 ? { month, year } : null;
}

function valid(month: number, year?: number): MonthRef | null {
  return month >= 1 && month <= 12 ? { month, year } : null;
}
