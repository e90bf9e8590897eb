// The `sopimus` command line: validate, refresh, new, demo (see docs/cli-contract.md).
import { promises as fs, constants as fsc, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TemplateName } from "../domain/catalogue/standard-goals";
import { catalogueCommand } from "./catalogue";
import { check, refresh } from "../domain/index";
import { formatAmount, formatNumber, type Lang } from "../domain/i18n/lang";
import { count, NOUNS } from "../domain/i18n/plural";
import { message, NOTHING_TO_CHANGE, UNREADABLE_REASONS } from "../domain/i18n/messages";
import { SEVERITY, countBySeverity, type Issue } from "../domain/issues";
import { newContract } from "../domain/template/contract";
import type { Status } from "../domain/parse/words";
import type { Report } from "../domain/validate";
import { readSnapshot, UnreadableFile } from "../workbook/package-read";
import { editPackage, EditRefused } from "../workbook/package-edit";
import { expandInputs, isUnder, readInput, realTarget, REFRESHED_SUFFIX, sameFile, type Skipped } from "./files";
import { fileSummary, issuesTable, table } from "./format";
import { argsLang, checkArgs } from "./args";
import { helpText, isCommand, systemLang } from "./help";
import { recheck, type AfterRefresh } from "./recheck";
import { acrossFiles, REPORT_TEXT, skippedJson, skippedLines, unreadableLine, type FileRow } from "./report";
import { CLI_TEXT } from "./text";
import { usageError, UsageError, usageLine } from "./usage";
import { jsonText, say, visible } from "./visible";
import { diskOps, Refused, replaceInPlace, WriteFailed, writeCopy, writeNew, type FileOps } from "./write";

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** True when stderr is a terminal: progress then rewrites one line. */
  tty: boolean;
  /** The disk writes (a test replaces them to stop a run half-way); the real ones by default. */
  fileOps?: FileOps;
  /** The environment whose LC_ALL, LC_MESSAGES or LANG gives the language without --lang; none: Finnish. */
  env?: Readonly<Record<string, string | undefined>>;
}

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

/**
 * The ExcelJS adapter, loaded (~0.4 s) on first use by the commands that write with it: --help,
 * --version, validate and catalogue read with package-read.ts and never load ExcelJS.
 */
function exceljs(): typeof import("../workbook/xlsx") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on use, see above
  return require("../workbook/xlsx") as typeof import("../workbook/xlsx");
}

/** The summary command, which writes its workbook with ExcelJS: loaded on use, as exceljs(). */
function summaryModule(): typeof import("./summary") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on use, see exceljs()
  return require("./summary") as typeof import("./summary");
}

/** The unreadable-file issue for a read that failed: a file that is not a workbook, or no file at all. */
function unreadable(e: unknown, lang: Lang): Issue {
  const reason = e instanceof UnreadableFile ? e.reason : isFsError(e) ? "notFound" : "unparsable";
  // A reason without a text yet is shown as its code.
  const detail = UNREADABLE_REASONS[reason]?.[lang] ?? reason;
  return { code: "unreadable-file", severity: SEVERITY["unreadable-file"], sheet: "", cell: "", row: 0, message: message("unreadable-file", lang, { detail }) };
}

function isFsError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string";
}

/** Why a write failed, in words: never the temporary file's name, never a stack trace. */
function errnoText(code: string, lang: Lang): string {
  const texts = CLI_TEXT.errno as Record<string, Record<Lang, string>>;
  return say((texts[code] ?? texts.other)[lang], { code });
}

interface ValidateDoc {
  file: string;
  summary: Report["summary"];
  issues: Issue[];
  /** A file a folder run left out: the reason's code and the line said on stderr (nothing else read). */
  skipped?: { reason: string; message: string };
}

/** The documents of the files a folder run left out, after the files read: nothing is left out silently. */
function skippedDocs(skipped: readonly Skipped[], lang: Lang, doc: (file: string) => Record<string, unknown>): Array<Record<string, unknown>> {
  return skippedJson(skipped, lang).map(({ file, reason, message }) => ({ ...doc(file), skipped: { reason, message } }));
}

interface Checked {
  doc: ValidateDoc;
  readable: boolean;
  /** There is no file of that name (said in one plain line, not as an issue table). */
  missing: boolean;
  statuses: Record<Status, number>;
}

