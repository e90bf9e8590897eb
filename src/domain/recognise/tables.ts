// Finds the goal tables and fill-rate tables of a sheet by their header words (any row, any
// column order, one- to three-row header bands, headers repeated per section as in seed 001),
// and accounts for every row inside a goal table: each non-blank row is a header row, a section
// title, a goal row, or unread (reported as `unread-row` with the reason). Nothing is skipped
// silently; a table ends only at the next header, at two blank rows or where a block begins.
import type { Lang } from "../i18n/lang";
import { parseMonth, type MonthRef } from "../parse/month";
import { parseStatusText } from "../parse/words";
import { cellNumber, parseNumber } from "../parse/number";
import { cellAt, cellText, isBlank, mergeAt, mergedText, type Sheet } from "../snapshot";
import { loose } from "../text";
import { blockLabel } from "./blocks";
import {
  FILL_HEADERS,
  headerForm,
  headerWordKinds,
  GOAL_HEADERS,
  matchHeader,
  phraseIndex,
  type FillKey,
  type GoalKey,
  type HeaderMatch,
  type HeaderKey,
} from "./headers";

const GOAL_INDEX = phraseIndex(GOAL_HEADERS);
const FILL_INDEX = phraseIndex(FILL_HEADERS);
const REQUIRED: readonly GoalKey[] = ["goal", "metric", "target"];
const WORD_KINDS = headerWordKinds(GOAL_INDEX, FILL_INDEX, phraseIndex({ section: GOAL_HEADERS.section }));
const GOAL_WORD = 1;
const FILL_WORD = 2;
const SECTION_WORD = 4;
/** A header band has at most this many rows (a group title over sub-headers, and one more). */
const MAX_BAND = 3;

/** A header row has three header cells at least: rows with fewer cells holding a header word are skipped at once. */
interface RowWords {
  goal: boolean;
  fill: boolean;
  /** Some cell holds a section label's first word ("SPS:n …"). */
  section: boolean;
}

function rowWords(sheet: Sheet, r: number): RowWords {
  let goal = 0;
  let fill = 0;
  let section = false;
  for (const cell of sheet.rows[r - 1] ?? []) {
    if (!cell || typeof cell.value !== "string" || cell.value.length > 160) continue;
    const k = WORD_KINDS(cell.value);
    if (k & GOAL_WORD) goal++;
    if (k & FILL_WORD) fill++;
    if (k & SECTION_WORD) section = true;
  }
  return { goal: goal >= 3, fill: fill >= 3, section };
}

export interface GoalRowRef {
  row: number;
  section?: string;
}

/** Why a row inside a goal table was not read as a goal row. */
export type UnreadReason = "noGoalCells" | "valueOnly";

export interface UnreadRow {
  row: number;
  /** The row's first non-blank cell: where the report points. */
  col: number;
  reason: UnreadReason;
  /** The row's text, shortened, so the message says what was not read. */
  text: string;
}

/** How a row inside a table was read: the classification the report, the pane and the tests can show. */
export type RowKind = "header" | "section" | "goal" | "unread";

export interface DuplicateColumn {
  key: GoalKey;
  col: number;
}

export interface GoalTable {
  sheet: Sheet;
  /** The top row of the header band. */
  headerTop: number;
  /** The lowest header row: goal rows start below it. */
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
  columns: Partial<Record<GoalKey, number>>;
  duplicates: DuplicateColumn[];
  /** Every review column (interim and actual), earliest period first; columns.interim / columns.actual are the latest of each. */
  reviews: ReviewColumn[];
  /** Target columns of other years than the contract's ("Tavoitetaso 2024" beside "Tavoitetaso 2025"). */
  extraTargets: number[];
  lang: Lang;
  rows: GoalRowRef[];
  unread: UnreadRow[];
  /** Every non-blank row from the header band to the table's end, with its kind. */
  kinds: Array<{ row: number; kind: RowKind }>;
}

export interface FillMonthRow {
  row: number;
  month: MonthRef;
}

export interface FillTable {
  sheet: Sheet;
  headerRow: number;
  lastCol: number;
  columns: Partial<Record<FillKey, number>>;
  lang: Lang;
  months: FillMonthRow[];
  /** The row holding the year's mean ("Keskiarvo"), when the sheet has one. */
  meanRow?: number;
}

export interface SheetTables {
  goalTables: GoalTable[];
  fillTables: FillTable[];
}

