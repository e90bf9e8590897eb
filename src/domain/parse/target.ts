// Target levels as written in Finnish (and Swedish, English) → a structured target.
import { fold } from "../text";
import { memoByText } from "./memo";
import { numbersIn, stripDates, type NumberToken } from "./number";

export type Unit = "percent" | "number";

export type TargetPart =
  /** `time`: the time unit the level is in, as written ("14 päivää" → "päivää"). */
  | { kind: "bound"; dir: "atLeast" | "atMost"; strict: boolean; value: number; unit: Unit; scale?: [number, number]; time?: string }
  | { kind: "range"; lo: number; hi: number; unit: Unit }
  | { kind: "direction"; want: "decrease" | "increase" }
  /**
   * "vähenee 10 % edellisvuodesta", "kasvaa 2 %-yksikköä": a level the baseline gives (domain.md,
   * "Relative targets"); `count`: a change by that many in the figure's own unit ("vähenee
   * vähintään 10 kpl", "kasvaa 100 kävijällä"); `cap`: the change may be at most that ("kasvaa
   * enintään 2 %": at most baseline × 1,02); `strict`: "more than" / "less than" the change;
   * `orLevel`: "kasvaa yli / vähintään 5 %" may also mean *to* 5 %: on a share the stricter reading stands.
   */
  | { kind: "relative"; want: "decrease" | "increase"; by: number; points: boolean; count?: true; cap?: true; strict?: true; orLevel?: true };

export type Target =
  | TargetPart
  | { kind: "split"; privateShare: number; ownShare: number }
  | { kind: "compound"; parts: TargetPart[] }
  /** "Kaikki … / Jokaisessa …": every item, measurable against an "x / y" actual. */
  | { kind: "all" }
  | { kind: "qualitative" };

export interface ParsedTarget {
  target: Target;
  /** What the goal measures, when the words say: it links the row to the workbook's tables. */
  topic?: "fillRate" | "production";
}

export type Comparator = { dir: "atLeast" | "atMost"; strict: boolean };

// Longest phrases first: "vähemmän kuin" before "kuin"-less forms.
const COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = (
  [
    ["vähintään", { dir: "atLeast", strict: false }],
    ["väh.", { dir: "atLeast", strict: false }],
    ["minimi", { dir: "atLeast", strict: false }],
    ["min.", { dir: "atLeast", strict: false }],
    ["min", { dir: "atLeast", strict: false }],
    ["minst", { dir: "atLeast", strict: false }],
    ["at least", { dir: "atLeast", strict: false }],
    ["≥", { dir: "atLeast", strict: false }],
    [">=", { dir: "atLeast", strict: false }],
    ["yli", { dir: "atLeast", strict: true }],
    ["ylittää", { dir: "atLeast", strict: true }],
    ["ylitä", { dir: "atLeast", strict: true }],
    ["överstiga", { dir: "atLeast", strict: true }],
    ["understiger inte", { dir: "atLeast", strict: false }],
    ["överstiger", { dir: "atLeast", strict: true }],
    ["exceed", { dir: "atLeast", strict: true }],
    ["exceeds", { dir: "atLeast", strict: true }],
    ["enemmän kuin", { dir: "atLeast", strict: true }],
    ["över", { dir: "atLeast", strict: true }],
    ["mer än", { dir: "atLeast", strict: true }],
    ["more than", { dir: "atLeast", strict: true }],
    ["over", { dir: "atLeast", strict: true }],
    ["above", { dir: "atLeast", strict: true }],
    [">", { dir: "atLeast", strict: true }],
    ["enintään", { dir: "atMost", strict: false }],
    ["korkeintaan", { dir: "atMost", strict: false }],
    ["maksimi", { dir: "atMost", strict: false }],
    ["max.", { dir: "atMost", strict: false }],
    ["max", { dir: "atMost", strict: false }],
    ["högst", { dir: "atMost", strict: false }],
    ["at most", { dir: "atMost", strict: false }],
    ["≤", { dir: "atMost", strict: false }],
    ["<=", { dir: "atMost", strict: false }],
    ["alle", { dir: "atMost", strict: true }],
    ["alittaa", { dir: "atMost", strict: true }],
    ["överstiger inte", { dir: "atMost", strict: false }],
    ["överskrider inte", { dir: "atMost", strict: false }],
    ["alita", { dir: "atMost", strict: true }],
    ["vähemmän kuin", { dir: "atMost", strict: true }],
    ["under", { dir: "atMost", strict: true }],
    ["mindre än", { dir: "atMost", strict: true }],
    ["less than", { dir: "atMost", strict: true }],
    ["fewer than", { dir: "atMost", strict: true }],
    ["below", { dir: "atMost", strict: true }],
    ["<", { dir: "atMost", strict: true }],
  ] as Array<[string, Comparator]>
).sort((a, b) => b[0].length - a[0].length);

