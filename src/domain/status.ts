// The traffic light: a target and an actual → green / yellow / red / none, with the reason.
// Band edges compare decimal-exact figures (see decimal.ts).
import { dec } from "./decimal";
import type { Actual } from "./parse/actual";
import type { Target, TargetPart } from "./parse/target";
import { progressStatus, type Status } from "./parse/words";
import type { Settings } from "./settings";

/** Why a row got its status; rendered in the reader's language by i18n/reasons.ts. */
export type Reason =
  | { key: "met"; actual: number; percent: boolean; target: Target }
  // `edge` is where yellow ends (the yellow limit); `low` tells on which side of a range the actual lies.
  | { key: "below" | "above" | "outside"; actual: number; percent: boolean; level: string; gap: number; band: number; edge: number; low?: boolean }
  | { key: "split"; actual: number; target: number; gap: number; green: number; yellow: number }
  | { key: "direction"; actual: number; baseline: number; change: number; want: "decrease" | "increase" }
  | { key: "relative"; baseline: number; by: number; points: boolean; count?: true; cap?: true; strict?: true; want: "decrease" | "increase"; inner: Reason }
  /** A share against a count (or a count against a share): never compared; names the baseline's column and cell. */
  | { key: "units"; actual: number; percent: boolean; baseline: number; baselinePercent: boolean; label?: string; cell?: string }
  | { key: "fraction"; done: number; total: number; target: Target }
  | { key: "progress"; progress: "done" | "doing" | "todo" }
  | { key: "phrase"; phrase: "negative" | "delayed"; interim: boolean }
  | { key: "ambiguous"; figures: string[] }
  /** An actual that gives only a bound ("alle 90 %"): every figure it allows is green, or red, or it cannot tell ("none"). */
  | { key: "bounded"; said: string; status: Status; target: Target }
  /** A figure in another time unit than the target's ("3 viikkoa" against days), converted. */
  | { key: "converted"; said: string; value: number; unit: string; inner: Reason }
  /** Several unmarked figures in the baseline cell (its column's header and the cell). */
  | { key: "ambiguousBaseline"; figures: string[]; label: string; cell: string }
  | { key: "compound"; worst: Reason; parts: number }
  | { key: "noActual" }
  | { key: "noTarget" }
  | { key: "notMeasured" }
  | { key: "noBaseline" }
  | { key: "missingBaseline" }
  | { key: "qualitative" }
  | { key: "manual" }
  | { key: "formulaError" };

/** Last year's figure a direction or relative target is measured from, in its unit, and where it stands. */
export interface Baseline {
  value: number;
  /** Written as a share ("20 %", or a percent-formatted cell). */
  percent: boolean;
  /** The baseline column's header and the cell ("Toteutunut 2024", "D3"), for the reason. */
  label?: string;
  cell?: string;
}

export interface Verdict {
  status: Status;
  reason: Reason;
}

const RANK: Record<Status, number> = { none: 0, green: 1, yellow: 2, red: 3 };

function levelText(value: number, percent: boolean): string {
  return percent ? `${value} %` : String(value);
}

function boundVerdict(part: Extract<TargetPart, { kind: "bound" }>, a: number, percent: boolean, s: Settings): Verdict {
  const t = part.value;
  const pct = part.unit === "percent";
  const level = levelText(t, pct);
  if (part.dir === "atLeast") {
    const green = part.strict ? a > t : a >= t;
    if (green) return { status: "green", reason: { key: "met", actual: a, percent, target: part } };
    const edge = pct ? dec(t - s.percentYellowPp) : dec(s.countYellowFactor * t);
    const band = pct ? s.percentYellowPp : dec(t - edge);
    const gap = dec(t - a);
    return { status: a >= edge ? "yellow" : "red", reason: { key: "below", actual: a, percent, level, gap, band, edge } };
  }
  const green = part.strict ? a < t : a <= t;
  if (green) return { status: "green", reason: { key: "met", actual: a, percent, target: part } };
  // The mirror of "at least": A ≥ 0.9 · T there is T ≥ 0.9 · A here, so the yellow band is A ≤ T / 0.9 (domain.md).
  const edge = pct ? dec(t + s.percentYellowPp) : dec(t / s.countYellowFactor);
  const band = pct ? s.percentYellowPp : dec(edge - t);
  const gap = dec(a - t);
  return { status: a <= edge ? "yellow" : "red", reason: { key: "above", actual: a, percent, level, gap, band, edge } };
}

