// Actuals as written → values the status rules can compare. What is not measurable gives null.
import { cellText, type Cell } from "../snapshot";
import { fold } from "../text";
import { dec } from "../decimal";
import { memoByObjectAndText } from "./memo";
import { monthOfWord } from "./month";
import { cellNumber, numbersIn, parseNumber, stripDates, type NumberToken } from "./number";
import { comparatorAt, daysPer, type Target, type TargetPart } from "./target";
import { endsWithResultWord, leadingPhrase, progressOf, type Progress } from "./words";

export interface MonthValue {
  month: number;
  value: number;
}

export interface StatedShare {
  value: number;
  /** Decimals as written: a stated share is right within half a unit of its last digit. */
  decimals: number;
}

export interface SplitActual {
  own?: number;
  private?: number;
  ownStated?: StatedShare;
  privateStated?: StatedShare;
}

export type Actual =
  /**
   * `interval`: the cell gives only a bound or a range ("alle 90 %": below 90; "yli 14 päivää":
   * over 14; "85–92 %"), with its words (`said`); the status is the one every figure in it would
   * get, or none. A strict bound's edge lies just inside it.
   */
  | { kind: "number"; value: number; percent: boolean; interval?: { lo: number; hi: number }; said?: string }
  | { kind: "series"; months: MonthValue[]; value: number }
  | { kind: "split"; split: SplitActual; privateShare: number; ownShare: number }
  | { kind: "fraction"; done: number; total: number }
  | { kind: "parts"; values: Array<number | null> }
  | { kind: "progress"; progress: Progress }
  /** The cell begins with a negative or a delayed phrase: it decides whatever figures follow. */
  | { kind: "phrase"; phrase: "negative" | "delayed" }
  /** Several figures of the target's kind and no result word marking one: no status from them. */
  | { kind: "ambiguous"; figures: string[] };

export function cellString(cell: Cell | undefined): string {
  if (!cell || cell.value === null || cell.date) return "";
  return cellText(cell);
}

/** "tammi 98,22 % helmi 98,25 % …" → the months with their rates (a rate per month, last one wins). */
export function monthSeries(text: string): MonthValue[] {
  if (!text.includes("%")) return [];
  const out = new Map<number, number>();
  // Starts only at a word's first letter: from inside a long word it would rescan it (quadratic).
  const re = /(?<!\p{L})(\p{L}+)\.?\s*(?::\s*)?(\d+(?:[,.]\d+)?)\s*%/gu;
  for (const m of stripDates(text).matchAll(re)) {
    const month = monthOfWord(m[1]);
    if (month !== null) out.set(month, Number(m[2].replace(",", ".")));
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([month, value]) => ({ month, value }));
}

export function mean(values: number[]): number {
  return dec(values.reduce((s, v) => s + v, 0) / values.length);
}

const OWN_LABEL = /(?<!\p{L})(oma\p{L}*|omassa|egen\p{L}*|egna|own)(?!\p{L})/u;
const PRIVATE_LABEL = /(palveluseteli\p{L}*|yksityi\p{L}*|ostopalvelu\p{L}*|servicesedel\p{L}*|privat\p{L}*|köpt\p{L}*|voucher|private|purchased)/u;

/** "Omassa tuotannossa 5766, 78,6% Palveluseteli ja yksityinen tuki 1575, 21,4 %". */
export function parseSplit(text: string): SplitActual | null {
  const t = fold(stripDates(text));
  const own = OWN_LABEL.exec(t);
  const priv = PRIVATE_LABEL.exec(t);
  if (!own || !priv) return null;
  const ownPart = own.index < priv.index ? t.slice(own.index, priv.index) : t.slice(own.index);
  const privPart = priv.index < own.index ? t.slice(priv.index, own.index) : t.slice(priv.index);
  const read = (part: string) => {
    const ns = numbersIn(part);
    const count = ns.find((n) => !n.percent && !n.yearLike);
    const share = ns.find((n) => n.percent);
    const decimals = share ? (/[,.](\d+)\s*%/.exec(part.slice(share.index, share.end))?.[1].length ?? 0) : 0;
    return { count: count?.value, stated: share ? { value: share.value, decimals } : undefined };
  };
  const o = read(ownPart);
  const p = read(privPart);
  if (o.count === undefined && o.stated === undefined) return null;
  if (p.count === undefined && p.stated === undefined) return null;
  return { own: o.count, private: p.count, ownStated: o.stated, privateStated: p.stated };
}