// Change words in the forms a target is written in: singular and plural, passive, infinitive
// ("vähenee", "vähenevät", "vähennetään"; "minskar", "minska", "minskas"; "reduce", "reduced").
// Words that also mean something else are left out ("lasketaan" is also "is calculated").
const DOWN = [
  ...["vähenee", "vähenevät", "vähentyy", "vähentyvät", "vähennetään", "vähentää", "laskee", "laskevat", "pienenee", "pienenevät", "pienennetään"],
  ...["alenee", "alenevat", "alennetaan", "lyhenee", "lyhenevät", "lyhennetään", "supistuu", "supistuvat", "supistetaan"],
  // After a negation ("ei laske", "eivät vähene"): see NEGATED.
  ...["vähene", "vähenny", "laske", "pienene", "alene", "lyhene", "supistu"],
  ...["putoaa", "putoavat", "putoa", "pudotetaan", "pudota", "laskea", "vähentyä", "vähetä", "pienentyä", "lyhentyä", "alentua"],
  ...["minskar", "minska", "minskas", "minskat", "sjunker", "sjunka", "sänks", "sänka", "förkortas", "kortas"],
  ...["decreases", "decrease", "decreased", "reduce", "reduces", "reduced", "falls", "declines", "decline", "shortens", "shorten"],
];
const UP = [
  ...["kasvaa", "kasvavat", "kasvatetaan", "lisääntyy", "lisääntyvät", "lisätään", "nousee", "nousevat", "nostetaan", "paranee", "paranevat", "parannetaan"],
  ...["kasva", "lisäänny", "nouse", "parane"],
  ...["pitenee", "pitenevät", "pitene", "pidentyy", "pidentyvät", "pidenny", "pitkittyy", "nousta", "lisääntyä", "kasvattaa"],
  ...["ökar", "öka", "ökas", "ökat", "växer", "växa", "stiger", "stiga", "höjs", "höja", "förbättras"],
  ...["increases", "increase", "increased", "grows", "grow", "rises", "rise", "improves", "improve"],
];
/**
 * A figure a change goes *to*, not *by*: Finnish illative right after it ("10 %:iin", "4,2:een",
 * "10 prosenttiin"), or "till" / "to" right before it (not "upp till" / "up to").
 */
const TO_AFTER = /^(?::\p{L}*(?:aa|ää|ee|ii|oo|öö|uu|yy)n|tiin)(?!\p{L})/u;
const TO_BEFORE = /(?<!\p{L})(?<!(?:upp|up)\s+)(?:till|to)\s*$/u;
/** The unit's word right after the figure, in the illative: "lyhenee 14 päivään", "4,2 pisteeseen". */
const UNIT_WORD_AFTER = /^[:\p{L}]*\s+(\p{L}+)(?!\p{L})(?!\s*(?:\d|mennessä|verrattuna|nähden))/u;
const ILLATIVE = /(?:aa|ää|ee|ii|oo|öö|uu|yy|h[aeiouyäö])n$/u;
/** "till" / "to" and a comparator before the figure: "increases to at least 90 %", "minskar till under 5 %". */
const TO_COMPARATOR_BEFORE = /(?<!\p{L})(?<!(?:upp|up)\s+)(?:till|to)\s+\p{L}+(?:\s+\p{L}+)?\s*$/u;
/**
 * The change's size, not a level: adessive on the figure or on its unit ("5 %:lla", "10
 * prosentilla", "10 kappaleella", "100 kävijällä"), "verran" after it, or "by" / "med" before it
 * (a comparator between: "by at least 10", "med mer än 10 %").
 */
