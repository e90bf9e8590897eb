// `sopimus summary <files or folders> -o yhteenveto.xlsx [--json]`: the city-wide roll-up
// (issue 12, docs/cli-contract.md). One workbook at a time: read, summarise, keep the unit's small
// line and spill its goal rows and problems to a private temporary folder, drop the workbook; so
// memory stays flat in the number of units (summary-spill.ts). Unreadable files are
// listed with their reason and never stop the others. The summary workbook is written like every
// other output: refused when it exists (unless --force), never over an input, temp file + rename.
import { promises as fs } from "node:fs";
import { formatNumber, type Lang } from "../domain/i18n/lang";
import { UNREADABLE_REASONS } from "../domain/i18n/messages";
import {
  cityFillRate,
  cityPrivateShare,
  combineUnits,
  needsAttention,
  summariseUnit,
  type Summary,
  type SummaryGoal,
  type UnitPart,
  type Unreadable,
} from "../domain/summary";
import { isSummaryBook } from "../domain/summary-book-read";
import { YearMatcher } from "../domain/summary-previous";
import { counted, ST } from "../domain/summary-text";
import { coverageLine, goalRowCells, issueRowCells, summaryWorkbookFrame, type Cell, type SummaryLayout } from "../domain/summary-workbook";
import { readSnapshot, UnreadableFile } from "../workbook/package-read";
import { specToBytesStreaming, type StreamSheet } from "../workbook/xlsx-stream";
import { expandInputs, readInput, realTarget, sameFile, type Skipped } from "./files";
import type { Io } from "./main";
import { skippedJson, skippedLines } from "./report";
import { readLastYearFiles } from "./summary-last-year";
import { printJson, SPILL_FAILED, SpillFailed, SummarySpill } from "./summary-spill";
import { CLI_TEXT } from "./text";
import { jsonText, say, visible } from "./visible";
import { diskOps, Refused, WriteFailed, writeNew } from "./write";

export interface SummaryOptions {
  output?: string;
  json: boolean;
  force: boolean;
  /** Last year's unit workbooks, folders of them, or last year's summary workbook (--previous). */
  previous?: string[];
}

/** At most this many units are named in the terminal report; the workbook names them all. */
const ATTENTION_SHOWN = 15;

function progress(io: Io, line: string, done = false): void {
  if (io.tty) io.err(done ? "\r\x1b[2K" : `\r\x1b[2K${line.slice(0, 120)}`);
  else if (!done) io.err(`${line}\n`);
}

function reasonOf(e: unknown, lang: Lang): string {
  const reason =
    e instanceof UnreadableFile ? e.reason : e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" ? "notFound" : "unparsable";
  return UNREADABLE_REASONS[reason]?.[lang] ?? reason;
}

function writeErrorText(e: unknown, lang: Lang, shown: string): string {
  const errno = (code: string) => {
    const texts = CLI_TEXT.errno as Record<string, Record<Lang, string>>;
    return say((texts[code] ?? texts.other)[lang], { code });
  };
  if (e instanceof Refused) {
    const text = { exists: CLI_TEXT.exists, changed: CLI_TEXT.changed, notAFile: CLI_TEXT.notAFile }[e.why];
    return say(text[lang], { path: e.path });
  }
  if (e instanceof WriteFailed) return say(CLI_TEXT.writeFailed[lang], { path: e.path, detail: errno(e.code) });
  const code = (e as NodeJS.ErrnoException)?.code;
  return say(CLI_TEXT.writeFailed[lang], { path: shown, detail: typeof code === "string" ? errno(code) : String((e as Error)?.message ?? e) });
}

