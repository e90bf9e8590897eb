// Problems a user can fix, each with a code, a severity and the cell to fix.
import { message, type MessageId } from "./i18n/messages";
import type { Lang } from "./i18n/lang";
import { a1 } from "./snapshot";

export type Severity = "error" | "warning" | "info";

/** Every issue code of domain.md with its severity. */
export const SEVERITY = {
  "unreadable-file": "error",
  "unsupported-content": "warning",
  "no-goal-table": "error",
  "missing-column": "error",
  "duplicate-column": "warning",
  "missing-goal": "error",
  "missing-metric": "error",
  "missing-target": "error",
  "missing-responsible": "warning",
  "invalid-portfolio-flag": "error",
  "invalid-number": "error",
  "percent-out-of-range": "warning",
  "qualitative-target": "info",
  "no-actual": "info",
  "invalid-status": "error",
  "status-mismatch": "warning",
  "duplicate-goal": "warning",
  "fill-rate-missing-month": "warning",
  "fill-rate-zero-places": "error",
  "share-sum": "error",
  "share-mismatch": "warning",
  "budget-mismatch": "error",
  "unread-row": "warning",
  "fill-rate-mismatch": "warning",
  "formula-error": "error",
  "cell-too-long": "warning",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof SEVERITY;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  message: string;
}

/** Collects issues and renders their messages in one language. */
export class IssueList {
  readonly items: Issue[] = [];
  constructor(readonly lang: Lang) {}

  add(code: IssueCode, sheet: string, row: number, col: number, params: Record<string, string | number> = {}, id: MessageId = code): void {
    this.items.push({ code, severity: SEVERITY[code], sheet, cell: a1(row, col), row, message: message(id, this.lang, params) });
  }
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const i of issues) {
    if (i.severity === "error") errors++;
    else if (i.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