function rangeVerdict(part: Extract<TargetPart, { kind: "range" }>, a: number, percent: boolean, s: Settings): Verdict {
  if (a >= part.lo && a <= part.hi) return { status: "green", reason: { key: "met", actual: a, percent, target: part } };
  const below = a < part.lo;
  const edge = below ? dec(s.countYellowFactor * part.lo) : dec((2 - s.countYellowFactor) * part.hi);
  const yellow = below ? a >= edge : a <= edge;
  const bound = below ? part.lo : part.hi;
  const level = `${part.lo}–${part.hi}${part.unit === "percent" ? " %" : ""}`;
  return {
    status: yellow ? "yellow" : "red",
    reason: { key: "outside", actual: a, percent, level, gap: dec(Math.abs(a - bound)), band: dec(Math.abs(edge - bound)), edge, low: below },
  };
}

/**
 * A share and a count are never compared (domain.md: a share is no count): an actual in percent
 * against a baseline that is not, or the reverse, gives no status and says which is which.
 */
function unlikeUnits(a: number, percent: boolean, b: Baseline): Verdict | null {
  if (percent === b.percent) return null;
  return {
    status: "none",
    reason: { key: "units", actual: a, percent, baseline: b.value, baselinePercent: b.percent, label: b.label, cell: b.cell },
  };
}

function directionVerdict(want: "decrease" | "increase", a: number, percent: boolean, b: Baseline | undefined, s: Settings): Verdict {
  if (b === undefined) return { status: "none", reason: { key: "noBaseline" } };
  const unlike = unlikeUnits(a, percent, b);
  if (unlike) return unlike;
  const baseline = b.value;
  const change = baseline === 0 ? (a === 0 ? 0 : Math.sign(a) * Infinity) : dec((100 * (a - baseline)) / Math.abs(baseline));
  const reason: Reason = { key: "direction", actual: a, baseline, change: Number.isFinite(change) ? change : 100, want };
  if (Math.abs(change) <= s.directionTolerancePct) return { status: "yellow", reason };
  const good = want === "decrease" ? change < 0 : change > 0;
  return { status: good ? "green" : "red", reason };
}

/**
 * A relative target against its baseline: the level is baseline × (1 ∓ p), or baseline ∓ p for
 * percentage points and for a change by a count, judged as at most (decrease) or at least (increase); in percent when the
 * change is in points or the figures are percents.
 */
function relativeVerdict(part: Extract<TargetPart, { kind: "relative" }>, a: number, percent: boolean, b: Baseline | undefined, s: Settings): Verdict {
  if (b === undefined) return { status: "none", reason: { key: "missingBaseline" } };
  const unlike = unlikeUnits(a, percent, b);
  if (unlike) return unlike;
  const baseline = b.value;
  const sign = part.want === "decrease" ? -1 : 1;
  const changed = part.points || part.count ? dec(baseline + sign * part.by) : dec(baseline * (1 + (sign * part.by) / 100));
  // "Osuus kasvaa yli 5 %" from 4 %: by 5 % (4,2 %) or to 5 %; a wrong green is the worse mistake.
  const value = part.orLevel && percent ? Math.max(changed, part.by) : changed;
  const unit = part.points || percent ? "percent" : "number";
  // The way the change goes sets the bound; a cap ("kasvaa enintään 2 %") turns it round.
  const down = (part.want === "decrease") !== (part.cap === true);
  const bound = {
    kind: "bound" as const,
    dir: down ? ("atMost" as const) : ("atLeast" as const),
    strict: part.strict === true,
    value,
    unit: unit as "percent" | "number",
  };
  const v = boundVerdict(bound, a, percent || part.points, s);
  return {
    status: v.status,
    reason: {
      key: "relative",
      baseline,
      by: part.by,
      points: part.points,
      ...(part.count ? { count: true as const } : {}),
      ...(part.cap ? { cap: true as const } : {}),
      ...(part.strict ? { strict: true as const } : {}),
      want: part.want,
      inner: v.reason,
    },
  };
}

/** One measurable part against one figure. */
function partVerdict(part: TargetPart, a: number, percent: boolean, baseline: Baseline | undefined, s: Settings): Verdict {
  switch (part.kind) {
    case "bound":
      return boundVerdict(part, a, percent, s);
    case "range":
      return rangeVerdict(part, a, percent, s);
    case "direction":
      return directionVerdict(part.want, a, percent, baseline, s);
    case "relative":
      return relativeVerdict(part, a, percent, baseline, s);
  }
}

/**
 * A target against an actual. `interim`: the actual is an interim review's (a delayed phrase is
 * yellow there, red on the actual).
 */
