// The summary workbook (issue 12) as data: the sheets a controller sends to the board. Units
// (one row each, attention first, a totals row), Goals (every goal row as a filterable table),
// Fill rate (units × months against the target, and the city-wide mean weighted by places),
// Problems (every issue, errors first) and About (when, from which files, what was not read).
// Statuses are written as the engine writes them in a contract: a label and its fill, black text.
import { formatNumber, type Lang } from "./i18n/lang";
import { STATUS_FILLS, statusLabel, type Status } from "./parse/words";
import {
  cityFillRate,
  cityPrivateShare,
  fileStem,
  fillCoverage,
  sharedNames,
  unitLabel,
  type GoalRef,
  type Projection,
  type Summary,
  type SummaryGoal,
  type SummaryIssue,
  type UnitSummary,
  type Unreadable,
} from "./summary";
import { counted, coveredText, MONTH_SHORT, ST, SUMMARY_SHEETS, SUMMARY_EXTRA_SHEETS } from "./summary-text";
import { putRow, type SpecCell, type SpecSheet, type WorkbookSpec } from "./template/spec";
import { columnLetter } from "./snapshot";
import { message, render } from "./i18n/messages";

/** Header cells look as in the contract templates. */
const HEADER_FILL = "D9E1F2";
/** Rates and shares in percent units (98.74), shown as the templates show them. */
const PERCENT = "0.00";
const COUNT = "0";
const SEVERITY_FILL = { error: "F8CBAD", warning: "FFE699" } as const;

/** A cell of a row, without its address: the row builders give a row as these, from column A on. */
export type Cell = Omit<SpecCell, "row" | "col">;

function header(texts: string[]): Cell[] {
  return texts.map((value) => ({ value, bold: true, wrap: true, fill: HEADER_FILL, border: true, align: "center" }));
}

function status(s: Status, lang: Lang, forecast = false): Cell {
  return { value: statusLabel(s, lang, forecast), border: true, align: "center", ...(s !== "none" ? { fill: STATUS_FILLS[s] } : {}) };
}

function num(n: number | null | undefined, numFmt = COUNT, extra: Partial<Cell> = {}): Cell {
  return n === null || n === undefined ? { value: "–", border: true, align: "center", ...extra } : { value: n, numFmt, border: true, ...extra };
}

function text(value: string, extra: Partial<Cell> = {}): Cell {
  return { value, border: true, ...extra };
}

/** The weakest status among a unit's goal rows: red, then yellow, then green; none when no row has one. */
function worst(s: Record<Status, number>): Status {
  return s.red > 0 ? "red" : s.yellow > 0 ? "yellow" : s.green > 0 ? "green" : "none";
}

function reviewText(r: 9 | 12 | null, lang: Lang): string {
  return r === 9 ? ST.review9[lang] : r === 12 ? ST.review12[lang] : "–";
}

/** The target every unit shares, or null when they differ or none states one. */
function commonTarget(values: Array<number | null | undefined>): number | null {
  const set = new Set(values.filter((v): v is number => typeof v === "number"));
  return set.size === 1 ? [...set][0] : null;
}

function years(s: Summary): string {
  const ys = [...new Set(s.units.map((u) => u.year).filter((y): y is number => y !== null))].sort();
  return ys.length === 0 ? "" : ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;
}

/** "2026-11-23T18:30…" → "23.11.2026 18.30" (fi, sv) or "23 Nov 2026 18:30" style kept simple for en. */
export function madeAtText(at: string, lang: Lang): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?/.exec(at);
  if (!m) return at;
  const [, y, mo, d, h, mi] = m;
  const date = lang === "en" ? `${Number(d)} ${MONTH_SHORT.en[Number(mo) - 1]} ${y}` : `${Number(d)}.${Number(mo)}.${y}`;
  if (h === undefined) return date;
  return lang === "fi" ? `${date} klo ${h}.${mi}` : `${date} ${h}:${mi}`;
}

/** Which optional columns and sheets a summary has: last year's (`--previous`), the year-end forecasts, the risks. */
export interface SummaryLayout {
  previous: boolean;
  projections: boolean;
  risks: boolean;
}

export const PLAIN: SummaryLayout = { previous: false, projections: false, risks: false };

