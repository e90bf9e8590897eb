// What the Yhteenveto view shows and writes, as plain functions: the units needing attention, the
// chart rows, and the summary's sheets and tables under names not yet in the open workbook (a
// sheet that exists is never overwritten: the new one gets a suffix, as Excel names a copy).
import type { Lang } from "../../domain/i18n/lang";
import {
  combineUnits,
  needsAttention,
  sharedNames,
  unitLabel,
  type Summary,
  type SummaryGoal,
  type UnitPart,
  type UnitSummary,
  type Unreadable,
} from "../../domain/summary";
import { YearMatcher, type LastYearUnit } from "../../domain/summary-previous";
import { summaryWorkbook } from "../../domain/summary-workbook";
import type { SpecSheet, WorkbookSpec } from "../../domain/template/spec";
import type { SectionGroup } from "../charts/data";
import type { Host } from "../host";

/** Excel's longest sheet name. */
const SHEET_MAX = 31;

/** The units in the summary's order (attention first), split into those needing attention and the rest. */
export function attentionSplit(units: readonly UnitSummary[]): { attention: UnitSummary[]; others: UnitSummary[] } {
  return { attention: units.filter(needsAttention), others: units.filter((u) => !needsAttention(u)) };
}

/** Statuses per unit for the stacked bars; a unit named twice is told apart by its file. */
export function unitGroups(units: readonly UnitSummary[]): SectionGroup[] {
  const named = new Map<string, number>();
  for (const u of units) named.set(u.unit, (named.get(u.unit) ?? 0) + 1);
  return units.map((u, i) => ({ key: `${i}:${u.file}`, name: named.get(u.unit)! > 1 ? `${u.unit} (${u.file})` : u.unit, counts: { ...u.statuses } }));
}

/**
 * The summary of this year's parts; with last year's units, each unit and goal row matched with
 * last year's (summary-previous.ts) and the goals that matched nothing in `unmatched`.
 */
export function summaryOf(parts: readonly UnitPart[], unreadable: readonly Unreadable[], last: readonly LastYearUnit[] | null): Summary {
  if (!last) return combineUnits(parts, unreadable);
  const matcher = new YearMatcher(last);
  const summary = combineUnits(
    parts.map((p) => matcher.match(p)),
    unreadable,
  );
  summary.unmatched = matcher.unmatched();
  return summary;
}

/** How this year's goal rows compare with last year's: the better and worse ones (attention order), and counts. */
export interface YearChanges {
  better: SummaryGoal[];
  worse: SummaryGoal[];
  same: number;
  /** Matched, but either year's status is none. */
  notComparable: number;
  /** Units whose fill rate or private share changed, with the change. */
  units: UnitSummary[];
}

export function yearChanges(s: Summary): YearChanges {
  const out: YearChanges = { better: [], worse: [], same: 0, notComparable: 0, units: [] };
  for (const g of s.goals) {
    if (!g.previous) continue;
    if (g.change === "better") out.better.push(g);
    else if (g.change === "worse") out.worse.push(g);
    else if (g.change === "same") out.same++;
    else out.notComparable++;
  }
  out.units = s.units.filter((u) => u.change && (u.change.fillRate !== null || u.change.privateShare !== null));
  return out;
}

export interface FillBar {
  key: string;
  name: string;
  rate: number;
  target: number | null;
}

/** The units with a fill rate, in the summary's order. */
export function fillBars(units: readonly UnitSummary[]): FillBar[] {
  // Units of the same name are told apart by their file, as on the status bars (issue 17).
  const shared = sharedNames(units);
  return units.flatMap((u, i) =>
    u.fillRate === null ? [] : [{ key: `${i}:${u.file}`, name: unitLabel(u, shared), rate: u.fillRate, target: u.fillRateTarget }],
  );
}

/** True when a unit's fill rate is below its own target. */
export function fillBelow(u: UnitSummary): boolean {
  return u.fillRate !== null && u.fillRateTarget !== null && u.fillRate < u.fillRateTarget;
}

