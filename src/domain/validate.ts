// The analysis: recognise every table, parse every goal row, compute the metrics and statuses,
// and report every problem. Pure: a snapshot in, a report out.
import { dec, round2 } from "./decimal";
import { renderReason, SOURCE_TABLES, targetInWords, withSource, type ReasonSource } from "./i18n/reasons";
import { COLUMN_NAMES, UNSUPPORTED_NAMES } from "./i18n/messages";
import { formatNumber, type Lang } from "./i18n/lang";
import { countBySeverity, IssueList, type Issue } from "./issues";
import { checkBudget } from "./metrics/budget";
import { checkMissingMonths, checkTypedMean, fillRateOfRows, fillRateOfSeries, fillRows, type FillRate, type FillRow } from "./metrics/fill-rate";
import { checkStatedShares, findProduction, productionShares, statedShareOk, type ProductionBlock, type ProductionShares } from "./metrics/production";
import { actualValue, cellString, mean, readActual, readBaseline, splitShares, type Actual, type MonthValue } from "./parse/actual";
import { formulaError } from "./parse/errors";
import { cellNumber, looksNumeric } from "./parse/number";
import { parseTarget, type ParsedTarget, type Target } from "./parse/target";
import { parseTypedStatus, progressOf, STATUS_LABELS, statusOfFill, type Progress, type Status } from "./parse/words";
import { findTables, type FillTable, type GoalTable } from "./recognise/tables";
import { decidingReview } from "./review";
import { checkTypedForecast, projectGoal } from "./forecast-row";
import { projectMonths, type Projection } from "./forecast";
import { projectionReason } from "./i18n/forecast-text";
import { responsibleInMeans } from "./responsible";
import { readSettings, isSettingsSheet, settingCells, type SettingCell } from "./settings-sheet";
import { isCatalogueSheet } from "./catalogue/organisation";
import type { Settings } from "./settings";
import { a1, cellAt, cellText, MAX_CELL_CHARS, mergeAt, mergedText, type Cell, type Sheet, type WorkbookSnapshot } from "./snapshot";
import { verdict, type Baseline, type Verdict } from "./status";
import { fold } from "./text";

export interface GoalResult {
  sheet: string;
  row: number;
  goal: string;
  target: string;
  actual: string | null;
  status: Status;
  forecast: boolean;
  reason: string;
  manual?: true;
  /** The year-end projection, where the figures allow one (domain.md, "Year-end forecast"). */
  projection?: Projection;
  /** The row's "Riskit" / "Risker" / "Risks" text. */
  risks?: string;
}

/** What refresh needs beyond the public result. */
export interface GoalState {
  result: GoalResult;
  table: GoalTable;
  computed: Verdict;
  /** The target is measurable (it would get a status once an actual is there). */
  measurable: boolean;
  typed: Status | "invalid" | undefined;
  actual: Actual | null;
}

export interface ProductionResult extends ProductionShares {
  target: { own: number; private: number } | null;
}

export interface Report {
  summary: { errors: number; warnings: number; infos: number; goalRows: number; tables: number };
  goals: GoalResult[];
  fillRate: FillRate | null;
  productionShares: ProductionResult | null;
  issues: Issue[];
  /** For refresh and the pane; not part of the JSON contract. */
  detail: {
    goals: GoalState[];
    tables: GoalTable[];
    fillTables: Array<{ table: FillTable; rows: FillRow[] }>;
    production: ProductionBlock | null;
    settings: Settings;
    /** Where the settings sheet keeps each value, for formulas that refer to it. */
    settingCells?: Partial<Record<keyof Settings, SettingCell>>;
  };
}

export interface AnalyseOptions {
  lang: Lang;
}

/** The fill rate's target where the workbook states none: the standard goal row's "at least 100 %" (domain.md). */
const FILL_TARGET: Target = { kind: "bound", dir: "atLeast", strict: false, value: 100, unit: "percent" };

function splitTargetOf(goals: Array<{ parsed: ParsedTarget }>): { own: number; private: number } | null {
  for (const g of goals) {
    if (g.parsed.target.kind === "split") return { own: g.parsed.target.ownShare, private: g.parsed.target.privateShare };
  }
  return null;
}