function rowLength(sheet: Sheet, r: number): number {
  return sheet.rows[r - 1]?.length ?? 0;
}

/** Cheap test before the full match: long sentences whose first word is no header word are skipped. */
function worthMatching(text: string, index: Map<string, unknown>): boolean {
  if (text.length > 160) return false;
  const first = /[\p{L}\d]+/u.exec(text.toLowerCase())?.[0];
  return first !== undefined && (index.has(first) || text.split(/\s+/).length <= 6);
}

/** A header match for one text; a status word is data ("Keltainen (ennuste)" holds the header word "Ennuste"). */
function matchText<K extends string>(text: string, index: Parameters<typeof matchHeader<K>>[1]): HeaderMatch<K> | null {
  if (text === "" || !worthMatching(text, index)) return null;
  const m = matchHeader(text, index) ?? (index === (GOAL_INDEX as unknown) ? (barePeriod(text) as HeaderMatch<K> | null) : null);
  return m && parseStatusText(text) === "invalid" ? m : null;
}

/**
 * A goal-table header that names a period and nothing more ("Q2/2025", "1. kvartaali",
 * "tammi–kesäkuu"): a review column of that period. It scores below a whole header, so a group
 * title above it ("Toteuma 2025" over "Q1") gives the fuller reading.
 */
function barePeriod(text: string): HeaderMatch<HeaderKey> | null {
  if (text.length > 30) return null;
  const f = headerForm(text);
  if (f.text !== "" || f.periodEnd === undefined) return null;
  return { key: "review", lang: "fi", score: 2, length: 0, year: f.year, hasDate: f.hasDate, periodEnd: f.periodEnd, bare: true };
}

function headerMatches<K extends string>(sheet: Sheet, r: number, index: Parameters<typeof matchHeader<K>>[1]): Map<number, HeaderMatch<K>> {
  const out = new Map<number, HeaderMatch<K>>();
  const row = sheet.rows[r - 1];
  if (!row) return out;
  for (let c = 1; c <= row.length; c++) {
    const cell = row[c - 1];
    if (!cell || typeof cell.value !== "string") continue;
    const m = matchText(cell.value, index);
    if (m) out.set(c, m);
  }
  return out;
}

function majorityLang(matches: Iterable<{ lang: Lang; bare?: true }>): Lang {
  const count: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  for (const m of matches) if (!m.bare) count[m.lang]++;
  return (Object.keys(count) as Lang[]).reduce((a, b) => (count[b] > count[a] ? b : a), "fi");
}

function nonBlankCols(sheet: Sheet, r: number): number[] {
  const row = sheet.rows[r - 1] ?? [];
  const out: number[] = [];
  for (let c = 1; c <= row.length; c++) if (!isBlank(row[c - 1])) out.push(c);
  return out;
}

/** A year ("2024" over a review column, as a number or as text) is a header word in a band row. */
function isYearNumber(sheet: Sheet, r: number, c: number): boolean {
  const v = cellAt(sheet, r, c)?.value;
  if (typeof v === "string") return /^\s*(19|20)\d\d\s*$/.test(v);
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2099;
}

/** A band cell's text: its own, or a group title's that spans it (by a merge, or, where merges are unknown, by blank cells to its right). */
function bandText(sheet: Sheet, r: number, c: number, lower: (c: number) => boolean): string {
  const own = cellText(cellAt(sheet, r, c)).trim();
  if (own !== "") return own;
  if (sheet.merges !== undefined) {
    const m = mergeAt(sheet, r, c);
    return m && m.top === r ? cellText(cellAt(sheet, m.top, m.left)).trim() : "";
  }
  // No merge information (e.g. the Office.js adapter): a title carries right over blank cells
  // whose own lower header is no header on its own ("Arviointi" over "1–9 kk" | "1–12 kk").
  for (let x = c - 1; x >= 1; x--) {
    if (lower(x + 1)) return "";
    const t = cellText(cellAt(sheet, r, x)).trim();
    if (t !== "") return t;
  }
  return "";
}

interface BandColumn {
  col: number;
  match: HeaderMatch<HeaderKey>;
  text: string;
  /** The lowest text of the column's band ("Q4" under "Toteuma 2025"): how a reason names the column. */
  label: string;
}

