// What a run over several files says besides each file's issues: which files a folder run left
// out and why, a file that cannot be read in one plain line, and one table across the files.
import type { Lang } from "../domain/i18n/lang";
import { count, NOUNS } from "../domain/i18n/plural";
import type { Status } from "../domain/parse/words";
import type { SkipReason, Skipped } from "./files";
import { severityCounts, table } from "./format";
import { CLI_TEXT } from "./text";
import { say } from "./visible";

export const REPORT_TEXT = {
  skipped: { fi: "Ohitetaan {path}: {why}.", sv: "Hoppar över {path}: {why}.", en: "Skipping {path}: {why}." },
  notFound: { fi: "sopimus: tiedostoa ei löydy: {path}", sv: "sopimus: filen finns inte: {path}", en: "sopimus: file not found: {path}" },
  unreadable: { fi: "sopimus: {path}: {message}", sv: "sopimus: {path}: {message}", en: "sopimus: {path}: {message}" },
  acrossFiles: { fi: "Yhteenveto tiedostoittain", sv: "Sammanfattning per fil", en: "Summary by file" },
  goalRows: { fi: "tavoiterivejä", sv: "målrader", en: "goal rows" },
  notRead: { fi: "ei luettu", sv: "inte läst", en: "not read" },
  total: { fi: "Yhteensä {files}: {goalRows} · {counts}", sv: "Totalt {files}: {goalRows} · {counts}", en: "In all {files}: {goalRows} · {counts}" },
  fixed: {
    fi: "Päivityksessä korjautui {problems}; yllä ovat jäljelle jääneet.",
    sv: "Uppdateringen åtgärdade {problems}; ovan står det som finns kvar.",
    en: "The refresh fixed {problems}; above is what remains.",
  },
  totalUnread: { fi: "; {files} jäi lukematta", sv: "; {files} kunde inte läsas", en: "; {files} not read" },
} satisfies Record<string, Record<Lang, string>>;

/** Why a file is left out: what it is, and what to do to have it checked. */
const WHY: Record<SkipReason, Record<Lang, string>> = {
  "lock-file": {
    fi: "Excelin lukitustiedosto, joka on olemassa vain työkirjan ollessa auki",
    sv: "Excels låsfil, som bara finns medan arbetsboken är öppen",
    en: "Excel's lock file, which exists only while the workbook is open",
  },
  backup: { fi: "varmuuskopio", sv: "en säkerhetskopia", en: "a backup" },
  "refreshed-copy": { fi: "sopimus-komennon päivittämä kopio", sv: "en kopia som sopimus har uppdaterat", en: "a copy sopimus has refreshed" },
  macros: {
    fi: "makroja sisältävä työkirja; tallenna se .xlsx-muodossa, niin se tarkistetaan",
    sv: "en arbetsbok med makron; spara den som .xlsx för att få den kontrollerad",
    en: "a workbook with macros; save it as .xlsx to have it checked",
  },
  "macro-template": {
    fi: "Excelin mallipohja, jossa on makroja (.xltm); sitä ei lueta, koska mallipohja avautuu Excelissä uutena työkirjana. Avaa se Excelissä ja tallenna työkirjana (.xlsx), niin se tarkistetaan",
    sv: "en Excel-mall med makron (.xltm); den läses inte, eftersom en mall öppnas i Excel som en ny arbetsbok. Öppna den i Excel och spara den som arbetsbok (.xlsx) för att få den kontrollerad",
    en: "an Excel template with macros (.xltm); it is not read, as a template opens in Excel as a new workbook. Open it in Excel and save it as a workbook (.xlsx) to have it checked",
  },
  xls: {
    fi: "vanha .xls-muoto; tallenna se .xlsx-muodossa, niin se tarkistetaan",
    sv: "det gamla .xls-formatet; spara den som .xlsx för att få den kontrollerad",
    en: "the old .xls format; save it as .xlsx to have it checked",
  },
  xlsb: {
    fi: "binäärimuotoinen .xlsb-työkirja; tallenna se .xlsx-muodossa, niin se tarkistetaan",
    sv: "en binär .xlsb-arbetsbok; spara den som .xlsx för att få den kontrollerad",
    en: "a binary .xlsb workbook; save it as .xlsx to have it checked",
  },
  template: {
    fi: "Excelin mallipohja (.xltx); avaa se Excelissä ja tallenna työkirjana (.xlsx), niin se tarkistetaan",
    sv: "en Excel-mall (.xltx); öppna den i Excel och spara den som arbetsbok (.xlsx) för att få den kontrollerad",
    en: "an Excel template (.xltx); open it in Excel and save it as a workbook (.xlsx) to have it checked",
  },
  "in-output-folder": {
    fi: "se on tulostekansiossa {dir}",
    sv: "den ligger i utdatamappen {dir}",
    en: "it lies in the output folder {dir}",
  },
  "summary-workbook": {
    fi: "se on yhteenvetotyökirja eikä yksikön työkirja (edellisen vuoden yhteenvedon voi antaa valitsimella --previous)",
    sv: "den är en sammanfattning och inte en enhets arbetsbok (föregående års sammanfattning kan anges med --previous)",
    en: "it is a summary workbook, not a unit's (last year's summary can be given with --previous)",
  },
};