/**
 * A target cell as its reader sees it: a real number with a percent format is a percent
 * (0,95 shown as 95 % is "95 %", never the count 0,95); a target merged down is each row's.
 */
function targetCellText(sheet: Sheet, row: number, col: number): string {
  const m = mergeAt(sheet, row, col);
  const cell = m && m.left === col ? cellAt(sheet, m.top, m.left) : cellAt(sheet, row, col);
  const n = typeof cell?.value === "number" ? cellNumber(cell) : null;
  return n?.percent ? `${n.value} %` : mergedText(sheet, row, col);
}

/**
 * The contract year, for month keys: the first year written in a title or header above a table
 * ("PALVELUTUOTANTOSOPIMUS 2020", "Mittarin tavoitetaso 2020", "Varhaiskasvatuksen täyttöaste 2012").
 */
export function yearHint(tables: Array<{ sheet: Sheet; headerRow: number }>): number | undefined {
  for (const t of tables) {
    for (let r = 1; r <= t.headerRow; r++) {
      for (const cell of t.sheet.rows[r - 1] ?? []) {
        if (typeof cell?.value !== "string" || cell.value.length > 80) continue;
        const m = /(?<![\d_])((?:19|20)\d\d)(?!\d)/.exec(cell.value);
        if (m) return Number(m[1]);
      }
    }
  }
  return undefined;
}

export function analyse(snap: WorkbookSnapshot, opts: AnalyseOptions): Report {
  const issues = new IssueList(opts.lang);
  const lang = opts.lang;
  const settings = readSettings(snap, issues);

  if (snap.unsupported.length > 0) {
    const parts = snap.unsupported.map((k) => UNSUPPORTED_NAMES[k]?.[lang] ?? k).join(", ");
    issues.add("unsupported-content", snap.sheets[0]?.name ?? "", 1, 1, { parts });
  }

  const tables: GoalTable[] = [];
  const fillTables: Array<{ table: FillTable; rows: FillRow[] }> = [];
  let production: ProductionBlock | null = null;
  for (const sheet of snap.sheets) {
    // The organisation's goal library lists goal rows to insert, not a contract's goals.
    if (isSettingsSheet(sheet.name) || isCatalogueSheet(sheet.name)) continue;
    const found = findTables(sheet);
    tables.push(...found.goalTables);
    for (const t of found.fillTables) {
      const rows = fillRows(t, settings, issues);
      checkMissingMonths(t, rows, issues, lang);
      checkTypedMean(t, rows, issues);
      fillTables.push({ table: t, rows });
    }
    const inGoalTable = (r: number) => found.goalTables.some((t) => r >= t.headerRow && r <= t.lastRow);
    production ??= findProduction(sheet, issues, inGoalTable);
    const goalRows = new Set(found.goalTables.flatMap((t) => t.rows.map((g) => g.row)));
    const inGoalRow = (r: number) => goalRows.has(r);
    checkBudget(sheet, issues, inGoalRow);
  }
  if (production) checkStatedShares(production, issues);

  if (tables.length === 0) issues.add("no-goal-table", snap.sheets[0]?.name ?? "", 1, 1);
  for (const t of tables) checkTable(t, issues, lang);

  const year = yearHint([...fillTables.map((f) => f.table), ...tables]);
  const tableFill = fillTables.find((f) => f.rows.some((r) => r.rate !== null));
  let fillRate: FillRate | null = tableFill ? fillRateOfRows(tableFill.rows, year) : null;
  const shares = production ? productionShares(production, settings) : null;

  const rows = tables.flatMap((t) => t.rows.map((r) => ({ table: t, row: r.row })));
  // Read as the row reads it: a target merged down over several rows is each row's target.
  const parsedRows = rows.map((x) => ({
    ...x,
    parsed: parseTarget(x.table.columns.target === undefined ? "" : targetCellText(x.table.sheet, x.row, x.table.columns.target)),
  }));
  const fillMonths = tableFill ? tableFill.rows.filter((r) => r.rate !== null).map((r) => ({ month: r.month, value: r.rate as number })) : null;
  const linked: Linked = { fillRate: fillRate?.average ?? null, fillMonths, shares };
  // The fill rate's projection, judged against the fill-rate goal's target (at least 100 % where the workbook has none).
  const fillTarget = parsedRows.find((p) => p.parsed.topic === "fillRate" && p.parsed.target.kind !== "qualitative")?.parsed.target ?? FILL_TARGET;
  const fillProjection = fillMonths ? projectMonths(fillMonths, fillTarget, undefined, settings) : null;
  if (fillRate && fillProjection) fillRate = { ...fillRate, projection: fillProjection.projection };
  const goals: GoalState[] = [];
  const seen = new Map<GoalTable, Map<string, number>>();
  for (const x of parsedRows) {
    const state = checkRow(x.table, x.row, x.parsed, settings, linked, issues, lang, seen);
    if (state) goals.push(state.goal);
    if (!fillRate && state?.series && x.parsed.topic === "fillRate") {
      fillRate = fillRateOfSeries(state.series, year);
      if (state.goal.result.projection) fillRate.projection = state.goal.result.projection;
    }
  }

  const target = splitTargetOf(parsedRows);
  const productionResult: ProductionResult | null = shares ? { ...shares, target } : productionFromGoals(goals, target);

  const counts = countBySeverity(issues.items);
  return {
    summary: { ...counts, goalRows: goals.length, tables: tables.length },
    goals: goals.map((g) => g.result),
    fillRate,
    productionShares: productionResult,
    issues: issues.items,
    detail: { goals, tables, fillTables, production, settings, settingCells: settingCells(snap) },
  };
}