const AMOUNT_AFTER = /^[:\p{L}]*(?:ll[aä]|\s+\p{L}+ll[aä]|(?:\s+\p{L}+)?\s+verran)(?!\p{L})/u;
const AMOUNT_BEFORE = /(?<!\p{L})(?:by|med)(?:\s+\p{L}+){0,2}\s*$/u;
/** "över", "above", "under", "below": where the figure ends up, not how far it moves. */
const POSITION_BEFORE = /(?<!\p{L})(?:över|above|under|below)\s*$/u;
/** The unit right after a count, in the partitive ("100 kävijää", "10 kappaletta", "5 käyntiä"). */
const PARTITIVE_UNIT_AFTER = /^\s+\p{L}*(?:[aä]|t[aä])(?!\p{L})/u;
/** A share in the genitive ("yli 90 %:n", "alle 5 prosentin"): the level it passes. */
const GENITIVE_AFTER = /^(?::n|in)(?!\p{L})/u;
const ALL = /(?<!\p{L})(kaikki\p{L}*|jokai\p{L}*|alla|samtliga|all|every)(?!\p{L})/u;
const TIME_UNIT =
  /^\s*(vuoden|vuotta|vuodessa|vuosien|kuukauden|kuukautta|viikon|viikkoa|päivän|päivää|pv|tuntia|tunnin|h|år|års|månader|dagar|years?|months?|weeks?|days?|hours?)(?!\p{L})/u;
const SCALE = /(asteikolla|asteikko|pisteet|skala|poäng|scale|points)/;
const FILL_RATE = /(täyttöaste|fyllnadsgrad|fill rate|beläggningsgrad)/;

/** A split target: "yksityinen tuotanto 23 % oma tuotanto 77 %". */
function splitTarget(t: string): Target | null {
  const priv = /(yksityi\p{L}*|palveluseteli\p{L}*|privat\p{L}*|private)[^\d%]{0,30}?(\d+(?:[,.]\d+)?)\s*%/u.exec(t);
  const own = /(?<!\p{L})(oma\p{L}*|egen|egna|own)[^\d%]{0,30}?(\d+(?:[,.]\d+)?)\s*%/u.exec(t);
  if (!priv && !own) return null;
  const p = priv ? Number(priv[2].replace(",", ".")) : undefined;
  const o = own ? Number(own[2].replace(",", ".")) : undefined;
  if (p === undefined && !/tuotan|produktion|production/.test(t)) return null;
  return {
    kind: "split",
    privateShare: p ?? Number((100 - (o as number)).toPrecision(12)),
    ownShare: o ?? Number((100 - (p as number)).toPrecision(12)),
  };
}

const COMPARATOR_BY_WORD = new Map(COMPARATORS);
// Words (they start with a letter) in one group under one look-behind, then the signs: at any
// position only one of the two can match, so this finds what one look-behind per word found, in
// half the time (a fresh process runs it cold for every target).
const COMPARATOR_WORDS = COMPARATORS.map(([w]) => w).filter((w) => /\p{L}/u.test(w));
const COMPARATOR_SIGNS = COMPARATORS.map(([w]) => w).filter((w) => !/\p{L}/u.test(w));
const COMPARATOR_RE = new RegExp(
  `(?<!\\p{L})(?:${COMPARATOR_WORDS.map((w) => w.replace(/[.]/g, "\\.")).join("|")})(?!\\p{L})|${COMPARATOR_SIGNS.join("|")}`,
  "gu",
);

/** The last comparator word or sign before a number ("vähintään", "alle", ">"). */
function comparatorBefore(prefix: string): Comparator | undefined {
  let last: string | undefined;
  for (const m of prefix.matchAll(COMPARATOR_RE)) last = m[0];
  return last === undefined ? undefined : COMPARATOR_BY_WORD.get(last);
}

/** The last comparator in `prefix` when it ends the prefix ("… enintään "), and where it starts. */
function endingComparator(prefix: string): { comparator: Comparator; at: number } | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of prefix.matchAll(COMPARATOR_RE)) last = m;
  if (!last || prefix.slice((last.index ?? 0) + last[0].length).trim() !== "") return undefined;
  const comparator = COMPARATOR_BY_WORD.get(last[0]);
  return comparator ? { comparator, at: last.index ?? 0 } : undefined;
}

/** A comparator that ends right before a number ("enintään 14", "at most 2"). */
function comparatorJustBefore(prefix: string): Comparator | undefined {
  return endingComparator(prefix)?.comparator;
}

