// The city-wide roll-up (issue 12): what one unit workbook contributes, and the summary over all.
// Pure: the command line and the pane read the files; this module only counts.
// The shapes below are the contract between the engine, the command line (`summary`) and the
// pane's Yhteenveto view; the functions are built in this module.
import type { Issue } from "./issues";
import type { Status } from "./parse/words";

export type StatusCounts = Record<Status, number>;

/** One unit workbook's line in the summary. */
export interface UnitSummary {
  /** The path or file name as the user gave it. */
  file: string;
  /** From the workbook's "Tulosyksikkö:" / "Yksikkö:" line, else the file name without extension. */
  unit: string;
  /** The contract year, where the workbook states one. */
  year: number | null;
  /** The latest review with actuals: 9 (interim, a forecast) or 12 months; null when none yet. */
  review: 9 | 12 | null;
  statuses: StatusCounts;
  /** Mean fill rate in percent units (98.74), as validate reports it; null without a fill-rate table. */
  fillRate: number | null;
  /** The fill-rate target in percent units, from the fill-rate goal row; null when none. */
  fillRateTarget: number | null;
  privateShare: number | null;
  privateShareTarget: number | null;
  errors: number;
  warnings: number;
}

/** One goal row of one unit. */
export interface SummaryGoal {
  file: string;
  unit: string;
  sheet: string;
  row: number;
  section: string | null;
  goal: string;
  metric: string;
  target: string;
  actual: string | null;
  status: Status;
  forecast: boolean;
}

export interface SummaryIssue extends Issue {
  file: string;
  unit: string;
}

/** A unit's fill rate by month ("2025-01"), in percent units, with the places that weigh it. */
export interface UnitFillRate {
  file: string;
  unit: string;
  target: number | null;
  months: Array<{ month: string; places: number | null; children: number | null; rate: number | null }>;
}

/** All one unit contributes; small, so a thousand of them fit in memory without their workbooks. */
export interface UnitPart {
  unit: UnitSummary;
  goals: SummaryGoal[];
  issues: SummaryIssue[];
  fillRate: UnitFillRate | null;
}

/** A file that could not be read, and why (in the chosen language). */
export interface Unreadable {
  file: string;
  reason: string;
}

export interface Summary {
  /** Units needing attention first (errors, then red, then yellow…). */
  units: UnitSummary[];
  goals: SummaryGoal[];
  /** Errors first, then warnings, then infos. */
  issues: SummaryIssue[];
  fillRates: {
    /** Every month any unit reports, in order. */
    months: string[];
    units: UnitFillRate[];
    /** City-wide rate per month: children summed over places summed (weighted by places, not a mean of means). */
    mean: Array<{ month: string; places: number; children: number; rate: number | null }>;
  };
  unreadable: Unreadable[];
  totals: StatusCounts & { units: number; unreadable: number; errors: number; warnings: number };
}
