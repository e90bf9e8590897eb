// Finnish and Swedish numbers as written: decimal comma, space or no-break space between
// thousands, "%" with or without a space; and real numbers with a percent format.
import type { Cell } from "../snapshot";

export interface ParsedNumber {
  value: number;
  percent: boolean;
}

const SPACE = "[ \\u00a0\\u202f]";
const WHOLE = new RegExp(`^([-+\\u2212]?)(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:[,.](\\d+))?${SPACE}*(%)?$`);

function toNumber(sign: string, int: string, frac: string | undefined): number {
  const n = Number(int.replace(/[ \u00a0\u202f]/g, "") + (frac ? "." + frac : ""));
  return sign === "-" || sign === "\u2212" ? -n : n;
}

/** Parses a whole string as one number ("98,22 %", "1 266 563", "-5"); null if it is not one. */
export function parseNumber(text: string): ParsedNumber | null {
  const m = WHOLE.exec(text.trim().replace(/\s*€$/, ""));
  if (!m) return null;
  return { value: toNumber(m[1], m[2], m[3]), percent: m[4] === "%" };
}

/** True when a text is made of digits and number punctuation only, so it was meant as a number. */
export function looksNumeric(text: string): boolean {
  // One character class and a separate digit test: "[…]*\d[…]*" backtracks quadratically.
  const t = text.trim();
  return /^[-+\u2212]?[\d\s\u00a0.,]+%?$/.test(t) && /\d/.test(t);
}

/** A cell's number: real numbers (percent-formatted ones in percent units) or numeric text. */
export function cellNumber(cell: Cell | undefined): ParsedNumber | null {
  if (!cell || cell.value === null || cell.date) return null;
  if (typeof cell.value === "number") {
    const percent = (cell.numFmt ?? "").includes("%");
    return { value: percent ? Number((cell.value * 100).toPrecision(12)) : cell.value, percent };
  }
  return typeof cell.value === "string" ? parseNumber(cell.value) : null;
}

export interface NumberToken extends ParsedNumber {
  /** Position in the (date-stripped) text. */
  index: number;
  end: number;
  /** A plain integer 1900–2099: probably a year. */
  yearLike: boolean;
  /** A year-like number with year words around it ("vuonna 2020", "2020 mennessä"): surely a year. */
  year: boolean;
  /** A word follows the figure ("2000 käyntiä", "7 kpl"), other than a year word: it counts something. */
  unitAfter: boolean;
}

// Case-insensitive: a sentence starts with a capital ("Vuonna 2025 järjestetty").
const YEAR_BEFORE = /(vuon\p{L}*|vuod\p{L}*|vuosi|ta|år|året|year|in|by|until|since)\s*$/iu;
const YEAR_AFTER = /^\s*(mennessä|aikana|alusta|alkaen|loppuun|lopussa|lopulla|till|by)(?!\p{L})/iu;

// Dates and periods: 30.4.2020, 1.8., 2020-04-30, and month/year periods that are never values or
// fractions: 11/2025, 12_2012, 1–8/2025, 1-8 kk; quarters, half-years, tertiles: Q3/2025, H1/2025, T2/2025;
// school and season years: 2025/2026, 2024/25.
const DATES =
  /(?<!\p{L})[QHT][1-4] ?\/ ?(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d\d ?\/ ?(?:(?:19|20)\d\d|\d\d)\b|\b\d{1,2} ?[-\u2013] ?\d{1,2} ?\/ ?(?:19|20)\d\d\b|\b(?:0?[1-9]|1[0-2]) ?[/_] ?(?:19|20)\d\d\b|\b\d{1,2} ?[-\u2013] ?\d{1,2} ?(?:kk|kuukau\p{L}*|mån\p{L}*|months?)(?!\p{L})/gu;
const TOKEN = new RegExp(
  `(?<![\\p{L}\\d.,_])([-\\u2212]?)(\\d{1,3}(?:${SPACE}\\d{3})+(?!\\d)|\\d+)(?:[,.](\\d+))?(?![\\d_])(${SPACE}?(?:%|prosent|procent|percent))?`,
  "gu",
);

/** Removes dates ("30.4.2020", "1.8.") so that they are never read as values. */
export function stripDates(text: string): string {
  return /\d[._/\u2013-] ?\d|\d\.\s|\d\.$/.test(text) ? text.replace(DATES, (d) => " ".repeat(d.length)) : text;
}

/** Every number in a free text, dates left out. */
export function numbersIn(text: string): NumberToken[] {
  const t = stripDates(text);
  const out: NumberToken[] = [];
  for (const m of t.matchAll(TOKEN)) {
    const value = toNumber(m[1], m[2], m[3]);
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const yearLike = m[3] === undefined && m[4] === undefined && /^(19|20)\d\d$/.test(m[2]);
    const year = yearLike && (YEAR_BEFORE.test(t.slice(Math.max(0, index - 20), index)) || YEAR_AFTER.test(t.slice(end, end + 20)));
    const unitAfter = /^\s*\p{L}/u.test(t.slice(end, end + 3)) && !YEAR_AFTER.test(t.slice(end, end + 20));
    out.push({ value, percent: m[4] !== undefined, index, end, yearLike, year, unitAfter });
  }
  return out;
}
