// The engine's front door: check a workbook, or check and compute its refresh edits.
import type { CellEdit } from "./edits";
import type { Lang } from "./i18n/lang";
import { refreshEdits } from "./refresh";
import type { WorkbookSnapshot } from "./snapshot";
import { analyse, type Report } from "./validate";

export function check(snap: WorkbookSnapshot, lang: Lang = "fi"): Report {
  return analyse(snap, { lang });
}

export function refresh(snap: WorkbookSnapshot, lang: Lang = "fi"): { report: Report; edits: CellEdit[] } {
  const report = analyse(snap, { lang });
  return { report, edits: refreshEdits(report) };
}

export type { CellEdit, Edit } from "./edits";
export type { Report, GoalResult } from "./validate";
export type { Issue, IssueCode, Severity } from "./issues";
export type { WorkbookSnapshot, Sheet, Cell } from "./snapshot";
export type { Lang } from "./i18n/lang";
