// The summary workbook (issue 12) as data: the sheets a controller sends to the board. Units
// (one row each, attention first, a totals row), Goals (every goal row as a filterable table),
// Fill rate (units × months against the target, and the city-wide mean weighted by places),
// Problems (every issue, errors first) and About (when, from which files, what was not read).
// Statuses are written as the engine writes them in a contract: a label and its fill, black text.
import type { Lang } from "./i18n/lang";
import { STATUS_FILLS, statusLabel, type Status } from "./parse/words";
import { cityFillRate, cityPrivateShare, fileStem, type Summary, type SummaryGoal, type SummaryIssue, type UnitSummary, type Unreadable } from "./summary";
import { counted, MONTH_SHORT, ST, SUMMARY_SHEETS } from "./summary-text";
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

function unitsSheet(s: Summary, lang: Lang, made: { at: string }): SpecSheet {
  const heads = [
    ST.unit,
    ST.year,
    ST.review,
    ST.overall,
    ST.goalRows,
    ST.green,
    ST.yellow,
    ST.red,
    ST.none,
    ST.fillRate,
    ST.fillTarget,
    ST.privateShare,
    ST.shareTarget,
    ST.errors,
    ST.warnings,
    ST.file,
  ].map((t) => t[lang]);
  const sheet: SpecSheet = {
    name: SUMMARY_SHEETS.units[lang],
    cells: [],
    widths: [30, 7, 10, 13, 13, 9, 10, 10, 9, 11, 14, 13, 10, 9, 11, 40],
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
  putRow(sheet, 4, header(heads));
  let r = 5;
  for (const u of s.units) {
    putRow(sheet, r++, unitRow(u, lang));
  }
  // The totals row: sums, and the city-wide figures weighted as the note under it says.
  const goalRows = t.green + t.yellow + t.red + t.none;
  const totalStatuses = { green: t.green, yellow: t.yellow, red: t.red, none: t.none };
  const bold = { bold: true };
  putRow(sheet, r, [
    text(`${ST.total[lang]} (${counted("units", t.units, lang)})`, bold),
    text(""),
    text(""),
    status(worst(totalStatuses), lang),
    num(goalRows, COUNT, bold),
    num(t.green, COUNT, { ...bold, ...(t.green > 0 ? { fill: STATUS_FILLS.green } : {}) }),
    num(t.yellow, COUNT, { ...bold, ...(t.yellow > 0 ? { fill: STATUS_FILLS.yellow } : {}) }),
    num(t.red, COUNT, { ...bold, ...(t.red > 0 ? { fill: STATUS_FILLS.red } : {}) }),
    num(t.none, COUNT, bold),
    num(cityFillRate(s.fillRates.mean), PERCENT, bold),
    num(commonTarget(s.units.map((u) => u.fillRateTarget)), PERCENT, bold),
    num(cityPrivateShare(s.units), PERCENT, bold),
    num(commonTarget(s.units.map((u) => u.privateShareTarget)), PERCENT, bold),
    num(t.errors, COUNT, bold),
    num(t.warnings, COUNT, bold),
    text(""),
  ]);
  putRow(sheet, r + 2, [{ value: ST.totalNote[lang], italic: true, wrap: true }]);
  sheet.merges = [`A${r + 2}:P${r + 2}`];
  sheet.heights = { ...sheet.heights, [r + 2]: 32 };
  return sheet;
}

function unitRow(u: UnitSummary, lang: Lang): Cell[] {
  const s = u.statuses;
  const goalRows = u.goalRows ?? s.green + s.yellow + s.red + s.none;
  const coloured = (k: Exclude<Status, "none">): Cell => num(s[k], COUNT, s[k] > 0 ? { fill: STATUS_FILLS[k] } : {});
  return [
    text(u.unit, { bold: true }),
    num(u.year, COUNT, { align: "center" }),
    text(reviewText(u.review, lang), { align: "center" }),
    status(worst(s), lang),
    num(goalRows),
    coloured("green"),
    coloured("yellow"),
    coloured("red"),
    num(s.none),
    num(u.fillRate, PERCENT),
    num(u.fillRateTarget, PERCENT),
    num(u.privateShare, PERCENT),
    num(u.privateShareTarget, PERCENT),
    num(u.errors, COUNT, u.errors > 0 ? { fill: SEVERITY_FILL.error, bold: true } : {}),
    num(u.warnings, COUNT, u.warnings > 0 ? { fill: SEVERITY_FILL.warning } : {}),
    text(u.file),
  ];
}

function actualCell(a: string | null): Cell {
  if (a === null) return text("–", { align: "center" });
  const n = Number(a);
  return Number.isFinite(n) ? { value: n, border: true } : text(a);
}

const GOAL_HEADS = [ST.unit, ST.section, ST.goal, ST.metric, ST.targetLevel, ST.actual, ST.status, ST.forecast, ST.file, ST.sheet, ST.row];

/** One goal row of the Tavoitteet sheet, as its cells from column A on. */
export function goalRowCells(g: SummaryGoal, lang: Lang): Cell[] {
  return [
    text(g.unit, { wrap: true }),
    text(g.section ?? "", { wrap: true }),
    text(g.goal, { wrap: true }),
    text(g.metric, { wrap: true }),
    text(g.target, { wrap: true }),
    actualCell(g.actual),
    status(g.status, lang, g.forecast),
    text(g.forecast ? ST.yes[lang] : "", { align: "center" }),
    text(g.file),
    text(g.sheet),
    num(g.row),
  ];
}

/**
 * The Tavoitteet sheet without its goal rows: the header, and the table over `count` goal rows
 * that follow it from row 2 on (the command line writes them as it reads them back from disk).
 */
export function goalsFrame(lang: Lang, count: number): SpecSheet {
  const heads = GOAL_HEADS.map((t) => t[lang]);
  const sheet: SpecSheet = {
    name: SUMMARY_SHEETS.goals[lang],
    cells: [],
    widths: [22, 26, 40, 30, 28, 10, 18, 10, 26, 14, 7],
    freezeRow: 1,
    page: { orientation: "landscape", repeatRows: [1, 1], header: `${ST.title[lang]}: ${SUMMARY_SHEETS.goals[lang]}` },
  };
  putRow(sheet, 1, header(heads));
  // An Excel table needs one data row at least; without goals the header stands alone.
  if (count > 0) sheet.tables = [{ name: "SummaryGoals", range: `A1:${columnLetter(heads.length)}${1 + count}` }];
  return sheet;
}

function goalsSheet(s: Summary, lang: Lang): SpecSheet {
  const sheet = goalsFrame(lang, s.goals.length);
  s.goals.forEach((g, i) => putRow(sheet, 2 + i, goalRowCells(g, lang)));
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
  let r = 5;
  for (const u of f.units) {
    const rates = new Map(u.months.map((m) => [m.month, m.rate]));
    const mean = byUnit.get(`${u.file}\u0000${u.unit}`)?.fillRate ?? null;
    putRow(sheet, r, [
      text(u.unit, { bold: true }),
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
  if (f.units.some((u) => u.months.some((m) => m.rate !== null && m.places === null))) putRow(sheet, r + 3, [{ value: ST.noPlaces[lang], italic: true }]);
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

function aboutSheet(s: Summary, lang: Lang, made: { at: string; inputs: string[] }): SpecSheet {
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
  if (made.inputs.length > 1) sheet.heights[5] = Math.min(409, 15 * made.inputs.length);
  putRow(sheet, 10, header([ST.file[lang], ST.unit[lang], ST.result[lang]]));
  let r = 11;
  for (const u of s.unreadable)
    putRow(sheet, r++, [text(u.file), text("–"), text(render(ST.readFailed[lang], { reason: u.reason }), { fill: SEVERITY_FILL.error, wrap: true })]);
  for (const u of [...s.units].sort((a, b) => a.file.localeCompare(b.file, "fi"))) putRow(sheet, r++, [text(u.file), text(u.unit), text(ST.readOk[lang])]);
  return sheet;
}

/** The summary workbook: Units, Goals, Fill rate, Problems and About, in the chosen language. */
export function summaryWorkbook(s: Summary, lang: Lang, made: { at: string; inputs: string[] }): WorkbookSpec {
  return { sheets: [unitsSheet(s, lang, made), goalsSheet(s, lang), fillSheet(s, lang), issuesSheet(s, lang), aboutSheet(s, lang, made)] };
}

/**
 * The same workbook with Tavoitteet and Ongelmat as frames only (goalsFrame, issuesFrame): their
 * rows, `counts.goals` goal rows and `counts.issues` problems, are the caller's to write after the
 * frames' cells (goalRowCells, issueRowCells), so that a thousand units' rows need not be held in
 * memory. `s` needs its units, fill rates, unreadable files and totals; its goals and issues are
 * not read.
 */
export function summaryWorkbookFrame(
  s: Summary,
  lang: Lang,
  made: { at: string; inputs: string[] },
  counts: { goals: number; issues: number },
): { spec: WorkbookSpec; goals: SpecSheet; issues: SpecSheet } {
  const goals = goalsFrame(lang, counts.goals);
  const issues = issuesFrame(s.unreadable, lang, counts.issues);
  return { spec: { sheets: [unitsSheet(s, lang, made), goals, fillSheet(s, lang), issues, aboutSheet(s, lang, made)] }, goals, issues };
}
