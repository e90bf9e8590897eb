// The `sopimus` command line: validate, refresh, new, demo (see docs/cli-contract.md).
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CATALOGUE, type TemplateName } from "../domain/catalogue/standard-goals";
import { check, refresh } from "../domain/index";
import { formatNumber, isLang, type Lang } from "../domain/i18n/lang";
import { message, render, UNREADABLE_REASONS, UNSUPPORTED_NAMES } from "../domain/i18n/messages";
import { SEVERITY, countBySeverity, type Issue } from "../domain/issues";
import { newContract } from "../domain/template/contract";
import type { Report } from "../domain/validate";
import { applyEdits, loadXlsx, toBytes, UnreadableFile, workbookOf } from "../workbook/xlsx";
import { backupPath, exists, expandInputs, sameFile, writeWhole } from "./files";
import { fileSummary, issuesTable, table } from "./format";
import { CLI_TEXT } from "./text";

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** True when stderr is a terminal: progress then rewrites one line. */
  tty: boolean;
}

const USAGE = `Usage:
  sopimus validate <file.xlsx|folder>... [--json] [--lang fi|sv|en]
  sopimus refresh <in.xlsx> -o <out.xlsx> [--json] [--lang fi|sv|en]
  sopimus refresh <in.xlsx> --in-place [--json] [--lang fi|sv|en]
  sopimus refresh <file.xlsx|folder>... --out-dir <folder> [--json] [--lang fi|sv|en]
  sopimus new <out.xlsx> [--template varhaiskasvatus|kirjasto|yleinen] [--year YYYY] [--unit NAME] [--lang fi|sv|en] [--force]
  sopimus demo [--out DIR] [--lang fi|sv|en]`;

class UsageError extends Error {}

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

/** The unreadable-file issue for a read that failed: a file that is not a workbook, or no file at all. */
function unreadable(e: unknown, lang: Lang): Issue {
  const reason = e instanceof UnreadableFile ? e.reason : "notFound";
  const detail = UNREADABLE_REASONS[reason][lang];
  return { code: "unreadable-file", severity: SEVERITY["unreadable-file"], sheet: "", cell: "", row: 0, message: message("unreadable-file", lang, { detail }) };
}

interface ValidateDoc {
  file: string;
  summary: Report["summary"];
  issues: Issue[];
}

async function validateFile(file: string, lang: Lang): Promise<{ doc: ValidateDoc; readable: boolean }> {
  try {
    const data = await fs.readFile(file);
    const { snapshot } = await loadXlsx(data);
    const report = check(snapshot, lang);
    return { doc: { file, summary: report.summary, issues: report.issues }, readable: true };
  } catch (e) {
    if (!(e instanceof UnreadableFile) && !isFsError(e)) throw e;
    const issues = [unreadable(e, lang)];
    return { doc: { file, summary: { ...countBySeverity(issues), goalRows: 0, tables: 0 }, issues }, readable: false };
  }
}

function isFsError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string";
}