/** Without a production table, the split goal row's own counts give the shares. */
function productionFromGoals(goals: GoalState[], target: { own: number; private: number } | null): ProductionResult | null {
  for (const g of goals) {
    const a = g.actual;
    if (a?.kind === "split" && a.split.own !== undefined && a.split.private !== undefined) {
      return {
        own: a.split.own,
        private: a.split.private,
        ownShare: round2(a.ownShare),
        privateShare: round2(a.privateShare),
        target,
      };
    }
  }
  return null;
}

function checkTable(t: GoalTable, issues: IssueList, lang: Lang): void {
  const name = t.sheet.name;
  for (const key of ["goal", "metric", "target"] as const) {
    if (t.columns[key] === undefined) issues.add("missing-column", name, t.headerRow, t.firstCol, { column: COLUMN_NAMES[key][lang] });
  }
  for (const d of t.duplicates) {
    issues.add("duplicate-column", name, t.headerRow, d.col, { column: cellText(cellAt(t.sheet, t.headerRow, d.col)).replace(/\s+/g, " ") });
  }
  for (const u of t.unread) issues.add("unread-row", name, u.row, u.col, { text: u.text }, u.reason === "valueOnly" ? "unread-row.value" : "unread-row");
  // A result card (it has a data-source column) names no responsible party by design.
  if (t.columns.responsible === undefined && t.columns.means === undefined && t.columns.source === undefined && t.rows.length > 0) {
    issues.add("missing-responsible", name, t.headerRow, t.firstCol, {}, "missing-responsible.table");
  }
}

interface Linked {
  fillRate: number | null;
  /** The fill-rate table's measured months, for the projection of the goal row that takes its mean. */
  fillMonths: MonthValue[] | null;
  shares: ProductionShares | null;
}

const PORTFOLIO_FLAGS = new Set(["k", "e", "j", "n", "y", "kyllä", "ei", "ja", "nej", "yes", "no"]);

/** The year's series is the union of the review columns' own series: Jan–Sep in the 9-month cell, Oct–Dec in the 12-month one; later columns win. */
function joinSeries(deciding: Actual | null, earlier: Array<Actual | null>): Actual | null {
  if (deciding?.kind !== "series") return deciding;
  const byMonth = new Map<number, number>();
  for (const e of earlier) if (e?.kind === "series") for (const m of e.months) byMonth.set(m.month, m.value);
  for (const m of deciding.months) byMonth.set(m.month, m.value);
  const months = [...byMonth.entries()].sort((x, y) => x[0] - y[0]).map(([month, value]) => ({ month, value }));
  return { kind: "series", months, value: mean(months.map((m) => m.value)) };
}

