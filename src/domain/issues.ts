// Problems a user can fix, each with a code, a severity and the cell to fix.
import { message, type MessageId } from "./i18n/messages";
import { formatNumber, type Lang } from "./i18n/lang";
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
  "ambiguous-actual": "warning",
  "progress-conflict": "warning",
  "missing-baseline": "warning",
  "forecast-mismatch": "info",
  "cell-too-long": "warning",
  // The organisation's catalogue sheet (Tavoitekirjasto): see catalogue/organisation.ts.
  "catalogue-no-header": "error",
  "catalogue-missing-text": "error",
  "catalogue-unknown-link": "error",
  "catalogue-unknown-template": "error",
  "catalogue-duplicate": "warning",
  "catalogue-fallback": "info",
  "catalogue-replaces": "info",
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

/** How much of a cell's text a message quotes. */
export const QUOTE_CHARS = 80;

/**
 * The parameters the engine words itself (a status's reason: "Arviointi 1–12 kk (E4): 98,72 % jää
 * … (keltainen, jos vähintään 98 %)"): shown whole, as the explanation they are; only cell text is
 * cut. Their control characters are made visible all the same (a label in them comes from a cell).
 */
const OWN_WORDS: ReadonlySet<string> = new Set(["reason"]);

/** Control characters made visible (an escape sequence in a cell must not drive a terminal), line breaks as spaces. */
function shownLine(text: string): string {
  return (
    text
      .replace(/\r?\n|\r/g, " ")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : "\u2421"))
  );
}

/**
 * Cell text as a message quotes it: control characters made visible, line breaks as spaces, cut
 * to a readable length at a word's end ("… jos vähintään…", never "… jos vähi…"); only a word
 * longer than half the length is cut inside.
 */
export function quotable(text: string): string {
  const t = shownLine(text);
  if (t.length <= QUOTE_CHARS) return t;
  const space = t.lastIndexOf(" ", QUOTE_CHARS - 1);
  const end = space >= QUOTE_CHARS / 2 ? space : QUOTE_CHARS - 1;
  return `${t.slice(0, end).trimEnd()}…`;
}

/** A cell's reference as Excel writes it: Tavoitteet!B6, 'Tavoitteet 2025'!B6, with a quote in the name doubled. */
export function sheetRef(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

/** Collects issues and renders their messages in one language. */
export class IssueList {
  readonly items: Issue[] = [];
  constructor(readonly lang: Lang) {}

  add(code: IssueCode, sheet: string, row: number, col: number, params: Record<string, string | number> = {}, id: MessageId = code): void {
    const shown: Record<string, string | number> = {};
    // Figures in the reader's decimal separator: "78,6 %" in Finnish and Swedish, "78.6 %" in English.
    for (const [k, v] of Object.entries(params)) shown[k] = typeof v !== "string" ? formatNumber(v, this.lang) : OWN_WORDS.has(k) ? shownLine(v) : quotable(v);
    this.items.push({ code, severity: SEVERITY[code], sheet, cell: a1(row, col), row, message: message(id, this.lang, shown) });
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