const lower = (s: string) => s.toLocaleLowerCase("fi");

/** "Yksiköt" → "Yksiköt (2)", "(3)"…: the first not in `taken`, shortened to Excel's 31 characters. */
function freeSheetName(name: string, taken: Set<string>): string {
  if (!taken.has(lower(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, SHEET_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(lower(candidate))) return candidate;
  }
}

/** "SummaryGoals" → "SummaryGoals_2", "_3"…: table names share one namespace in a workbook. */
function freeTableName(name: string, taken: Set<string>): string {
  if (!taken.has(lower(name))) return name;
  for (let n = 2; ; n++) if (!taken.has(lower(`${name}_${n}`))) return `${name}_${n}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const quoted = (name: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** A formula with its references to renamed sheets and tables rewritten. */
function renameRefs(formula: string, sheets: Map<string, string>, tables: Map<string, string>): string {
  let out = formula;
  for (const [from, to] of sheets) {
    const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(from) ? `|(?<![\\p{L}\\p{N}_.'])${escapeRe(from)}` : "";
    out = out.replace(new RegExp(`(?:'${escapeRe(from.replace(/'/g, "''"))}'${bare})!`, "gu"), `${quoted(to)}!`);
  }
  for (const [from, to] of tables) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}_.])${escapeRe(from)}\\[`, "gu"), `${to}[`);
  return out;
}

export interface Renamed {
  from: string;
  to: string;
}

/**
 * The spec with every sheet and table under a name the workbook does not hold yet (compared as
 * Excel does, without case), and formulas that name them rewritten; `renamed` lists the sheets
 * whose name changed, to tell the user.
 */
export function freeNames(spec: WorkbookSpec, taken: { sheets: readonly string[]; tables: readonly string[] }): { spec: WorkbookSpec; renamed: Renamed[] } {
  const sheetsTaken = new Set(taken.sheets.map(lower));
  const tablesTaken = new Set(taken.tables.map(lower));
  const sheetMap = new Map<string, string>();
  const tableMap = new Map<string, string>();
  for (const s of spec.sheets) {
    const name = freeSheetName(s.name, sheetsTaken);
    sheetsTaken.add(lower(name));
    if (name !== s.name) sheetMap.set(s.name, name);
    for (const tb of s.tables ?? []) {
      const free = freeTableName(tb.name, tablesTaken);
      tablesTaken.add(lower(free));
      if (free !== tb.name) tableMap.set(tb.name, free);
    }
  }
  const sheets = spec.sheets.map((s): SpecSheet => ({
    ...s,
    name: sheetMap.get(s.name) ?? s.name,
    cells: sheetMap.size + tableMap.size === 0 ? s.cells : s.cells.map((c) => (c.formula ? { ...c, formula: renameRefs(c.formula, sheetMap, tableMap) } : c)),
    ...(s.tables ? { tables: s.tables.map((tb) => ({ ...tb, name: tableMap.get(tb.name) ?? tb.name })) } : {}),
  }));
  return { spec: { ...spec, sheets }, renamed: [...sheetMap].map(([from, to]) => ({ from, to })) };
}

/**
 * Writes the summary's sheets into the open workbook: new sheets only, under free names. The
 * names in use come from the host in one call (Excel: one sync), else from a read of the workbook.
 */
export async function writeSummary(
  host: Host,
  summary: Summary,
  lang: Lang,
  made: { at: string; inputs: string[] },
): Promise<{ sheets: string[]; renamed: Renamed[] }> {
  const taken = host.names ? await host.names() : { sheets: (await host.read()).snapshot.sheets.map((s) => s.name), tables: [] };
  const { spec, renamed } = freeNames(summaryWorkbook(summary, lang, made), taken);
  await host.write(
    spec.sheets.map((s) => ({ kind: "addSheet", spec: s })),
    lang,
  );
  return { sheets: spec.sheets.map((s) => s.name), renamed };
}