/** A column as a reason names it: the lowest text of its header band ("2024" under "Toteuma"). */
function headerLabel(table: GoalTable, col: number): string {
  for (let r = table.headerRow; r >= table.headerTop; r--) {
    const t = mergedText(table.sheet, r, col).replace(/\s+/g, " ").trim();
    if (t !== "") return t;
  }
  return "";
}

/**
 * The baseline cell's figure in its unit (a share or not), with the column's header and the cell
 * for the reason; a text is read as last year's actual (readBaseline): several unmarked figures
 * are ambiguous. `percent`: the actual's unit, where it has one.
 */
function baselineOf(table: GoalTable, row: number, percent: boolean | undefined, metric: string): Baseline | { ambiguous: string[] } | undefined {
  const col = table.columns.baseline;
  if (col === undefined) return undefined;
  const cell = cellAt(table.sheet, row, col);
  const where = { label: headerLabel(table, col), cell: a1(row, col) };
  const n = cellNumber(cell) ?? readBaseline(cellString(cell), percent, metric);
  if (n === null) return undefined;
  return "ambiguous" in n ? n : { value: n.value, percent: n.percent, ...where };
}

/** The unit of an actual's figure: a share, a count, or none to tell. */
function unitOf(a: Actual | null): boolean | undefined {
  if (a?.kind === "number") return a.percent;
  if (a?.kind === "series") return true;
  if (a?.kind === "fraction") return false;
  return undefined;
}

function typedStatus(cell: Cell | undefined): Status | "invalid" | undefined {
  const t = parseTypedStatus(cellText(cell));
  return t ?? statusOfFill(cell?.fill);
}

function checkSplitStated(a: Actual | null, sheet: string, row: number, col: number, issues: IssueList): void {
  if (a?.kind !== "split") return;
  const s = a.split;
  const computed = s.own !== undefined && s.private !== undefined ? splitShares({ own: s.own, private: s.private }) : null;
  if (computed) {
    if (s.ownStated && !statedShareOk(s.ownStated.value, s.ownStated.decimals, computed.ownShare)) {
      issues.add("share-mismatch", sheet, row, col, { stated: s.ownStated.value, computed: round2(computed.ownShare) });
    }
    if (s.privateStated && !statedShareOk(s.privateStated.value, s.privateStated.decimals, computed.privateShare)) {
      issues.add("share-mismatch", sheet, row, col, { stated: s.privateStated.value, computed: round2(computed.privateShare) });
    }
  }
  if (s.ownStated && s.privateStated) {
    const sum = round2(s.ownStated.value + s.privateStated.value);
    if (Math.abs(sum - 100) > 0.5) issues.add("share-sum", sheet, row, col, { sum });
  }
}

function checkPercentRange(a: Actual | null, sheet: string, row: number, col: number, issues: IssueList): void {
  const values = a?.kind === "series" ? a.months.map((m) => m.value) : a?.kind === "number" && a.percent ? [a.value] : [];
  const bad = values.find((v) => v < 0 || v > 200);
  if (bad !== undefined) issues.add("percent-out-of-range", sheet, row, col, { value: `${formatNumber(bad, issues.lang)} %` });
}

function isMeasurable(t: Target): boolean {
  return t.kind !== "qualitative" && t.kind !== "all";
}

/** One goal row's cells, and where to report about them. */
interface RowContext {
  table: GoalTable;
  row: number;
  name: string;
  issues: IssueList;
  lang: Lang;
  at(col: number | undefined): Cell | undefined;
  text(col: number | undefined): string;
}

