// "Structure" in the pane: the status column where missing, drop-down lists on the cells the
// product manages (status, K/E flag, TEKEMÄTTÄ/TEKEILLÄ/TEHTY), the metric cells' formulas and
// number formats, and the header kept in view.
import type { Edit } from "./edits";
import type { Lang } from "./i18n/lang";
import { STATUS_LABELS, statusLabel, type Status } from "./parse/words";
import { metricEdits, statusColumn } from "./refresh";
import type { GoalTable } from "./recognise/tables";
import type { Report } from "./validate";

export const PORTFOLIO_VALUES: Record<Lang, string[]> = { fi: ["K", "E"], sv: ["J", "N"], en: ["Y", "N"] };
export const PROGRESS_VALUES = ["TEKEMÄTTÄ", "TEKEILLÄ", "TEHTY"];

export function statusValues(lang: Lang): string[] {
  const colours: Array<Exclude<Status, "none">> = ["green", "yellow", "red"];
  return [...colours.map((s) => STATUS_LABELS[s][lang]), ...colours.map((s) => statusLabel(s, lang, true)), STATUS_LABELS.none[lang]];
}

/**
 * The rows under a table's header that hold goals, in runs: a drop-down list stops at a section
 * title or a repeated header (its range never runs over a title row) and covers blank rows between.
 */
export function listRuns(t: GoalTable): Array<{ row: number; rows: number }> {
  const breaks = new Set(t.kinds.filter((k) => k.kind === "section" || k.kind === "header").map((k) => k.row));
  const runs: Array<{ row: number; rows: number }> = [];
  let start: number | null = null;
  const last = Math.max(t.headerRow + 1, t.lastRow);
  for (let r = t.headerRow + 1; r <= last + 1; r++) {
    if (r <= last && !breaks.has(r)) {
      if (start === null) start = r;
    } else if (start !== null) {
      runs.push({ row: start, rows: r - start });
      start = null;
    }
  }
  return runs;
}

/** A sheet's goal tables whose header could be kept in view. Excel freezes one place per sheet, so one of them is chosen. */
export interface FreezeChoice {
  sheet: string;
  /** The header rows of the sheet's tables, top first. */
  headers: number[];
}

/** Every sheet with goal tables, with the header rows that could be frozen. */
export function freezeChoices(report: Report): FreezeChoice[] {
  const bySheet = new Map<string, number[]>();
  for (const t of report.detail.tables) bySheet.set(t.sheet.name, [...(bySheet.get(t.sheet.name) ?? []), t.headerRow]);
  return [...bySheet].map(([sheet, headers]) => ({ sheet, headers }));
}

/**
 * The structure edits. `freeze` names, per sheet, the header row to freeze (null: none); by
 * default the first table's header, unless it is so far down (row 31 or later) that the frozen
 * rows would fill the window.
 */
export function structureEdits(report: Report, freeze: Record<string, number | null> = {}): Edit[] {
  const edits: Edit[] = [];
  const frozen = new Set<string>();
  for (const t of report.detail.tables) {
    const name = t.sheet.name;
    const { col, header } = statusColumn(t);
    if (header) edits.push(header);
    const runs = listRuns(t);
    const lists = (c: number, values: string[]) => runs.forEach((r) => edits.push({ kind: "list", sheet: name, row: r.row, col: c, rows: r.rows, values }));
    lists(col, statusValues(t.lang));
    if (t.columns.portfolio !== undefined) lists(t.columns.portfolio, PORTFOLIO_VALUES[t.lang]);
    if (t.columns.progress !== undefined) lists(t.columns.progress, PROGRESS_VALUES);
    if (frozen.has(name)) continue;
    const chosen = name in freeze ? freeze[name] : t.headerRow <= 30 ? t.headerRow : null;
    if (chosen === null || chosen === undefined) continue;
    edits.push({ kind: "freeze", sheet: name, rows: chosen });
    frozen.add(name);
  }
  return [...edits, ...metricEdits(report)];
}