/** The line that names a file left out and why ("Ohitetaan x.xlsm: …."), without its newline. */
export function skippedLine(s: Skipped, lang: Lang): string {
  return say(REPORT_TEXT.skipped[lang], { path: s.path, why: say(WHY[s.why][lang], { dir: s.dir ?? "" }) });
}

/** One line per file a folder run left out, naming it and why. */
export function skippedLines(skipped: readonly Skipped[], lang: Lang): string {
  return skipped.map((s) => skippedLine(s, lang) + "\n").join("");
}

/** A file left out as --json gives it: the file as found, the reason's code and the line stderr gave. */
export interface SkippedJson {
  file: string;
  reason: SkipReason;
  message: string;
}

export function skippedJson(skipped: readonly Skipped[], lang: Lang): SkippedJson[] {
  return skipped.map((s) => ({ file: s.path, reason: s.why, message: skippedLine(s, lang) }));
}

/** The one line for a file that cannot be read: "sopimus: tiedostoa ei löydy: x.xlsx" when there is no such file. */
export function unreadableLine(file: string, message: string, missing: boolean, lang: Lang): string {
  return (missing ? say(REPORT_TEXT.notFound[lang], { path: file }) : say(REPORT_TEXT.unreadable[lang], { path: file, message })) + "\n";
}

export interface FileRow {
  file: string;
  /** null: the file could not be read. */
  summary: { goalRows: number; errors: number; warnings: number; infos: number } | null;
  statuses: Record<Status, number>;
}

/** The table across files that ends a run over several files, and its totals line. */
export function acrossFiles(rows: readonly FileRow[], lang: Lang): string {
  const c = CLI_TEXT.columns;
  const t = REPORT_TEXT;
  const cells = rows.map((r) => {
    if (r.summary === null) return [r.file, t.notRead[lang], "", "", "", "", "", ""];
    const s = r.statuses;
    return [r.file, r.summary.goalRows, r.summary.errors, r.summary.warnings, s.green, s.yellow, s.red, s.none].map(String);
  });
  const headers = [c.file, t.goalRows, c.errors, c.warnings, c.green, c.yellow, c.red, c.none].map((h) => h[lang]);
  const read = rows.filter((r) => r.summary !== null);
  const sum = (k: "goalRows" | "errors" | "warnings" | "infos") => read.reduce((n, r) => n + (r.summary?.[k] ?? 0), 0);
  const unread = rows.length - read.length;
  const total =
    say(t.total[lang], {
      files: count(rows.length, NOUNS.file, lang),
      goalRows: count(sum("goalRows"), NOUNS.goalRow, lang),
      counts: severityCounts({ errors: sum("errors"), warnings: sum("warnings"), infos: sum("infos") }, lang),
    }) + (unread > 0 ? say(t.totalUnread[lang], { files: count(unread, NOUNS.file, lang) }) : "");
  return `${t.acrossFiles[lang]}\n${table(headers, cells)}\n${total}\n`;
}