/** Required cells, responsible party, portfolio flag, duplicates, numbers that do not parse. */
function checkCells(x: RowContext, target: Target, seen: Map<GoalTable, Map<string, number>>): void {
  const c = x.table.columns;
  const { name, row, issues } = x;
  const goalCol = c.goal ?? x.table.firstCol;
  const goal = x.text(c.goal);
  if (goal === "") issues.add("missing-goal", name, row, goalCol);
  if (c.metric !== undefined && x.text(c.metric) === "") issues.add("missing-metric", name, row, c.metric);
  if (c.target !== undefined && x.text(c.target) === "") issues.add("missing-target", name, row, c.target);

  const inMeans = () => responsibleInMeans(x.at(c.means)) !== undefined;
  if (c.responsible !== undefined) {
    if (x.text(c.responsible) === "" && !inMeans()) issues.add("missing-responsible", name, row, c.responsible);
  } else if (c.means !== undefined && !inMeans()) issues.add("missing-responsible", name, row, c.means);

  const flag = x.text(c.portfolio);
  if (flag !== "" && !PORTFOLIO_FLAGS.has(fold(flag))) issues.add("invalid-portfolio-flag", name, row, c.portfolio as number, { value: flag });

  const merged = c.goal !== undefined ? mergeAt(x.table.sheet, row, c.goal) : undefined;
  if (goal !== "" && (merged === undefined || merged.top === row)) {
    const key = fold(goal);
    const inTable = seen.get(x.table) ?? new Map<string, number>();
    seen.set(x.table, inTable);
    const first = inTable.get(key);
    if (first !== undefined) issues.add("duplicate-goal", name, row, goalCol, { other: first });
    else inTable.set(key, row);
  }

  for (const col of [c.goal, c.means, c.responsible, c.metric, c.target, c.baseline, c.interim, c.actual, c.status]) {
    const v = x.at(col)?.value;
    if (typeof v === "string" && v.length > MAX_CELL_CHARS) issues.add("cell-too-long", name, row, col as number, { length: v.length, limit: MAX_CELL_CHARS });
  }
  for (const col of [c.target, c.baseline, c.interim, c.actual]) {
    const cell = x.at(col);
    if (col !== undefined && typeof cell?.value === "string" && looksNumeric(cell.value) && cellNumber(cell) === null) {
      issues.add("invalid-number", name, row, col, { value: cell.value.trim() });
    }
  }
  if (target.kind === "split" && Math.abs(target.ownShare + target.privateShare - 100) > 0.5) {
    issues.add("share-sum", name, row, c.target as number, { sum: round2(target.ownShare + target.privateShare) });
  }
}

interface Chosen {
  actual: Actual | null;
  forecast: boolean;
  written: boolean;
  /** Where the deciding figure came from, for the reason. */
  source?: ReasonSource;
  /** The progress shares, when the row has them. */
  shares?: Progress;
  /** The month the deciding interim period ends, where its header names one. */
  end?: number;
  /** The figure is the fill-rate table's mean. */
  linkedFill?: boolean;
  decidingCol?: number;
}

/**
 * The actual the status is computed from: the deciding review column's (decidingReview: the
 * latest period holding a value; a forecast unless it is the actual), its month series joined
 * with the earlier columns', else the workbook's fill-rate or production table for their goal
 * row; a progress word or progress shares where no figure decides.
 */
