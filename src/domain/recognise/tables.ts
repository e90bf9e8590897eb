// Finds the goal tables and fill-rate tables of a sheet by their header words: any row, any
// column order, headers repeated per section (seed 001), section title rows between goal rows.
import type { Lang } from "../i18n/lang";
import { parseMonth, type MonthRef } from "../parse/month";
import { parseStatusText } from "../parse/words";
import { cellNumber } from "../parse/number";
import { cellAt, cellText, isBlank, type Sheet } from "../snapshot";
import { loose } from "../text";
import { FILL_HEADERS, headerWordKinds, GOAL_HEADERS, matchHeader, phraseIndex, type FillKey, type GoalKey, type HeaderMatch, type HeaderKey } from "./headers";

const GOAL_INDEX = phraseIndex(GOAL_HEADERS);
const FILL_INDEX = phraseIndex(FILL_HEADERS);
const REQUIRED: readonly GoalKey[] = ["goal", "metric", "target"];
const WORD_KINDS = headerWordKinds(GOAL_INDEX, FILL_INDEX, phraseIndex({ section: GOAL_HEADERS.section }));
const GOAL_WORD = 1;
const FILL_WORD = 2;
const SECTION_WORD = 4;

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

/** First words of rows that start another block (budget, production counts): a goal table ends there. */
const BLOCK_WORDS = new Set([
  "talousarvio",
  "tulot",
  "menot",
  "netto",
  "henkilöstö",
  "resurssit",
  "oma",
  "omassa",
  "palveluseteli",
  "yksityisen",
  "ostopalvelu",
  "budget",
  "intäkter",
  "kostnader",
  "personal",
  "income",
  "revenue",
  "expenditure",
  "expenses",
  "net",
  "staff",
  "egen",
  "servicesedel",
  "own",
  "service",
]);

export interface GoalRowRef {
  row: number;
  section?: string;
}

export interface DuplicateColumn {
  key: GoalKey;
  col: number;
}

