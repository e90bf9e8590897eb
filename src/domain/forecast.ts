// The year-end projection of a goal row or a fill rate (domain.md, "Year-end forecast (ennuste)
// and risk"): monthly rates by the mean of the months so far with an interval, counts that add up
// over the year pro rata (or by last year's share reached by the same month), and the risk the
// interval carries. Pure: figures in, figures out; the words are in i18n/forecast-text.ts.
import { dec, round2 } from "./decimal";
import { ADDS_UP_WORDS, COUNT_ENDINGS, COUNT_STEMS, LEVEL_WORDS } from "./forecast-words";
import { LANGS } from "./i18n/lang";
import type { Actual, MonthValue } from "./parse/actual";
import type { Target } from "./parse/target";
import type { Status } from "./parse/words";
import type { Settings } from "./settings";
import { verdict, type Baseline, type Verdict } from "./status";
import { fold } from "./text";

export type ProjectionMethod = "mean-of-months" | "pro-rata" | "previous-year-share";
export type Risk = "on-track" | "at-risk" | "off-track";

/** As the JSON says it (cli-contract.md): figures rounded to 2 decimals. */
export interface Projection {
  value: number;
  low: number;
  high: number;
  method: ProjectionMethod;
  risk: Risk;
}

/** A projection with what its reason says: the figure so far and how the projection was made. */
export interface Projected {
  projection: Projection;
  /** The status of the projected value, under the normal rules. */
  verdict: Verdict;
  percent: boolean;
  soFar: number;
  /** mean-of-months: the months measured; pro rata and previous-year-share: the month m. */
  months: number;
  /** previous-year-share: the share of last year's total reached by month m, in percent. */
  share?: number;
}

/** The interval's half-width for n monthly rates: 2 · s / √n · √((12 − n) / 12), s with n − 1. */
export function monthsInterval(values: readonly number[]): { mean: number; low: number; high: number } | null {
  const n = values.length;
  if (n < 2 || n >= 12) return null;
  const mean = values.reduce((a, v) => a + v, 0) / n;
  const s = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = ((2 * s) / Math.sqrt(n)) * Math.sqrt((12 - n) / 12);
  return { mean: dec(mean), low: dec(mean - half), high: dec(mean + half) };
}

/** A series of monthly rates that does not yet reach December: projected by the mean of its months. */
export function projectSeries(months: readonly MonthValue[]): { mean: number; low: number; high: number; n: number } | null {
  if (months.length === 0 || months.some((m) => m.month >= 12)) return null;
  const interval = monthsInterval(months.map((m) => m.value));
  return interval ? { ...interval, n: months.length } : null;
}

/** A whole word ending in a count noun's stem and one of its endings (English: the word itself, or its plural). */
const COUNT_WORD = LANGS.map((lang) => {
  const stems = [...COUNT_STEMS[lang]].sort((a, b) => b.length - a.length).join("|");
  const endings = [...COUNT_ENDINGS[lang]].sort((a, b) => b.length - a.length).join("|");
  // English compounds are separate words; Finnish and Swedish ones end in the count noun.
  const prefix = lang === "en" ? "" : "\\p{L}*?";
  return new RegExp(`(?<!\\p{L})${prefix}(?:${stems})(?:${endings})(?!\\p{L})`, "u");
});

/**
 * A count that adds up over the year: the target or the metric says "per year" or
 * "cumulative", or counts events, visits, visitors, participants, courses, performances or loans;
 * never a level (a share, a score, a mean, a queue, places, staff, vacancies, a cost per unit).
 */
export function addsUp(targetText: string, metricText: string): boolean {
  const t = fold(`${targetText} \n ${metricText}`);
  if (LANGS.some((l) => LEVEL_WORDS[l].test(t))) return false;
  return LANGS.some((l) => ADDS_UP_WORDS[l].test(t)) || COUNT_WORD.some((re) => re.test(t));
}

/**
 * A target a yearly count is measured against: a count bound (no share, no scale), a count range,
 * or a change from last year's yearly count ("vähenee 10 %", "määrä kasvaa"; not percentage points).
 */
function isYearlyCountTarget(t: Target): boolean {
  if (t.kind === "bound") return t.unit === "number" && t.scale === undefined;
  if (t.kind === "range") return t.unit === "number";
  if (t.kind === "relative") return !t.points;
  return t.kind === "direction";
}

const CHANGE_PERCENT = /\d+(?:[,.]\d+)?\s*(?:%|prosent\p{L}*|procent\p{L}*|percent\p{L}*)/giu;

const RANK: Record<Status, number> = { none: 0, green: 1, yellow: 2, red: 3 };

/** Where the status of a figure can change: the target's green and yellow edges. */
function edgesOf(t: Target, s: Settings): number[] {
  if (t.kind === "bound") {
    const pct = t.unit === "percent";
    const yellow =
      t.dir === "atLeast"
        ? pct
          ? t.value - s.percentYellowPp
          : s.countYellowFactor * t.value
        : pct
          ? t.value + s.percentYellowPp
          : t.value / s.countYellowFactor;
    return [t.value, dec(yellow)];
  }
  if (t.kind === "range") return [t.lo, t.hi, dec(s.countYellowFactor * t.lo), dec((2 - s.countYellowFactor) * t.hi)];
  if (t.kind === "compound") return t.parts.flatMap((p) => edgesOf(p, s));
  return [];
}

