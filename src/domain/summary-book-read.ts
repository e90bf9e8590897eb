// Reading a summary workbook back (issue 21): last year's summary.xlsx, given to `summary
// --previous`, stands for last year's unit workbooks. Its Units and Goals sheets are found by their
// names and header words in any of the three languages the summary is written in; a column is
// taken by its exact header, so the previous-year columns a summary made with --previous also
// holds are never mistaken for this year's. Anything else is not a summary workbook (null).
import type { Lang } from "./i18n/lang";
import { parseStatusText, type Status } from "./parse/words";
import { cellText, type Cell, type Sheet, type WorkbookSnapshot } from "./snapshot";
import type { StatusCounts } from "./summary";
import type { LastYearGoal, LastYearUnit } from "./summary-previous";
import { ST, SUMMARY_SHEETS } from "./summary-text";

const LANGS: readonly Lang[] = ["fi", "sv", "en"];
/** The header row is looked for in the first rows of the sheet. */
const HEADER_ROWS = 10;

const UNIT_COLUMNS = {
  unit: ST.unit,
  file: ST.file,
  fillRate: ST.fillRate,
  privateShare: ST.privateShare,
  green: ST.green,
  yellow: ST.yellow,
  red: ST.red,
  none: ST.none,
};
const GOAL_COLUMNS = { unit: ST.unit, goal: ST.goal, actual: ST.actual, status: ST.status, file: ST.file, sheet: ST.sheet, row: ST.row };

type Columns<K extends string> = Record<K, number>;

function findSheet(snap: WorkbookSnapshot, names: Record<Lang, string>, lang: Lang): Sheet | undefined {
  return snap.sheets.find((s) => s.name === names[lang]);
}

/** The header row (1-based) and the column of each wanted header, or null when one is missing. */
function headerOf<K extends string>(sheet: Sheet, want: Record<K, Record<Lang, string>>, lang: Lang): { row: number; cols: Columns<K> } | null {
  for (let r = 1; r <= Math.min(HEADER_ROWS, sheet.rows.length); r++) {
    const texts = (sheet.rows[r - 1] ?? []).map((c) => cellText(c).trim());
    const cols = {} as Columns<K>;
    let all = true;
    for (const k of Object.keys(want) as K[]) {
      const at = texts.indexOf(want[k][lang]);
      if (at < 0) {
        all = false;
        break;
      }
      cols[k] = at + 1;
    }
    if (all) return { row: r, cols };
  }
  return null;
}

const cell = (sheet: Sheet, r: number, c: number): Cell | undefined => sheet.rows[r - 1]?.[c - 1];

function text(sheet: Sheet, r: number, c: number): string {
  return cellText(cell(sheet, r, c)).trim();
}

/** A figure the summary wrote: a number, or "–" (none). */
function numberAt(sheet: Sheet, r: number, c: number): number | null {
  const v = cell(sheet, r, c)?.value;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const t = typeof v === "string" ? Number(v.replace(",", ".").replace(/\s/g, "")) : NaN;
  return v !== "" && Number.isFinite(t) ? t : null;
}

/** The actual as the summary's JSON gives it: a figure as "98.74", words as they stand, "–" as none. */
function actualAt(sheet: Sheet, r: number, c: number): string | null {
  const v = cell(sheet, r, c)?.value;
  if (typeof v === "number") return String(v);
  const t = text(sheet, r, c);
  return t === "" || t === "–" ? null : t;
}

function statusAt(sheet: Sheet, r: number, c: number): Status {
  const s = parseStatusText(text(sheet, r, c));
  return s === undefined || s === "invalid" ? "none" : s;
}

/** True when `snap` is a summary workbook this tool wrote (its Units and Goals sheets with their headers). */
export function isSummaryBook(snap: WorkbookSnapshot): boolean {
  return LANGS.some((lang) => {
    const u = findSheet(snap, SUMMARY_SHEETS.units, lang);
    const g = findSheet(snap, SUMMARY_SHEETS.goals, lang);
    return !!u && !!g && headerOf(u, UNIT_COLUMNS, lang) !== null && headerOf(g, GOAL_COLUMNS, lang) !== null;
  });
}

/**
 * The units of a summary workbook with their goal rows, or null when `snap` is not one (no Units
 * and Goals sheets with the summary's headers in one of its languages).
 */
export function readSummaryBook(snap: WorkbookSnapshot): LastYearUnit[] | null {
  for (const lang of LANGS) {
    const unitsSheet = findSheet(snap, SUMMARY_SHEETS.units, lang);
    const goalsSheet = findSheet(snap, SUMMARY_SHEETS.goals, lang);
    if (!unitsSheet || !goalsSheet) continue;
    const uh = headerOf(unitsSheet, UNIT_COLUMNS, lang);
    const gh = headerOf(goalsSheet, GOAL_COLUMNS, lang);
    if (!uh || !gh) continue;
    return readBook(unitsSheet, uh, goalsSheet, gh);
  }
  return null;
}

function readBook(
  us: Sheet,
  uh: { row: number; cols: Columns<keyof typeof UNIT_COLUMNS> },
  gs: Sheet,
  gh: { row: number; cols: Columns<keyof typeof GOAL_COLUMNS> },
): LastYearUnit[] {
  const units: LastYearUnit[] = [];
  const byKey = new Map<string, LastYearUnit>();
  const key = (file: string, unit: string) => `${file}\u0000${unit}`;
  const u = uh.cols;
  for (let r = uh.row + 1; r <= us.rows.length; r++) {
    const unit = text(us, r, u.unit);
    const file = text(us, r, u.file);
    // The totals row and the note under it name no file.
    if (unit === "" || file === "") continue;
    const statuses: StatusCounts = { green: 0, yellow: 0, red: 0, none: 0 };
    for (const s of ["green", "yellow", "red", "none"] as const) statuses[s] = numberAt(us, r, u[s]) ?? 0;
    const line: LastYearUnit = { file, unit, fillRate: numberAt(us, r, u.fillRate), privateShare: numberAt(us, r, u.privateShare), statuses, goals: [] };
    units.push(line);
    byKey.set(key(file, unit), line);
  }
  const g = gh.cols;
  for (let r = gh.row + 1; r <= gs.rows.length; r++) {
    const unit = text(gs, r, g.unit);
    const file = text(gs, r, g.file);
    const goal = text(gs, r, g.goal);
    if (unit === "" || goal === "") continue;
    const row: LastYearGoal = {
      file,
      unit,
      sheet: text(gs, r, g.sheet),
      row: numberAt(gs, r, g.row) ?? 0,
      goal,
      status: statusAt(gs, r, g.status),
      actual: actualAt(gs, r, g.actual),
    };
    let owner = byKey.get(key(file, unit));
    if (!owner) {
      // A goal row whose unit line is missing (a hand-edited summary): its unit still stands.
      owner = { file, unit, fillRate: null, privateShare: null, statuses: { green: 0, yellow: 0, red: 0, none: 0 }, goals: [] };
      units.push(owner);
      byKey.set(key(file, unit), owner);
    }
    owner.goals.push(row);
  }
  return units;
}