/** True when there is no file (not even a broken link) of that name. */
function isMissing(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => false,
    (x: NodeJS.ErrnoException) => x.code === "ENOENT",
  );
}

async function validateFile(file: string, lang: Lang): Promise<Checked> {
  const statuses = { green: 0, yellow: 0, red: 0, none: 0 };
  try {
    const { data } = await readInput(file);
    // A refresh edits the package part by part and keeps all of it: nothing to warn about dropping.
    const snapshot = await readSnapshot(data);
    const report = check(snapshot, lang);
    for (const g of report.goals) statuses[g.status]++;
    return { doc: { file, summary: report.summary, issues: report.issues }, readable: true, missing: false, statuses };
  } catch (e) {
    // Whatever went wrong with this file, the others are still checked and the JSON still printed.
    const issues = [unreadable(e, lang)];
    const missing = await isMissing(file);
    return { doc: { file, summary: { ...countBySeverity(issues), goalRows: 0, tables: 0 }, issues }, readable: false, missing, statuses };
  }
}

async function validate(files: string[], json: boolean, lang: Lang, io: Io): Promise<number> {
  if (files.length === 0) throw usageError("validateNeedsFile", lang, {}, "validate");
  const skipped: Skipped[] = [];
  const list = await expandInputs(files, skipped);
  io.err(skippedLines(skipped, lang));
  const left = skippedDocs(skipped, lang, (file) => ({ file, summary: { errors: 0, warnings: 0, infos: 0, goalRows: 0, tables: 0 }, issues: [] }));
  if (list.length === 0) {
    // Nothing to read: --json still prints its document, what was left out.
    if (json) io.out(jsonText(left) + "\n");
    throw new UsageError(say(CLI_TEXT.noFiles[lang], { path: files.join(", ") }), "validate", false);
  }
  const docs: ValidateDoc[] = [];
  const rows: FileRow[] = [];
  let unreadableSeen = false;
  for (const [i, file] of list.entries()) {
    if (list.length > 1) progress(io, `${CLI_TEXT.checking[lang]} ${i + 1}/${list.length}: ${visible(file)}`);
    const { doc, readable, missing, statuses } = await validateFile(file, lang);
    unreadableSeen ||= !readable;
    docs.push(doc);
    rows.push({ file, summary: readable ? doc.summary : null, statuses });
    if (json) continue;
    if (!readable) io.err(unreadableLine(file, doc.issues[0].message, missing, lang));
    else io.out(`\n${visible(file)}\n${fileSummary({ ...doc.summary }, lang)}\n${issuesTable(doc.issues, lang)}\n`);
  }
  if (list.length > 1) progress(io, "", true);
  if (!json && list.length > 1) io.out(`\n${acrossFiles(rows, lang)}`);
  if (json) io.out(jsonText(files.length === 1 && list.length === 1 && list[0] === files[0] ? docs[0] : [...docs, ...left]) + "\n");
  if (unreadableSeen) return 2;
  return docs.some((d) => d.summary.errors > 0) ? 1 : 0;
}

function progress(io: Io, line: string, done = false): void {
  if (io.tty) io.err(done ? "\r\x1b[2K" : `\r\x1b[2K${line.slice(0, 120)}`);
  else if (!done) io.err(`${line}\n`);
}

interface RefreshResult {
  code: number;
  doc: Record<string, unknown>;
}

/** The refresh document of a file that was not written. */
function emptyDoc(input: string, issues: Issue[] = []): Record<string, unknown> {
  return { file: input, output: null, goals: [], fillRate: null, productionShares: null, summary: { green: 0, yellow: 0, red: 0, none: 0 }, issues };
}

interface Job {
  input: string;
  output: string;
  inPlace: boolean;
  force: boolean;
  /** demo: a file of the output's name that holds something else is kept, the copy gets the next free name (writeCopy). */
  nextFreeName?: boolean;
}