/** True when a goal row belongs on the Riskit sheet: a risk text, or a projection not on track. */
export function isRiskRow(g: SummaryGoal): boolean {
  return g.risks !== undefined || (g.projection !== undefined && g.projection.risk !== "on-track");
}

/** The layout a whole in-memory summary needs. */
export function layoutOf(s: Summary): SummaryLayout {
  return {
    previous: s.unmatched !== undefined,
    projections: s.units.some((u) => u.fillRateProjection !== undefined || u.risk !== undefined) || s.goals.some((g) => g.projection !== undefined),
    risks: s.goals.some(isRiskRow),
  };
}

/** A column of a sheet: its header, width, and its cell for a row and for the totals row. */
interface Column<T> {
  head: Record<Lang, string>;
  width: number;
  cell: (x: T, lang: Lang) => Cell;
  total?: (s: Summary, lang: Lang) => Cell;
}

const bold = { bold: true };

function coloured(n: number, k: Exclude<Status, "none">, extra: Partial<Cell> = {}): Cell {
  return num(n, COUNT, { ...extra, ...(n > 0 ? { fill: STATUS_FILLS[k] } : {}) });
}

/** A change in points, signed ("+0.84", "−1.23"). */
const POINTS = "+0.00;-0.00;0.00";

function unitColumns(layout: SummaryLayout): Array<Column<UnitSummary>> {
  const statuses = (s: Summary) => ({ green: s.totals.green, yellow: s.totals.yellow, red: s.totals.red, none: s.totals.none });
  const cols: Array<Column<UnitSummary> | false> = [
    { head: ST.unit, width: 30, cell: (u) => text(u.unit, bold), total: (s, l) => text(`${ST.total[l]} (${counted("units", s.totals.units, l)})`, bold) },
    { head: ST.year, width: 7, cell: (u) => num(u.year, COUNT, { align: "center" }) },
    { head: ST.review, width: 10, cell: (u, l) => text(reviewText(u.review, l), { align: "center" }) },
    { head: ST.overall, width: 13, cell: (u, l) => status(worst(u.statuses), l), total: (s, l) => status(worst(statuses(s)), l) },
    {
      head: ST.goalRows,
      width: 13,
      cell: (u) => num(u.goalRows ?? u.statuses.green + u.statuses.yellow + u.statuses.red + u.statuses.none),
      total: (s) => num(s.totals.green + s.totals.yellow + s.totals.red + s.totals.none, COUNT, bold),
    },
    { head: ST.green, width: 9, cell: (u) => coloured(u.statuses.green, "green"), total: (s) => coloured(s.totals.green, "green", bold) },
    { head: ST.yellow, width: 10, cell: (u) => coloured(u.statuses.yellow, "yellow"), total: (s) => coloured(s.totals.yellow, "yellow", bold) },
    { head: ST.red, width: 10, cell: (u) => coloured(u.statuses.red, "red"), total: (s) => coloured(s.totals.red, "red", bold) },
    { head: ST.none, width: 9, cell: (u) => num(u.statuses.none), total: (s) => num(s.totals.none, COUNT, bold) },
    layout.projections && {
      head: ST.offTrackCount,
      width: 12,
      cell: (u) => num(u.risk?.offTrack ?? null, COUNT, (u.risk?.offTrack ?? 0) > 0 ? { fill: STATUS_FILLS.red } : {}),
    },
    layout.projections && {
      head: ST.atRiskCount,
      width: 10,
      cell: (u) => num(u.risk?.atRisk ?? null, COUNT, (u.risk?.atRisk ?? 0) > 0 ? { fill: STATUS_FILLS.yellow } : {}),
    },
    { head: ST.fillRate, width: 11, cell: (u) => num(u.fillRate, PERCENT), total: (s) => num(cityFillRate(s.fillRates.mean), PERCENT, bold) },
    layout.projections && { head: ST.fillProjection, width: 12, cell: (u) => num(u.fillRateProjection?.value ?? null, PERCENT) },
    layout.previous && {
      head: ST.lastFill,
      width: 13,
      // A unit with no match last year says so where last year's figures would stand.
      cell: (u, l) => (u.previous === null ? text(ST.noMatch[l], { italic: true }) : num(u.previous?.fillRate ?? null, PERCENT)),
    },
    layout.previous && { head: ST.fillChange, width: 12, cell: (u) => num(u.change?.fillRate ?? null, POINTS) },
    {
      head: ST.fillTarget,
      width: 14,
      cell: (u) => num(u.fillRateTarget, PERCENT),
      total: (s) => num(commonTarget(s.units.map((u) => u.fillRateTarget)), PERCENT, bold),
    },
    { head: ST.privateShare, width: 13, cell: (u) => num(u.privateShare, PERCENT), total: (s) => num(cityPrivateShare(s.units), PERCENT, bold) },
    layout.previous && { head: ST.lastShare, width: 13, cell: (u) => num(u.previous?.privateShare ?? null, PERCENT) },
    layout.previous && { head: ST.shareChange, width: 12, cell: (u) => num(u.change?.privateShare ?? null, POINTS) },
    {
      head: ST.shareTarget,
      width: 10,
      cell: (u) => num(u.privateShareTarget, PERCENT),
      total: (s) => num(commonTarget(s.units.map((u) => u.privateShareTarget)), PERCENT, bold),
    },
    {
      head: ST.errors,
      width: 9,
      cell: (u) => num(u.errors, COUNT, u.errors > 0 ? { fill: SEVERITY_FILL.error, bold: true } : {}),
      total: (s) => num(s.totals.errors, COUNT, bold),
    },
    {
      head: ST.warnings,
      width: 11,
      cell: (u) => num(u.warnings, COUNT, u.warnings > 0 ? { fill: SEVERITY_FILL.warning } : {}),
      total: (s) => num(s.totals.warnings, COUNT, bold),
    },
    { head: ST.file, width: 40, cell: (u) => text(u.file) },
  ];
  return cols.filter((c): c is Column<UnitSummary> => c !== false);
}

