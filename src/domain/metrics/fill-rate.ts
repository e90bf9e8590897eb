// Fill rate (täyttöaste): 100 × Σ(children × coefficient) / places, per month; the year's figure
// is the mean of the months reported.
import { dec, round2 } from "../decimal";
import type { IssueList } from "../issues";
import { MONTH_LABELS } from "../i18n/messages";
import type { Lang } from "../i18n/lang";
import type { MonthValue } from "../parse/actual";
import type { Projection } from "../forecast";
import { cellNumber, looksNumeric } from "../parse/number";
import type { FillTable } from "../recognise/tables";
import type { Settings } from "../settings";
import { cellAt, cellText, type Cell } from "../snapshot";
import { isOwnFormula } from "../refresh";
import { shownDecimals, statedShareOk } from "./production";
import { fold } from "../text";

export interface FillMonth {
  month: string;
  places: number | null;
  children: number | null;
  rate: number | null;
}

export interface FillRate {
  months: FillMonth[];
  average: number | null;
  /** The year-end projection while the year is not whole (domain.md, "Year-end forecast"); no key when none. */
  projection?: Projection;
}

/** A month row computed from the table; `rate` is unrounded for formulas and means. */
export interface FillRow {
  row: number;
  month: number;
  year?: number;
  places: number | null;
  children: number | null;
  rate: number | null;
  notMeasured: boolean;
}

const NOT_MEASURED = /(ei mitattu|ei mitata|ej mätt|ej mätt|not measured|n\/a|suljettu|stängt|closed)/;

function monthKey(month: number, year: number | undefined): string {
  const mm = String(month).padStart(2, "0");
  return year ? `${year}-${mm}` : mm;
}

export function fillRows(t: FillTable, s: Settings, issues: IssueList): FillRow[] {
  const sheet = t.sheet;
  const c = t.columns;
  const num = (row: number, col: number | undefined): number | null => {
    if (col === undefined) return null;
    const cell = cellAt(sheet, row, col);
    const text = cellText(cell).trim();
    if (text === "") return null;
    const n = cellNumber(cell);
    if (n) return n.value;
    if (looksNumeric(text)) issues.add("invalid-number", sheet.name, row, col, { value: text });
    return null;
  };
  return t.months.map(({ row, month }): FillRow => {
    const rowText = fold((sheet.rows[row - 1] ?? []).map((x) => cellText(x)).join(" "));
    const places = num(row, c.places);
    let children = num(row, c.children);
    if (children === null) {
      const full = num(row, c.fullTime);
      const part = num(row, c.partTime);
      if (full !== null || part !== null) {
        children = dec((full ?? 0) * s.fullTimeCoefficient + (part ?? 0) * s.partTimeCoefficient);
      }
    }
    let rate: number | null = null;
    if (places === 0 && children !== null) {
      issues.add("fill-rate-zero-places", sheet.name, row, c.places as number, { month: MONTH_LABELS[issues.lang][month.month - 1] });
    } else if (places !== null && children !== null) {
      rate = dec((100 * children) / places);
    } else if (c.rate !== undefined && c.places === undefined) {
      rate = num(row, c.rate);
    }
    if (rate !== null && c.rate !== undefined && (places !== null || c.places !== undefined))
      checkTypedRate(sheet.name, row, c.rate, rate, cellAt(sheet, row, c.rate), issues);
    if (rate !== null && (rate < 0 || rate > 200)) {
      issues.add("percent-out-of-range", sheet.name, row, c.rate ?? c.places ?? t.columns.month!, { value: `${round2(rate)} %` });
    }
    return { row, month: month.month, year: month.year, places, children, rate, notMeasured: NOT_MEASURED.test(rowText) };
  });
}

/**
 * A rate the user typed where the product would compute one is compared, never overwritten:
 * beyond the typed figure's rounding it is a `fill-rate-mismatch`.
 */
function checkTypedRate(
  sheet: string,
  row: number,
  col: number,
  computed: number,
  cell: Cell | undefined,
  issues: IssueList,
  id: "fill-rate-mismatch" | "fill-rate-mismatch.mean" = "fill-rate-mismatch",
): void {
  // A formula of the user's own (an AVERAGE over the rates, a rate of their own) is a typed figure: compared.
  if (!cell || (cell.formula && isOwnFormula(cell.formula))) return;
  const n = cellNumber(cell);
  if (!n) return;
  const decimals = typeof cell.value === "string" ? (/[,.](\d+)/.exec(cell.value)?.[1].length ?? 0) : shownDecimals(cell.numFmt, n.percent);
  if (!statedShareOk(n.value, decimals, computed)) issues.add("fill-rate-mismatch", sheet, row, col, { stated: n.value, computed: round2(computed) }, id);
}

/** The typed mean below the months, against the months' mean. */
export function checkTypedMean(t: FillTable, rows: FillRow[], issues: IssueList): void {
  if (t.meanRow === undefined || t.columns.rate === undefined || t.columns.places === undefined) return;
  const rates = rows.filter((r) => r.rate !== null).map((r) => r.rate as number);
  if (rates.length === 0) return;
  const mean = dec(rates.reduce((a, b) => a + b, 0) / rates.length);
  checkTypedRate(t.sheet.name, t.meanRow, t.columns.rate, mean, cellAt(t.sheet, t.meanRow, t.columns.rate), issues, "fill-rate-mismatch.mean");
}

/** Months up to the latest one reported must be there or be marked "ei mitattu". */
export function checkMissingMonths(t: FillTable, rows: FillRow[], issues: IssueList, lang: Lang): void {
  const reported = rows.filter((r) => r.rate !== null || r.places !== null);
  if (reported.length === 0) return;
  const last = Math.max(...reported.map((r) => r.month));
  const present = new Set(rows.filter((r) => r.rate !== null || r.places !== null || r.notMeasured).map((r) => r.month));
  const missing: string[] = [];
  for (let m = 1; m <= last; m++) if (!present.has(m)) missing.push(MONTH_LABELS[lang][m - 1]);
  if (missing.length > 0) issues.add("fill-rate-missing-month", t.sheet.name, t.headerRow, t.columns.month!, { months: missing.join(", ") });
}

export function fillRateOfRows(rows: FillRow[], yearHint: number | undefined): FillRate {
  const reported = rows.filter((r) => r.rate !== null);
  const months = reported.map((r) => ({
    month: monthKey(r.month, r.year ?? yearHint),
    places: r.places,
    children: r.children === null ? null : round2(r.children),
    rate: round2(r.rate as number),
  }));
  const average = reported.length ? round2(reported.reduce((a, r) => a + (r.rate as number), 0) / reported.length) : null;
  return { months, average };
}

export function fillRateOfSeries(series: MonthValue[], yearHint: number | undefined): FillRate {
  const months = series.map((m) => ({ month: monthKey(m.month, yearHint), places: null, children: null, rate: m.value }));
  const average = series.length ? round2(series.reduce((a, m) => a + m.value, 0) / series.length) : null;
  return { months, average };
}
