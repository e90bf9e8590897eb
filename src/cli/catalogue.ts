// `sopimus catalogue [--catalogue <file.xlsx>] [--json] [--lang ..]`: the standard goal rows a
// planner can insert, the built-in ones and the organisation's own from a workbook's goal library
// sheet (Tavoitekirjasto / Målbibliotek / Goal library). Rows of the library that are not taken are
// listed with their cell. Exit 0 when listed, 2 when the catalogue file cannot be read.
import { mergeCatalogue, readOrganisationCatalogue } from "../domain/catalogue/organisation";
import { CATALOGUE, type CatalogueEntry } from "../domain/catalogue/standard-goals";
import type { Lang } from "../domain/i18n/lang";
import { message, UNREADABLE_REASONS } from "../domain/i18n/messages";
import { SEVERITY, type Issue } from "../domain/issues";
import { readSnapshot, UnreadableFile } from "../workbook/package-read";
import { readInput } from "./files";
import { issuesTable, table } from "./format";
import { jsonText, say, visible } from "./visible";

/** What the command writes to: stdout and stderr (main's Io fits). */
export interface CatalogueIo {
  out(s: string): void;
  err(s: string): void;
}

const TEXT = {
  columns: {
    id: { fi: "tunnus", sv: "kod", en: "id" },
    source: { fi: "lähde", sv: "källa", en: "source" },
    goal: { fi: "tavoite", sv: "mål", en: "goal" },
    metric: { fi: "mittari", sv: "mätare", en: "metric" },
    target: { fi: "tavoitetaso", sv: "målnivå", en: "target" },
    link: { fi: "linkki", sv: "länk", en: "link" },
  },
  source: {
    organisation: { fi: "oma", sv: "egen", en: "own" },
    builtIn: { fi: "valmis", sv: "inbyggd", en: "built-in" },
  },
  link: {
    fillRate: { fi: "täyttöaste", sv: "fyllnadsgrad", en: "fill rate" },
    production: { fi: "tuotanto", sv: "produktion", en: "production" },
  },
  counts: {
    fi: "Vakiotavoitteet: {total} (organisaation omat: {own}, valmiit: {builtIn})",
    sv: "Standardmål: {total} (organisationens egna: {own}, inbyggda: {builtIn})",
    en: "Standard goals: {total} (the organisation's own: {own}, built-in: {builtIn})",
  },
  library: {
    fi: "Tavoitekirjasto: {file}, välilehti {sheet}",
    sv: "Målbibliotek: {file}, bladet {sheet}",
    en: "Goal library: {file}, sheet {sheet}",
  },
  unreadable: {
    fi: "sopimus: tavoitekirjastoa {file} ei voi lukea: {detail}",
    sv: "sopimus: målbiblioteket {file} kan inte läsas: {detail}",
    en: "sopimus: the goal library {file} cannot be read: {detail}",
  },
} as const;

type Source = "organisation" | "builtIn";

/** The catalogue document of `--json`: entries in all three languages, and the library's issues. */
export interface CatalogueDoc {
  catalogue: string | null;
  sheet: string | null;
  entries: Array<CatalogueEntry & { source: Source }>;
  issues: Issue[];
}

function wholeFileIssue(code: "unreadable-file" | "catalogue-no-header", text: string): Issue {
  return { code, severity: SEVERITY[code], sheet: "", cell: "", row: 0, message: text };
}

/** Reads the organisation's rows from `file`, or why it cannot be read. */
async function libraryOf(file: string, lang: Lang): Promise<CatalogueDoc | { unreadable: string }> {
  let snapshot;
  try {
    snapshot = await readSnapshot((await readInput(file)).data);
  } catch (e) {
    const reason = e instanceof UnreadableFile ? e.reason : "unparsable";
    return { unreadable: (UNREADABLE_REASONS[reason] ?? UNREADABLE_REASONS.unparsable)[lang] };
  }
  const org = readOrganisationCatalogue(snapshot, lang);
  const own = new Set(org.entries.map((e) => e.id));
  const entries = mergeCatalogue(org).map((e) => ({ ...e, source: (own.has(e.id) ? "organisation" : "builtIn") as Source }));
  const issues = org.sheet === null ? [wholeFileIssue("catalogue-no-header", message("catalogue-no-header.sheet", lang))] : org.issues;
  return { catalogue: file, sheet: org.sheet, entries, issues };
}

export async function catalogueCommand(opts: { file?: string; json: boolean; lang: Lang }, io: CatalogueIo): Promise<number> {
  const { lang } = opts;
  let doc: CatalogueDoc;
  if (opts.file === undefined) doc = { catalogue: null, sheet: null, entries: CATALOGUE.map((e) => ({ ...e, source: "builtIn" })), issues: [] };
  else {
    const read = await libraryOf(opts.file, lang);
    if ("unreadable" in read) {
      io.err(say(TEXT.unreadable[lang], { file: opts.file, detail: read.unreadable }) + "\n");
      const issue = wholeFileIssue("unreadable-file", message("unreadable-file", lang, { detail: read.unreadable }));
      if (opts.json) io.out(jsonText({ catalogue: opts.file, sheet: null, entries: [], issues: [issue] }) + "\n");
      return 2;
    }
    doc = read;
  }
  if (opts.json) {
    io.out(jsonText(doc) + "\n");
    return 0;
  }
  const c = TEXT.columns;
  const own = doc.entries.filter((e) => e.source === "organisation").length;
  io.out(say(TEXT.counts[lang], { total: doc.entries.length, own, builtIn: doc.entries.length - own }) + "\n");
  if (doc.catalogue !== null) io.out(say(TEXT.library[lang], { file: doc.catalogue, sheet: doc.sheet ?? "–" }) + "\n");
  io.out(
    "\n" +
      table(
        [c.id[lang], c.source[lang], c.goal[lang], c.metric[lang], c.target[lang], c.link[lang]],
        doc.entries.map((e) => [e.id, TEXT.source[e.source][lang], e.goal[lang], e.metric[lang], e.target[lang], e.link ? TEXT.link[e.link][lang] : "–"]),
      ) +
      "\n",
  );
  if (doc.catalogue !== null) io.out(`\n${visible(doc.catalogue)}\n${issuesTable(doc.issues, lang)}\n`);
  return 0;
}