async function refreshFile(job: Job, lang: Lang, io: Io): Promise<RefreshResult> {
  const { input, output, inPlace } = job;
  let read, snapshot, refreshed;
  try {
    read = await readInput(input);
    // Everything the package holds is kept (package-edit.ts edits it part by part): nothing is dropped.
    snapshot = await readSnapshot(read.data);
    refreshed = refresh(snapshot, lang);
  } catch (e) {
    // Whatever went wrong with this file, the others are still refreshed and the JSON still printed.
    return { code: 2, doc: emptyDoc(input, [unreadable(e, lang)]) };
  }
  const { report, edits } = refreshed;
  const ops = io.fileOps ?? diskOps;
  let after: AfterRefresh;
  let written: string | null = output;
  try {
    const data = await editPackage(read.data, edits);
    after = recheck(snapshot, edits, report, lang);
    if (data === null) {
      // Nothing to change: no copy, and the original is left alone.
      written = null;
      io.err(notWrittenLine(job, after, lang) + "\n");
    } else if (inPlace) {
      const backup = await replaceInPlace(input, read, data, ops);
      io.err(say((backup.created ? CLI_TEXT.backup : CLI_TEXT.backupKept)[lang], { path: backup.path }) + "\n");
    } else if (job.nextFreeName) written = (await writeCopy(output, data, ops)).path;
    else await writeNew(output, data, job.force, ops);
  } catch (e) {
    io.err((e instanceof EditRefused ? e.text(lang) : writeError(e, lang, output)) + "\n");
    return { code: 2, doc: refreshDoc(input, null, report) };
  }
  const doc = { ...refreshDoc(input, written, report), issues: after.remaining, fixed: after.fixed };
  return { code: after.remaining.some((i) => i.severity === "error") ? 1 : 0, doc };
}

/**
 * Said when a refresh has nothing to write: the input left alone (--in-place), or the output that
 * was not written (-o, --out-dir), and the errors that remain (the reason for exit 1 with no file).
 */
function notWrittenLine(job: Job, after: AfterRefresh, lang: Lang): string {
  if (job.inPlace) return say(NOTHING_TO_CHANGE[lang], { path: job.input });
  const errors = after.remaining.filter((i) => i.severity === "error").length;
  const line = say(CLI_TEXT.notWritten[lang], { path: job.input, output: job.output });
  return errors === 0 ? line : `${line} ${say(CLI_TEXT.errorsRemain[lang], { errors: count(errors, NOUNS.error, lang) })}`;
}

/** One line on why nothing was written, naming the file the user gave (`shown`, unless the error names it). */
function writeError(e: unknown, lang: Lang, shown: string): string {
  if (e instanceof Refused) {
    const text = { exists: CLI_TEXT.exists, changed: CLI_TEXT.changed, notAFile: CLI_TEXT.notAFile }[e.why];
    return say(text[lang], { path: e.path });
  }
  if (e instanceof WriteFailed) return say(CLI_TEXT.writeFailed[lang], { path: e.path, detail: errnoText(e.code, lang) });
  const detail = isFsError(e) ? errnoText((e as NodeJS.ErrnoException).code as string, lang) : String((e as Error)?.message ?? e);
  return say(CLI_TEXT.writeFailed[lang], { path: shown, detail });
}

function refreshDoc(file: string, output: string | null, report: Report): Record<string, unknown> {
  const summary = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const g of report.goals) summary[g.status]++;
  return { file, output, goals: report.goals, fillRate: report.fillRate, productionShares: report.productionShares, summary, issues: report.issues };
}

function statusLine(doc: Record<string, unknown>, lang: Lang): string {
  const s = doc.summary as Record<"green" | "yellow" | "red" | "none", number>;
  const c = CLI_TEXT.columns;
  return (["green", "yellow", "red", "none"] as const).map((k) => `${c[k][lang]} ${s[k]}`).join(" · ");
}

interface RefreshTargets {
  output?: string;
  inPlace: boolean;
  outDir?: string;
  force: boolean;
}

const isXlsx = (p: string) => /\.xlsx$/i.test(p);

/** A job and, where it must not run, why (said on stderr, exit 2). */
interface Planned extends Job {
  refusal?: string;
}

/**
 * Where each input's refreshed copy goes: -o (one input), --in-place, or --out-dir (any number).
 * An output is never an input: outputs are compared with every input by real path, inputs under
 * the output folder are skipped (with a message), an existing output is refused without --force.
 */
function checkModes(args: string[], t: RefreshTargets, lang: Lang): void {
  const modes = [t.output !== undefined, t.inPlace, t.outDir !== undefined].filter(Boolean).length;
  if (args.length === 0) throw usageError("refreshNeedsInput", lang, {}, "refresh");
  if (modes === 0) throw usageError("refreshNeedsMode", lang, {}, "refresh");
  if (modes > 1) throw usageError("refreshOneMode", lang, {}, "refresh");
}

