// The city-wide roll-up (issue 12): what one unit workbook contributes, and the summary over all.
// Pure: the command line and the pane read the files; this module only counts.
// The shapes below are the contract between the engine, the command line (`summary`) and the
// pane's Yhteenveto view; the functions are built in this module.
import { round2 } from "./decimal";
import type { Lang } from "./i18n/lang";
import { check } from "./index";
import type { Issue } from "./issues";
import { parseTarget, type Target } from "./parse/target";
import type { Status } from "./parse/words";
import type { GoalTable } from "./recognise/tables";
import { isSettingsSheet } from "./settings-sheet";
import { cellAt, cellText, isBlank, mergedText, type Sheet, type WorkbookSnapshot } from "./snapshot";
import { yearHint, type GoalState, type Report } from "./validate";

export type StatusCounts = Record<Status, number>;

/** One unit workbook's line in the summary. */
export interface UnitSummary {
  /** The path or file name as the user gave it. */
  file: string;
  /** From the workbook's "Tulosyksikkö:" / "Yksikkö:" line, else the file name without extension. */
  unit: string;
  /** The contract year, where the workbook states one. */
  year: number | null;
  /** The latest review with actuals: 9 (interim, a forecast) or 12 months; null when none yet. */
  review: 9 | 12 | null;
  statuses: StatusCounts;
  /** Mean fill rate in percent units (98.74), as validate reports it; null without a fill-rate table. */
  fillRate: number | null;
  /** The fill-rate target in percent units, from the fill-rate goal row; null when none. */
  fillRateTarget: number | null;
  privateShare: number | null;
  privateShareTarget: number | null;
  errors: number;
  warnings: number;
  /** Infos (qualitative targets, no actual yet), as validate counts them. */
  infos?: number;
  /** Goal rows, as validate counts them (goalRows). */
  goalRows?: number;
  /** Children in own and in private production, where the workbook gives counts: they weigh the city-wide share. */
  own?: number | null;
  private?: number | null;
  /** The fill rate's year-end projection, where the engine gives one (domain.md, "Year-end forecast"). */
  fillRateProjection?: Projection;
  /** Goal rows whose projection is off track or at risk; present only when some goal row has a projection. */
  risk?: { offTrack: number; atRisk: number };
  /** With `summary --previous`: last year's figures of the unit matched by name, null when none matched. */
  previous?: PreviousUnit | null;
  /** This year minus last, in points; null where either year has no figure. */
  change?: UnitChange | null;
}

/** The engine's year-end projection of a goal row or a fill rate (cli-contract.md, `refresh --json`). */
export interface Projection {
  value: number;
  low: number;
  high: number;
  method: string;
  risk: Risk;
}

export type Risk = "on-track" | "at-risk" | "off-track";

/** Last year's line of a unit, as `--previous` reports it. */
export interface PreviousUnit {
  fillRate: number | null;
  privateShare: number | null;
  statuses: StatusCounts;
}

export interface UnitChange {
  fillRate: number | null;
  privateShare: number | null;
}

/** better, same or worse: red < yellow < green. */
export type Change = "better" | "same" | "worse";

/** Last year's status and figure of a goal row matched by its unit and goal text. */
export interface PreviousGoal {
  status: Status;
  actual: string | null;
}

/** A goal row named in `unmatched`. */
export interface GoalRef {
  file: string;
  unit: string;
  sheet: string;
  row: number;
  goal: string;
}

/** One goal row of one unit. */
export interface SummaryGoal {
  file: string;
  unit: string;
  sheet: string;
  row: number;
  section: string | null;
  goal: string;
  metric: string;
  target: string;
  actual: string | null;
  /** The actual cell's text where it holds words rather than a figure ("Malli käytössä"): `actual` is then null. */
  actualText?: string;
  status: Status;
  forecast: boolean;
  /** The year-end projection, where the engine gives one. */
  projection?: Projection;
  /** The row's "Riskit" text, where the workbook gives one. */
  risks?: string;
  /** With `summary --previous`: last year's status and figure, null when no goal of last year matched. */
  previous?: PreviousGoal | null;
  change?: Change | null;
}

export interface SummaryIssue extends Issue {
  file: string;
  unit: string;
}

/** A unit's fill rate by month ("2025-01"), in percent units, with the places that weigh it. */
export interface UnitFillRate {
  file: string;
  unit: string;
  target: number | null;
  months: Array<{ month: string; places: number | null; children: number | null; rate: number | null }>;
}

