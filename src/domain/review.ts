// Which review column decides a goal row, and whether the status it gives is a forecast
// (domain.md, "Several review columns"): on each row, the column whose period ends latest and
// holds a value decides; the status is a forecast unless that column is the actual. The earlier
// columns holding a value are passed over and named in the reason.
import { reviewOrder, type GoalTable, type ReviewColumn } from "./recognise/tables";
import { cellAt, isBlank } from "./snapshot";

export interface ReviewChoice {
  /** The column that decides the row. */
  deciding: ReviewColumn;
  /** The deciding column is an interim review: the status is a forecast. */
  interim: boolean;
  /** The month the deciding column's period ends (12 for the actual; undefined where the header names none). */
  end?: number;
  /** Earlier review columns that hold a value on this row, earliest first. */
  passed: ReviewColumn[];
}

/** The review columns of a row that hold a value, earliest period first. */
export function filledReviews(table: GoalTable, row: number): ReviewColumn[] {
  return table.reviews.filter((r) => !isBlank(cellAt(table.sheet, row, r.col)));
}

/** The deciding review column of one row, or null when no review column holds a value. */
export function decidingReview(table: GoalTable, row: number): ReviewChoice | null {
  const all = filledReviews(table, row).sort((a, b) => reviewOrder(a) - reviewOrder(b) || a.col - b.col);
  // A typed forecast beside other review columns decides only where none of them holds a value.
  const measured = all.filter((r) => !r.forecast);
  const filled = measured.length > 0 ? measured : all;
  const deciding = filled[filled.length - 1];
  if (!deciding) return null;
  return {
    deciding,
    interim: deciding.role === "interim",
    ...(deciding.end !== undefined ? { end: deciding.end } : {}),
    passed: filled.slice(0, -1),
  };
}