function unitsSheet(s: Summary, lang: Lang, made: { at: string }, layout: SummaryLayout): SpecSheet {
  const cols = unitColumns(layout);
  const sheet: SpecSheet = {
    name: SUMMARY_SHEETS.units[lang],
    cells: [],
    widths: cols.map((c) => c.width),
    freezeRow: 4,
    page: { orientation: "landscape", repeatRows: [4, 4], header: `${ST.title[lang]} ${years(s)}`.trim() },
    heights: { 4: 45 },
  };
  const y = years(s);
  putRow(sheet, 1, [{ value: `${ST.title[lang]}${y ? ` ${y}` : ""}`, bold: true, size: 14 }]);
  const t = s.totals;
  const line = [render(ST.made[lang], { at: madeAtText(made.at, lang) }), counted("units", t.units, lang)];
  if (t.unreadable > 0) line.push(`${counted("unreadable", t.unreadable, lang)} (${SUMMARY_SHEETS.about[lang]})`);
  putRow(sheet, 2, [line.join(" · ")]);
  putRow(sheet, 3, [{ value: ST.order[lang], italic: true }]);
  putRow(sheet, 4, header(cols.map((c) => c.head[lang])));
  let r = 5;
  for (const u of s.units)
    putRow(
      sheet,
      r++,
      cols.map((c) => c.cell(u, lang)),
    );
  // The totals row: sums, and the city-wide figures weighted as the note under it says.
  putRow(
    sheet,
    r,
    cols.map((c) => (c.total ? c.total(s, lang) : text(""))),
  );
  const notes = [ST.totalNote[lang]];
  const cover = coverageLine(s, lang);
  if (cover) notes.push(`${ST.fillRate[lang]}: ${cover}`);
  putRow(sheet, r + 2, [{ value: notes.join("\n"), italic: true, wrap: true }]);
  sheet.merges = [`A${r + 2}:${columnLetter(cols.length)}${r + 2}`];
  sheet.heights = { ...sheet.heights, [r + 2]: cover ? 48 : 32 };
  return sheet;
}

/** At most this many units are named per reason in the coverage line. */
const GAPS_NAMED = 10;

/**
 * Which units the city-wide fill rate covers, in words: "11 yksikköä 12:sta; Nummi: ei
 * täyttöastetietoja" (units of the same name told apart by file); null when no unit gives a fill rate.
 */