/** All one unit contributes; small, so a thousand of them fit in memory without their workbooks. */
export interface UnitPart {
  unit: UnitSummary;
  goals: SummaryGoal[];
  issues: SummaryIssue[];
  fillRate: UnitFillRate | null;
}

/** A file that could not be read, and why (in the chosen language). */
export interface Unreadable {
  file: string;
  reason: string;
}

export interface Summary {
  /** Units needing attention first (errors, then red, then yellow…). */
  units: UnitSummary[];
  goals: SummaryGoal[];
  /** Errors first, then warnings, then infos. */
  issues: SummaryIssue[];
  fillRates: {
    /** Every month any unit reports, in order. */
    months: string[];
    units: UnitFillRate[];
    /** City-wide rate per month: children summed over places summed (weighted by places, not a mean of means). */
    mean: Array<{ month: string; places: number; children: number; rate: number | null }>;
  };
  unreadable: Unreadable[];
  /** With `summary --previous`: the goal rows of either year that matched none of the other. */
  unmatched?: { current: GoalRef[]; previous: GoalRef[] };
  totals: StatusCounts & { units: number; unreadable: number; errors: number; warnings: number };
}

// ---------------------------------------------------------------------------------------------
// One unit: the engine's check once, and what the summary keeps of its report.

/** Labels of the line that names the unit above the tables ("Tulosyksikkö: Keskusta"). */
const UNIT_LABEL = /^\s*(tulosyksikkö|yksikkö|palveluyksikkö|resultatenhet|enhet|unit|service unit)\s*:\s*(.*)$/iu;
/** The name is looked for in the rows above the first table, and never below this row. */
const UNIT_ROWS = 30;

/**
 * The unit's name as the workbook states it: a "Tulosyksikkö: Keskusta" line (or the name in the
 * cell right of "Tulosyksikkö:") above the tables; undefined when there is none or it is empty.
 */
export function findUnitName(snap: WorkbookSnapshot, tables: readonly GoalTable[] = []): string | undefined {
  for (const sheet of snap.sheets) {
    if (isSettingsSheet(sheet.name)) continue;
    const first = tables.filter((t) => t.sheet === sheet).reduce((m, t) => Math.min(m, t.headerTop), UNIT_ROWS + 1);
    const last = Math.min(UNIT_ROWS, first - 1, sheet.rows.length);
    for (let r = 1; r <= last; r++) {
      const row = sheet.rows[r - 1] ?? [];
      for (let c = 0; c < row.length; c++) {
        const text = cellText(row[c]);
        if (text.length > 200) continue;
        const m = UNIT_LABEL.exec(text.replace(/\s+/g, " "));
        if (!m) continue;
        let name = m[2].trim();
        for (let k = c + 1; name === "" && k < row.length && k <= c + 3; k++) name = cellText(row[k]).replace(/\s+/g, " ").trim();
        if (name !== "") return name.slice(0, 120);
      }
    }
  }
  return undefined;
}

/** "yksikot/keskusta.xlsx" → "keskusta". */
export function fileStem(file: string): string {
  const base =
    file
      .split(/[\\/]/)
      .filter((p) => p !== "")
      .pop() ?? file;
  const stem = base.replace(/\.[^.]*$/, "");
  return stem === "" ? base : stem;
}

/** The first percent level a target sets ("Vähintään 100 % täyttöaste" → 100). */
function percentLevel(t: Target): number | null {
  if (t.kind === "bound" && t.unit === "percent") return t.value;
  if (t.kind === "range" && t.unit === "percent") return t.lo;
  if (t.kind === "compound") {
    for (const p of t.parts) {
      const v = percentLevel(p);
      if (v !== null) return v;
    }
  }
  return null;
}

function fillRateTargetOf(goals: readonly GoalState[]): number | null {
  for (const g of goals) {
    const parsed = parseTarget(g.result.target);
    if (parsed.topic !== "fillRate") continue;
    const v = percentLevel(parsed.target);
    if (v !== null) return v;
  }
  return null;
}

function privateTargetOf(report: Report): number | null {
  if (report.productionShares?.target) return report.productionShares.target.private;
  for (const g of report.detail.goals) {
    const t = parseTarget(g.result.target).target;
    if (t.kind === "split") return t.privateShare;
  }
  return null;
}

