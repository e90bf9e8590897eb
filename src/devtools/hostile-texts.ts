// Cell texts that make backtracking regular expressions go quadratic or worse (long runs of
// digits, spaces, separators, brackets, unclosed patterns), each as long as the engine reads a
// cell. Shared by the linear-time test and the benchmark's "hostile" figures.
import { MAX_CELL_CHARS } from "../domain/snapshot";

const UNITS = [
  "1",
  "1 ",
  "1\u00a0",
  "11 ",
  "1 111 ",
  "1,",
  "1.",
  "1-",
  "1/",
  "1_",
  "1%",
  "1 %",
  " ",
  "\t",
  "\n",
  "-\n",
  "a-\n",
  "(",
  "((1",
  "(1-2",
  "€ ",
  " €",
  "e ",
  "a",
  "ä ",
  "ei ",
  "tammi 1",
  "tammi 98,",
  "oma 1 ",
  "yksityinen 1,",
  "vähintään ",
  "> ",
  "1.1.",
  "11/2",
  "1-8/",
  "1 - 9 kk ",
  "TEHTY ",
];

/** Each unit repeated up to the cell limit, ending once in a letter and once in "%" (a pattern's last chance to fail). */
export function hostileTexts(length = MAX_CELL_CHARS): string[] {
  return UNITS.flatMap((unit) => {
    const run = unit.repeat(Math.ceil(length / unit.length)).slice(0, length - 1);
    return [run + "x", run + "%"];
  });
}

/** Ordinary Finnish prose of the same length: the yardstick. */
export function plainText(length = MAX_CELL_CHARS): string {
  return "Palveluohjauksella asiakas ohjataan tarvetta vastaavan palvelun piiriin. ".repeat(Math.ceil(length / 72)).slice(0, length);
}

/** The shortest of `runs` timings of `fn`, in milliseconds: the least disturbed by the machine. */
export function bestMs(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