export function coverageLine(s: Pick<Summary, "units" | "fillRates">, lang: Lang): string | null {
  const c = fillCoverage(s);
  if (c.covered === 0) return null;
  const shared = sharedNames(s.units);
  const parts = [coveredText(c.covered, c.of, lang)];
  for (const why of ["noFill", "noPlaces"] as const) {
    const names = c.left.filter((l) => l.why === why).map((l) => unitLabel(l, shared));
    if (names.length === 0) continue;
    const shown = names.slice(0, GAPS_NAMED);
    if (names.length > GAPS_NAMED) shown.push(render(ST.andMore[lang], { n: names.length - GAPS_NAMED }));
    parts.push(`${shown.join(", ")}: ${(why === "noFill" ? ST.gapNoFill : ST.gapNoPlaces)[lang]}`);
  }
  return parts.join("; ");
}

function actualCell(a: string | null, words?: string): Cell {
  if (a === null) return words === undefined ? text("–", { align: "center" }) : text(words, { wrap: true });
  const n = Number(a);
  return Number.isFinite(n) ? { value: n, border: true } : text(a);
}

function changeCell(g: SummaryGoal, lang: Lang): Cell {
  if (g.previous === null || g.previous === undefined) return text(ST.noMatch[lang], { italic: true });
  if (g.change === null || g.change === undefined) return text("–", { align: "center" });
  const fill = { better: STATUS_FILLS.green, same: undefined, worse: STATUS_FILLS.red }[g.change];
  return text(ST[g.change][lang], { align: "center", ...(fill ? { fill } : {}) });
}

function projectionCell(p: Projection | undefined, lang: Lang): Cell[] {
  if (!p) return [text(""), text(""), text("")];
  const f = (v: number) => formatNumber(v, lang);
  const fill = { "on-track": STATUS_FILLS.green, "at-risk": STATUS_FILLS.yellow, "off-track": STATUS_FILLS.red }[p.risk];
  return [
    { value: p.value, border: true, numFmt: "0.00" },
    text(p.low === p.high ? `${f(p.value)} (${p.method})` : `${f(p.low)}–${f(p.high)} (${p.method})`, { wrap: true }),
    // "Toteutuminen epävarmaa", "Osäker måluppfyllelse": on two lines in the column.
    text(ST[p.risk][lang], { align: "center", fill, wrap: true }),
  ];
}

function goalColumns(layout: SummaryLayout): Array<Column<SummaryGoal> | Array<Column<SummaryGoal>>> {
  const cols: Array<Column<SummaryGoal> | Column<SummaryGoal>[] | false> = [
    { head: ST.unit, width: 22, cell: (g) => text(g.unit, { wrap: true }) },
    { head: ST.section, width: 26, cell: (g) => text(g.section ?? "", { wrap: true }) },
    { head: ST.goal, width: 40, cell: (g) => text(g.goal, { wrap: true }) },
    { head: ST.metric, width: 30, cell: (g) => text(g.metric, { wrap: true }) },
    { head: ST.targetLevel, width: 28, cell: (g) => text(g.target, { wrap: true }) },
    { head: ST.actual, width: 14, cell: (g) => actualCell(g.actual, g.actualText) },
    { head: ST.status, width: 18, cell: (g, l) => status(g.status, l, g.forecast) },
    { head: ST.forecast, width: 10, cell: (g, l) => text(g.forecast ? ST.yes[l] : "", { align: "center" }) },
    layout.projections && [
      { head: ST.projection, width: 12, cell: (g, l) => projectionCell(g.projection, l)[0] },
      { head: ST.interval, width: 22, cell: (g, l) => projectionCell(g.projection, l)[1] },
      { head: ST.risk, width: 16, cell: (g, l) => projectionCell(g.projection, l)[2] },
    ],
    layout.risks && { head: ST.risksText, width: 36, cell: (g) => text(g.risks ?? "", { wrap: true }) },
    layout.previous && [
      { head: ST.lastActual, width: 14, cell: (g) => actualCell(g.previous?.actual ?? null) },
      { head: ST.lastStatus, width: 14, cell: (g, l) => (g.previous ? status(g.previous.status, l) : text("")) },
      { head: ST.change, width: 12, cell: (g, l) => changeCell(g, l) },
    ],
    { head: ST.file, width: 26, cell: (g) => text(g.file) },
    { head: ST.sheet, width: 14, cell: (g) => text(g.sheet) },
    { head: ST.row, width: 7, cell: (g) => num(g.row) },
  ];
  return cols.filter((c): c is Column<SummaryGoal> | Column<SummaryGoal>[] => c !== false);
}