/** Shares from counts when both are known, else from the stated shares. */
export function splitShares(s: SplitActual): { privateShare: number; ownShare: number } | null {
  if (s.own !== undefined && s.private !== undefined && s.own + s.private > 0) {
    const privateShare = dec((100 * s.private) / (s.own + s.private));
    return { privateShare, ownShare: dec(100 - privateShare) };
  }
  if (s.privateStated) return { privateShare: s.privateStated.value, ownShare: dec(100 - s.privateStated.value) };
  if (s.ownStated) return { privateShare: dec(100 - s.ownStated.value), ownShare: s.ownStated.value };
  return null;
}

/** "tehty 7 / 7" → 7 of 7; "4/vuosi" is a rate, not a fraction. */
export function parseFraction(text: string): { done: number; total: number } | null {
  // "12 / 15", "12 av 15", "12 of 15"
  const m = /(?<![\d,.])(\d+)\s*(?:\/|\s(?:av|of)\s)\s*(\d+)(?![\d,.])/.exec(stripDates(text));
  return m ? { done: Number(m[1]), total: Number(m[2]) } : null;
}

/** A year standing alone or in a date is never a value ("Ei toteudu 2020", "valmis 2025"); "2000 käyntiä" counts. */
function isYear(n: NumberToken): boolean {
  return n.year || (n.yearLike && !n.unitAfter);
}

function pick(tokens: NumberToken[], percent: boolean, scale?: [number, number]): NumberToken | undefined {
  const candidates = tokens.filter((n) => n.percent === percent && !isYear(n));
  if (scale) return candidates.find((n) => n.value >= scale[0] && n.value <= scale[1]);
  return candidates[0];
}

/**
 * The one figure of the target's kind in a free text: the only one, or the one a result word
 * marks ("valittu 40 %, toteutettu 30 %" → 30). Several and none marked: ambiguous, quoting them.
 * The first number is never taken by default.
 */
/** Words of four letters or more, for telling whether the text before a figure names the metric. */
function significantWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4),
  );
}

/**
 * The text right before a figure marks it as the result: a result word ("toteutettu 30 %"), or
 * the metric's own words ("Saamani palvelu on vastannut tarpeitani 4,27; keskiarvo 4,15" against
 * the metric "Saamani palvelu on vastannut tarpeitani").
 */
function marks(before: string, metricWords: Set<string>): boolean {
  if (endsWithResultWord(before)) return true;
  // The metric's words must end right before the figure: "… määrä tavoite 500" or "… määrä viime
  // vuonna 520" names the metric and then another figure, not the result.
  const words = fold(before)
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
  if (!metricWords.has(words[words.length - 1] ?? "")) return false;
  let shared = 0;
  for (const w of significantWords(before)) if (metricWords.has(w)) shared++;
  return shared >= 2;
}

function single(
  text: string,
  tokens: NumberToken[],
  percent: boolean,
  scale: [number, number] | undefined,
  metric: string,
): NumberToken | { ambiguous: string[] } | undefined {
  let candidates = tokens.filter((n) => n.percent === percent && !isYear(n));
  if (scale) candidates = candidates.filter((n) => n.value >= scale[0] && n.value <= scale[1]);
  if (candidates.length <= 1 || candidates.every((n) => n.value === candidates[0].value)) return candidates[0];
  const metricWords = significantWords(metric);
  // The text between a figure and the one before it (tokens are in text order).
  const prevEnd = new Map<NumberToken, number>();
  tokens.forEach((t, i) => prevEnd.set(t, i === 0 ? 0 : tokens[i - 1].end));
  const marked = candidates.filter((n) => marks(text.slice(prevEnd.get(n) ?? 0, n.index), metricWords));
  if (marked.length === 1) return marked[0];
  return { ambiguous: candidates.map((n) => text.slice(n.index, n.end).trim()) };
}

/**
 * Numbers of a free-text actual. Figures outside brackets come first ("Saamani palvelu (1–5) 4,2");
 * a figure only in brackets still counts ("Tenniskentät (18 kpl) myyntiin").
 */
function tokensOf(text: string): NumberToken[] {
  if (!text.includes("(")) return numbersIn(text);
  const outside = numbersIn(text.replace(/\([^()]*\)/g, (s) => " ".repeat(s.length)));
  return outside.length > 0 ? outside : numbersIn(text);
}

function unitOf(part: TargetPart): "percent" | "number" | undefined {
  return part.kind === "direction" || part.kind === "relative" ? undefined : part.unit;
}

const YEAR_ALONE = /^(19\d\d|20\d\d|2100)$/;

/** A count or score target (at least / at most / range, not in percent). */
function countTarget(target: Target): boolean {
  return (target.kind === "bound" || target.kind === "range") && target.unit === "number";
}

/**
 * Reads one actual cell against its target. A real number is taken as it is; free text gives
 * the figure the target asks for (a percent for a percent target, a count or score otherwise).
 */
