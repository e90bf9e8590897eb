// `sopimus summary`'s memory, flat in the number of units (issue 12, "Speed and scale"): while the
// unit workbooks are read, only what is small per unit stays in memory (its UnitSummary line, its
// fill rate by month, and where its rows lie on disk); its goal rows and problems go as JSON lines
// to files in a private temporary folder, the problems in one file per severity. Once all units
// are read and sorted (attention first, as combineUnits sorts them), the rows are read back unit
// by unit in that order, so the Tavoitteet and Ongelmat sheets and the --json document get them
// in exactly the order the in-memory Summary has, errors first, without sorting them in memory.
// The folder is removed by close(), which the command calls in `finally`.
import { promises as fs, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Lang } from "../domain/i18n/lang";
import type { Severity } from "../domain/issues";
import { combineUnits, type Summary, type SummaryGoal, type SummaryIssue, type UnitPart, type UnitSummary, type Unreadable } from "../domain/summary";
import { isRiskRow, type SummaryLayout } from "../domain/summary-workbook";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** What is said when the working files cannot be written (disk full, no temporary folder). */
export const SPILL_FAILED: Record<Lang, string> = {
  fi: "Yhteenvedon välitiedostoja ei voitu kirjoittaa väliaikaiskansioon: {detail}",
  sv: "Sammanställningens mellanfiler kunde inte skrivas i den tillfälliga mappen: {detail}",
  en: "The summary's working files could not be written to the temporary folder: {detail}",
};

/** An error of the working files, to tell apart from an error of the output. */
export class SpillFailed extends Error {
  constructor(readonly cause: unknown) {
    super(String((cause as Error)?.message ?? cause));
  }
}

/** Bytes `at`…`at + length` of a spill file. */
interface Block {
  at: number;
  length: number;
}

/** A file of JSON lines, appended to and read back in blocks. */
class LineFile {
  private size = 0;
  private constructor(private readonly handle: fs.FileHandle) {}

  static async create(file: string): Promise<LineFile> {
    return new LineFile(await fs.open(file, "wx+", 0o600));
  }

  /** Appends one line per item; where they lie. */
  async append(items: readonly unknown[]): Promise<Block> {
    const at = this.size;
    if (items.length === 0) return { at, length: 0 };
    const data = Buffer.from(items.map((i) => JSON.stringify(i)).join("\n") + "\n", "utf8");
    let done = 0;
    while (done < data.length) done += (await this.handle.write(data, done, data.length - done, at + done)).bytesWritten;
    this.size += data.length;
    return { at, length: data.length };
  }