function flatGoalColumns(layout: SummaryLayout): Array<Column<SummaryGoal>> {
  return goalColumns(layout).flat();
}

/** One goal row of the Tavoitteet sheet, as its cells from column A on. */
export function goalRowCells(g: SummaryGoal, lang: Lang, layout: SummaryLayout = PLAIN): Cell[] {
  return flatGoalColumns(layout).map((c) => c.cell(g, lang));
}

/**
 * The Tavoitteet sheet without its goal rows: the header, and the table over `count` goal rows
 * that follow it from row 2 on (the command line writes them as it reads them back from disk).
 */
export function goalsFrame(lang: Lang, count: number, layout: SummaryLayout = PLAIN): SpecSheet {
  const cols = flatGoalColumns(layout);
  const heads = cols.map((c) => c.head[lang]);
  const sheet: SpecSheet = {
    name: SUMMARY_SHEETS.goals[lang],
    cells: [],
    widths: cols.map((c) => c.width),
    freezeRow: 1,
    page: { orientation: "landscape", repeatRows: [1, 1], header: `${ST.title[lang]}: ${SUMMARY_SHEETS.goals[lang]}` },
  };
  putRow(sheet, 1, header(heads));
  // An Excel table needs one data row at least; without goals the header stands alone.
  if (count > 0) sheet.tables = [{ name: "SummaryGoals", range: `A1:${columnLetter(heads.length)}${1 + count}` }];
  return sheet;
}

function goalsSheet(s: Summary, lang: Lang, layout: SummaryLayout): SpecSheet {
  const sheet = goalsFrame(lang, s.goals.length, layout);
  s.goals.forEach((g, i) => putRow(sheet, 2 + i, goalRowCells(g, lang, layout)));
  return sheet;
}

function monthLabels(months: string[], lang: Lang): string[] {
  const ys = new Set(months.map((m) => /^(\d{4})-/.exec(m)?.[1] ?? ""));
  return months.map((m) => {
    const k = /^(?:(\d{4})-)?(\d\d)$/.exec(m);
    if (!k) return m;
    const name = MONTH_SHORT[lang][Number(k[2]) - 1] ?? m;
    return ys.size > 1 && k[1] ? `${name} ${k[1]}` : name;
  });
}

function fillSheet(s: Summary, lang: Lang): SpecSheet {
  const f = s.fillRates;
  const months = f.months;
  const lastCol = 3 + months.length;
  const sheet: SpecSheet = {
    name: SUMMARY_SHEETS.fill[lang],
    cells: [],
    widths: [34, 9, ...months.map(() => 8), 10],
    freezeRow: 4,
    freezeCol: 1,
    page: { orientation: "landscape", repeatRows: [4, 4], header: `${ST.title[lang]}: ${SUMMARY_SHEETS.fill[lang]}` },
  };
  putRow(sheet, 1, [{ value: `${ST.fillTitle[lang]}${years(s) ? ` ${years(s)}` : ""}`, bold: true, size: 14 }]);
  if (f.units.length === 0) {
    putRow(sheet, 3, [ST.noFill[lang]]);
    return sheet;
  }
  putRow(sheet, 2, [{ value: ST.fillNote[lang], italic: true }]);
  putRow(sheet, 4, header([ST.unit[lang], ST.target[lang], ...monthLabels(months, lang), ST.mean[lang]]));
  const scales: NonNullable<SpecSheet["colourScales"]> = [];
  const byUnit = new Map(s.units.map((u) => [`${u.file}\u0000${u.unit}`, u]));
  const shared = sharedNames(s.units);
  let r = 5;
  for (const u of f.units) {
    const rates = new Map(u.months.map((m) => [m.month, m.rate]));
    const mean = byUnit.get(`${u.file}\u0000${u.unit}`)?.fillRate ?? null;
    putRow(sheet, r, [
      text(unitLabel(u, shared), { bold: true }),
      num(u.target, PERCENT),
      ...months.map((m) => num(rates.get(m) ?? null, PERCENT)),
      num(mean, PERCENT, { bold: true }),
    ]);
    if (u.target !== null) scales.push(scale(`C${r}:${columnLetter(lastCol)}${r}`, u.target));
    r++;
  }
  const city = cityFillRate(f.mean);
  const byMonth = new Map(f.mean.map((m) => [m.month, m]));
  const bold = { bold: true, fill: HEADER_FILL };
  const target = commonTarget(f.units.map((u) => u.target));
  putRow(sheet, r, [
    text(ST.city[lang], bold),
    num(target, PERCENT, bold),
    ...months.map((m) => num(byMonth.get(m)?.rate ?? null, PERCENT, bold)),
    num(city, PERCENT, bold),
  ]);
  if (target !== null) scales.push(scale(`C${r}:${columnLetter(lastCol)}${r}`, target));
  putRow(sheet, r + 1, [text(ST.cityPlaces[lang]), text(""), ...months.map((m) => num(byMonth.get(m)?.places || null, "#,##0")), text("")]);
  const cover = coverageLine(s, lang);
  if (cover) putRow(sheet, r + 3, [{ value: `${ST.city[lang]}: ${cover}`, italic: true }]);
  if (f.units.some((u) => u.months.some((m) => m.rate !== null && m.places === null))) putRow(sheet, r + 4, [{ value: ST.noPlaces[lang], italic: true }]);
  sheet.colourScales = scales;
  return sheet;
}

