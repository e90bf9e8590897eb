// Human-readable output: a table of issues per file, and the demo's summary table.
import type { Lang } from "../domain/i18n/lang";
import { count, NOUNS } from "../domain/i18n/plural";
import { sheetRef, type Issue } from "../domain/issues";
import { CLI_TEXT } from "./text";
import { visible } from "./visible";

/** A plain-text table; every cell is shown with its control characters made visible. */
export function table(headers: string[], cells: string[][]): string {
  const rows = cells.map((r) => r.map(visible));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The cell as Excel writes it ('Tavoitteet 2025'!B6); a problem with the whole file has none. */
export function where(i: Pick<Issue, "sheet" | "cell">): string {
  if (i.cell === "") return i.sheet;
  return i.sheet === "" ? i.cell : sheetRef(i.sheet, i.cell);
}

export function issuesTable(issues: readonly Issue[], lang: Lang): string {
  if (issues.length === 0) return CLI_TEXT.noIssues[lang];
  const c = CLI_TEXT.columns;
  const sorted = [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return table(
    [c.severity[lang], c.code[lang], c.cell[lang], c.message[lang]],
    sorted.map((i) => [CLI_TEXT.severity[i.severity][lang], i.code, where(i), i.message]),
  );
}

/** "13 tavoiteriviä, 1 taulukko · 1 virhe, 2 varoitusta, 0 huomautusta", each count in its number. */
export function fileSummary(s: { goalRows: number; tables: number; errors: number; warnings: number; infos: number }, lang: Lang): string {
  const shape = [count(s.goalRows, NOUNS.goalRow, lang), count(s.tables, NOUNS.table, lang)].join(", ");
  return `${shape} · ${severityCounts(s, lang)}`;
}

/** "1 virhe, 2 varoitusta, 0 huomautusta". */
export function severityCounts(s: { errors: number; warnings: number; infos: number }, lang: Lang): string {
  return [count(s.errors, NOUNS.error, lang), count(s.warnings, NOUNS.warning, lang), count(s.infos, NOUNS.info, lang)].join(", ");
}