/**
 * Which review the actuals are from: 12 when some goal row has its year's actual written, 9 when
 * only the interim (9-month, forecast) column holds figures, null when neither does yet.
 */
function reviewOf(goals: readonly GoalState[]): 9 | 12 | null {
  let interim = false;
  for (const g of goals) {
    const c = g.table.columns;
    if (c.actual !== undefined && !isBlank(cellAt(g.table.sheet, g.result.row, c.actual))) return 12;
    if (c.interim !== undefined && !isBlank(cellAt(g.table.sheet, g.result.row, c.interim))) interim = true;
  }
  return interim ? 9 : null;
}

/** A contract's title ("PALVELUTUOTANTOSOPIMUS 2025"), never a section: it names the whole workbook. */
const TITLE_WORDS = /(sopimus|avtal|contract|tuloskortti|resultatkort|(?<![\d_])(19|20)\d\d(?!\d))/iu;

/**
 * A section title standing right above a table's header (seed 001 puts each section's title,
 * merged across the table, over the header it repeats; the recogniser gives the titles inside a
 * table to the rows below them, the first one stands above the first table): one text, no
 * contract title or year, no "Tulosyksikkö:" line.
 */
function sectionAbove(t: GoalTable): string | undefined {
  const r = t.headerTop - 1;
  if (r < 1) return undefined;
  const texts = (t.sheet.rows[r - 1] ?? []).map((c) => cellText(c).trim()).filter((x) => x !== "");
  if (texts.length !== 1) return undefined;
  const text = texts[0].replace(/\s+/g, " ");
  if (text.length > 200 || UNIT_LABEL.test(text) || TITLE_WORDS.test(text)) return undefined;
  return text;
}

function sectionsOf(tables: readonly GoalTable[]): Map<GoalTable, Map<number, string>> {
  const out = new Map<GoalTable, Map<number, string>>();
  for (const t of tables) {
    const m = new Map<number, string>();
    const above = sectionAbove(t);
    // The title above the header holds for the rows until the table names a section of its own.
    let current = above;
    for (const r of t.rows) {
      if (r.section) current = undefined;
      const section = r.section ?? current;
      if (section) m.set(r.row, section.replace(/\s+/g, " ").trim());
    }
    out.set(t, m);
  }
  return out;
}

/** At most this many characters of a text actual are kept (the summary is a list, not the contract). */
const TEXT_ACTUAL_MAX = 500;

/**
 * The review cell's words where the engine took no figure from it ("Malli käytössä kaikissa
 * ryhmissä", "Ei toteudu, …"): the year's column first, else the interim one; undefined when
 * the engine gave a figure or both cells are empty.
 */
function actualTextOf(g: GoalState): string | undefined {
  if (g.result.actual !== null) return undefined;
  const c = g.table.columns;
  for (const col of [c.actual, c.interim]) {
    if (col === undefined) continue;
    const text = mergedText(g.table.sheet, g.result.row, col).replace(/\s+/g, " ").trim();
    if (text !== "") return text.length > TEXT_ACTUAL_MAX ? `${text.slice(0, TEXT_ACTUAL_MAX - 1)}…` : text;
  }
  return undefined;
}

/** What a later engine adds to a goal row and to the fill rate (domain.md, "Year-end forecast"); read where present. */
interface Projected {
  projection?: Projection | null;
  risks?: string | null;
}

function projectionOf(x: unknown): Projection | undefined {
  const p = (x as Projected | null | undefined)?.projection;
  return p && typeof p.value === "number" && typeof p.risk === "string" ? { ...p } : undefined;
}

function risksOf(x: unknown): string | undefined {
  const r = (x as Projected | null | undefined)?.risks;
  return typeof r === "string" && r.trim() !== "" ? r.trim() : undefined;
}

function metricOf(g: GoalState, sheet: Sheet): string {
  const col = g.table.columns.metric;
  return col === undefined ? "" : mergedText(sheet, g.result.row, col).trim();
}

/** "01" → "2025-01" when the year is known, so that units with and without years line up. */
function monthKey(key: string, year: number | null): string {
  return /^\d\d$/.test(key) && year !== null ? `${year}-${key}` : key;
}

/**
 * What one unit workbook contributes to the summary: the engine's check run once, its figures
 * exactly as validate and refresh report them, and no reference to the workbook, so that the
 * caller can drop the workbook before reading the next one.
 */
