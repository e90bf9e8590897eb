// "Structure" in the pane: the status column where missing, drop-down lists on the cells the
// product manages (status, K/E flag, TEKEMÄTTÄ/TEKEILLÄ/TEHTY), the metric cells' formulas and
// number formats, and the header kept in view.
import type { Edit } from "./edits";
import type { Lang } from "./i18n/lang";
import { STATUS_LABELS, statusLabel, type Status } from "./parse/words";
import { metricEdits, statusColumn } from "./refresh";
import type { Report } from "./validate";

export const PORTFOLIO_VALUES: Record<Lang, string[]> = { fi: ["K", "E"], sv: ["J", "N"], en: ["Y", "N"] };
export const PROGRESS_VALUES = ["TEKEMÄTTÄ", "TEKEILLÄ", "TEHTY"];

export function statusValues(lang: Lang): string[] {
  const colours: Array<Exclude<Status, "none">> = ["green", "yellow", "red"];
  return [...colours.map((s) => STATUS_LABELS[s][lang]), ...colours.map((s) => statusLabel(s, lang, true)), STATUS_LABELS.none[lang]];
}

export function structureEdits(report: Report): Edit[] {
  const edits: Edit[] = [];
  const frozen = new Set<string>();
  for (const t of report.detail.tables) {
    const name = t.sheet.name;
    const rows = Math.max(1, t.lastRow - t.headerRow);
    const { col, header } = statusColumn(t);
    if (header) edits.push(header);
    edits.push({ kind: "list", sheet: name, row: t.headerRow + 1, col, rows, values: statusValues(t.lang) });
    if (t.columns.portfolio !== undefined) {
      edits.push({ kind: "list", sheet: name, row: t.headerRow + 1, col: t.columns.portfolio, rows, values: PORTFOLIO_VALUES[t.lang] });
    }
    if (t.columns.progress !== undefined) {
      edits.push({ kind: "list", sheet: name, row: t.headerRow + 1, col: t.columns.progress, rows, values: PROGRESS_VALUES });
    }
    // The first table's header stays in view; a header far down the sheet is not frozen.
    if (!frozen.has(name) && t.headerRow <= 30) {
      edits.push({ kind: "freeze", sheet: name, rows: t.headerRow });
      frozen.add(name);
    }
  }
  return [...edits, ...metricEdits(report)];
}