export function readActual(cell: Cell | undefined, target: Target, metric = ""): Actual | null {
  // A text is read once per target and metric (memo.ts); a number, a date or an empty cell costs little.
  if (typeof cell?.value === "string" && !cell.date) return readTextCell(target, `${metric}\u0000${cell.value}`);
  return readCell(cell, target, metric);
}

/** A text cell's value after the metric and a NUL (a metric holds no NUL), for the memo. */
const readTextCell = memoByObjectAndText((target: Target, key: string): Actual | null => {
  const cut = key.indexOf("\u0000");
  return readCell({ value: key.slice(cut + 1) }, target, key.slice(0, cut));
});

function readCell(cell: Cell | undefined, target: Target, metric: string): Actual | null {
  const text = cellString(cell);
  // A year standing alone is never a value (domain.md, "Years in free text"): text "2025".
  if (typeof cell?.value === "string" && YEAR_ALONE.test(text.trim())) return null;
  const num = cellNumber(cell);
  if (num) {
    if (target.kind === "compound") return { kind: "parts", values: [num.value] };
    // A share is no count: "40 %" against "vähintään 30 tapahtumaa" has no figure of the target's kind.
    if (num.percent && countTarget(target)) return null;
    return { kind: "number", value: num.value, percent: num.percent };
  }
  if (text.trim() === "") return null;
  const phrase = leadingPhrase(text);
  if (phrase) return { kind: "phrase", phrase };
  const measured = readText(text, target, metric);
  if (measured) return measured;
  const progress = progressOf(text);
  return progress ? { kind: "progress", progress } : null;
}

function readText(text: string, target: Target, metric: string): Actual | null {
  switch (target.kind) {
    case "split": {
      const split = parseSplit(text);
      const shares = split && splitShares(split);
      return split && shares ? { kind: "split", split, ...shares } : null;
    }
    case "all": {
      const f = parseFraction(text);
      return f ? { kind: "fraction", ...f } : null;
    }
    case "compound": {
      let tokens = tokensOf(text);
      // More figures of a unit than the parts asking for it: the ones a result word marks, else ambiguous.
      for (const percent of [true, false]) {
        const need = target.parts.filter((p) => (unitOf(p) ?? "number") === (percent ? "percent" : "number")).length;
        const of = tokens.filter((n) => n.percent === percent && !isYear(n));
        if (need === 0 || of.length <= need) continue;
        const metricWords = significantWords(metric);
        const prevEnd = new Map<NumberToken, number>();
        tokens.forEach((t, i) => prevEnd.set(t, i === 0 ? 0 : tokens[i - 1].end));
        const marked = of.filter((n) => marks(text.slice(prevEnd.get(n) ?? 0, n.index), metricWords));
        if (marked.length !== need) return { kind: "ambiguous", figures: of.map((n) => text.slice(n.index, n.end).trim()) };
        tokens = tokens.filter((n) => n.percent !== percent || marked.includes(n));
      }
      const used = new Set<NumberToken>();
      const values = target.parts.map((part) => {
        const unit = unitOf(part) ?? "number";
        const scale = part.kind === "bound" ? part.scale : undefined;
        const n = pick(
          tokens.filter((x) => !used.has(x)),
          unit === "percent",
          scale,
        );
        if (n) used.add(n);
        return n ? n.value : null;
      });
      return values.some((v) => v !== null) ? { kind: "parts", values } : null;
    }
    case "qualitative":
      return null;
    default: {
      const unit = unitOf(target) ?? "number";
      if (unit === "percent") {
        const months = monthSeries(text);
        if (months.length >= 2) return { kind: "series", months, value: mean(months.map((m) => m.value)) };
        const whole = parseNumber(text);
        if (whole) return { kind: "number", value: whole.value, percent: true };
        // "12 / 15", "12 av 15" against a share: 100 · 12 / 15 (status.ts).
        const f = text.includes("%") ? null : parseFraction(text);
        if (f) return { kind: "fraction", ...f };
      } else {
        const f = parseFraction(text);
        if (f) return { kind: "fraction", ...f };
      }
      const scale = target.kind === "bound" ? target.scale : undefined;
      // "4,2 / 5", "4,2 av 5" on a 1–5 scale: the 5 is the scale's top, not a figure.
      // "asteikolla 1–5: 4,2": the scale's own figures are no figures either.
      const scaleSpans = scale ? [...text.matchAll(SCALE_IN_ACTUAL)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]) : [];
      const tokens = scale
        ? tokensOf(text).filter(
            (t) =>
              !(t.value === scale[1] && /(?:\/|\s(?:av|of))\s*$/.test(text.slice(0, t.index))) &&
              !scaleSpans.some(([from, to]) => t.index >= from && t.end <= to),
          )
        : tokensOf(text);
      const span = rangeIn(text, tokens, unit === "percent", target);
      if (span) return span;
      const n = single(text, tokens, unit === "percent", scale, metric);
      if (n && "ambiguous" in n) return { kind: "ambiguous", figures: n.ambiguous };
      if (!n) return null;
      const value = inTargetTime(text, n, target);
      const bound = comparatorAt(text, n.index);
      if (bound) {
        const c = bound.comparator;
        const nudge = c.strict ? Math.max(Math.abs(value), 1) * 1e-9 : 0;
        const interval = c.dir === "atLeast" ? { lo: value + nudge, hi: Infinity } : { lo: -Infinity, hi: value - nudge };
        return { kind: "number", value, percent: n.percent, interval, said: text.slice(bound.start, n.end).trim() };
      }
      if (value !== n.value) {
        // "noin 3 viikkoa" against days: the words the figure came from, for the reason.
        const unit = /^\s*\p{L}+/u.exec(text.slice(n.end))?.[0] ?? "";
        return { kind: "number", value, percent: n.percent, said: text.slice(n.index, n.end + unit.length).trim() };
      }
      return { kind: "number", value, percent: n.percent };
    }
  }
}

