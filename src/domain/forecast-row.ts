// A goal row's year-end projection and the checks around it (domain.md, "Year-end forecast"):
// which projection applies to the row's figures, the typed forecast compared with it
// (`forecast-mismatch`), and the risks text the row carries.
import { projectCount, projectMonths, monthCounts, typedForecastDiffers, type Projected } from "./forecast";
import { formatAmount, formatNumber, type Lang } from "./i18n/lang";
import type { IssueList } from "./issues";
import { cellString, readActual, type Actual, type MonthValue } from "./parse/actual";
import { monthOfWord } from "./parse/month";
import { headerForm } from "./recognise/headers";
import type { Target } from "./parse/target";
import { STATUS_LABELS } from "./parse/words";
import type { Settings } from "./settings";
import type { Cell } from "./snapshot";
import { verdict, type Baseline } from "./status";

export interface RowFigures {
  target: Target;
  targetText: string;
  metricText: string;
  /** The figure the status would be computed from. */
  actual: Actual | null;
  /** The deciding column is an interim review, ending in month `end` (undefined where unknown). */
  interim: boolean;
  end: number | undefined;
  baseline: Baseline | undefined;
  baselineCell: Cell | undefined;
  /** The workbook's fill-rate months, when the row's figure is the fill-rate table's mean. */
  linkedMonths: readonly MonthValue[] | null;
}

/**
 * The projection of one goal row: a monthly series (its own, or the fill-rate table's it links
 * to) by the mean of its months; a count that adds up over the year pro rata, or by last year's
 * share where the baseline cell gives last year's monthly figures.
 */
export function projectGoal(x: RowFigures, s: Settings): Projected | null {
  if (x.actual?.kind === "series") return projectMonths(x.actual.months, x.target, x.baseline, s);
  if (x.linkedMonths) return projectMonths(x.linkedMonths, x.target, x.baseline, s);
  const baselineText = cellString(x.baselineCell);
  const previous = monthCounts(baselineText, monthOfWord);
  // A change from last year's figure is projected to the year's end only against a whole year's
  // figure: a baseline of "1–6/2024" is compared with this year's half year as it is.
  const fromBaseline = x.target.kind === "relative" || x.target.kind === "direction";
  if (fromBaseline && previous.length < 12 && (partOfYear(x.baseline?.label) || partOfYear(baselineText))) return null;
  return projectCount({ ...x, ...(previous.length >= 12 ? { previous } : {}) }, s);
}

/** A header or cell that names a period ending before December ("Lähtötaso 1–6/2024", "tammi–kesäkuu 2024"). */
function partOfYear(text: string | undefined): boolean {
  if (!text) return false;
  const end = headerForm(text).periodEnd;
  return end !== undefined && end < 12;
}

function shown(v: number, percent: boolean, lang: Lang): string {
  return percent ? `${formatNumber(v, lang)} %` : formatAmount(v, lang);
}

/**
 * A forecast the user typed beside the review columns is compared with the projection, never
 * overwritten: `forecast-mismatch` (info) when it lies outside the interval, or, for a projection
 * with no interval, when its status differs from the projection's.
 */
export function checkTypedForecast(
  cell: Cell | undefined,
  p: Projected,
  x: RowFigures,
  s: Settings,
  issues: IssueList,
  at: { sheet: string; row: number; col: number },
): void {
  const typed = readActual(cell, x.target, x.metricText);
  if (typed?.kind !== "number" && typed?.kind !== "series") return;
  const value = typed.value;
  if (!typedForecastDiffers(value, p, x.target, x.baseline, s)) return;
  const lang = issues.lang;
  const f = (v: number) => shown(v, p.percent, lang);
  if (p.projection.method === "mean-of-months") {
    issues.add("forecast-mismatch", at.sheet, at.row, at.col, {
      typed: f(value),
      low: f(p.projection.low),
      high: f(p.projection.high),
      value: f(p.projection.value),
    });
    return;
  }
  const typedStatus = verdict(x.target, { kind: "number", value, percent: p.percent }, x.baseline, s, true).status;
  issues.add(
    "forecast-mismatch",
    at.sheet,
    at.row,
    at.col,
    { typed: f(value), typedStatus: STATUS_LABELS[typedStatus][lang], value: f(p.projection.value), status: STATUS_LABELS[p.verdict.status][lang] },
    "forecast-mismatch.status",
  );
}