/**
 * A comparator word ending right before a figure in an actual ("alle 90 %", "över 10 dagar", "more
 * than 14 days"), and where it starts: the actual then gives only a bound.
 */
export function comparatorAt(text: string, index: number): { comparator: Comparator; start: number } | undefined {
  const from = Math.max(0, index - 16);
  // Lower case and plain spaces keep the length, so that `start` points into `text`.
  const prefix = stripDates(text)
    .slice(from, index)
    .toLowerCase()
    .replace(/[\u00a0\u202f\t]/g, " ");
  const found = endingComparator(prefix);
  return found && { comparator: found.comparator, start: from + found.at };
}

/** Time units a count can be in, in days: "3 viikkoa" against "enintään 14 päivää" is 21 days. */
const TIME_DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:tunti\p{L}*|tunnin|h|timm\p{L}*|hours?)$/u, 1 / 24],
  [/^(?:päivä\p{L}*|päivän|pv|vrk|dag|dagar|dygn|days?)$/u, 1],
  [/^(?:viikko\p{L}*|viikon|vk|vko|veck\p{L}*|weeks?)$/u, 7],
  [/^(?:kuukau\p{L}*|kk|månad\p{L}*|mån|months?)$/u, 365 / 12],
];

export function daysPer(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return TIME_DAYS.find(([re]) => re.test(w))?.[1];
}

const AGE_AFTER = /^(?:\s*-\s*|\s+)?(?:v\.?\s*-?\s*)?(?:vuotia\p{L}*|vuotiai\p{L}*|åring\p{L}*|årig\p{L}*|years?[-\s]olds?|year-olds?)(?!\p{L})|^s(?!\p{L})/u;

/** Numbers of a segment that can be a target level: no years, durations, ordinals or ages. */
function levelNumbers(seg: string): NumberToken[] {
  const all = numbersIn(seg).filter((n) => {
    const after = seg.slice(n.end);
    // An age group is no level: "yli 75-vuotiaista", "alle 3-vuotiaiden", "över 65 år", "over 65s".
    if (AGE_AFTER.test(after)) return false;
    if (/^\s*år(?!\p{L})/u.test(after) && /(?:över|under)\s*$/u.test(seg.slice(0, n.index))) return false;
    // "5 vuoden sisällä" is a duration, but "enintään 14 päivää" / "at most 2 days" is a level in days.
    if (TIME_UNIT.test(after) && comparatorJustBefore(seg.slice(Math.max(0, n.index - 16), n.index)) === undefined) return false;
    if (/^\.\s*\p{Ll}/u.test(after) && !n.percent) return false; // "2. vaihe", "7. lk"; not "vähintään 5000."
    return true;
  });
  // "Yli 14 päivää jonottaneita enintään 10 %": the share with its comparator is the level, not
  // the count that says whom it is a share of.
  const share = all.find((n) => n.percent && comparatorJustBefore(seg.slice(Math.max(0, n.index - 16), n.index)) !== undefined);
  if (share && all[0] !== share && !all[0].percent && all[0].unitAfter) {
    all.splice(all.indexOf(share), 1);
    all.unshift(share);
  }
  const noYears = all.filter((n) => !n.yearLike);
  // A lone year-like number is a level ("2000 käyntiä") unless words around it make it a year.
  return noYears.length > 0 ? noYears : all.filter((n) => !n.year);
}

/** Words saying a change is in percentage points, not per cent of the baseline. */
const POINTS = /(%-?\s?yks\p{L}*|prosenttiyksik\p{L}*|procentenhet\p{L}*|percentage points?|(?<!\p{L})pp)(?!\p{L})/u;

/** The figure the change goes to: "10 %:iin", "14 päivään", "till 10 %", "to 10 %". */
function goesTo(seg: string, n: NumberToken): boolean {
  const after = seg.slice(n.end);
  if (TO_AFTER.test(after) || TO_BEFORE.test(seg.slice(0, n.index))) return true;
  const word = UNIT_WORD_AFTER.exec(after)?.[1];
  return word !== undefined && ILLATIVE.test(word);
}

function isAmount(seg: string, n: NumberToken): boolean {
  return AMOUNT_AFTER.test(seg.slice(n.end)) || AMOUNT_BEFORE.test(seg.slice(0, n.index));
}