  async read<T>(b: Block): Promise<T[]> {
    if (b.length === 0) return [];
    const data = Buffer.alloc(b.length);
    let done = 0;
    while (done < b.length) {
      const { bytesRead } = await this.handle.read(data, done, b.length - done, b.at + done);
      if (bytesRead === 0) throw new Error("spill file shorter than written");
      done += bytesRead;
    }
    return data
      .toString("utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as T);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** The folder's name: the system's temporary folder, this prefix and six characters of mkdtemp. */
const PREFIX = "sopimus-summary-";
/** What a spill folder holds: its files, and the note saying whose it is. */
const OWNER = "owner.json";
const FILES = new Set(["goals.jsonl", ...SEVERITIES.map((s) => `issues-${s}.jsonl`), OWNER]);
/** A folder of an older version (without the note) is taken as abandoned after this long. */
const OLD_MS = 24 * 60 * 60 * 1000;
/** The signals a controller's Ctrl+C, a closed terminal or a stopped job send. */
const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

interface Owner {
  tool: "sopimus summary";
  pid: number;
  host: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: a process of another user holds the number; it is alive.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Spill folders an earlier run left behind (killed with no chance to clean up): a folder of this
 * user, named as ours, holding only our files, whose note names a process of this machine that no
 * longer runs (or, without a note, older than a day). Removed; anything else is left alone.
 */
export async function removeAbandoned(parent: string): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(PREFIX) || !/^[A-Za-z0-9]{6}$/.test(name.slice(PREFIX.length))) continue;
    const dir = path.join(parent, name);
    try {
      const st = await fs.lstat(dir);
      if (!st.isDirectory() || (typeof process.getuid === "function" && st.uid !== process.getuid())) continue;
      const inside = await fs.readdir(dir);
      if (inside.some((f) => !FILES.has(f))) continue;
      if (inside.includes(OWNER)) {
        const owner = JSON.parse(await fs.readFile(path.join(dir, OWNER), "utf8")) as Partial<Owner>;
        if (owner.tool !== "sopimus summary" || owner.host !== os.hostname() || typeof owner.pid !== "number") continue;
        if (owner.pid === process.pid || alive(owner.pid)) continue;
      } else if (Date.now() - st.mtimeMs < OLD_MS) continue;
      await fs.rm(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Unreadable or changing under us: not provably ours and abandoned, so left alone.
    }
  }
  return removed;
}

interface Kept {
  goals: Block;
  issues: Record<Severity, Block>;
}

export class SummarySpill {
  /** The small parts: each unit's line and fill rate, with no goals and no issues. */
  private readonly parts: UnitPart[] = [];
  private readonly kept = new Map<UnitSummary, Kept>();
  private goalRows = 0;
  private problems = 0;
  /** Goal rows with a projection or a risk text: the Riskit sheet's, held (few). */
  readonly riskRows: SummaryGoal[] = [];
  private projections = false;
  private readonly onSignal = (signal: NodeJS.Signals) => this.interrupted(signal);
  private readonly onExit = () => this.removeNow();

  private constructor(
    /** The private folder; for tests. */
    readonly dir: string,
    private readonly goalFile: LineFile,
    private readonly issueFiles: Record<Severity, LineFile>,
  ) {}

  /** A new private folder under `parent` (the system's temporary folder). Throws SpillFailed. */
  static async open(parent = os.tmpdir()): Promise<SummarySpill> {
    let dir: string | null = null;
    await removeAbandoned(parent);
    try {
      dir = await fs.mkdtemp(path.join(parent, PREFIX));
      const owner: Owner = { tool: "sopimus summary", pid: process.pid, host: os.hostname() };
      await fs.writeFile(path.join(dir, OWNER), JSON.stringify(owner), { mode: 0o600, flag: "wx" });
      const goals = await LineFile.create(path.join(dir, "goals.jsonl"));
      const issues = {} as Record<Severity, LineFile>;
      for (const s of SEVERITIES) issues[s] = await LineFile.create(path.join(dir, `issues-${s}.jsonl`));
      const spill = new SummarySpill(dir, goals, issues);
      spill.watch();
      return spill;
    } catch (e) {
      if (dir !== null) await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
      throw new SpillFailed(e);
    }
  }

  /** Units added so far. */
  get units(): number {
    return this.parts.length;
  }

  get goalCount(): number {
    return this.goalRows;
  }

  get issueCount(): number {
    return this.problems;
  }

  /**
   * Keeps the unit's line and fill rate, and writes its goal rows and problems to disk. Within a
   * unit its problems are put in the order combineUnits gives them (by sheet, then row, stable),
   * so that reading the units back in the sorted order gives combineUnits' order. Throws SpillFailed.
   */
  async add(part: UnitPart): Promise<void> {
    try {
      const goals = await this.goalFile.append(part.goals);
      const issues = {} as Record<Severity, Block>;
      for (const s of SEVERITIES) {
        const mine = part.issues.filter((i) => i.severity === s).sort((x, y) => x.sheet.localeCompare(y.sheet) || x.row - y.row);
        issues[s] = await this.issueFiles[s].append(mine);
      }
      this.kept.set(part.unit, { goals, issues });
    } catch (e) {
      throw new SpillFailed(e);
    }
    this.goalRows += part.goals.length;
    this.problems += part.issues.length;
    for (const g of part.goals) {
      if (g.projection !== undefined) this.projections = true;
      if (isRiskRow(g)) this.riskRows.push(g);
    }
    if (part.unit.fillRateProjection !== undefined || part.unit.risk !== undefined) this.projections = true;
    this.parts.push({ unit: part.unit, goals: [], issues: [], fillRate: part.fillRate });
  }

  /** The optional columns the goal rows added need (the caller knows whether last year was given). */
  layout(previous: boolean): SummaryLayout {
    return { previous, projections: this.projections, risks: this.riskRows.length > 0 };
  }

  /** The summary of the units added, without its goals and issues (read them with goals() and issues()). */
  summary(unreadable: readonly Unreadable[]): Summary {
    return combineUnits(this.parts, unreadable);
  }

  /** A block read back; an error of the working files is a SpillFailed. */
  private async readBlock<T>(file: LineFile, b: Block): Promise<T[]> {
    try {
      return await file.read<T>(b);
    } catch (e) {
      throw new SpillFailed(e);
    }
  }

  private block(u: UnitSummary): Kept {
    const k = this.kept.get(u);
    if (!k) throw new Error(`unit not in this spill: ${u.file}`);
    return k;
  }

  /** Every goal row, in the order of `s.units` (a summary this spill made): as combineUnits gives them. */
  async *goals(s: Summary): AsyncGenerator<SummaryGoal> {
    for (const u of s.units) yield* await this.readBlock<SummaryGoal>(this.goalFile, this.block(u).goals);
  }

  /** Every problem: errors first, then warnings, then infos; within each in the order of `s.units`. */
  async *issues(s: Summary): AsyncGenerator<SummaryIssue> {
    for (const sev of SEVERITIES) {
      for (const u of s.units) yield* await this.readBlock<SummaryIssue>(this.issueFiles[sev], this.block(u).issues[sev]);
    }
  }

  /** Closes the files and removes the folder; never throws. */
  async close(): Promise<void> {
    this.unwatch();
    for (const f of [this.goalFile, ...SEVERITIES.map((s) => this.issueFiles[s])]) await f.close().catch(() => undefined);
    await fs.rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }

  /** However the command ends, the folder goes: Ctrl+C and the like, and an exit before close(). */
  private watch(): void {
    for (const s of SIGNALS) process.on(s, this.onSignal);
    process.on("exit", this.onExit);
  }

  private unwatch(): void {
    for (const s of SIGNALS) process.off(s, this.onSignal);
    process.off("exit", this.onExit);
  }

  private removeNow(): void {
    try {
      rmSync(this.dir, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while the process ends; the next run removes it (removeAbandoned).
    }
  }

  /**
   * A signal: the folder is removed at once, and unless another part of the program also listens
   * for the signal (and so decides how to end), the process ends as the signal would have ended it.
   */
  private interrupted(signal: NodeJS.Signals): void {
    this.unwatch();
    this.removeNow();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }
}

/** Pieces of JSON text, written as they come in chunks of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * Prints a JSON object exactly as `text(doc)` (jsonText: JSON.stringify indented by 2) would, where
 * the fields given as async iterables are arrays streamed item by item and never held together.
 */
export async function printJson(fields: Array<[key: string, value: unknown]>, text: (v: unknown) => string, out: (s: string) => void): Promise<void> {
  let buf = "";
  const put = (s: string) => {
    buf += s;
    if (buf.length >= CHUNK) {
      out(buf);
      buf = "";
    }
  };
  const indented = (v: unknown, by: string) => text(v).replace(/\n/g, `\n${by}`);
  put("{");
  for (const [n, [key, value]] of fields.entries()) {
    put(`${n > 0 ? "," : ""}\n  ${JSON.stringify(key)}: `);
    if (value !== null && typeof value === "object" && Symbol.asyncIterator in value) {
      let first = true;
      for await (const item of value as AsyncIterable<unknown>) {
        put(`${first ? "[" : ","}\n    ${indented(item, "    ")}`);
        first = false;
      }
      put(first ? "[]" : "\n  ]");
    } else put(indented(value, "  "));
  }
  put(fields.length > 0 ? "\n}" : "}");
  out(buf);
}
