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

/** The CPU time (µs) of this process running `fn` `reps` times: work done, not the clock, so other programs on the machine do not count. */
export function cpuMicros(fn: () => void, reps = 1): number {
  const start = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

/** Growth from texts of length n / GROWTH_STEP to length n: linear code grows about this much, quadratic its square. */
export const GROWTH_STEP = 8;

/**
 * How much more work `run` does on texts GROWTH_STEP times as long (`run(length)` parses the texts
 * of that length): about GROWTH_STEP (8) for linear code, its square (64) for quadratic code. The
 * lowest of up to `tries` measurements, each the best of 3 at each length, stopping once one is
 * below `limit`: a busy machine only adds to a measurement, never makes quadratic work look linear
 * by more than its noise.
 */
export function growth(run: (length: number) => void, opts: { length?: number; limit?: number; tries?: number } = {}): number {
  const long = opts.length ?? MAX_CELL_CHARS;
  const short = Math.round(long / GROWTH_STEP);
  run(short); // warm-up: compiled code, caches
  run(long);
  // Enough repetitions that the short run takes a few milliseconds of CPU.
  const reps = Math.min(
    200,
    Math.ceil(
      3000 /
        Math.max(
          cpuMicros(() => run(short)),
          1,
        ),
    ),
  );
  let lowest = Infinity;
  for (let t = 0; t < (opts.tries ?? 5) && lowest >= (opts.limit ?? 0); t++) {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < 3; i++) {
      a = Math.min(
        a,
        cpuMicros(() => run(short), reps),
      );
      b = Math.min(
        b,
        cpuMicros(() => run(long), reps),
      );
    }
    lowest = Math.min(lowest, b / Math.max(a, 1));
  }
  return lowest;
}