function chooseActual(x: RowContext, parsed: ParsedTarget, linked: Linked): Chosen {
  const c = x.table.columns;
  const target = parsed.target;
  const read = new Map<number, Actual | null>();
  for (const r of x.table.reviews) {
    const value = readActual(x.at(r.col), target, x.text(c.metric));
    read.set(r.col, value);
    checkSplitStated(value, x.name, x.row, r.col, x.issues);
    checkPercentRange(value, x.name, x.row, r.col, x.issues);
  }

  let actual: Actual | null = null;
  let forecast = false;
  let source: ReasonSource | undefined;
  const header = (col: number) => cellText(cellAt(x.table.sheet, x.table.headerRow, col)).trim();
  const choice = decidingReview(x.table, x.row);
  if (choice) {
    const col = choice.deciding.col;
    actual = joinSeries(
      read.get(col) ?? null,
      choice.passed.map((p) => read.get(p.col) ?? null),
    );
    forecast = choice.interim;
    // Earlier columns whose month series is joined are used, not passed over.
    const joins = (p: { col: number }) => actual?.kind === "series" && read.get(p.col)?.kind === "series";
    const passed = choice.passed.filter((p) => !joins(p)).map((p) => ({ label: p.label, cell: a1(x.row, p.col), value: shownValue(x.at(p.col), x.lang) }));
    const joined = choice.passed.filter(joins).map((p) => ({ label: p.label, cell: a1(x.row, p.col) }));
    source = { label: choice.deciding.label, cell: a1(x.row, col), passed, ...(joined.length > 0 ? { joined } : {}) };
    if (actual?.kind === "ambiguous") {
      x.issues.add("ambiguous-actual", x.name, x.row, col, { figures: actual.figures.join("; ") });
    }
  } else if (parsed.topic === "fillRate" && linked.fillRate !== null) {
    actual = { kind: "number", value: linked.fillRate, percent: true };
    source = { label: SOURCE_TABLES.fillRate[x.lang], passed: [] };
  } else if (target.kind === "split" && linked.shares) {
    actual = { kind: "split", split: { own: linked.shares.own, private: linked.shares.private }, ...linked.shares };
    source = { label: SOURCE_TABLES.production[x.lang], passed: [] };
  }
  const undecided = actual === null || actual.kind === "progress" || actual.kind === "ambiguous";
  const progressWord = progressOf(x.text(c.progress));
  const shares = progressShares(x);
  // A progress word or progress shares decide where no figure does; the review columns are then passed over.
  const passedOver =
    source?.cell && choice ? [...source.passed, { label: source.label, cell: source.cell, value: shownValue(x.at(choice.deciding.col), x.lang) }] : [];
  if (undecided && progressWord) {
    actual = { kind: "progress", progress: progressWord };
    const col = c.progress as number;
    source = { label: header(col), cell: a1(x.row, col), passed: passedOver };
  } else if (undecided && actual?.kind !== "progress" && shares) {
    const col =
      (shares === "done" ? c.progressDone : shares === "todo" ? c.progressTodo : c.progressDoing) ??
      ((c.progressDone ?? c.progressDoing ?? c.progressTodo) as number);
    source = { label: header(col), cell: a1(x.row, col), passed: passedOver };
    actual = { kind: "progress", progress: shares };
  }
  const linkedFill = choice === null && parsed.topic === "fillRate" && linked.fillRate !== null && actual?.kind === "number";
  return {
    actual,
    forecast,
    written: choice !== null || shares !== undefined,
    source,
    shares,
    end: choice?.end,
    linkedFill,
    decidingCol: choice?.deciding.col,
  };
}

/** A cell's value as a reason shows it: a figure in the reader's decimal separator, a text shortened. */
function shownValue(cell: Cell | undefined, lang: Lang): string {
  const n = cellNumber(cell);
  if (n) return formatNumber(n.value, lang) + (n.percent ? " %" : "");
  const t = cellString(cell).replace(/\s+/g, " ").trim();
  return t.length > 30 ? `”${t.slice(0, 29)}…”` : `”${t}”`;
}

const MEASURED: ReadonlySet<Actual["kind"]> = new Set(["number", "series", "split", "fraction", "parts"]);

/** A measured status that contradicts the progress shares (TEHTY 100 % but red, TEKEMÄTTÄ 100 % but green) is kept and reported. */
function checkProgressConflict(x: RowContext, actual: Actual | null, status: Status, shares: Progress | undefined): void {
  if (!actual || !MEASURED.has(actual.kind) || shares === undefined) return;
  const c = x.table.columns;
  const conflict = (shares === "done" && status === "red") || (shares === "todo" && status === "green");
  if (!conflict) return;
  const col = (shares === "done" ? c.progressDone : c.progressTodo) as number;
  const word = cellText(cellAt(x.table.sheet, x.table.headerRow, col)).trim() || (shares === "done" ? "TEHTY" : "TEKEMÄTTÄ");
  x.issues.add("progress-conflict", x.name, x.row, col, { computed: STATUS_LABELS[status][x.lang], progress: `${word} 100 %` });
}

/**
 * Progress given as shares in three columns TEKEMÄTTÄ / TEKEILLÄ / TEHTY (seed 004): all done is
 * green, all not started red, anything between yellow; the three must add up to 100 % (±0.5).
 */