async function plan(args: string[], t: RefreshTargets, lang: Lang, io: Io, skipped: Skipped[]): Promise<Planned[]> {
  checkModes(args, t, lang);
  const job = (input: string, output: string): Planned => ({ input, output, inPlace: t.inPlace, force: t.force });
  if (t.output !== undefined) {
    if (args.length !== 1) throw usageError("oneInputForOutput", lang, {}, "refresh");
    const one = job(args[0], t.output);
    if (!isXlsx(t.output)) throw new UsageError(say(CLI_TEXT.notXlsx[lang], { path: t.output }), "refresh");
    if (await sameFile(args[0], t.output)) one.refusal = CLI_TEXT.sameOutput[lang];
    else if (!t.force && (await fs.lstat(t.output).catch(() => null))) one.refusal = say(CLI_TEXT.exists[lang], { path: t.output });
    return [one];
  }
  // Each workbook once, however often it is named (a file and its folder, a link and its target).
  const expanded = await expandInputs(args, skipped);
  io.err(skippedLines(skipped, lang));
  if (expanded.length === 0) {
    // No jobs: the caller prints the --json document (what was left out) and exits 2.
    io.err(usageLine(new UsageError(say(CLI_TEXT.noFiles[lang], { path: args.join(", ") }), "refresh", false), lang));
    return [];
  }
  const seen = new Set<string>();
  const inputs: string[] = [];
  const reals: string[] = [];
  for (const input of expanded) {
    const real = await realTarget(input);
    if (seen.has(real)) continue;
    seen.add(real);
    inputs.push(input);
    reals.push(real);
  }
  if (t.inPlace) {
    return inputs.map((input) => {
      const j = job(input, input);
      if (!isXlsx(input)) j.refusal = say(CLI_TEXT.inPlaceNotXlsx[lang], { path: input });
      return j;
    });
  }
  const outDir = t.outDir as string;
  const realOut = await realTarget(outDir);
  const used = new Set<string>();
  const jobs: Planned[] = [];
  for (const [i, input] of inputs.entries()) {
    if (isUnder(reals[i], realOut)) {
      const left: Skipped = { path: input, why: "in-output-folder", dir: outDir };
      skipped.push(left);
      io.err(skippedLines([left], lang));
      continue;
    }
    const stem = path.basename(input).replace(/\.[^.]*$/, "");
    let name = `${stem}.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.xlsx`;
    used.add(name.toLowerCase());
    const j = job(input, path.join(outDir, name));
    const existing = await fs.lstat(j.output).catch(() => null);
    if (seen.has(await realTarget(j.output))) j.refusal = say(CLI_TEXT.outputIsInput[lang], { path: j.output });
    else if (existing && !t.force) j.refusal = say(CLI_TEXT.exists[lang], { path: j.output });
    jobs.push(j);
  }
  return jobs;
}