/** Local time as "2026-11-23T18:30": what the Tiedot sheet says the summary was made at. */
function localStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The short report on stdout: totals, the city-wide figures, the units needing attention, what was not read. */
export function summaryReport(s: Summary, lang: Lang, changes: ChangeCounts | null = null): string {
  const t = s.totals;
  const lines: string[] = [];
  lines.push(
    say(ST.totalsLine[lang], {
      units: counted("units", t.units, lang),
      goals: t.green + t.yellow + t.red + t.none,
      green: t.green,
      yellow: t.yellow,
      red: t.red,
      none: t.none,
      errors: counted("errors", t.errors, lang),
      warnings: counted("warnings", t.warnings, lang),
    }),
  );
  const fill = cityFillRate(s.fillRates.mean);
  if (fill !== null) lines.push(`${say(ST.fillLine[lang], { value: formatNumber(fill, lang) })} · ${visible(coverageLine(s, lang) ?? "")}`);
  const priv = cityPrivateShare(s.units);
  if (priv !== null) lines.push(say(ST.privateLine[lang], { value: formatNumber(priv, lang) }));
  const attention = s.units.filter(needsAttention);
  lines.push("");
  if (attention.length === 0) lines.push(ST.attentionNone[lang]);
  else {
    lines.push(ST.attentionTitle[lang]);
    for (const u of attention.slice(0, ATTENTION_SHOWN)) {
      const what = [
        u.errors > 0 ? counted("errors", u.errors, lang) : "",
        u.statuses.red > 0 ? counted("red", u.statuses.red, lang) : "",
        u.statuses.yellow > 0 ? counted("yellow", u.statuses.yellow, lang) : "",
      ].filter((x) => x !== "");
      lines.push(`  ${visible(u.unit)} (${visible(u.file)}): ${what.join(", ")}`);
    }
    if (attention.length > ATTENTION_SHOWN) lines.push("  " + say(ST.attentionMore[lang], { n: attention.length - ATTENTION_SHOWN }));
  }
  if (changes) lines.push("", say(ST.changeLine[lang], { ...changes }));
  if (s.unreadable.length > 0) {
    lines.push("", ST.unreadableTitle[lang]);
    for (const u of s.unreadable) lines.push(`  ${visible(u.file)}: ${visible(u.reason)}`);
  }
  return lines.join("\n") + "\n";
}

/** How this year's goal rows compare with last year's, for the report. */
export interface ChangeCounts {
  better: number;
  same: number;
  worse: number;
  none: number;
  current: number;
  previous: number;
}

function countChanges(c: ChangeCounts, g: SummaryGoal): void {
  if (g.previous === null || g.previous === undefined) return;
  if (g.change === null || g.change === undefined) c.none++;
  else c[g.change]++;
}

async function* mapRows<T>(items: AsyncIterable<T>, row: (item: T) => Cell[]): AsyncGenerator<Cell[]> {
  for await (const item of items) yield row(item);
}

