// This year against last (issue 21, cli-contract.md `summary --previous`): each unit and goal row
// of this year matched with last year's by the unit's name and the goal's text (case, spacing and
// punctuation ignored; a text that repeats within a unit matches in order of appearance), last
// year's status and figure beside this year's, and the change. What matches nothing is listed,
// never guessed. Pure: the command line and the pane read last year's files; this module matches.
import { round2 } from "./decimal";
import type { Lang } from "./i18n/lang";
import type { Status } from "./parse/words";
import {
  fileStem,
  summariseUnit,
  type Change,
  type GoalRef,
  type PreviousUnit,
  type StatusCounts,
  type SummaryGoal,
  type UnitChange,
  type UnitPart,
  type UnitSummary,
} from "./summary";
import type { WorkbookSnapshot } from "./snapshot";
import { readSummaryBook } from "./summary-book-read";

/** A goal row of last year: where it stood, and what it said. */
export interface LastYearGoal extends GoalRef {
  status: Status;
  actual: string | null;
}

/** One unit of last year, as small as the matching needs. */
export interface LastYearUnit {
  file: string;
  unit: string;
  fillRate: number | null;
  privateShare: number | null;
  statuses: StatusCounts;
  goals: LastYearGoal[];
}

/** The text a match compares: case, spacing and punctuation left out ("Lainaus kasvaa." = "lainaus  kasvaa"). */
export function matchKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("fi")
    .replace(/[\s\p{P}]+/gu, "");
}

/** Last year's unit from one of its workbooks. */
export function lastYearOfPart(part: UnitPart): LastYearUnit {
  const u = part.unit;
  return {
    file: u.file,
    unit: u.unit,
    fillRate: u.fillRate,
    privateShare: u.privateShare,
    statuses: { ...u.statuses },
    goals: part.goals.map((g) => ({
      file: g.file,
      unit: g.unit,
      sheet: g.sheet,
      row: g.row,
      goal: g.goal,
      status: g.status,
      actual: g.actual ?? g.actualText ?? null,
    })),
  };
}

/**
 * Last year from one file: the units of a summary workbook (one this tool wrote, in any of its
 * languages, with or without its own previous-year columns), else the file as one unit workbook.
 */
export function lastYearOf(file: string, snap: WorkbookSnapshot, lang: Lang): LastYearUnit[] {
  return readSummaryBook(snap) ?? [lastYearOfPart(summariseUnit(file, snap, lang))];
}

const RANK: Record<Exclude<Status, "none">, number> = { red: 0, yellow: 1, green: 2 };

/** better, same or worse (red < yellow < green); null where either status is none. */
export function statusChange(now: Status, before: Status): Change | null {
  if (now === "none" || before === "none") return null;
  const d = RANK[now] - RANK[before];
  return d > 0 ? "better" : d < 0 ? "worse" : "same";
}

/** This year minus last, in points (two decimals); null where either is missing. */
export function pointsChange(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : round2(now - before);
}

function ref(g: GoalRef): GoalRef {
  return { file: g.file, unit: g.unit, sheet: g.sheet, row: g.row, goal: g.goal };
}

interface Candidate {
  last: LastYearUnit;
  /** Its goals not matched yet, by goal key, each list in order of appearance. */
  goals: Map<string, LastYearGoal[]>;
  taken: boolean;
}

/**
 * Matches this year's units, one at a time as they are read, with last year's. A unit matches the
 * unit of last year with the same name; where several bear it, the one of the same file name,
 * else the first not yet matched (order of appearance). Within a unit, a goal row matches the
 * first of last year's rows with the same text not matched yet.
 */
export class YearMatcher {
  private readonly byName = new Map<string, Candidate[]>();
  private readonly all: Candidate[] = [];
  private readonly current: GoalRef[] = [];

  constructor(last: Iterable<LastYearUnit>) {
    for (const u of last) this.addLast(u);
  }

  /** One more unit of last year (the reader may give them one file at a time). */
  addLast(u: LastYearUnit): void {
    const goals = new Map<string, LastYearGoal[]>();
    for (const g of u.goals) {
      const k = matchKey(g.goal);
      const list = goals.get(k);
      if (list) list.push(g);
      else goals.set(k, [g]);
    }
    const c: Candidate = { last: u, goals, taken: false };
    this.all.push(c);
    const k = matchKey(u.unit);
    const list = this.byName.get(k);
    if (list) list.push(c);
    else this.byName.set(k, [c]);
  }

  private unitFor(u: UnitSummary): Candidate | undefined {
    const free = (this.byName.get(matchKey(u.unit)) ?? []).filter((c) => !c.taken);
    if (free.length <= 1) return free[0];
    const stem = matchKey(fileStem(u.file));
    return free.find((c) => matchKey(fileStem(c.last.file)) === stem) ?? free[0];
  }

  /** The unit's part with last year's figures and the changes; its goals that matched nothing are remembered. */
  match(part: UnitPart): UnitPart {
    const c = this.unitFor(part.unit);
    if (c) c.taken = true;
    const before: PreviousUnit | null = c ? { fillRate: c.last.fillRate, privateShare: c.last.privateShare, statuses: { ...c.last.statuses } } : null;
    const change: UnitChange | null = before
      ? { fillRate: pointsChange(part.unit.fillRate, before.fillRate), privateShare: pointsChange(part.unit.privateShare, before.privateShare) }
      : null;
    const goals = part.goals.map((g): SummaryGoal => {
      const list = c?.goals.get(matchKey(g.goal));
      const last = list?.shift();
      if (!last) {
        this.current.push(ref(g));
        return { ...g, previous: null, change: null };
      }
      return { ...g, previous: { status: last.status, actual: last.actual }, change: statusChange(g.status, last.status) };
    });
    return { ...part, unit: { ...part.unit, previous: before, change }, goals };
  }

  /** The goal rows of either year that matched none of the other: this year's in the order read, last year's in theirs. */
  unmatched(): { current: GoalRef[]; previous: GoalRef[] } {
    const previous: GoalRef[] = [];
    for (const c of this.all) {
      const left = new Set([...c.goals.values()].flat());
      for (const g of c.last.goals) if (left.has(g)) previous.push(ref(g));
    }
    return { current: [...this.current], previous };
  }

  /** Units of last year read. */
  get lastUnits(): number {
    return this.all.length;
  }
}