/** Red 4 pp or more below the target, yellow at 2 pp below (domain.md's yellow band), green at the target. */
function scale(range: string, target: number): { range: string; low: number; mid: number; high: number } {
  return { range, low: target - 4, mid: target - 2, high: target };
}

function severityCell(k: "error" | "warning" | "info", lang: Lang): Cell {
  return text(ST[k][lang], k === "info" ? {} : { fill: SEVERITY_FILL[k] });
}

/** One problem of one unit on the Ongelmat sheet, as its cells from column A on. */
export function issueRowCells(i: SummaryIssue, lang: Lang): Cell[] {
  return [severityCell(i.severity, lang), text(i.code), text(i.unit), text(i.file), text(i.sheet), text(i.cell), text(i.message, { wrap: true })];
}

/**
 * The Ongelmat sheet without the units' problems: the header, the files that could not be read
 * (errors too, and first), and the table over them and the `count` problems that follow them
 * (or the "no problems" line when there are none at all).
 */
export function issuesFrame(unreadable: readonly Unreadable[], lang: Lang, count: number): SpecSheet {
  const heads = [ST.severity, ST.code, ST.unit, ST.file, ST.sheet, ST.cell, ST.message].map((t) => t[lang]);
  const sheet: SpecSheet = {
    name: SUMMARY_SHEETS.issues[lang],
    cells: [],
    widths: [12, 22, 22, 28, 14, 8, 70],
    freezeRow: 1,
    page: { orientation: "landscape", repeatRows: [1, 1], header: `${ST.title[lang]}: ${SUMMARY_SHEETS.issues[lang]}` },
  };
  putRow(sheet, 1, header(heads));
  let r = 2;
  // Files that could not be read are errors too, and come first.
  for (const u of unreadable) {
    putRow(sheet, r++, [
      severityCell("error", lang),
      text("unreadable-file"),
      text(fileStem(u.file)),
      text(u.file),
      text(""),
      text(""),
      text(message("unreadable-file", lang, { detail: u.reason }), { wrap: true }),
    ]);
  }
  const last = r - 1 + count;
  if (last === 1) putRow(sheet, 2, [text(ST.noIssues[lang])]);
  else sheet.tables = [{ name: "SummaryProblems", range: `A1:${columnLetter(heads.length)}${last}` }];
  return sheet;
}

function issuesSheet(s: Summary, lang: Lang): SpecSheet {
  const sheet = issuesFrame(s.unreadable, lang, s.issues.length);
  const first = 2 + s.unreadable.length;
  s.issues.forEach((i, k) => putRow(sheet, first + k, issueRowCells(i, lang)));
  return sheet;
}

/** When and from what a summary was made; `previous`: last year's files and folders, with --previous. */
export interface Made {
  at: string;
  inputs: string[];
  previous?: string[];
}