/** A scale written in an actual ("asteikolla 1–5: 4,2"): its figures are not the result. */
const SCALE_IN_ACTUAL = /(?:asteiko\p{L}*|asteikk\p{L}*|skala\p{L}*|scale)\s*:?\s*\d+\s*[-\u2013]\s*\d+/giu;

/**
 * A range in an actual: two figures of the target's kind joined by a dash ("85–92 %", "85 % – 92
 * %", "10–12 päivää", "1 200–1 300"), the only ones in the cell.
 */
function rangeIn(text: string, tokens: NumberToken[], percent: boolean, target: Target): Actual | null {
  const of = tokens.filter((t) => !isYear(t));
  for (let i = 0; i + 1 < of.length; i++) {
    const [a, b] = [of[i], of[i + 1]];
    if (!/^\s*%?\s*[-\u2013]\s*$/.test(text.slice(a.end, b.index)) || a.value >= b.value) continue;
    // "85–92 %": the first figure takes the second's percent sign.
    if (b.percent !== percent || (a.percent && !b.percent)) continue;
    const others = of.filter((t, j) => j !== i && j !== i + 1 && t.percent === percent);
    if (others.length > 0) return null;
    // "3–4 viikkoa" against "enintään 14 päivää": both ends in the target's time unit.
    const per = b.value === 0 ? 1 : inTargetTime(text, b, target) / b.value;
    const [lo, hi] = [dec(a.value * per), dec(b.value * per)];
    return { kind: "number", value: lo, percent, interval: { lo, hi }, said: text.slice(a.index, b.end).trim() };
  }
  return null;
}

/** The time unit right after a figure ("14 päivää", "3 viikkoa"), in days. */
function timeAfter(text: string, end: number): number | undefined {
  return daysPer(/^\s*(\p{L}+)/u.exec(text.slice(end))?.[1]);
}

/** A figure in another time unit than the target's ("3 viikkoa" against "14 päivää"), in the target's unit. */
function inTargetTime(text: string, n: NumberToken, target: Target): number {
  if (target.kind !== "bound" || target.time === undefined) return n.value;
  const per = timeAfter(text, n.end);
  const want = daysPer(target.time);
  if (per === undefined || want === undefined || per === want) return n.value;
  return dec((n.value * per) / want);
}

/**
 * Last year's actual written as text in the baseline cell, read as an actual is: years and figures
 * in brackets left out ("2000 käyntiä (2023: 1800)" → 2000), a result word marking the figure
 * ("tavoite 200, toteutunut 140" → 140), several unmarked figures ambiguous. A figure in the
 * actual's unit (a share or not) is preferred where the cell holds both.
 */
export function readBaseline(text: string, percent: boolean | undefined, metric = ""): { value: number; percent: boolean } | { ambiguous: string[] } | null {
  const tokens = tokensOf(text);
  for (const p of percent === undefined ? [false, true] : [percent, !percent]) {
    const n = single(text, tokens, p, undefined, metric);
    if (n) return "ambiguous" in n ? n : { value: n.value, percent: n.percent };
  }
  return null;
}

/** The single figure an actual stands for, for reports ("98.74"). */
export function actualValue(a: Actual): number | null {
  switch (a.kind) {
    case "number":
    case "series":
      return a.value;
    case "split":
      return a.privateShare;
    case "fraction":
      return a.done;
    default:
      return null;
  }
}