export async function summaryCommand(inputs: string[], opts: SummaryOptions, lang: Lang, io: Io): Promise<number> {
  const fail = (text: string): number => {
    io.err(text + "\n");
    return 2;
  };
  if (inputs.length === 0) return fail(ST.needsInput[lang]);
  const output = opts.output;
  if (output === undefined && !opts.json) return fail(ST.needsOutput[lang]);
  if (output !== undefined && !/\.xlsx$/i.test(output)) return fail(say(CLI_TEXT.notXlsx[lang], { path: output }));

  const skipped: Skipped[] = [];
  const expanded = await expandInputs(inputs, skipped);
  const previousGiven = opts.previous ?? [];
  const previousExpanded = previousGiven.length ? await expandInputs(previousGiven, skipped) : [];
  io.err(skippedLines(skipped, lang));
  // Nothing read or written: --json still prints its one document, an empty summary with what was left out.
  const refuse = (text: string): number => {
    if (opts.json) io.out(jsonText(emptySummaryDoc(skipped, lang)) + "\n");
    return fail(text);
  };
  if (expanded.length === 0) return refuse(say(CLI_TEXT.noFiles[lang], { path: inputs.join(", ") }));
  if (previousGiven.length && previousExpanded.length === 0) return refuse(say(CLI_TEXT.noFiles[lang], { path: previousGiven.join(", ") }));
  // An output is never an input, --force or not (cli-contract.md, "Files are never lost"): the
  // output is compared with every workbook to read, this year's and last year's, by real path
  // and through links; nothing is read or written when it is one of them.
  const realOut = output === undefined ? null : await realTarget(output);
  for (const file of output === undefined ? [] : [...expanded, ...previousExpanded]) {
    if ((await realTarget(file)) === realOut || (await sameFile(file, output as string)))
      return refuse(say(ST.outputIsInput[lang], { path: output as string }));
  }
  const files = await distinct(expanded);
  const previous = await distinct(previousExpanded);
  if (output !== undefined && !opts.force && (await fs.lstat(output).catch(() => null))) return refuse(say(CLI_TEXT.exists[lang], { path: output }));

  // Only what is small per unit stays in memory; the goal rows and problems wait on disk in a
  // private folder, removed however the command ends (summary-spill.ts).
  let spill: SummarySpill;
  try {
    spill = await SummarySpill.open();
  } catch (e) {
    return fail(spillErrorText(e, lang));
  }
  try {
    let matcher: YearMatcher | null = null;
    if (previousGiven.length) {
      matcher = await readLastYear(previous, lang, io);
      if (matcher.lastUnits === 0) return refuse(ST.previousNone[lang]);
    }
    return await summariseFiles(files, spill, matcher, { inputs, previous: previousGiven, skipped }, output, opts, lang, io, fail);
  } catch (e) {
    if (e instanceof SpillFailed) return fail(spillErrorText(e, lang));
    throw e;
  } finally {
    await spill.close();
  }
}

/** The --json document of a summary that read nothing: no units, and the files left out. */
function emptySummaryDoc(skipped: readonly Skipped[], lang: Lang): Record<string, unknown> {
  const s = combineUnits([], []);
  return { output: null, units: [], goals: [], fillRates: s.fillRates, issues: [], unreadable: [], skipped: skippedJson(skipped, lang), totals: s.totals };
}

/** Each workbook once, however it is named (a link, a second path). */
async function distinct(files: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of files) {
    const real = await realTarget(file);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(file);
  }
  return out;
}

/** Reads one workbook to the engine's snapshot; an error is said as the reason in words. */
async function snapshotOf(file: string) {
  const { data } = await readInput(file);
  return await readSnapshot(data);
}

/**
 * Last year's units, from its unit workbooks or its summary workbook (read in a worker thread of
 * their own: summary-last-year.ts); a file that cannot be read is named and skipped.
 */
async function readLastYear(files: readonly string[], lang: Lang, io: Io): Promise<YearMatcher> {
  const matcher = new YearMatcher([]);
  await readLastYearFiles(files, lang, (m) => {
    if (m.kind === "start" && files.length > 1) progress(io, `${ST.readingPrevious[lang]} ${m.index + 1}/${files.length}: ${visible(files[m.index])}`);
    else if (m.kind === "units") for (const u of m.units) matcher.addLast(u);
    else if (m.kind === "unreadable") {
      progress(io, "", true);
      const reason = UNREADABLE_REASONS[m.reason]?.[lang] ?? m.reason;
      io.err(say(ST.previousUnreadable[lang], { path: visible(files[m.index]), reason }) + "\n");
    }
  });
  if (files.length > 1) progress(io, "", true);
  return matcher;
}

function spillErrorText(e: unknown, lang: Lang): string {
  const cause = e instanceof SpillFailed ? e.cause : e;
  const code = (cause as NodeJS.ErrnoException)?.code;
  const texts = CLI_TEXT.errno as Record<string, Record<Lang, string>>;
  const detail = say(texts[typeof code === "string" && texts[code] ? code : "other"][lang], { code: String(code ?? "") });
  return say(SPILL_FAILED[lang], { detail });
}