function refCells(g: GoalRef): Cell[] {
  return [text(g.unit, { wrap: true }), text(g.goal, { wrap: true }), text(g.file), text(g.sheet), num(g.row)];
}

/** Ei vastinetta: this year's and last year's goal rows that matched none of the other year. */
function unmatchedSheet(s: Summary, lang: Lang): SpecSheet {
  const sheet: SpecSheet = {
    name: SUMMARY_EXTRA_SHEETS.unmatched[lang],
    cells: [],
    widths: [16, 22, 44, 28, 14, 7],
    freezeRow: 4,
    page: { orientation: "landscape", repeatRows: [4, 4], header: `${ST.title[lang]}: ${SUMMARY_EXTRA_SHEETS.unmatched[lang]}` },
  };
  putRow(sheet, 1, [{ value: ST.unmatchedTitle[lang], bold: true, size: 14 }]);
  putRow(sheet, 2, [{ value: ST.unmatchedNote[lang], italic: true, wrap: true }]);
  sheet.merges = ["A2:F2"];
  sheet.heights = { 2: 32 };
  putRow(sheet, 4, header([ST.whichYear, ST.unit, ST.goal, ST.file, ST.sheet, ST.row].map((t) => t[lang])));
  const u = s.unmatched ?? { current: [], previous: [] };
  let r = 5;
  for (const g of u.current) putRow(sheet, r++, [text(ST.thisYear[lang]), ...refCells(g)]);
  for (const g of u.previous) putRow(sheet, r++, [text(ST.lastYear[lang]), ...refCells(g)]);
  if (r === 5) putRow(sheet, 5, [text(ST.noUnmatched[lang])]);
  else sheet.tables = [{ name: "SummaryUnmatched", range: `A4:F${r - 1}` }];
  return sheet;
}

/** One row of the Riskit sheet. */
export function riskRowCells(g: SummaryGoal, lang: Lang): Cell[] {
  const [value, interval, risk] = projectionCell(g.projection, lang);
  return [
    text(g.unit, { wrap: true }),
    text(g.goal, { wrap: true }),
    status(g.status, lang, g.forecast),
    value,
    interval,
    risk,
    text(g.risks ?? "", { wrap: true }),
    text(g.file),
    text(g.sheet),
    num(g.row),
  ];
}

/** Riskit: the goal rows forecast off track or at risk, and every risk text the workbooks give. */
export function risksSheet(rows: readonly SummaryGoal[], lang: Lang): SpecSheet {
  const heads = [ST.unit, ST.goal, ST.status, ST.projection, ST.interval, ST.risk, ST.risksText, ST.file, ST.sheet, ST.row].map((t) => t[lang]);
  const sheet: SpecSheet = {
    name: SUMMARY_EXTRA_SHEETS.risks[lang],
    cells: [],
    widths: [22, 40, 18, 12, 22, 12, 50, 26, 14, 7],
    freezeRow: 3,
    page: { orientation: "landscape", repeatRows: [3, 3], header: `${ST.title[lang]}: ${SUMMARY_EXTRA_SHEETS.risks[lang]}` },
  };
  putRow(sheet, 1, [{ value: ST.risksTitle[lang], bold: true, size: 14 }]);
  putRow(sheet, 3, header(heads));
  // Off track first, then at risk, then the rest; in the summary's order within each.
  const order = (g: SummaryGoal) => ({ "off-track": 0, "at-risk": 1, "on-track": 2 })[g.projection?.risk ?? "on-track"];
  const sorted = rows.map((g, i) => ({ g, i })).sort((a, b) => order(a.g) - order(b.g) || a.i - b.i);
  sorted.forEach(({ g }, k) => putRow(sheet, 4 + k, riskRowCells(g, lang)));
  if (rows.length > 0) sheet.tables = [{ name: "SummaryRisks", range: `A3:${columnLetter(heads.length)}${3 + rows.length}` }];
  return sheet;
}