/** A comparator pointing the way the change goes: "vähenee alle", "kasvaa yli"; not "vähenee yli". */
const agrees = (c: Comparator, want: "decrease" | "increase") => (want === "decrease" ? c.dir === "atMost" : c.dir === "atLeast");

/**
 * A change that names the level it goes to: "laskee 10 %:iin", "lyhenee 14 päivään", "minskar
 * till 10 %", "decreases to 10 %" (at most / at least that level), or a comparator that points the
 * way of the change before a count ("lyhenee alle 14 päivän", "kasvaa yli 3000") or before a share
 * where it says where the share ends up ("laskee alle 5 %", "nousee yli 90 %:n", "rises above 90
 * %"). A comparator against the change ("vähenee yli 10 %", "decrease by at least 10"), or a figure
 * marked as the change's size ("kasvaa vähintään 5 %", "100 kävijällä", "by", "med"), is no level.
 */
function changeLevel(seg: string, want: "decrease" | "increase", scale: [number, number] | undefined): { part: TargetPart; at: number } | null {
  const numbers = numbersIn(seg).filter((n) => !n.yearLike);
  const bound = (n: NumberToken, c: Comparator) => {
    const unit: Unit = n.percent ? "percent" : "number";
    const part: TargetPart = { kind: "bound", ...c, value: n.value, unit, ...(scale && unit === "number" ? { scale } : {}) };
    return { part, at: n.index };
  };
  const bare = stripDates(seg);
  const to = numbers.find((n) => goesTo(seg, n) && !isAmount(seg, n));
  if (to) {
    // "lyhenee alle 14 päivään": the comparator's strictness stays.
    const c = comparatorAt(seg, to.index)?.comparator;
    return bound(to, c && agrees(c, want) ? c : { dir: want === "decrease" ? "atMost" : "atLeast", strict: false });
  }
  for (const n of numbers) {
    const before = bare.slice(Math.max(0, n.index - 16), n.index);
    const c = comparatorJustBefore(before);
    if (!c || !agrees(c, want) || isAmount(seg, n)) continue;
    if (TO_COMPARATOR_BEFORE.test(bare.slice(0, n.index))) return bound(n, c);
    // "kasvaa vähintään 100 kävijää": a count in the partitive after an increase is its size.
    if (!n.percent && !(want === "increase" && PARTITIVE_UNIT_AFTER.test(seg.slice(n.end)))) return bound(n, c);
    const where = c.strict && (want === "decrease" || POSITION_BEFORE.test(before) || GENITIVE_AFTER.test(seg.slice(n.end)));
    if (where) return bound(n, c);
  }
  return null;
}

/**
 * A count the change is by: after a comparator against the change, marked as the change's size,
 * or with its unit after it and no comparator ("vähenevät 10 kpl", "lyhenee 5 päivää").
 */
function changeAmount(seg: string, want: "decrease" | "increase"): NumberToken | undefined {
  return numbersIn(seg).find((n) => {
    if (n.percent || n.yearLike) return false;
    const c = comparatorAt(seg, n.index)?.comparator;
    if (c === undefined) return n.unitAfter || isAmount(seg, n);
    return !agrees(c, want) || isAmount(seg, n) || (want === "increase" && PARTITIVE_UNIT_AFTER.test(seg.slice(n.end)));
  });
}

/** "lasketaan" is also "is calculated": a decrease only before a level it goes to ("lasketaan 4 %:iin"). */
const LOWERED = /(?<!\p{L})lasketaan(?!\p{L})/u;

/**
 * A change written as a noun, right before its figure ("Kasvu 5 %", "kustannusten kasvu enintään
 * 2 %", "Kostnadsökningen högst 2 %", "cost growth at most 2 %") or after it in the genitive ("5
 * %:n kasvu", "10 %:n vähennys"); "Lasten kasvu ja kehitys: 90 %" is no change. And "5 % enemmän
 * / vähemmän kuin edellisvuonna", "5 % mer / mindre", "5 % more / fewer".
 */
