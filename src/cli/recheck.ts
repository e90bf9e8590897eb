// What a refresh leaves: the refreshed workbook is checked again, so that the report lists the
// problems that remain in it, not those the refresh has just fixed (a status-mismatch it rewrote).
import { check } from "../domain/index";
import { applyToSnapshot, type Edit } from "../domain/edits";
import type { Lang } from "../domain/i18n/lang";
import type { Issue } from "../domain/issues";
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { Report } from "../domain/validate";

export interface AfterRefresh {
  /** The problems of the written workbook. */
  remaining: Issue[];
  /** The problems of the input that the written workbook no longer has. */
  fixed: Issue[];
}

const key = (i: Issue) => `${i.code}\u0000${i.sheet}\u0000${i.cell}`;

/**
 * Checks the input's snapshot with the refresh's edits applied (the engine's own applyToSnapshot:
 * no second parse of the written bytes). The snapshot still knows the parts the copy lacks, so
 * `unsupported-content` stays among what remains.
 */
export function recheck(snapshot: WorkbookSnapshot, edits: readonly Edit[], before: Report, lang: Lang): AfterRefresh {
  const remaining = check(applyToSnapshot(snapshot, edits), lang).issues;
  const left = new Set(remaining.map(key));
  return { remaining, fixed: before.issues.filter((i) => !left.has(key(i))) };
}