/** Texts a column's header band stacks top to bottom, and the best reading of them. */
function readBand(sheet: Sheet, top: number, bottom: number, cols: number[]): Map<number, BandColumn> {
  const out = new Map<number, BandColumn>();
  const matchesAlone = new Map<string, boolean>();
  const alone = (r: number, c: number) => {
    const key = `${r}:${c}`;
    let v = matchesAlone.get(key);
    if (v === undefined) {
      // A bare period ("Q2") is a sub-header the title above carries over, not a header of its own.
      const m = matchText(cellText(cellAt(sheet, r, c)).trim(), GOAL_INDEX);
      v = m !== null && !m.bare;
      matchesAlone.set(key, v);
    }
    return v;
  };
  for (const c of cols) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = r === bottom ? cellText(cellAt(sheet, r, c)).trim() : bandText(sheet, r, c, (x) => alone(r + 1, x));
      if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
    }
    // The fullest reading wins: "Arviointi 1–9 kk" over "1–9 kk"; a lone exact header over a title above it.
    let best: BandColumn | null = null;
    for (let from = 0; from < texts.length; from++) {
      const text = texts.slice(from).join(" ");
      const m = matchText(text, GOAL_INDEX);
      if (m && (best === null || m.score > best.match.score)) best = { col: c, match: m, text, label: texts[texts.length - 1] };
    }
    if (best) out.set(c, best);
  }
  return out;
}

/** Could this row belong to a header band: short texts (or typed years) only, no figures of data? */
function bandLike(sheet: Sheet, r: number): boolean {
  const cols = nonBlankCols(sheet, r);
  if (cols.length === 0) return false;
  return cols.every((c) => {
    if (isYearNumber(sheet, r, c)) return true;
    const v = cellAt(sheet, r, c)?.value;
    return typeof v === "string" && v.trim().length <= 60 && parseNumber(v) === null && parseStatusText(v) === "invalid";
  });
}

interface Header {
  top: number;
  bottom: number;
  columns: Partial<Record<GoalKey, number>>;
  duplicates: DuplicateColumn[];
  reviews: ReviewColumn[];
  extraTargets: number[];
  firstCol: number;
  lastCol: number;
  lang: Lang;
}

/**
 * A review column (interim or actual) with the month its period ends: 12 for the year or no
 * period; undefined for an interim that names none ("Ennuste", "Väliarviointi").
 */
export interface ReviewColumn {
  col: number;
  role: "interim" | "actual";
  end?: number;
  year?: number;
  /** The header as the reader sees it ("Q4", "Toteuma 1–8/2025"), for reasons. */
  label: string;
  /**
   * A typed forecast ("Ennuste", "Prognos", "Forecast") beside other review columns: it decides a
   * row only where no other review column holds a value; else it is compared with the projection.
   */
  forecast?: true;
}

/** How review columns are ordered: an interim naming no period first, then by the month the period ends. */
export function reviewOrder(r: ReviewColumn): number {
  return r.end ?? (r.role === "actual" ? 12 : 0);
}

const REVIEW_KEYS: ReadonlySet<HeaderKey> = new Set(["review", "interim", "actual", "forecast"]);

/** Where a header band's years say the contract year is, in domain.md's order. */
export interface YearHints {
  /** In a title above the header, or in the sheet's name. */
  title?: number;
  sheetName?: number;
}

/**
 * Assigns keys to columns; review columns by the period they name, yearly ones by their year,
 * and of several target columns by year the contract year's (domain.md, "Several target columns
 * by year"). Several review columns with distinct periods, and target columns of other years,
 * are no duplicates.
 */