export function summariseUnit(file: string, snap: WorkbookSnapshot, lang: Lang): UnitPart {
  const report = check(snap, lang);
  const d = report.detail;
  const unit = findUnitName(snap, d.tables) ?? fileStem(file);
  const found = yearHint([...d.fillTables.map((f) => f.table), ...d.tables]);
  const year = found ?? null;

  const statuses: StatusCounts = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const g of report.goals) statuses[g.status]++;

  const sections = sectionsOf(d.tables);
  const goals: SummaryGoal[] = d.goals.map((g) => ({
    file,
    unit,
    sheet: g.result.sheet,
    row: g.result.row,
    section: sections.get(g.table)?.get(g.result.row) ?? null,
    goal: g.result.goal,
    metric: metricOf(g, g.table.sheet),
    target: g.result.target,
    actual: g.result.actual,
    ...optional("actualText", actualTextOf(g)),
    status: g.result.status,
    forecast: g.result.forecast,
    ...optional("projection", projectionOf(g.result)),
    ...optional("risks", risksOf(g.result)),
  }));
  const projected = goals.filter((g) => g.projection !== undefined);
  const risk = projected.length
    ? { offTrack: projected.filter((g) => g.projection?.risk === "off-track").length, atRisk: projected.filter((g) => g.projection?.risk === "at-risk").length }
    : undefined;

  const fillRateTarget = fillRateTargetOf(d.goals);
  const ps = report.productionShares;
  const summary: UnitSummary = {
    file,
    unit,
    year,
    review: reviewOf(d.goals),
    statuses,
    fillRate: report.fillRate?.average ?? null,
    fillRateTarget,
    privateShare: ps ? ps.privateShare : null,
    privateShareTarget: privateTargetOf(report),
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    infos: report.summary.infos,
    goalRows: report.summary.goalRows,
    own: ps ? ps.own : null,
    private: ps ? ps.private : null,
    ...optional("fillRateProjection", projectionOf(report.fillRate)),
    ...optional("risk", risk),
  };
  const fillRate: UnitFillRate | null = report.fillRate
    ? {
        file,
        unit,
        target: fillRateTarget,
        months: report.fillRate.months.map((m) => ({ month: monthKey(m.month, year), places: m.places, children: m.children, rate: m.rate })),
      }
    : null;
  // Copies of the issues: the part keeps no reference into the report or the workbook.
  const issues: SummaryIssue[] = report.issues.map((i) => ({ ...i, file, unit }));
  return { unit: summary, goals, issues, fillRate };
}

/** `{ [key]: value }` when there is a value, else nothing: optional fields stay out of the JSON when absent. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

// ---------------------------------------------------------------------------------------------
// All units.

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Units needing attention first: more errors, then more goals off track, then at risk (where the
 * engine projects the year's end), then more red, then more yellow rows; then by name and file.
 */
export function byAttention(a: UnitSummary, b: UnitSummary): number {
  return (
    b.errors - a.errors ||
    (b.risk?.offTrack ?? 0) - (a.risk?.offTrack ?? 0) ||
    (b.risk?.atRisk ?? 0) - (a.risk?.atRisk ?? 0) ||
    b.statuses.red - a.statuses.red ||
    b.statuses.yellow - a.statuses.yellow ||
    a.unit.localeCompare(b.unit, "fi") ||
    a.file.localeCompare(b.file, "fi")
  );
}

/** True when a unit needs the board's or the controller's attention: errors, or a red or yellow row. */
export function needsAttention(u: UnitSummary): boolean {
  return u.errors > 0 || u.statuses.red > 0 || u.statuses.yellow > 0 || (u.risk?.offTrack ?? 0) > 0 || (u.risk?.atRisk ?? 0) > 0;
}

/**
 * The city-wide fill rate per month: the children of all units over the places of all units
 * (weighted by places, not a mean of the units' rates). Units that give only rates (no places)
 * cannot be weighed and are left out of the month; a month no unit gives places for has no rate.
 */
export function weightedMonths(units: readonly UnitFillRate[]): Summary["fillRates"]["mean"] {
  const sums = new Map<string, { places: number; children: number }>();
  for (const u of units) {
    for (const m of u.months) {
      const s = sums.get(m.month) ?? { places: 0, children: 0 };
      sums.set(m.month, s);
      if (m.places !== null && m.children !== null && m.places > 0) {
        s.places += m.places;
        s.children += m.children;
      }
    }
  }
  return [...sums.keys()].sort().map((month) => {
    const s = sums.get(month) as { places: number; children: number };
    return { month, places: round2(s.places), children: round2(s.children), rate: s.places > 0 ? round2((100 * s.children) / s.places) : null };
  });
}