async function summariseFiles(
  files: string[],
  spill: SummarySpill,
  matcher: YearMatcher | null,
  given: { inputs: string[]; previous: string[]; skipped: Skipped[] },
  output: string | undefined,
  opts: SummaryOptions,
  lang: Lang,
  io: Io,
  fail: (text: string) => number,
): Promise<number> {
  const unreadable: Unreadable[] = [];
  const changes: ChangeCounts | null = matcher ? { better: 0, same: 0, worse: 0, none: 0, current: 0, previous: 0 } : null;
  for (const [i, file] of files.entries()) {
    if (files.length > 1) progress(io, `${ST.reading[lang]} ${i + 1}/${files.length}: ${visible(file)}`);
    let part: UnitPart;
    try {
      const snapshot = await snapshotOf(file);
      // An earlier summary kept beside the units is no unit: its Tavoitteet sheet would read as one.
      if (isSummaryBook(snapshot)) {
        progress(io, "", true);
        const left: Skipped = { path: file, why: "summary-workbook" };
        given.skipped.push(left);
        io.err(skippedLines([left], lang));
        continue;
      }
      part = summariseUnit(file, snapshot, lang);
    } catch (e) {
      // Whatever went wrong with this file, the others are still read.
      unreadable.push({ file, reason: reasonOf(e, lang) });
      continue;
    }
    if (matcher && changes) {
      part = matcher.match(part);
      for (const g of part.goals) countChanges(changes, g);
    }
    await spill.add(part);
  }
  if (files.length > 1) progress(io, "", true);
  // Units, fill rates and totals; the goals and issues are read back from the spill in its order.
  const summary = spill.summary(unreadable);
  if (matcher && changes) {
    summary.unmatched = matcher.unmatched();
    changes.current = summary.unmatched.current.length;
    changes.previous = summary.unmatched.previous.length;
  }
  const layout: SummaryLayout = spill.layout(matcher !== null);
  const printDoc = (out: string | null) =>
    printJson(
      [
        ["output", out],
        ["units", summary.units],
        ["goals", spill.goals(summary)],
        ["fillRates", summary.fillRates],
        ["issues", spill.issues(summary)],
        ["unreadable", summary.unreadable],
        ["skipped", skippedJson(given.skipped, lang)],
        ...(summary.unmatched ? [["unmatched", summary.unmatched] as [string, unknown]] : []),
        ["totals", summary.totals],
      ],
      jsonText,
      (text) => io.out(text),
    ).then(() => io.out("\n"));

  if (spill.units === 0) {
    if (opts.json) await printDoc(null);
    else io.out(summaryReport(summary, lang, changes));
    return fail(ST.nothingRead[lang]);
  }
  if (output !== undefined) {
    try {
      // Row by row, and the two big sheets' rows straight from the spill: memory stays flat in the
      // number of units. The finished workbook (a few MB) is written at once, temp file + rename.
      const made = { at: localStamp(new Date()), inputs: given.inputs, ...(given.previous.length ? { previous: given.previous } : {}) };
      const frame = summaryWorkbookFrame(summary, lang, made, { goals: spill.goalCount, issues: spill.issueCount }, layout, spill.riskRows);
      (frame.goals as StreamSheet).rowsAfter = { from: 2, rows: mapRows(spill.goals(summary), (g) => goalRowCells(g, lang, layout)) };
      // Without problems the frame says so in row 2 and no rows follow.
      if (spill.issueCount > 0) {
        (frame.issues as StreamSheet).rowsAfter = { from: 2 + summary.unreadable.length, rows: mapRows(spill.issues(summary), (i) => issueRowCells(i, lang)) };
      }
      const data = await specToBytesStreaming(frame.spec);
      await writeNew(output, data, opts.force, io.fileOps ?? diskOps);
    } catch (e) {
      if (e instanceof SpillFailed) throw e;
      if (opts.json) await printDoc(null);
      return fail(writeErrorText(e, lang, output));
    }
  }
  if (opts.json) await printDoc(output ?? null);
  else io.out(summaryReport(summary, lang, changes));
  if (output !== undefined) io.err(say(CLI_TEXT.written[lang], { path: output }) + "\n");
  return summary.totals.errors > 0 || summary.totals.unreadable > 0 ? 1 : 0;
}