/**
 * The risk an interval carries: on track when all of it is green, off track when all of it is
 * red, at risk otherwise (it crosses a band edge or lies in the yellow band).
 */
export function riskOf(target: Target, low: number, high: number, at: (v: number) => Status, s: Settings): Risk {
  const points = [low, high, ...edgesOf(target, s).filter((e) => e > low && e < high)];
  const statuses = new Set(points.map(at));
  if (statuses.size === 1 && statuses.has("green")) return "on-track";
  if (statuses.size === 1 && statuses.has("red")) return "off-track";
  return "at-risk";
}

function finish(
  target: Target,
  baseline: Baseline | undefined,
  s: Settings,
  x: { value: number; low: number; high: number; method: ProjectionMethod; percent: boolean; soFar: number; months: number; share?: number },
): Projected | null {
  const at = (v: number): Verdict => verdict(target, { kind: "number", value: v, percent: x.percent }, baseline, s, true);
  const v = at(x.value);
  if (v.status === "none") return null;
  const risk = riskOf(target, x.low, x.high, (p) => at(p).status, s);
  return {
    projection: { value: round2(x.value), low: round2(x.low), high: round2(x.high), method: x.method, risk },
    verdict: v,
    percent: x.percent,
    soFar: x.soFar,
    months: x.months,
    ...(x.share !== undefined ? { share: x.share } : {}),
  };
}

/** Monthly rates: the mean of the months so far, with its interval. */
export function projectMonths(months: readonly MonthValue[], target: Target, baseline: Baseline | undefined, s: Settings): Projected | null {
  const p = projectSeries(months);
  if (!p) return null;
  return finish(target, baseline, s, { value: p.mean, low: p.low, high: p.high, method: "mean-of-months", percent: true, soFar: p.mean, months: p.n });
}

/** Last year's monthly counts: the share of the year's total reached by month m, or null when the year is not whole. */
export function shareByMonth(previous: readonly MonthValue[], m: number): number | null {
  if (!previous.some((x) => x.month === 12) || previous.length < 12) return null;
  const total = previous.reduce((a, x) => a + x.value, 0);
  const upTo = previous.filter((x) => x.month <= m).reduce((a, x) => a + x.value, 0);
  return total > 0 && upTo > 0 ? upTo / total : null;
}

export interface CountInput {
  target: Target;
  targetText: string;
  metricText: string;
  actual: Actual | null;
  /** The month the deciding interim period ends; undefined where unknown. */
  end: number | undefined;
  interim: boolean;
  baseline: Baseline | undefined;
  /** Last year's monthly figures of the row, where the workbook gives them. */
  previous?: readonly MonthValue[];
}

/**
 * A count that adds up over the year, at an interim review ending in month m: count × 12 / m
 * (pro rata), or count / (last year's share by month m). No interval: low = high = value.
 */
export function projectCount(x: CountInput, s: Settings): Projected | null {
  const m = x.end;
  if (!x.interim || m === undefined || m < 1 || m >= 12) return null;
  // "yli 500 kävijää" so far gives only a bound (or a range): it is judged as it is, not projected.
  if (x.actual?.kind !== "number" || x.actual.percent || x.actual.interval || !isYearlyCountTarget(x.target)) return null;
  // A relative target's "10 %" ("10 prosenttia", "10 procent") is the change, not a share: the
  // count it changes may add up.
  const targetText = x.target.kind === "relative" ? x.targetText.replace(CHANGE_PERCENT, " ") : x.targetText;
  if (!addsUp(targetText, x.metricText)) return null;
  const count = x.actual.value;
  const share = x.previous ? shareByMonth(x.previous, m) : null;
  const value = share !== null ? dec(count / share) : dec((count * 12) / m);
  const method: ProjectionMethod = share !== null ? "previous-year-share" : "pro-rata";
  return finish(x.target, x.baseline, s, {
    value,
    low: value,
    high: value,
    method,
    percent: false,
    soFar: count,
    months: m,
    ...(share !== null ? { share: round2(100 * share) } : {}),
  });
}

/**
 * A forecast the user typed, against the projection: outside the interval for monthly rates; for
 * pro rata and last year's share (no interval), a status other than the projection's.
 */
export function typedForecastDiffers(typed: number, p: Projected, target: Target, baseline: Baseline | undefined, s: Settings): boolean {
  if (p.projection.method === "mean-of-months") return typed < p.projection.low || typed > p.projection.high;
  const v = verdict(target, { kind: "number", value: typed, percent: p.percent }, baseline, s, true);
  return v.status !== p.verdict.status && RANK[v.status] !== 0;
}

/** Last year's monthly counts written in a cell: "tammi 3 200; helmi 3 050; …" (month word or number, then the figure). */
export function monthCounts(text: string, monthOf: (w: string) => number | null): MonthValue[] {
  const out = new Map<number, number>();
  const re = /(?<!\p{L})(\p{L}+)\.?\s*:?\s*(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[,.]\d+)?/gu;
  for (const m of fold(text).matchAll(re)) {
    const month = monthOf(m[1]);
    if (month !== null) out.set(month, Number(m[2].replace(/[ \u00a0]/g, "")));
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([month, value]) => ({ month, value }));
}