function assignColumns(band: Map<number, BandColumn>, hints: YearHints): Pick<Header, "columns" | "duplicates" | "reviews" | "extraTargets"> {
  const columns: Partial<Record<GoalKey, number>> = {};
  const duplicates: DuplicateColumn[] = [];
  const assign = (key: GoalKey, col: number) => {
    if (columns[key] === undefined) columns[key] = col;
    else duplicates.push({ key, col });
  };
  const reviews: ReviewColumn[] = [];
  const review = (b: BandColumn, role: "interim" | "actual", end: number | undefined, typedForecast = false) => {
    const r: ReviewColumn = {
      col: b.col,
      role,
      ...(typedForecast ? { forecast: true as const } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(b.match.year !== undefined ? { year: b.match.year } : {}),
      label: b.label,
    };
    // Two review columns of one role and one period mean the same: the first is used.
    if (reviews.some((x) => x.role === role && reviewOrder(x) === reviewOrder(r))) duplicates.push({ key: role, col: b.col });
    else reviews.push(r);
  };
  const yearly: BandColumn[] = [];
  const targets: BandColumn[] = [];
  const forecasts: BandColumn[] = [];
  const sorted = [...band.values()].sort((a, b) => a.col - b.col);
  for (const b of sorted) {
    const m = b.match;
    if (m.key === "target") targets.push(b);
    else if (m.key === "forecast") forecasts.push(b);
    else if (m.key === "interim") review(b, "interim", m.periodEnd !== undefined && m.periodEnd < 12 ? m.periodEnd : undefined);
    else if (m.key === "actual") review(b, "actual", 12);
    else if (m.key !== "review") assign(m.key, b.col);
    else if (m.periodEnd !== undefined && m.periodEnd < 12) review(b, "interim", m.periodEnd);
    else if (m.year !== undefined) yearly.push(b);
    else review(b, "actual", 12);
  }
  // Years the review headers name ("Toteuma 2024", "1–8/2025"): the latest is the actual's year.
  const reviewYears = sorted.filter((b) => REVIEW_KEYS.has(b.match.key) && b.match.year !== undefined).map((b) => b.match.year as number);
  const targetYears = targets.filter((b) => b.match.year !== undefined).map((b) => b.match.year as number);
  const contractYear =
    hints.title ??
    hints.sheetName ??
    (reviewYears.length > 0 ? Math.max(...reviewYears) : undefined) ??
    (targetYears.length > 0 ? Math.max(...targetYears) : undefined);

  // Several target columns by year: the contract year's decides, else the latest year's; the others are extra columns.
  const extraTargets: number[] = [];
  if (targets.length > 0) {
    const byYear = targets.filter((b) => b.match.year !== undefined);
    let chosen = targets[0];
    const byYears = byYear.length > 1 && byYear.length === targets.length;
    if (byYears) {
      chosen = byYear.find((b) => b.match.year === contractYear) ?? byYear.reduce((a, b) => ((b.match.year as number) > (a.match.year as number) ? b : a));
    }
    columns.target = chosen.col;
    for (const b of targets) {
      if (b === chosen) continue;
      if (byYears && b.match.year !== chosen.match.year) extraTargets.push(b.col);
      else duplicates.push({ key: "target", col: b.col });
    }
  }

  if (yearly.length > 0) {
    const targetYear = columns.target !== undefined ? band.get(columns.target)?.match.year : undefined;
    const year = targetYear ?? hints.title ?? hints.sheetName ?? Math.max(...reviewYears);
    // The latest year that is not before the contract's is the actual; earlier years are baselines.
    const order = [...yearly].sort((a, b) => (a.match.year ?? 0) - (b.match.year ?? 0) || (a.match.periodEnd ?? 0) - (b.match.periodEnd ?? 0));
    const latest = order[order.length - 1];
    const hasActual = reviews.some((r) => r.role === "actual");
    for (const y of order) {
      const isActual = y === latest && !hasActual && (y.match.year as number) >= year;
      if (isActual) review(y, "actual", 12);
      else assign("baseline", y.col);
    }
  }
  // A forecast column beside another review column is the user's forecast; alone it is the interim review.
  const othersReviewed = reviews.length > 0;
  for (const b of forecasts) review(b, "interim", b.match.periodEnd !== undefined && b.match.periodEnd < 12 ? b.match.periodEnd : undefined, othersReviewed);
  reviews.sort((a, b) => reviewOrder(a) - reviewOrder(b) || a.col - b.col);
  const actual = reviews.filter((r) => r.role === "actual").pop();
  const interim = reviews.filter((r) => r.role === "interim").pop();
  if (actual) columns.actual = actual.col;
  if (interim) columns.interim = interim.col;
  return { columns, duplicates, reviews, extraTargets };
}

/** The first year in a short title above the header ("Palvelutuotantosopimus 2025"). */
function titleYear(sheet: Sheet, above: number): number | undefined {
  for (let r = Math.max(1, above - 30); r < above; r++) {
    for (const cell of sheet.rows[r - 1] ?? []) {
      if (typeof cell?.value !== "string" || cell.value.length > 80) continue;
      const m = /(?<![\d_./-])((?:19|20)\d\d)(?![\d/])/.exec(cell.value);
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/** A goal header at row r (its anchor row), with the band rows above and below it that refine its columns. */
const SHARE_KEYS: ReadonlySet<HeaderKey> = new Set(["progressTodo", "progressDoing", "progressDone"]);

/** TEKEMÄTTÄ / TEKEILLÄ / TEHTY are headers only together (seed 004); one alone is a progress word in a goal row. */
function dropLoneShareWords(matches: Map<number, HeaderMatch<HeaderKey>>): Map<number, HeaderMatch<HeaderKey>> {
  const shares = new Set([...matches.values()].filter((m) => SHARE_KEYS.has(m.key)).map((m) => m.key)).size;
  if (shares === 0 || shares >= 2) return matches;
  return new Map([...matches].filter(([, m]) => !SHARE_KEYS.has(m.key)));
}

function goalHeader(sheet: Sheet, r: number, taken: (row: number) => boolean): Header | null {
  const matches = dropLoneShareWords(headerMatches(sheet, r, GOAL_INDEX));
  const keys = new Set<HeaderKey>([...matches.values()].map((m) => m.key));
  if (keys.size < 3 || REQUIRED.filter((k) => keys.has(k)).length < 2) return null;
  // Most of a header row's cells are header words; a goal row that happens to start with some is not.
  if (matches.size * 2 < nonBlankCols(sheet, r).length) return null;

  const cols = [...matches.keys()];
  const firstCol = Math.min(...cols);
  let lastCol = Math.max(...cols);
  for (let c = lastCol + 1; c <= rowLength(sheet, r); c++) if (!isBlank(cellAt(sheet, r, c))) lastCol = c;

  const spanCols = (top: number, bottom: number) => {
    const set = new Set<number>();
    for (let x = top; x <= bottom; x++) for (const c of nonBlankCols(sheet, x)) set.add(c);
    for (let c = firstCol; c <= lastCol; c++) set.add(c);
    return [...set].sort((a, b) => a - b);
  };
  const gmt = new Set(REQUIRED.map((k) => [...matches.entries()].find(([, m]) => m.key === k)?.[0]).filter((c): c is number => c !== undefined));
  const score = (band: Map<number, BandColumn>) => [...band.values()].reduce((s, b) => s + b.match.score, 0);

  // Grow the band downwards: sub-headers under a group title ("Arviointi" over "1–9 kk" | "1–12 kk").
  let top = r;
  let bottom = r;
  let band = readBand(sheet, r, r, spanCols(r, r));
  for (let below = r + 1; below <= r + MAX_BAND - 1 && bottom - top + 1 < MAX_BAND; below++) {
    if (taken(below) || !bandLike(sheet, below) || nonBlankCols(sheet, below).some((c) => gmt.has(c))) break;
    const grown = readBand(sheet, top, below, spanCols(top, below));
    // Every cell of a sub-header row reads as a whole header with the title above it ("Arviointi
    // 1–9 kk", "Toteuma 2024") or on its own ("TEKEMÄTTÄ", with its two companions).
    const cells = nonBlankCols(sheet, below);
    const shareKeys = new Set(cells.map((c) => grown.get(c)?.match.key).filter((k) => k !== undefined && SHARE_KEYS.has(k)));
    const changed = cells.every((c) => {
      const b = grown.get(c);
      if (b === undefined || b.match.score < 3 || (band.get(c)?.text ?? "") === b.text) return false;
      return !SHARE_KEYS.has(b.match.key) || shareKeys.size >= 2;
    });
    if (!changed) break;
    band = grown;
    bottom = below;
  }
  // And upwards: a group title above the header words ("Toteuma" over "2024" | "1–8/2025").
  for (let above = r - 1; above >= 1 && bottom - above + 1 <= MAX_BAND; above--) {
    if (taken(above) || !bandLike(sheet, above)) break;
    const grown = readBand(sheet, above, bottom, spanCols(above, bottom));
    if (score(grown) <= score(band)) break;
    band = grown;
    top = above;
  }

  const sheetYear = /(?<![\d])((?:19|20)\d\d)(?!\d)/.exec(sheet.name);
  const { columns, duplicates, reviews, extraTargets } = assignColumns(band, {
    title: titleYear(sheet, top),
    sheetName: sheetYear ? Number(sheetYear[1]) : undefined,
  });
  return {
    top,
    bottom,
    columns,
    duplicates,
    reviews,
    extraTargets,
    firstCol: Math.min(firstCol, ...band.keys()),
    lastCol: Math.max(lastCol, ...band.keys()),
    lang: majorityLang([...band.values()].map((b) => b.match)),
  };
}

function fillHeader(sheet: Sheet, r: number): Omit<FillTable, "months" | "meanRow"> | null {
  const matches = headerMatches(sheet, r, FILL_INDEX);
  const columns: Partial<Record<FillKey, number>> = {};
  for (const [col, m] of [...matches.entries()].sort((a, b) => a[0] - b[0])) columns[m.key] ??= col;
  const others = (["places", "fullTime", "partTime", "children", "rate"] as const).filter((k) => columns[k] !== undefined);
  if (columns.month === undefined || others.length < 2) return null;
  return { sheet, headerRow: r, lastCol: Math.max(...matches.keys()), columns, lang: majorityLang(matches.values()) };
}

/** The text a goal-row cell shows, read through a vertical merge (a goal merged over its two metric rows). */
function rowText(sheet: Sheet, r: number, col: number | undefined): string {
  return col === undefined ? "" : mergedText(sheet, r, col).trim();
}

/**
 * A row where a resources or production block begins: a block label (Talousarvio, Tulot, Oma
 * tuotanto …) whose row has nothing else in the goal, metric and target cells, or a label
 * standing alone as a whole cell with only figures beside it ("Tulot | 1 266 563"). "Henkilöstö
 * voi hyvin | Sairauspoissaolot | enintään 4 %" is a goal.
 */
function startsBlock(sheet: Sheet, r: number, cols: number[], h: Header): boolean {
  const labelCol = cols[0];
  const label = blockLabel(cellText(cellAt(sheet, r, labelCol)));
  if (label === null) return false;
  const others = cols.slice(1);
  const gmt = REQUIRED.map((k) => h.columns[k]).filter((c): c is number => c !== undefined && c !== labelCol);
  if (gmt.every((c) => rowText(sheet, r, c) === "")) return others.length > 0 || label.strong;
  return label.whole && others.every((c) => cellNumber(cellAt(sheet, r, c)) !== null);
}

/** A row just above a block, naming its columns ("Tuotantotapa | Lapsia | Osuus %"). */
function headsBlock(sheet: Sheet, r: number, cols: number[], h: Header): boolean {
  const next = nonBlankCols(sheet, r + 1);
  if (next.length === 0 || !startsBlock(sheet, r + 1, next, h)) return false;
  return cols.every((c) => {
    const v = cellAt(sheet, r, c)?.value;
    return typeof v === "string" && v.length <= 40 && !/\d/.test(v.replace(/(?:19|20)\d\d/g, ""));
  });
}

const MEAN_WORDS = /^(keskiarvo|ka|medeltal|medelvärde|average|mean)\b/;

export function findTables(sheet: Sheet): SheetTables {
  const heads: Header[] = [];
  const fillHeads: Array<Omit<FillTable, "months" | "meanRow">> = [];
  const headerRows = new Set<number>();
  const sectionRows = new Set<number>();
  for (let r = 1; r <= sheet.rows.length; r++) {
    if (headerRows.has(r)) continue;
    const may = rowWords(sheet, r);
    if (may.section) sectionRows.add(r);
    const g = may.goal ? goalHeader(sheet, r, (x) => headerRows.has(x)) : null;
    if (g) {
      heads.push(g);
      for (let x = g.top; x <= g.bottom; x++) headerRows.add(x);
      continue;
    }
    const f = may.fill ? fillHeader(sheet, r) : null;
    if (f) {
      fillHeads.push(f);
      headerRows.add(r);
    }
  }

  // Sections carry over from one table to the next: their title rows stand above the header.
  let section: string | undefined;
  let previousWasSection = false;
  const setSection = (title: { text: string; labelled: boolean } | null, joinAllowed: boolean): boolean => {
    if (title === null) return false;
    if (title.labelled) section = title.text;
    else if (previousWasSection && section) section = `${section} / ${title.text}`;
    else if (joinAllowed) section = title.text;
    else return false;
    return true;
  };
  const firstHeader = heads[0]?.top ?? 0;
  for (let r = 1; r < firstHeader; r++) {
    const cols = nonBlankCols(sheet, r);
    if (cols.length === 0) continue;
    previousWasSection = setSection(sectionTitle(sheet, r, cols, sectionRows.has(r), null), false);
  }

  const goalTables = heads.map((h): GoalTable => {
    const rows: GoalRowRef[] = [];
    const unread: UnreadRow[] = [];
    const kinds: GoalTable["kinds"] = [];
    for (let r = h.top; r <= h.bottom; r++) if (nonBlankCols(sheet, r).length > 0) kinds.push({ row: r, kind: "header" });
    let lastRow = h.bottom;
    let blanks = 0;
    let ownSection = "";
    previousWasSection = false;
    for (let r = h.bottom + 1; r <= sheet.rows.length && !headerRows.has(r); r++) {
      const cols = nonBlankCols(sheet, r);
      if (cols.length === 0) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      if (startsBlock(sheet, r, cols, h) || headsBlock(sheet, r, cols, h)) break;
      lastRow = r;
      const title = sectionTitle(sheet, r, cols, h.columns.section === undefined && sectionRows.has(r), h, previousWasSection);
      if (title !== null) {
        previousWasSection = setSection(title, true);
        ownSection = "";
        kinds.push({ row: r, kind: "section" });
        continue;
      }
      previousWasSection = false;
      const c = h.columns;
      if (rowText(sheet, r, c.goal) === "" && rowText(sheet, r, c.metric) === "" && rowText(sheet, r, c.target) === "") {
        const text = cols.map((x) => cellText(cellAt(sheet, r, x)).trim()).join(" | ");
        const valueOnly = cols.every((x) => cellNumber(cellAt(sheet, r, x)) !== null);
        unread.push({ row: r, col: cols[0], reason: valueOnly ? "valueOnly" : "noGoalCells", text: text.length > 80 ? `${text.slice(0, 77)}…` : text });
        kinds.push({ row: r, kind: "unread" });
        continue;
      }
      const own = rowText(sheet, r, c.section);
      if (own !== "") ownSection = own;
      rows.push({ row: r, section: ownSection || section });
      kinds.push({ row: r, kind: "goal" });
    }
    return {
      sheet,
      headerTop: h.top,
      headerRow: h.bottom,
      firstCol: h.firstCol,
      lastCol: h.lastCol,
      lastRow,
      columns: h.columns,
      duplicates: h.duplicates,
      reviews: h.reviews,
      extraTargets: h.extraTargets,
      lang: h.lang,
      rows,
      unread,
      kinds,
    };
  });

  const fillTables = fillHeads.map((h): FillTable => {
    const months: FillMonthRow[] = [];
    let meanRow: number | undefined;
    const mc = h.columns.month as number;
    for (let r = h.headerRow + 1; r <= sheet.rows.length && !headerRows.has(r); r++) {
      const cell = cellAt(sheet, r, mc);
      const month = parseMonth(cell);
      if (month) {
        months.push({ row: r, month });
        continue;
      }
      if (MEAN_WORDS.test(loose(cellText(cell)))) meanRow = r;
      break;
    }
    return { ...h, months, meanRow };
  });
  return { goalTables, fillTables };
}

/**
 * A section title row: a single text where a title stands (the table's first columns, the goal
 * or section column, merged across the row, or on the line under a title), or a section label ("SPS:n strategiset
 * tavoitteet") with its text where the table has no section column.
 */
function sectionTitle(
  sheet: Sheet,
  r: number,
  cols: number[],
  labelled: boolean,
  h: Header | null,
  afterSection = false,
): { text: string; labelled: boolean } | null {
  if (cols.length === 1) {
    const c = cols[0];
    const cell = cellAt(sheet, r, c);
    const text = cellText(cell).trim();
    if (h === null) return { text, labelled: false };
    if (cellNumber(cell) !== null || typeof cell?.value !== "string") return null;
    const m = mergeAt(sheet, r, c);
    const titleCols = [h.firstCol, h.columns.section, h.columns.goal].filter((x): x is number => x !== undefined);
    // A second line under a section title continues it (seed 001 writes the strategic goals so).
    if (afterSection || c <= Math.max(...titleCols) || (m !== undefined && m.right > m.left)) return { text, labelled: false };
    return null;
  }
  if (!labelled) return null;
  const texts = cols.map((c) => cellText(cellAt(sheet, r, c)).trim());
  const labelAt = texts.findIndex((t) => {
    const m = t.length <= 80 ? matchHeader(t, GOAL_INDEX) : null;
    return m !== null && m.key === "section" && m.score >= 2;
  });
  if (labelAt >= 0) return { text: texts.filter((_, i) => i !== labelAt).join(" – "), labelled: true };
  return null;
}