async function validate(files: string[], json: boolean, lang: Lang, io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError("validate needs at least one file or folder");
  const list = await expandInputs(files);
  if (list.length === 0) throw new UsageError(render(CLI_TEXT.noFiles[lang], { path: files.join(", ") }));
  const docs: ValidateDoc[] = [];
  let unreadableSeen = false;
  for (const [i, file] of list.entries()) {
    if (list.length > 1) progress(io, `${CLI_TEXT.checking[lang]} ${i + 1}/${list.length}: ${file}`);
    const { doc, readable } = await validateFile(file, lang);
    unreadableSeen ||= !readable;
    docs.push(doc);
    if (!json) io.out(`\n${file}\n${fileSummary({ ...doc.summary }, lang)}\n${issuesTable(doc.issues, lang)}\n`);
  }
  if (list.length > 1) progress(io, "", true);
  if (json) io.out(JSON.stringify(files.length === 1 && list.length === 1 && list[0] === files[0] ? docs[0] : docs, null, 2) + "\n");
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

async function refreshFile(input: string, output: string, inPlace: boolean, lang: Lang, io: Io): Promise<RefreshResult> {
  const fail = (e: unknown) => ({
    code: 2,
    doc: {
      file: input,
      output: null,
      goals: [],
      fillRate: null,
      productionShares: null,
      summary: { green: 0, yellow: 0, red: 0, none: 0 },
      issues: [unreadable(e, lang)],
    },
  });
  let loaded;
  try {
    loaded = await loadXlsx(await fs.readFile(input));
  } catch (e) {
    if (!(e instanceof UnreadableFile) && !isFsError(e)) throw e;
    return fail(e);
  }
  const { report, edits } = refresh(loaded.snapshot, lang);
  if (inPlace && loaded.snapshot.unsupported.length > 0) {
    const parts = loaded.snapshot.unsupported.map((k) => UNSUPPORTED_NAMES[k]?.[lang] ?? k).join(", ");
    io.err(render(CLI_TEXT.refusedInPlace[lang], { parts }) + "\n");
    return { code: 2, doc: { ...refreshDoc(input, null, report) } };
  }
  try {
    applyEdits(loaded.workbook, edits);
    const data = await toBytes(loaded.workbook);
    if (inPlace) {
      await fs.copyFile(input, backupPath(input));
      io.err(render(CLI_TEXT.backup[lang], { path: backupPath(input) }) + "\n");
    }
    await writeWhole(output, data);
  } catch (e) {
    io.err(render(CLI_TEXT.writeFailed[lang], { detail: (e as Error).message }) + "\n");
    return { code: 2, doc: refreshDoc(input, null, report) };
  }
  return { code: report.summary.errors > 0 ? 1 : 0, doc: refreshDoc(input, output, report) };
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
}

/** Where each input's refreshed copy goes: -o (one input), --in-place, or --out-dir (any number). */
async function plan(args: string[], t: RefreshTargets): Promise<Array<{ input: string; output: string }>> {
  const modes = [t.output !== undefined, t.inPlace, t.outDir !== undefined].filter(Boolean).length;
  if (modes === 0) throw new UsageError("refresh needs -o <out.xlsx>, --out-dir <folder> or --in-place");
  if (modes > 1) throw new UsageError("give one of -o, --out-dir and --in-place");
  if (args.length === 0) throw new UsageError("refresh needs an input file");
  if (t.output !== undefined) {
    if (args.length !== 1) throw new UsageError("-o takes one input file; for several use --out-dir <folder>");
    return [{ input: args[0], output: t.output }];
  }
  const inputs = await expandInputs(args);
  if (t.inPlace) return inputs.map((input) => ({ input, output: input }));
  const used = new Set<string>();
  return inputs.map((input) => {
    let name = path.basename(input);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = path.basename(input).replace(/(\.xlsx)?$/i, `-${n}.xlsx`);
    used.add(name.toLowerCase());
    return { input, output: path.join(t.outDir as string, name) };
  });
}

async function refreshCommand(args: string[], targets: RefreshTargets, json: boolean, lang: Lang, io: Io): Promise<number> {
  const jobs = await plan(args, targets);
  if (targets.outDir) await fs.mkdir(targets.outDir, { recursive: true });
  const docs: Array<Record<string, unknown>> = [];
  let worst = 0;
  for (const [i, { input, output }] of jobs.entries()) {
    if (jobs.length > 1) progress(io, `${i + 1}/${jobs.length}: ${input}`);
    let result: RefreshResult;
    if (!targets.inPlace && (await sameFile(input, output))) {
      io.err(CLI_TEXT.sameOutput[lang] + "\n");
      result = { code: 2, doc: { file: input, output: null } };
    } else result = await refreshFile(input, output, targets.inPlace, lang, io);
    worst = Math.max(worst, result.code);
    docs.push(result.doc);
    if (!json && result.doc.summary) {
      io.out(`\n${input}\n${statusLine(result.doc, lang)}\n${issuesTable(result.doc.issues as Issue[], lang)}\n`);
      if (result.doc.output) io.out(render(CLI_TEXT.written[lang], { path: String(result.doc.output) }) + "\n");
    }
  }
  if (jobs.length > 1) progress(io, "", true);
  if (json) io.out(JSON.stringify(targets.outDir === undefined && jobs.length === 1 ? docs[0] : docs, null, 2) + "\n");
  return worst;
}

const TEMPLATES: readonly TemplateName[] = ["varhaiskasvatus", "kirjasto", "yleinen"];

async function newCommand(args: string[], opts: { template?: string; year?: string; unit?: string; force?: boolean }, lang: Lang, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError("new takes one output file");
  const template = (opts.template ?? "yleinen") as TemplateName;
  if (!TEMPLATES.includes(template)) throw new UsageError(`unknown template "${opts.template}"`);
  const year = opts.year ? Number(opts.year) : new Date().getFullYear() + 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--year must be a year, not "${opts.year}"`);
  const target = args[0];
  if (!opts.force && (await exists(target))) {
    io.err(render(CLI_TEXT.exists[lang], { path: target }) + "\n");
    return 2;
  }
  try {
    await writeWhole(target, await toBytes(workbookOf(newContract({ template, year, unit: opts.unit ?? "", lang }))));
  } catch (e) {
    io.err(render(CLI_TEXT.writeFailed[lang], { detail: (e as Error).message }) + "\n");
    return 2;
  }
  io.err(render(CLI_TEXT.written[lang], { path: target }) + "\n");
  return 0;
}

async function demo(outDir: string, lang: Lang, io: Io): Promise<number> {
  io.out(CLI_TEXT.demoTitle[lang] + "\n");
  await fs.mkdir(outDir, { recursive: true });
  const samples = (await fs.readdir(SAMPLES)).filter((f) => f.endsWith(".xlsx")).sort();
  const rows: string[][] = [];
  for (const name of samples) {
    const input = path.join(SAMPLES, name);
    const output = path.join(outDir, name.replace(/\.xlsx$/, ".paivitetty.xlsx"));
    const { doc } = await refreshFile(input, output, false, lang, io);
    const issues = doc.issues as Issue[];
    const s = doc.summary as Record<string, number>;
    io.out(`\n${name}\n${issuesTable(issues, lang)}\n`);
    const fr = doc.fillRate as { average: number | null } | null;
    if (fr?.average != null) io.out(render(CLI_TEXT.fillRate[lang], { value: formatNumber(fr.average, lang) }) + "\n");
    const ps = doc.productionShares as Record<string, number> | null;
    if (ps) {
      const shares = { ...ps, ownShare: formatNumber(ps.ownShare, lang), privateShare: formatNumber(ps.privateShare, lang) };
      io.out(render(CLI_TEXT.production[lang], shares) + "\n");
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
  io.out(table([c.file[lang], c.goals[lang], c.green[lang], c.yellow[lang], c.red[lang], c.none[lang], c.errors[lang], c.warnings[lang], "→"], rows) + "\n");
  io.out(`\n${CLI_TEXT.demoPane[lang]}\n`);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
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
      },
    });
    const lang = values.lang ?? "fi";
    if (!isLang(lang)) throw new UsageError(`--lang must be fi, sv or en, not "${lang}"`);
    switch (command) {
      case "validate":
        return await validate(positionals, !!values.json, lang, io);
      case "refresh":
        return await refreshCommand(positionals, { output: values.output, inPlace: !!values["in-place"], outDir: values["out-dir"] }, !!values.json, lang, io);
      case "new":
        return await newCommand(positionals, values, lang, io);
      case "demo":
        return await demo(values.out ?? "sopimus-demo", lang, io);
      case "catalogue":
        io.out(CATALOGUE.map((e) => `${e.id}: ${e.goal[lang]} | ${e.metric[lang]} | ${e.target[lang]}`).join("\n") + "\n");
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : "no command given");
    }
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      io.err(`${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

/** Entry point of bin/sopimus.js. */
export function run(): void {
  const io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), tty: !!process.stderr.isTTY };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`sopimus: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
