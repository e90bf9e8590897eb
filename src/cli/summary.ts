// `sopimus summary <files or folders> -o yhteenveto.xlsx [--json]`: the city-wide roll-up
// (issue 12, docs/cli-contract.md). One workbook at a time: read, summarise to a small UnitPart,
// drop the workbook; so memory grows with the parts, not with the workbooks. Unreadable files are
// listed with their reason and never stop the others. The summary workbook is written like every
// other output: refused when it exists (unless --force), never over an input, temp file + rename.
import { promises as fs } from "node:fs";
import { formatNumber, type Lang } from "../domain/i18n/lang";
import { UNREADABLE_REASONS } from "../domain/i18n/messages";
import { cityFillRate, cityPrivateShare, combineUnits, needsAttention, summariseUnit, type Summary, type UnitPart, type Unreadable } from "../domain/summary";
import { counted, ST } from "../domain/summary-text";
import { summaryWorkbook } from "../domain/summary-workbook";
import { loadXlsx, UnreadableFile } from "../workbook/xlsx";
import { specToBytesStreaming } from "../workbook/xlsx-stream";
import { expandInputs, readInput, realTarget, sameFile } from "./files";
import type { Io } from "./main";
import { CLI_TEXT } from "./text";
import { jsonText, say, visible } from "./visible";
import { diskOps, Refused, WriteFailed, writeNew } from "./write";

export interface SummaryOptions {
  output?: string;
  json: boolean;
  force: boolean;
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
export function summaryReport(s: Summary, lang: Lang): string {
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
  if (fill !== null) lines.push(say(ST.fillLine[lang], { value: formatNumber(fill, lang) }));
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
  if (s.unreadable.length > 0) {
    lines.push("", ST.unreadableTitle[lang]);
    for (const u of s.unreadable) lines.push(`  ${visible(u.file)}: ${visible(u.reason)}`);
  }
  return lines.join("\n") + "\n";
}

function doc(s: Summary, output: string | null): Record<string, unknown> {
  return { output, units: s.units, goals: s.goals, fillRates: s.fillRates, issues: s.issues, unreadable: s.unreadable, totals: s.totals };
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

  const expanded = await expandInputs(inputs);
  if (expanded.length === 0) return fail(say(CLI_TEXT.noFiles[lang], { path: inputs.join(", ") }));
  // Each workbook once, however it is named; the output is never one of them.
  const realOut = output === undefined ? null : await realTarget(output);
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of expanded) {
    const real = await realTarget(file);
    if (seen.has(real)) continue;
    seen.add(real);
    if (output !== undefined && (real === realOut || (await sameFile(file, output)))) {
      // Named by the user: refuse. Found in a folder (an earlier summary beside the units): skip it.
      if (inputs.includes(file)) return fail(say(ST.outputIsInput[lang], { path: output }));
      io.err(say(CLI_TEXT.skippedInOutput[lang], { path: file, dir: output }) + "\n");
      continue;
    }
    files.push(file);
  }
  if (output !== undefined && !opts.force && (await fs.lstat(output).catch(() => null))) return fail(say(CLI_TEXT.exists[lang], { path: output }));

  const parts: UnitPart[] = [];
  const unreadable: Unreadable[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length > 1) progress(io, `${ST.reading[lang]} ${i + 1}/${files.length}: ${visible(file)}`);
    try {
      const { data } = await readInput(file);
      const { snapshot } = await loadXlsx(data);
      parts.push(summariseUnit(file, snapshot, lang));
    } catch (e) {
      // Whatever went wrong with this file, the others are still read.
      unreadable.push({ file, reason: reasonOf(e, lang) });
    }
  }
  if (files.length > 1) progress(io, "", true);
  const summary = combineUnits(parts, unreadable);

  if (parts.length === 0) {
    if (opts.json) io.out(jsonText(doc(summary, null)) + "\n");
    else io.out(summaryReport(summary, lang));
    return fail(ST.nothingRead[lang]);
  }
  if (output !== undefined) {
    try {
      // Row by row: a thousand units' goal rows would take over 1 GB in the in-memory writer.
      const data = await specToBytesStreaming(summaryWorkbook(summary, lang, { at: localStamp(new Date()), inputs }));
      await writeNew(output, data, opts.force, io.fileOps ?? diskOps);
    } catch (e) {
      if (opts.json) io.out(jsonText(doc(summary, null)) + "\n");
      return fail(writeErrorText(e, lang, output));
    }
  }
  if (opts.json) io.out(jsonText(doc(summary, output ?? null)) + "\n");
  else io.out(summaryReport(summary, lang));
  if (output !== undefined) io.err(say(CLI_TEXT.written[lang], { path: output }) + "\n");
  return summary.totals.errors > 0 || summary.totals.unreadable > 0 ? 1 : 0;
}