/** Makes the output folder, or says in one line why it cannot be used. */
async function outputFolder(dir: string, lang: Lang, io: Io): Promise<boolean> {
  try {
    await fs.mkdir(dir, { recursive: true });
    if (!(await fs.stat(dir)).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    await fs.access(dir, fsc.W_OK);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "EIO";
    io.err(say(CLI_TEXT.outDirFailed[lang], { path: dir, detail: errnoText(code === "EEXIST" ? "ENOTDIR" : code, lang) }) + "\n");
    return false;
  }
}

async function refreshCommand(args: string[], targets: RefreshTargets, json: boolean, lang: Lang, io: Io): Promise<number> {
  checkModes(args, targets, lang);
  if (targets.outDir !== undefined && !(await outputFolder(targets.outDir, lang, io))) {
    if (json) io.out(jsonText([]) + "\n");
    return 2;
  }
  const skipped: Skipped[] = [];
  const jobs = await plan(args, targets, lang, io, skipped);
  const left = skippedDocs(skipped, lang, (file) => emptyDoc(file));
  if (jobs.length === 0) {
    if (json) io.out(jsonText(left) + "\n");
    return 2;
  }
  const docs: Array<Record<string, unknown>> = [];
  let worst = 0;
  for (const [i, job] of jobs.entries()) {
    if (jobs.length > 1) progress(io, `${i + 1}/${jobs.length}: ${visible(job.input)}`);
    let result: RefreshResult;
    if (job.refusal) {
      io.err(job.refusal + "\n");
      result = { code: 2, doc: emptyDoc(job.input) };
    } else result = await refreshFile(job, lang, io);
    worst = Math.max(worst, result.code);
    docs.push(result.doc);
    // A refused job was not read: its one line says why, no statuses of zeros nor "nothing to report".
    if (!json && !job.refusal) {
      const issues = result.doc.issues as Issue[];
      const unread = issues.length === 1 && issues[0].code === "unreadable-file" && !result.doc.output;
      if (unread) io.err(unreadableLine(job.input, issues[0].message, await isMissing(job.input), lang));
      else io.out(`\n${visible(job.input)}\n${statusLine(result.doc, lang)}\n${issuesTable(issues, lang)}\n`);
      const fixed = (result.doc.fixed as Issue[] | undefined) ?? [];
      if (fixed.length > 0) io.out(say(REPORT_TEXT.fixed[lang], { problems: count(fixed.length, NOUNS.problem, lang) }) + "\n");
      if (result.doc.output) io.out(say(CLI_TEXT.written[lang], { path: String(result.doc.output) }) + "\n");
    }
  }
  if (jobs.length > 1) progress(io, "", true);
  // One document for one file named as such; an array for a folder or several files (as validate).
  const one = targets.outDir === undefined && args.length === 1 && jobs.length === 1 && jobs[0].input === args[0];
  if (json) io.out(jsonText(one ? docs[0] : [...docs, ...left]) + "\n");
  return worst;
}

const TEMPLATES: readonly TemplateName[] = ["varhaiskasvatus", "kirjasto", "yleinen", "tuloskortti"];

async function newCommand(args: string[], opts: { template?: string; year?: string; unit?: string; force?: boolean }, lang: Lang, io: Io): Promise<number> {
  if (args.length === 0) throw usageError("newNeedsOutput", lang, {}, "new");
  if (args.length > 1) throw usageError("extraArgument", lang, { value: args[1] }, "new");
  const template = (opts.template ?? "yleinen") as TemplateName;
  if (!TEMPLATES.includes(template)) throw usageError("unknownTemplate", lang, { name: String(opts.template), list: TEMPLATES.join(", ") }, "new");
  const year = opts.year ? Number(opts.year) : new Date().getFullYear() + 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw usageError("badYear", lang, { value: String(opts.year) }, "new");
  const target = args[0];
  if (!isXlsx(target)) throw new UsageError(say(CLI_TEXT.notXlsx[lang], { path: target }), "new");
  try {
    const { toBytes, workbookOf } = exceljs();
    await writeNew(target, await toBytes(workbookOf(newContract({ template, year, unit: opts.unit ?? "", lang }))), !!opts.force, io.fileOps ?? diskOps);
  } catch (e) {
    io.err(writeError(e, lang, target) + "\n");
    return 2;
  }
  io.err(say(CLI_TEXT.written[lang], { path: target }) + "\n");
  return 0;
}

async function demo(outDir: string, lang: Lang, io: Io): Promise<number> {
  io.out(CLI_TEXT.demoTitle[lang] + "\n");
  if (!(await outputFolder(outDir, lang, io))) return 2;
  const samples = (await fs.readdir(SAMPLES)).filter((f) => f.endsWith(".xlsx")).sort();
  const rows: string[][] = [];
  let worst = 0;
  for (const name of samples) {
    const input = path.join(SAMPLES, name);
    const output = path.join(outDir, name.replace(/\.xlsx$/, REFRESHED_SUFFIX[lang]));
    // A second demo finds its own copies and leaves them; a file of the same name it did not write is kept.
    const { doc, code } = await refreshFile({ input, output, inPlace: false, force: false, nextFreeName: true }, lang, io);
    if (code === 2) worst = 2;
    const issues = doc.issues as Issue[];
    const s = doc.summary as Record<string, number>;
    io.out(`\n${name}\n${issuesTable(issues, lang)}\n`);
    const fr = doc.fillRate as { average: number | null } | null;
    if (fr?.average != null) io.out(say(CLI_TEXT.fillRate[lang], { value: formatNumber(fr.average, lang) }) + "\n");
    const ps = doc.productionShares as Record<string, number> | null;
    if (ps) {
      const shares = {
        own: formatAmount(ps.own, lang),
        private: formatAmount(ps.private, lang),
        ownShare: formatNumber(ps.ownShare, lang),
        privateShare: formatNumber(ps.privateShare, lang),
      };
      io.out(say(CLI_TEXT.production[lang], shares) + "\n");
    }
    const counts = countBySeverity(issues);
    rows.push([
      name,
      String((doc.goals as unknown[]).length),
      String(s.green),
      String(s.yellow),
      String(s.red),
      String(s.none),
      String(counts.errors),
      String(counts.warnings),
      String(doc.output ?? "–"),
    ]);
  }
  const c = CLI_TEXT.columns;
  io.out(`\n${CLI_TEXT.demoSummary[lang]}\n`);
  io.out(
    table([c.file[lang], c.goals[lang], c.green[lang], c.yellow[lang], c.red[lang], c.none[lang], c.errors[lang], c.warnings[lang], c.copy[lang]], rows) + "\n",
  );
  io.out(`\n${CLI_TEXT.demoPane[lang]}\n`);
  return worst;
}

export async function main(argv: string[], io: Io): Promise<number> {
  // Without --lang, the system's language (run() passes the environment; tests pass none: Finnish).
  let lang: Lang = systemLang(io.env ?? {});
  try {
    const options = {
      json: { type: "boolean" },
      lang: { type: "string" },
      output: { type: "string", short: "o" },
      "in-place": { type: "boolean" },
      "out-dir": { type: "string" },
      template: { type: "string" },
      year: { type: "string" },
      unit: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      catalogue: { type: "string" },
      previous: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "V" },
    } as const;
    lang = argsLang(argv, options, lang);
    checkArgs(argv, options, lang);
    const { values, positionals: words } = parseArgs({ args: argv, allowPositionals: true, options });
    const [command, ...positionals] = words;
    if (values.version) {
      io.out(`sopimus ${version()}\n`);
      return 0;
    }
    if (command === "help" || values.help || argv.length === 0) {
      // "sopimus help --help" is the help command's own help.
      const about = command === "help" ? (positionals[0] ?? (values.help ? "help" : undefined)) : command;
      if (command === "help" && positionals.length > 1) throw usageError("extraArgument", lang, { value: positionals[1] }, "help");
      if (about !== undefined && !isCommand(about)) throw usageError("unknownCommand", lang, { name: about });
      io.out(helpText(about, lang));
      return 0;
    }
    if (command === undefined) throw usageError("noCommand", lang);
    if ((command === "demo" || command === "catalogue") && positionals.length > 0) throw usageError("extraArgument", lang, { value: positionals[0] }, command);
    switch (command) {
      case "validate":
        return await validate(positionals, !!values.json, lang, io);
      case "refresh": {
        const targets = { output: values.output, inPlace: !!values["in-place"], outDir: values["out-dir"], force: !!values.force };
        return await refreshCommand(positionals, targets, !!values.json, lang, io);
      }
      case "new":
        return await newCommand(positionals, values, lang, io);
      case "demo":
        return await demo(values.out ?? "sopimus-demo", lang, io);
      case "summary":
        return await summaryModule().summaryCommand(
          positionals,
          { output: values.output, json: !!values.json, force: !!values.force, previous: values.previous },
          lang,
          io,
        );
      case "catalogue":
        return await catalogueCommand({ file: values.catalogue, json: !!values.json, lang }, io);
      default:
        throw usageError("unknownCommand", lang, { name: command });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(usageLine(e, lang));
      return 2;
    }
    // A parser complaint checkArgs did not foresee: still one line, never Node's own text.
    if ((e as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS_")) {
      io.err(usageLine(usageError("badArgs", lang), lang));
      return 2;
    }
    throw e;
  }
}

/** The package's version, read beside the compiled file (lib/cli/ and src/cli/ are both two levels down). */
function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "?";
}

/** Entry point of bin/sopimus.js. */
export function run(): void {
  const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), tty: !!process.stderr.isTTY, env: process.env };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      // A fault of the program, not of a file: one line, the stack only when asked for.
      const detail = process.env.SOPIMUS_DEBUG ? ((e as Error).stack ?? String(e)) : ((e as Error)?.message ?? String(e));
      process.stderr.write(`sopimus: internal error: ${visible(detail)}\n`);
      process.exitCode = 3;
    },
  );
}