function progressShares(x: RowContext): Progress | undefined {
  const c = x.table.columns;
  const cols = [c.progressTodo, c.progressDoing, c.progressDone];
  if (cols.every((col) => col === undefined)) return undefined;
  const read = cols.map((col) => (col === undefined ? null : cellNumber(x.at(col))));
  if (read.every((n) => n === null)) return undefined;
  // Plain fractions (0.5) are shares of one; percent cells and "50 %" are in percent units already.
  const asFractions = read.every((n) => n === null || (!n.percent && n.value <= 1));
  const [todo, doing, done] = read.map((n) => (n === null ? 0 : asFractions ? dec(n.value * 100) : n.value));
  const sum = dec(todo + doing + done);
  if (Math.abs(sum - 100) > 0.5) {
    const at = cols.find((col) => col !== undefined) as number;
    x.issues.add("share-sum", x.name, x.row, at, { sum: round2(sum) });
  }
  if (done >= 100) return "done";
  if (todo >= 100) return "todo";
  return "doing";
}

function checkRow(
  table: GoalTable,
  row: number,
  parsed: ParsedTarget,
  settings: Settings,
  linked: Linked,
  issues: IssueList,
  lang: Lang,
  seen: Map<GoalTable, Map<string, number>>,
): { goal: GoalState; series?: Array<{ month: number; value: number }> } | null {
  const c = table.columns;
  const at = (col: number | undefined) => (col === undefined ? undefined : cellAt(table.sheet, row, col));
  const x: RowContext = {
    table,
    row,
    name: table.sheet.name,
    issues,
    lang,
    at,
    text: (col) => (col === undefined ? "" : mergedText(table.sheet, row, col).trim()),
  };
  const goal = x.text(c.goal);
  const targetText = c.target === undefined ? "" : targetCellText(table.sheet, row, c.target).trim();
  if (goal === "" && x.text(c.metric) === "" && targetText === "") return null;

  const target = parsed.target;
  checkCells(x, target, seen);
  // A broken formula in the target or a review cell: said at the cell, and no status is computed.
  const broken = [c.target, c.baseline, ...table.reviews.map((r) => r.col)].filter((col) => formulaError(at(col)) !== null) as number[];
  for (const col of broken) issues.add("formula-error", x.name, row, col, { value: formulaError(at(col)) as string });
  const { actual, forecast, written, shares, source, end, linkedFill, decidingCol } = chooseActual(x, parsed, linked);
  const readBase = baselineOf(table, row, unitOf(actual), x.text(c.metric));
  const baseline = readBase && "ambiguous" in readBase ? undefined : readBase;
  const ambiguousBase = readBase && "ambiguous" in readBase ? readBase.ambiguous : undefined;
  const figures = {
    target,
    targetText,
    metricText: x.text(c.metric),
    actual,
    interim: forecast,
    end,
    baseline,
    baselineCell: at(c.baseline),
    linkedMonths: linkedFill ? linked.fillMonths : null,
  };
  const projected = broken.length === 0 && targetText !== "" ? projectGoal(figures, settings) : null;
  const typedForecast = table.reviews.find((r) => r.forecast && r.col !== decidingCol);
  if (projected && typedForecast)
    checkTypedForecast(at(typedForecast.col), projected, figures, settings, issues, { sheet: x.name, row, col: typedForecast.col });

  let computed: Verdict =
    broken.length > 0
      ? { status: "none", reason: { key: "formulaError" } }
      : targetText === ""
        ? { status: "none", reason: { key: "noTarget" } }
        : (projected?.verdict ?? verdict(target, actual, baseline, settings, forecast));
  if (computed.reason.key === "noActual" && written) computed = { status: "none", reason: { key: "notMeasured" } };
  // "alle 90 %" against "vähintään 90 %": no status, and said at the cell.
  if (computed.reason.key === "bounded" && computed.status === "none" && decidingCol !== undefined) {
    issues.add("ambiguous-actual", x.name, row, decidingCol, { figures: computed.reason.said }, "ambiguous-actual.bound");
  }
  const relative = target.kind === "relative" || (target.kind === "compound" && target.parts.some((p) => p.kind === "relative"));
  // Several unmarked figures in the baseline cell: a relative or direction target gets no status from them.
  const fromBaseline = computed.reason.key === "missingBaseline" || computed.reason.key === "noBaseline";
  if (ambiguousBase && fromBaseline && c.baseline !== undefined) {
    computed = {
      status: "none",
      reason: { key: "ambiguousBaseline", figures: ambiguousBase, label: headerLabel(table, c.baseline), cell: a1(row, c.baseline) },
    };
    issues.add("ambiguous-actual", x.name, row, c.baseline, { figures: ambiguousBase.join("; ") }, "ambiguous-actual.baseline");
  }
  const missingBaseline = relative && broken.length === 0 && baseline === undefined && ambiguousBase === undefined;
  if (missingBaseline) {
    issues.add("missing-baseline", x.name, row, c.baseline ?? (c.target as number), { target: targetInWords(target, lang) });
  }
  checkProgressConflict(x, actual, computed.status, shares);
  const decided = computed.status !== "none";
  const measurable = targetText !== "" && isMeasurable(target);

  // The status the row ends with: computed where it can be, else the one typed by hand.
  const statusCell = at(c.status);
  const typed = c.status === undefined ? undefined : typedStatus(statusCell);
  if (typed === "invalid") issues.add("invalid-status", x.name, row, c.status as number, { value: cellText(statusCell) });
  const typedColour = typed !== undefined && typed !== "invalid" && typed !== "none" ? typed : undefined;
  const said = projected ? projectionReason(projected, renderReason(computed.reason, lang), lang) : renderReason(computed.reason, lang);
  let reason = broken.length > 0 || targetText === "" ? renderReason(computed.reason, lang) : withSource(said, source, lang);
  const manual = !decided && typedColour !== undefined && broken.length === 0;
  if (decided && typedColour !== undefined && typedColour !== computed.status) {
    issues.add("status-mismatch", x.name, row, c.status as number, {
      typed: STATUS_LABELS[typedColour][lang],
      computed: STATUS_LABELS[computed.status][lang],
      reason,
    });
  }
  if (manual) reason = renderReason({ key: "manual" }, lang);

  if (targetText !== "" && !decided && broken.length === 0 && !missingBaseline) {
    const actualCol = c.actual ?? c.interim ?? (c.target as number);
    if (!measurable) issues.add("qualitative-target", x.name, row, c.target as number);
    else if (!written && actual === null) issues.add("no-actual", x.name, row, actualCol);
    else if (computed.reason.key === "noBaseline") issues.add("no-actual", x.name, row, c.baseline ?? actualCol, {}, "no-actual.baseline");
    else if (computed.reason.key === "units") {
      const r = computed.reason;
      const shown = (v: number, percent: boolean) => `${formatNumber(v, lang)}${percent ? " %" : ""}`;
      issues.add(
        "no-actual",
        x.name,
        row,
        decidingCol ?? actualCol,
        { actual: shown(r.actual, r.percent), baseline: shown(r.baseline, r.baselinePercent), baselineCell: r.cell ?? "" },
        "no-actual.units",
      );
    } else issues.add("no-actual", x.name, row, actualCol, { target: targetInWords(target, lang) }, "no-actual.unreadable");
  }

  const value = actual ? actualValue(actual) : null;
  const result: GoalResult = {
    sheet: x.name,
    row,
    goal,
    target: targetText,
    actual: value === null ? null : String(round2(value)),
    status: manual ? (typedColour as Status) : computed.status,
    forecast: decided && (forecast || projected !== null),
    reason,
    ...(manual ? { manual: true as const } : {}),
    ...(projected && decided ? { projection: projected.projection } : {}),
    ...(x.text(c.risks) !== "" ? { risks: x.text(c.risks) } : {}),
  };
  const series = actual?.kind === "series" ? actual.months : undefined;
  return { goal: { result, table, computed, measurable: measurable && broken.length === 0, typed, actual }, series };
}
