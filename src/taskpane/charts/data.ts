// What the metrics charts draw, taken from the engine's report: the fill rate's months (with the
// months a sheet marks as not measured), the value scale, and the goal rows grouped by section.
import type { Report } from "../../domain";
import type { Projection } from "../../domain/forecast";
import type { Lang } from "../../domain/i18n/lang";
import type { Status } from "../../domain/parse/words";
import type { GoalTable } from "../../domain/recognise/tables";
import { cellAt, cellText } from "../../domain/snapshot";
import { t } from "../text";

export const STATUSES: readonly Status[] = ["green", "yellow", "red", "none"];

export interface MonthPoint {
  /** 1–12. */
  month: number;
  year?: number;
  rate: number | null;
  places: number | null;
  children: number | null;
  notMeasured: boolean;
}

/** The fill rate's months, and the year-end projection while the year is not whole (the chart shows it beside the months). */
export type FillSeries = MonthPoint[] & { projection?: Projection };

/** The fill rate's months in calendar order, the months marked "not measured" included, with the engine's projection. */
export function fillMonths(report: Report): FillSeries {
  const points = calendarMonths(report);
  const projection = report.fillRate?.projection;
  return projection ? Object.assign(points, { projection }) : points;
}

function calendarMonths(report: Report): MonthPoint[] {
  const fill = report.fillRate;
  if (!fill) return [];
  const points: MonthPoint[] = [];
  for (const m of fill.months) {
    const match = /^(?:(\d{4})-)?(\d{1,2})$/.exec(m.month);
    if (!match) continue;
    points.push({
      month: Number(match[2]),
      year: match[1] ? Number(match[1]) : undefined,
      rate: m.rate,
      places: m.places,
      children: m.children,
      notMeasured: false,
    });
  }
  const years = new Set(points.map((p) => p.year));
  if (years.size > 1) return points; // a year across two calendar years: keep the sheet's order
  const year = points[0]?.year;
  for (const { rows } of report.detail.fillTables) {
    for (const r of rows) {
      if (r.notMeasured && !points.some((p) => p.month === r.month)) {
        points.push({ month: r.month, year, rate: null, places: null, children: null, notMeasured: true });
      }
    }
  }
  return points.sort((a, b) => a.month - b.month);
}

/** Month names as the axis shows them ("tammi", "jan", "Jan"), with the year when the months span two. */
export function monthLabel(p: MonthPoint, lang: Lang, withYear: boolean): string {
  const name = t("monthsShort", lang).split(" ")[p.month - 1] ?? String(p.month);
  return withYear && p.year ? `${name} ${String(p.year).slice(-2)}` : name;
}

export interface Scale {
  start: number;
  end: number;
  ticks: number[];
}

/**
 * A value axis for rates near their target: whole percentage points at least, starting a little
 * below the lowest value (never below zero) and ending at the target or the highest value.
 */
export function rateScale(values: number[], target: number): Scale {
  const lo = Math.min(target, ...values);
  const hi = Math.max(target, ...values);
  const rough = Math.max(hi - lo, 1) / 4;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => s >= rough) ?? 100;
  const start = Math.max(0, Math.floor((lo - step / 2) / step) * step);
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return { start, end, ticks };
}

export interface SectionGroup {
  key: string;
  name: string;
  counts: Record<Status, number>;
}

/** A cell's text on one line: hyphen breaks joined ("Salkun-\nhallinnassa"), other breaks and runs of spaces as one space. */
function oneLine(text: string): string {
  return text
    .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}

const MAX_NAME = 120;

function shorten(text: string): string {
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1).trimEnd()}…` : text;
}

/** A row's text when it reads as a title: one or two short, non-numeric cells. */
function titleOf(table: GoalTable, row: number): string | null | undefined {
  const cells = (table.sheet.rows[row - 1] ?? []).map((c) => oneLine(cellText(c))).filter((s) => s !== "");
  if (cells.length === 0) return undefined; // blank: look further up
  if (cells.length > 2 || cells[0].length > 160 || /^[\d\s.,%–-]+$/.test(cells[0])) return null;
  return cells[0];
}

/**
 * What a table is called where its rows have no section label: the title just above it (within
 * three rows, below the previous table on its sheet), else its first header cell.
 */
export function tableName(table: GoalTable, tables: readonly GoalTable[]): string {
  const above = tables.filter((x) => x.sheet === table.sheet && x.lastRow < table.headerTop).reduce((m, x) => Math.max(m, x.lastRow), 0);
  for (let r = table.headerTop - 1; r > above && r >= table.headerTop - 3; r--) {
    const title = titleOf(table, r);
    if (title === undefined) continue;
    if (title !== null) return shorten(title);
    break;
  }
  for (let c = table.firstCol; c <= table.lastCol; c++) {
    const text = oneLine(cellText(cellAt(table.sheet, table.headerTop, c)));
    if (text) return shorten(text);
  }
  return `${table.sheet.name}, ${table.headerTop}`;
}

/**
 * Goal rows counted by status per section. A row's section is its section label's title ("title –
 * strategic goals" → "title"); rows without one are grouped per table, named by tableName.
 */
export function sectionGroups(report: Report, lang: Lang): SectionGroup[] {
  const tables = report.detail.tables;
  const names = new Map<GoalTable, string>();
  const groups = new Map<string, SectionGroup>();
  for (const g of report.detail.goals) {
    const table = g.table;
    const section = table.rows.find((r) => r.row === g.result.row)?.section;
    const title = section ? oneLine(section.split(" – ")[0]) : "";
    let key: string;
    let name: string;
    if (title) {
      key = `section:${title}`;
      name = shorten(title);
    } else {
      key = `table:${table.sheet.name}!${table.headerTop}`;
      if (!names.has(table)) names.set(table, tableName(table, tables));
      name = names.get(table)!;
    }
    const group = groups.get(key) ?? { key, name, counts: { green: 0, yellow: 0, red: 0, none: 0 } };
    group.counts[g.result.status]++;
    groups.set(key, group);
  }
  // Two tables of the same name are told apart by where they begin.
  const out = [...groups.values()];
  const seen = new Map<string, number>();
  for (const group of out) seen.set(group.name, (seen.get(group.name) ?? 0) + 1);
  for (const group of out) {
    if (!group.key.startsWith("table:") || seen.get(group.name)! < 2) continue;
    const [sheet, row] = group.key.slice("table:".length).split(/!(?=\d+$)/);
    group.name = t("tableAt", lang, { name: group.name, sheet, row });
  }
  return out;
}

const LOCALES: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** A count as the reader writes it: 5 535 (fi, sv), 5,535 (en). */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(n);
}