export interface GoalTable {
  sheet: Sheet;
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
  columns: Partial<Record<GoalKey, number>>;
  duplicates: DuplicateColumn[];
  lang: Lang;
  rows: GoalRowRef[];
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

function headerMatches<K extends string>(sheet: Sheet, r: number, index: Parameters<typeof matchHeader<K>>[1]): Map<number, HeaderMatch<K>> {
  const out = new Map<number, HeaderMatch<K>>();
  const row = sheet.rows[r - 1];
  if (!row) return out;
  for (let c = 1; c <= row.length; c++) {
    const cell = row[c - 1];
    if (!cell || typeof cell.value !== "string" || !worthMatching(cell.value, index)) continue;
    const m = matchHeader(cell.value, index);
    // A status word is data, e.g. "Keltainen (ennuste)" holds the header word "Ennuste".
    if (m && parseStatusText(cell.value) === "invalid") out.set(c, m);
  }
  return out;
}

function majorityLang(matches: Iterable<{ lang: Lang }>): Lang {
  const count: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  for (const m of matches) count[m.lang]++;
  return (Object.keys(count) as Lang[]).reduce((a, b) => (count[b] > count[a] ? b : a), "fi");
}

function goalHeader(sheet: Sheet, r: number): Omit<GoalTable, "rows" | "lastRow"> | null {
  const matches = headerMatches(sheet, r, GOAL_INDEX);
  const keys = new Set<HeaderKey>([...matches.values()].map((m) => m.key));
  if (keys.size < 3 || REQUIRED.filter((k) => keys.has(k)).length < 2) return null;
  // Most of a header row's cells are header words; a goal row that happens to start with some is not.
  if (matches.size * 2 < nonBlankCols(sheet, r).length) return null;

  const columns: Partial<Record<GoalKey, number>> = {};
  const duplicates: DuplicateColumn[] = [];
  const assign = (key: GoalKey, col: number) => {
    if (columns[key] === undefined) columns[key] = col;
    else duplicates.push({ key, col });
  };
  const yearly: Array<{ col: number; m: HeaderMatch<HeaderKey> }> = [];
  const sorted = [...matches.entries()].sort((a, b) => a[0] - b[0]);
  for (const [col, m] of sorted) {
    if (m.key === "yearActual") yearly.push({ col, m });
    else assign(m.key, col);
  }
  // "Toteutunut 2019" and "Toteutunut 31.12.2020": the later year is the actual.
  if (yearly.length > 0) {
    const targetYear = columns.target !== undefined ? matches.get(columns.target)?.year : undefined;
    const order = [...yearly].sort((a, b) => (a.m.year ?? 9999) - (b.m.year ?? 9999) || Number(a.m.hasDate) - Number(b.m.hasDate));
    const latest = order[order.length - 1];
    const latestIsBaseline =
      columns.actual !== undefined ||
      (order.length === 1 && latest.m.year !== undefined && targetYear !== undefined && latest.m.year < targetYear && !latest.m.hasDate);
    for (const y of order) assign(y === latest && !latestIsBaseline ? "actual" : "baseline", y.col);
  }
  const cols = [...matches.keys()];
  let lastCol = Math.max(...cols);
  for (let c = lastCol + 1; c <= rowLength(sheet, r); c++) if (!isBlank(cellAt(sheet, r, c))) lastCol = c;
  return {
    sheet,
    headerRow: r,
    firstCol: Math.min(...cols),
    lastCol,
    columns,
    duplicates,
    lang: majorityLang(matches.values()),
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

function nonBlankCols(sheet: Sheet, r: number): number[] {
  const row = sheet.rows[r - 1] ?? [];
  const out: number[] = [];
  for (let c = 1; c <= row.length; c++) if (!isBlank(row[c - 1])) out.push(c);
  return out;
}

const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

function startsBlock(sheet: Sheet, r: number, cols: number[]): boolean {
  const first = FIRST_WORD.exec(cellText(cellAt(sheet, r, cols[0])))?.[1].toLowerCase();
  if (first === undefined || !BLOCK_WORDS.has(first)) return false;
  return cols.slice(1).some((c) => cellNumber(cellAt(sheet, r, c)) !== null);
}

const MEAN_WORDS = /^(keskiarvo|ka|medeltal|medelvärde|average|mean)\b/;

export function findTables(sheet: Sheet): SheetTables {
  const goalHeads: Array<Omit<GoalTable, "rows" | "lastRow">> = [];
  const fillHeads: Array<Omit<FillTable, "months" | "meanRow">> = [];
  const headerRows = new Set<number>();
  const sectionRows = new Set<number>();
  for (let r = 1; r <= sheet.rows.length; r++) {
    const may = rowWords(sheet, r);
    if (may.section) sectionRows.add(r);
    const g = may.goal ? goalHeader(sheet, r) : null;
    if (g) {
      goalHeads.push(g);
      headerRows.add(r);
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
  const firstHeader = goalHeads[0]?.headerRow ?? 0;
  for (let r = 1; r < firstHeader; r++) {
    const cols = nonBlankCols(sheet, r);
    if (cols.length === 0) continue;
    previousWasSection = setSection(sectionTitle(sheet, r, cols, sectionRows.has(r)), false);
  }

  const goalTables = goalHeads.map((h): GoalTable => {
    const rows: GoalRowRef[] = [];
    let lastRow = h.headerRow;
    let blanks = 0;
    previousWasSection = false;
    for (let r = h.headerRow + 1; r <= sheet.rows.length && !headerRows.has(r); r++) {
      const cols = nonBlankCols(sheet, r);
      if (cols.length === 0) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      if (startsBlock(sheet, r, cols)) break;
      lastRow = r;
      const title = sectionTitle(sheet, r, cols, h.columns.section === undefined && sectionRows.has(r));
      if (title !== null) {
        previousWasSection = setSection(title, true);
        continue;
      }
      previousWasSection = false;
      const own = h.columns.section !== undefined ? cellText(cellAt(sheet, r, h.columns.section)).trim() : "";
      rows.push({ row: r, section: own || section });
    }
    return { ...h, rows, lastRow };
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
 * A section title row: it holds a section label ("SPS:n strategiset tavoitteet") where the
 * table has no section column, or a single text (a title spanning the row, or the second line
 * of the strategic goals).
 */
function sectionTitle(sheet: Sheet, r: number, cols: number[], labelled: boolean): { text: string; labelled: boolean } | null {
  if (cols.length === 1) return { text: cellText(cellAt(sheet, r, cols[0])).trim(), labelled: false };
  if (!labelled) return null;
  const texts = cols.map((c) => cellText(cellAt(sheet, r, c)).trim());
  const labelAt = texts.findIndex((t) => {
    const m = t.length <= 80 ? matchHeader(t, GOAL_INDEX) : null;
    return m !== null && m.key === "section" && m.score >= 2;
  });
  if (labelAt >= 0) return { text: texts.filter((_, i) => i !== labelAt).join(" – "), labelled: true };
  return null;
}