const NOUN_UP = "kasvu|kasvua|lisäys|lisäystä|nousu|nousua|\\p{L}*ökning(?:en)?|growth|increase|rise";
const NOUN_DOWN = "vähennys|vähennystä|väheneminen|aleneminen|lyheneminen|\\p{L}*minskning(?:en)?|reduction|decrease|decline";
const FIGURE = "\\d+(?:[,.]\\d+)?\\s*(?:%|prosent\\p{L}*|procent\\p{L}*|percent)?";
const COMPARATOR_WORD_GROUP = `(?:${COMPARATOR_WORDS.map((w) => w.replace(/[.]/g, "\\.")).join("|")})`;
const nounChange = (nouns: string, more: string) =>
  new RegExp(
    `(?<!\\p{L})(?:${nouns})(?!\\p{L})\\s*(?:${COMPARATOR_WORD_GROUP}\\s*)?${FIGURE}|${FIGURE}\\s*(?::?n)?\\s+(?:${nouns})(?!\\p{L})|${FIGURE}\\s+(?:${more})(?!\\p{L})`,
    "u",
  );
const NOUN_CHANGE_UP = nounChange(NOUN_UP, "enemmän|mer|more");
const NOUN_CHANGE_DOWN = nounChange(NOUN_DOWN, "vähemmän|mindre|less|fewer");

/** A negation a few words before a figure: "ei laske alle", "eivät nouse yli", "must not fall below", "får inte sjunka under". */
const NEGATED = /(?<!\p{L})(?:ei|eivät|eikä|ej|inte|icke|not|never|no)(?:\s+\p{L}+){0,4}\s*$/u;

function wantOf(seg: string): "decrease" | "increase" | undefined {
  const ws = seg.split(/[^\p{L}]+/u);
  const lowered = LOWERED.test(seg) && numbersIn(seg).some((n) => goesTo(seg, n));
  if (ws.some((w) => DOWN.includes(w)) || lowered || NOUN_CHANGE_DOWN.test(seg)) return "decrease";
  if (ws.some((w) => UP.includes(w)) || NOUN_CHANGE_UP.test(seg)) return "increase";
  return undefined;
}

/**
 * A target part, and the figure it was read from. Negated, the part turns round: "ei laske alle
 * 10000" is at least 10000, "eivät nouse yli 2 %" a rise of at most 2 %, "ei saa ylittää 50" at
 * most 50.
 */
function partOf(seg: string, scale: [number, number] | undefined): TargetPart | null {
  const read = partRead(seg, scale);
  if (!read) return null;
  const { part, at } = read;
  if (at === undefined || !NEGATED.test(stripDates(seg).slice(0, at))) return part;
  // "överstiger inte 14 dagar": the comparator says it already.
  const said = comparatorAt(seg, at);
  if (said && /(?<!\p{L})inte(?!\p{L})/u.test(seg.slice(said.start, at))) return part;
  if (part.kind === "bound") return { ...part, dir: part.dir === "atLeast" ? "atMost" : "atLeast", strict: !part.strict };
  if (part.kind === "relative") {
    const { cap, strict, ...rest } = part;
    return { ...rest, ...(cap ? {} : { cap: true as const }), ...(strict ? {} : { strict: true as const }) };
  }
  return part;
}

function partRead(seg: string, scale: [number, number] | undefined): { part: TargetPart; at?: number } | null {
  const want = wantOf(seg);
  if (want) {
    const level = changeLevel(seg, want, scale);
    if (level) return level;
    const bare = stripDates(seg);
    const by = numbersIn(seg).find((n) => !n.yearLike && (n.percent || /^\s?pp(?!\p{L})/u.test(seg.slice(n.end))));
    const amount = by ? undefined : changeAmount(seg, want);
    const n = by ?? amount;
    if (n) {
      // "kasvaa enintään 2 %" caps the change; "vähenee yli 10 %" is a change of more than 10 %.
      const c = comparatorAt(seg, n.index)?.comparator;
      const part: TargetPart = {
        kind: "relative",
        want,
        by: n.value,
        points: by ? POINTS.test(seg) : false,
        ...(amount ? { count: true as const } : {}),
        ...(c?.dir === "atMost" ? { cap: true as const } : {}),
        ...(c?.strict ? { strict: true as const } : {}),
        ...(by?.percent && !POINTS.test(seg) && want === "increase" && c?.dir === "atLeast" ? { orLevel: true as const } : {}),
      };
      return { part, at: n.index };
    }
    // "Kävijämäärä ei laske": at least last year's figure.
    const neg = NEGATED.test(bare.replace(/\s*\d.*$/u, ""));
    return neg ? { part: { kind: "relative", want, by: 0, points: false, cap: true } } : { part: { kind: "direction", want } };
  }
  const range = /(?<![\d,.])(\d+(?:[,.]\d+)?)\s*(%?)\s*-\s*(\d+(?:[,.]\d+)?)\s*(%?)/.exec(stripDates(seg));
  if (range) {
    const lo = Number(range[1].replace(",", "."));
    const hi = Number(range[3].replace(",", "."));
    if (lo < hi) return { part: { kind: "range", lo, hi, unit: range[2] || range[4] ? "percent" : "number" } };
  }
  const n = levelNumbers(seg)[0];
  if (!n) return null;
  const c = comparatorBefore(stripDates(seg).slice(0, n.index)) ?? { dir: "atLeast", strict: false };
  const unit: Unit = n.percent ? "percent" : "number";
  const time = unit === "number" ? /^\s*(\p{L}+)/u.exec(seg.slice(n.end))?.[1] : undefined;
  const part: TargetPart = {
    kind: "bound",
    ...c,
    value: n.value,
    unit,
    ...(scale && unit === "number" ? { scale } : {}),
    ...(time !== undefined && daysPer(time) !== undefined ? { time } : {}),
  };
  return { part, at: n.index };
}