/** The city-wide year figure: the mean of the city-wide monthly rates (as a unit's is the mean of its months). */
export function cityFillRate(mean: Summary["fillRates"]["mean"]): number | null {
  const rates = mean.filter((m) => m.rate !== null).map((m) => m.rate as number);
  return rates.length ? round2(rates.reduce((a, b) => a + b, 0) / rates.length) : null;
}

/** Names that more than one unit bears: such units are told apart by their file wherever they are named. */
export function sharedNames(units: ReadonlyArray<{ unit: string }>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const u of units) (seen.has(u.unit) ? shared : seen).add(u.unit);
  return shared;
}

/** "Keskusta", or "Keskusta (pohjoinen/keskusta.xlsx)" when another unit bears the same name. */
export function unitLabel(u: { unit: string; file: string }, shared: ReadonlySet<string>): string {
  return shared.has(u.unit) ? `${u.unit} (${u.file})` : u.unit;
}

/** Why a unit is not in the city-wide fill rate. */
export type FillGap = "noFill" | "noPlaces";

/** Which units the city-wide fill rate covers: `covered` of `of` units; the others named with why. */
export interface FillCoverage {
  covered: number;
  of: number;
  left: Array<{ unit: string; file: string; why: FillGap }>;
}

/**
 * The units the city-wide fill rate is made of (those giving places and children for some month)
 * and those it leaves out: no fill-rate table at all, or rates without places (they cannot be weighed).
 */
export function fillCoverage(s: Pick<Summary, "units" | "fillRates">): FillCoverage {
  const key = (u: { file: string; unit: string }) => `${u.file}\u0000${u.unit}`;
  const weighed = new Map(s.fillRates.units.map((f) => [key(f), f.months.some((m) => m.places !== null && m.places > 0 && m.children !== null)]));
  const left: FillCoverage["left"] = [];
  for (const u of s.units) {
    const w = weighed.get(key(u));
    if (w === undefined) left.push({ unit: u.unit, file: u.file, why: "noFill" });
    else if (!w) left.push({ unit: u.unit, file: u.file, why: "noPlaces" });
  }
  return { covered: s.units.length - left.length, of: s.units.length, left };
}

/** The city-wide private share: private children over all children of the units that give counts. */
export function cityPrivateShare(units: readonly UnitSummary[]): number | null {
  let own = 0;
  let priv = 0;
  for (const u of units) {
    if (typeof u.own === "number" && typeof u.private === "number") {
      own += u.own;
      priv += u.private;
    }
  }
  return own + priv > 0 ? round2((100 * priv) / (own + priv)) : null;
}

export function combineUnits(parts: readonly UnitPart[], unreadable: readonly Unreadable[]): Summary {
  const sorted = [...parts].sort((a, b) => byAttention(a.unit, b.unit));
  const order = new Map(sorted.map((p, i) => [p, i]));
  const units = sorted.map((p) => p.unit);
  const goals = sorted.flatMap((p) => p.goals);
  const issues = sorted
    .flatMap((p) => p.issues.map((i) => ({ i, at: order.get(p) as number })))
    .sort((x, y) => SEVERITY_ORDER[x.i.severity] - SEVERITY_ORDER[y.i.severity] || x.at - y.at || x.i.sheet.localeCompare(y.i.sheet) || x.i.row - y.i.row)
    .map((x) => x.i);
  const fillUnits = sorted.map((p) => p.fillRate).filter((f): f is UnitFillRate => f !== null);
  const months = [...new Set(fillUnits.flatMap((u) => u.months.map((m) => m.month)))].sort();
  const totals = { units: units.length, green: 0, yellow: 0, red: 0, none: 0, unreadable: unreadable.length, errors: 0, warnings: 0 };
  for (const u of units) {
    for (const s of ["green", "yellow", "red", "none"] as const) totals[s] += u.statuses[s];
    totals.errors += u.errors;
    totals.warnings += u.warnings;
  }
  return {
    units,
    goals,
    issues,
    fillRates: { months, units: fillUnits, mean: weightedMonths(fillUnits) },
    unreadable: [...unreadable],
    totals,
  };
}