export function verdict(target: Target, actual: Actual | null, baseline: Baseline | undefined, s: Settings, interim = false): Verdict {
  if (actual === null) {
    return target.kind === "qualitative" || target.kind === "all"
      ? { status: "none", reason: { key: "qualitative" } }
      : { status: "none", reason: { key: "noActual" } };
  }
  if (actual.kind === "progress") return { status: progressStatus(actual.progress), reason: { key: "progress", progress: actual.progress } };
  if (actual.kind === "phrase") {
    const status = actual.phrase === "negative" || !interim ? "red" : "yellow";
    return { status, reason: { key: "phrase", phrase: actual.phrase, interim } };
  }
  if (actual.kind === "ambiguous") return { status: "none", reason: { key: "ambiguous", figures: actual.figures } };

  switch (target.kind) {
    case "qualitative":
      return { status: "none", reason: { key: "qualitative" } };
    case "split": {
      if (actual.kind !== "split") return { status: "none", reason: { key: "notMeasured" } };
      const gap = dec(Math.abs(actual.privateShare - target.privateShare));
      const status = gap <= s.splitGreenPp ? "green" : gap <= s.splitYellowPp ? "yellow" : "red";
      return {
        status,
        reason: { key: "split", actual: actual.privateShare, target: target.privateShare, gap, green: s.splitGreenPp, yellow: s.splitYellowPp },
      };
    }
    case "all": {
      if (actual.kind !== "fraction") return { status: "none", reason: { key: "qualitative" } };
      const v = boundVerdict({ kind: "bound", dir: "atLeast", strict: false, value: actual.total, unit: "number" }, actual.done, false, s);
      return { status: v.status, reason: { key: "fraction", done: actual.done, total: actual.total, target } };
    }
    case "compound": {
      const values = actual.kind === "parts" ? actual.values : target.parts.map((_, i) => (i === 0 ? numberOf(actual) : null));
      const verdicts = target.parts.map((p, i) => {
        const v = values[i];
        return v === null || v === undefined ? null : partVerdict(p, v, p.kind !== "direction" && p.kind !== "relative" && p.unit === "percent", baseline, s);
      });
      const known = verdicts.filter((v): v is Verdict => v !== null && v.status !== "none");
      const worst = known.reduce<Verdict | null>((w, v) => (w === null || RANK[v.status] > RANK[w.status] ? v : w), null);
      // A part left unmeasured because its figure and its baseline are in unlike units says so.
      const unmeasured: Verdict = verdicts.find((v) => v?.reason.key === "units") ?? { status: "none", reason: { key: "notMeasured" } };
      if (worst === null) return unmeasured;
      if (known.length < target.parts.length && worst.status !== "red") return unmeasured;
      return { status: worst.status, reason: { key: "compound", worst: worst.reason, parts: target.parts.length } };
    }
    default: {
      if (actual.kind === "fraction") {
        if (target.kind === "bound" && target.unit === "percent") {
          return partVerdict(target, dec((100 * actual.done) / Math.max(actual.total, 1)), true, baseline, s);
        }
        const v = partVerdict(target, actual.done, false, baseline, s);
        return { status: v.status, reason: { key: "fraction", done: actual.done, total: actual.total, target } };
      }
      if (actual.kind === "number" && actual.interval) return intervalVerdict(target, actual, actual.interval, baseline, s);
      if (actual.kind === "number" && actual.said && target.kind === "bound" && target.time) {
        const v = partVerdict(target, actual.value, actual.percent, baseline, s);
        return { status: v.status, reason: { key: "converted", said: actual.said, value: actual.value, unit: target.time, inner: v.reason } };
      }
      const a = numberOf(actual);
      if (a === null) return { status: "none", reason: { key: "notMeasured" } };
      return partVerdict(target, a, actual.kind === "series" || (actual.kind === "number" && actual.percent), baseline, s);
    }
  }
}

/**
 * An actual that gives only a bound or a range ("alle 90 %", "yli 14 päivää", "85–92 %"): the
 * status every figure in it would get, tried at both ends (the statuses of a bound, a change or a
 * direction only grow or fall along the figures; a range target's is green only between its
 * edges); where they differ, no status: "alle 90 %" against "vähintään 90 %" may be yellow or red,
 * and it is never green.
 */
function intervalVerdict(
  target: Target,
  actual: Extract<Actual, { kind: "number" }>,
  interval: { lo: number; hi: number },
  baseline: Baseline | undefined,
  s: Settings,
): Verdict {
  const said = actual.said ?? String(actual.value);
  const open: Verdict = { status: "none", reason: { key: "bounded", said, status: "none", target } };
  const monotonic = target.kind === "bound" || target.kind === "relative" || target.kind === "direction";
  if (!monotonic && target.kind !== "range") return open;
  const ends = [interval.lo, interval.hi].map((a) => Math.min(Math.max(a, -1e15), 1e15));
  const [low, high] = ends.map((a) => partVerdict(target as TargetPart, a, actual.percent, baseline, s).status);
  if (low !== high || low === "none" || (!monotonic && low !== "green")) return open;
  return { status: low, reason: { key: "bounded", said, status: low, target } };
}

function numberOf(a: Actual): number | null {
  switch (a.kind) {
    case "number":
    case "series":
      return a.value;
    case "parts":
      return a.values[0] ?? null;
    default:
      return null;
  }
}
