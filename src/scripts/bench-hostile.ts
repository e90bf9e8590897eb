// The benchmark's hostile figures for the engine: the longest time one goal row takes to check
// when each of its cells holds a hostile text as long as the engine reads a cell.
import { bestMs, hostileTexts } from "../devtools/hostile-texts";
import { check } from "../domain/index";
import { sheetFromValues } from "../domain/snapshot";

const HEAD = ["Tavoite", "Keinot", "Mittari", "Tavoitetaso", "Arviointi 1–9 kk", "Arviointi 1–12 kk", "Värikoodi"];

/** Milliseconds for the worst hostile goal row (best of 3 runs each), and which text it was. */
export function worstCellMs(): { ms: number; text: string } {
  let worst = { ms: 0, text: "" };
  for (const text of hostileTexts()) {
    const snap = { sheets: [sheetFromValues("Tavoitteet", [HEAD, HEAD.map(() => text)])], unsupported: [] };
    const ms = bestMs(() => check(snap, "fi"));
    if (ms > worst.ms) worst = { ms, text: JSON.stringify(text.slice(0, 12)) };
  }
  return { ms: Math.round(worst.ms * 10) / 10, text: worst.text };
}