export const parseTarget: (text: string) => ParsedTarget = memoByText(parseTargetText);

/** Words that join two parts of a compound target ("vähintään 90 % ja vähintään 10 kurssia"). */
const JOINED = /\s(?:ja|sekä|och|samt|and)\s/;

/** A segment split at its joining words, where every piece is a measurable part; else the segment whole. */
function joinedParts(segment: string, scale: [number, number] | undefined): string[] {
  const pieces = segment.split(JOINED);
  return pieces.length > 1 && pieces.every((p) => partOf(p, scale) !== null) ? pieces : [segment];
}

function parseTargetText(text: string): ParsedTarget {
  const t = fold(text);
  const topic = FILL_RATE.test(t) ? "fillRate" : undefined;
  const split = splitTarget(t);
  if (split) return { target: split, topic: "production" };

  let scale: [number, number] | undefined;
  const withoutBrackets = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const m = /(\d+)\s*[-–]\s*(\d+)/.exec(inner);
    if (m && SCALE.test(fold(inner))) scale = [Number(m[1]), Number(m[2])];
    return " ";
  });
  const segments = withoutBrackets
    .split(/\r?\n|;|,(?=\s)/)
    .map(fold)
    .filter((s) => s !== "")
    .flatMap((s) => joinedParts(s, scale));
  const parts = segments.map((s) => partOf(s, scale)).filter((p): p is TargetPart => p !== null);
  if (parts.length === 1) return { target: parts[0], topic };
  if (parts.length > 1) return { target: { kind: "compound", parts }, topic };
  if (ALL.test(t)) return { target: { kind: "all" }, topic };
  return { target: { kind: "qualitative" }, topic };
}

/** The target in a reader's words, for messages: "≥ 100 %", "50–70", "private 23 %". */
export function describeTarget(target: Target, decimalComma: boolean): string {
  const n = (x: number) => (decimalComma ? String(x).replace(".", ",") : String(x));
  const u = (unit: Unit) => (unit === "percent" ? " %" : "");
  switch (target.kind) {
    case "bound": {
      const sym = target.dir === "atLeast" ? (target.strict ? ">" : "≥") : target.strict ? "<" : "≤";
      return `${sym} ${n(target.value)}${u(target.unit)}`;
    }
    case "range":
      return `${n(target.lo)}–${n(target.hi)}${u(target.unit)}`;
    case "direction":
      return target.want === "decrease" ? "↓" : "↑";
    case "relative":
      // "↑ ≤ 2 %": a rise of at most 2 %; "↓ > 10 %": a fall of more than 10 %.
      return `${target.want === "decrease" ? "↓" : "↑"} ${target.cap ? (target.strict ? "< " : "≤ ") : target.strict ? "> " : ""}${n(target.by)}${target.points ? " pp" : target.count ? "" : " %"}`;
    case "split":
      return `${n(target.privateShare)} % / ${n(target.ownShare)} %`;
    case "compound":
      return target.parts.map((p) => describeTarget(p, decimalComma)).join(" & ");
    case "all":
      return "n / n";
    case "qualitative":
      return "";
  }
}