function aboutSheet(s: Summary, lang: Lang, made: Made): SpecSheet {
  const sheet: SpecSheet = {
    name: SUMMARY_SHEETS.about[lang],
    cells: [],
    widths: [30, 40, 60],
    page: { orientation: "portrait", header: `${ST.title[lang]}: ${SUMMARY_SHEETS.about[lang]}` },
  };
  putRow(sheet, 1, [{ value: ST.aboutTitle[lang], bold: true, size: 14 }]);
  putRow(sheet, 3, [{ value: ST.madeAt[lang], bold: true }, madeAtText(made.at, lang)]);
  putRow(sheet, 4, [{ value: ST.madeBy[lang], bold: true }, ST.madeWith[lang]]);
  putRow(sheet, 5, [
    { value: ST.inputs[lang], bold: true },
    { value: made.inputs.join("\n"), wrap: true },
  ]);
  putRow(sheet, 6, [
    { value: ST.read[lang], bold: true },
    { value: s.totals.units, numFmt: COUNT, align: "left" },
  ]);
  putRow(sheet, 7, [
    { value: ST.notRead[lang], bold: true },
    { value: s.totals.unreadable, numFmt: COUNT, align: "left" },
  ]);
  putRow(sheet, 8, [{ value: ST.aboutNote[lang], italic: true, wrap: true }]);
  sheet.merges = ["A8:C8"];
  sheet.heights = { 8: 32 };
  if (made.previous?.length) {
    putRow(sheet, 9, [
      { value: ST.previousInputs[lang], bold: true },
      { value: made.previous.join("\n"), wrap: true },
    ]);
    if (made.previous.length > 1) sheet.heights[9] = Math.min(409, 15 * made.previous.length);
  }
  if (made.inputs.length > 1) sheet.heights[5] = Math.min(409, 15 * made.inputs.length);
  putRow(sheet, 11, header([ST.file[lang], ST.unit[lang], ST.result[lang]]));
  let r = 12;
  for (const u of s.unreadable)
    putRow(sheet, r++, [text(u.file), text("–"), text(render(ST.readFailed[lang], { reason: u.reason }), { fill: SEVERITY_FILL.error, wrap: true })]);
  for (const u of [...s.units].sort((a, b) => a.file.localeCompare(b.file, "fi"))) putRow(sheet, r++, [text(u.file), text(u.unit), text(ST.readOk[lang])]);
  return sheet;
}

/** The summary workbook: Units, Goals, Fill rate, Problems and About, in the chosen language; Risks and Unmatched where they apply. */
export function summaryWorkbook(s: Summary, lang: Lang, made: Made): WorkbookSpec {
  const layout = layoutOf(s);
  const sheets = [unitsSheet(s, lang, made, layout), goalsSheet(s, lang, layout)];
  if (layout.risks) sheets.push(risksSheet(s.goals.filter(isRiskRow), lang));
  sheets.push(fillSheet(s, lang), issuesSheet(s, lang));
  if (layout.previous) sheets.push(unmatchedSheet(s, lang));
  sheets.push(aboutSheet(s, lang, made));
  return { sheets };
}

/**
 * The same workbook with Tavoitteet and Ongelmat as frames only (goalsFrame, issuesFrame): their
 * rows, `counts.goals` goal rows and `counts.issues` problems, are the caller's to write after the
 * frames' cells (goalRowCells with `layout`, issueRowCells), so that a thousand units' rows need
 * not be held in memory. `s` needs its units, fill rates, unreadable files, totals and (with
 * --previous) unmatched; its goals and issues are not read. `riskRows`: the goal rows of the Riskit
 * sheet (isRiskRow), few enough to hold.
 */
export function summaryWorkbookFrame(
  s: Summary,
  lang: Lang,
  made: Made,
  counts: { goals: number; issues: number },
  layout: SummaryLayout = PLAIN,
  riskRows: readonly SummaryGoal[] = [],
): { spec: WorkbookSpec; goals: SpecSheet; issues: SpecSheet } {
  const goals = goalsFrame(lang, counts.goals, layout);
  const issues = issuesFrame(s.unreadable, lang, counts.issues);
  const sheets = [unitsSheet(s, lang, made, layout), goals];
  if (layout.risks) sheets.push(risksSheet(riskRows, lang));
  sheets.push(fillSheet(s, lang), issues);
  if (layout.previous) sheets.push(unmatchedSheet(s, lang));
  sheets.push(aboutSheet(s, lang, made));
  return { spec: { sheets }, goals, issues };
}
