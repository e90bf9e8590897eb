// The organisation's own standard goal rows, read from a sheet named Tavoitekirjasto (Målbibliotek,
// Goal library) that a planner fills by hand: one row per goal, columns found by their header words
// in any order. Each row becomes a CatalogueEntry; every row that is not taken is reported with its
// cell. The built-in catalogue stays as the default: the organisation's rows come first, and a row
// with a built-in row's id (Tunnus) or Finnish goal text replaces that row.
import { LANG_NAMES, LANG_TEXT_NAMES, listText } from "../i18n/catalogue-messages";
import { LANGS, type Lang } from "../i18n/lang";
import { COLUMN_NAMES } from "../i18n/messages";
import { IssueList, type Issue } from "../issues";
import { matchHeader, phraseIndex } from "../recognise/headers";
import { cellAt, cellText, type Sheet, type WorkbookSnapshot } from "../snapshot";
import { fold, loose } from "../text";
import { CATALOGUE, type CatalogueEntry, type TemplateName } from "./standard-goals";

export const CATALOGUE_SHEET_NAMES: Record<Lang, string> = { fi: "Tavoitekirjasto", sv: "Målbibliotek", en: "Goal library" };

const SHEET_NAMES = new Set(Object.values(CATALOGUE_SHEET_NAMES).map((n) => fold(n)));

export function isCatalogueSheet(name: string): boolean {
  return SHEET_NAMES.has(fold(name));
}

type TextField = "goal" | "metric" | "target";
type Field = TextField | "id" | "link" | "templates";
const TEXT_FIELDS: readonly TextField[] = ["goal", "metric", "target"];

/** Header words of the library's columns. A text column's language is its word's, or a marker: "Tavoite (sv)". */
export const CATALOGUE_HEADERS: Record<Field, Record<Lang, string[]>> = {
  id: { fi: ["Tunnus"], sv: ["Kod", "Id"], en: ["Id", "Code", "Key"] },
  goal: { fi: ["Tavoite", "Tavoitteet", "Tavoiteteksti"], sv: ["Mål"], en: ["Goal", "Objective"] },
  metric: { fi: ["Mittari", "Mittarit"], sv: ["Mätare", "Indikator"], en: ["Metric", "Indicator"] },
  target: { fi: ["Tavoitetaso", "Tavoitearvo", "Mittarin tavoitetaso"], sv: ["Målnivå", "Målvärde"], en: ["Target", "Target level", "Target value"] },
  link: { fi: ["Linkki", "Linkitys", "Toteuman linkki"], sv: ["Länk", "Koppling"], en: ["Link", "Linked to"] },
  templates: { fi: ["Pohjat", "Pohja", "Sopimuspohjat", "Sopimuspohja"], sv: ["Mallar", "Mall", "Avtalsmallar"], en: ["Templates", "Template"] },
};

const INDEX = phraseIndex(CATALOGUE_HEADERS);

/** "(sv)", "ruotsiksi", "på svenska", "in Swedish" … at a header's end name its language. */
const MARKERS: Record<Lang, string[]> = {
  fi: ["fi", "suomi", "suomeksi", "finska", "på finska", "finnish", "in finnish"],
  sv: ["sv", "ruotsi", "ruotsiksi", "svenska", "på svenska", "swedish", "in swedish"],
  en: ["en", "englanti", "englanniksi", "engelska", "på engelska", "english", "in english"],
};

function languageMarker(header: string): { rest: string; lang?: Lang } {
  const t = loose(header);
  for (const lang of LANGS) {
    for (const m of MARKERS[lang]) {
      if (t.endsWith(` ${m}`)) return { rest: t.slice(0, -m.length - 1), lang };
    }
  }
  return { rest: t };
}

/** What a row's actual can be linked to: fill rate or production split; "" or "ei" means none. */
const LINK_WORDS: Record<"none" | "fillRate" | "production", string[]> = {
  none: ["", "-", "ei", "ei linkkiä", "ingen", "ingen länk", "none", "no link", "no"],
  fillRate: ["täyttöaste", "täyttöasteen keskiarvo", "fyllnadsgrad", "fill rate", "fillrate"],
  production: [
    "tuotanto",
    "tuotantojakauma",
    "oma ja yksityinen tuotanto",
    "oma yksityinen tuotanto",
    "produktion",
    "produktionsfördelning",
    "egen och privat produktion",
    "production",
    "production split",
    "own and private production",
  ],
};

/** Template names as a planner writes them, in each language; "kaikki / alla / all" is every template. */
const TEMPLATE_WORDS: Record<string, Record<Lang, string[]>> = {
  varhaiskasvatus: { fi: ["varhaiskasvatus", "vaka"], sv: ["småbarnspedagogik"], en: ["early childhood education", "early childhood"] },
  kirjasto: { fi: ["kirjasto"], sv: ["bibliotek"], en: ["library"] },
  yleinen: { fi: ["yleinen"], sv: ["allmän"], en: ["general"] },
  tuloskortti: { fi: ["tuloskortti"], sv: ["resultatkort"], en: ["result card", "balanced scorecard"] },
};
const ALL_WORDS = ["kaikki", "alla", "all"];

function foldedIndex<K extends string>(table: Record<K, Record<Lang, string[]>> | Record<K, string[]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) {
    const v = table[key] as Record<Lang, string[]> | string[];
    const words = Array.isArray(v) ? v : LANGS.flatMap((l) => v[l]);
    for (const w of words) index.set(loose(w), key);
  }
  return index;
}
const LINKS = foldedIndex(LINK_WORDS);
const TEMPLATES = foldedIndex(TEMPLATE_WORDS);

export interface OrganisationCatalogue {
  /** The library sheet's name, or null when the workbook has none. */
  sheet: string | null;
  entries: CatalogueEntry[];
  /** Built-in ids the organisation's rows replace. */
  replaces: string[];
  issues: Issue[];
}

interface Columns {
  headerRow: number;
  text: Record<TextField, Partial<Record<Lang, number>>>;
  id?: number;
  link?: number;
  templates?: number;
}

function findHeader(sheet: Sheet, issues: IssueList, lang: Lang): Columns | null {
  const last = Math.min(sheet.rows.length, 30);
  for (let r = 1; r <= last; r++) {
    const row = sheet.rows[r - 1] ?? [];
    const cols: Columns = { headerRow: r, text: { goal: {}, metric: {}, target: {} } };
    const dupes: Array<{ col: number; name: string }> = [];
    for (let c = 1; c <= row.length; c++) {
      const raw = cellText(row[c - 1]).trim();
      if (raw === "") continue;
      const marked = languageMarker(raw);
      const m = matchHeader(marked.rest, INDEX);
      if (!m || m.score < 2) continue;
      if (m.key === "goal" || m.key === "metric" || m.key === "target") {
        const l = marked.lang ?? m.lang;
        if (cols.text[m.key][l] !== undefined) dupes.push({ col: c, name: `${COLUMN_NAMES[m.key][lang]} (${LANG_NAMES[lang][l]})` });
        else cols.text[m.key][l] = c;
      } else if (cols[m.key] !== undefined) dupes.push({ col: c, name: raw });
      else cols[m.key] = c;
    }
    if (TEXT_FIELDS.every((f) => Object.keys(cols.text[f]).length > 0)) {
      for (const d of dupes) issues.add("duplicate-column", sheet.name, r, d.col, { column: d.name });
      return cols;
    }
  }
  return null;
}

/** The first language with a column for the field, in the order fi, sv, en: where a row's cell points to. */
function firstCol(cols: Columns, field: TextField): number {
  return cols.text[field].fi ?? cols.text[field].sv ?? (cols.text[field].en as number);
}

/** Reads the organisation's library sheet of a workbook (none: an empty catalogue, no issues). */
export function readOrganisationCatalogue(snap: WorkbookSnapshot, lang: Lang = "fi", builtIn: readonly CatalogueEntry[] = CATALOGUE): OrganisationCatalogue {
  const issues = new IssueList(lang);
  const sheet = snap.sheets.find((s) => isCatalogueSheet(s.name));
  if (!sheet) return { sheet: null, entries: [], replaces: [], issues: [] };
  const cols = findHeader(sheet, issues, lang);
  if (!cols) {
    issues.add("catalogue-no-header", sheet.name, 1, 1);
    return { sheet: sheet.name, entries: [], replaces: [], issues: issues.items };
  }

  // A language with no column at all is said once, at the header; a missing cell in a column that exists, per row.
  const absent = LANGS.filter((l) => TEXT_FIELDS.every((f) => cols.text[f][l] === undefined));
  const present = LANGS.filter((l) => !absent.includes(l));
  if (absent.length > 0) {
    issues.add(
      "catalogue-fallback",
      sheet.name,
      cols.headerRow,
      firstCol(cols, "goal"),
      { langs: absent.map((l) => LANG_NAMES[lang][l]).join(", "), from: LANG_TEXT_NAMES[lang][present[0]] },
      "catalogue-fallback.sheet",
    );
  }

  const entries: CatalogueEntry[] = [];
  const replaces: string[] = [];
  const seen = new Map<string, number>();
  const builtInByGoal = new Map(builtIn.map((e) => [fold(e.goal.fi), e]));
  const allTemplates = Object.keys(TEMPLATE_WORDS) as TemplateName[];
  const used = [...TEXT_FIELDS.flatMap((f) => Object.values(cols.text[f]) as number[]), cols.id, cols.link, cols.templates].filter(
    (c): c is number => c !== undefined,
  );

  for (let r = cols.headerRow + 1; r <= sheet.rows.length; r++) {
    const text = (c: number | undefined) => (c === undefined ? "" : cellText(cellAt(sheet, r, c)).trim());
    // Notes beside the table (outside its columns) are the planner's own: only the table's cells make a row.
    if (used.every((c) => text(c) === "")) continue;
    const goalCol = firstCol(cols, "goal");

    const texts = {} as Record<TextField, Partial<Record<Lang, string>>>;
    const missing: TextField[] = [];
    for (const f of TEXT_FIELDS) {
      texts[f] = {};
      for (const l of present) {
        const t = text(cols.text[f][l]);
        if (t !== "") texts[f][l] = t;
      }
      if (Object.keys(texts[f]).length === 0) missing.push(f);
    }
    if (missing.length > 0) {
      const columns = listText(
        missing.map((f) => COLUMN_NAMES[f][lang]),
        lang,
      );
      issues.add("catalogue-missing-text", sheet.name, r, firstCol(cols, missing[0]), { columns });
      continue;
    }

    const linkText = text(cols.link);
    const link = LINKS.get(loose(linkText));
    if (link === undefined) {
      issues.add("catalogue-unknown-link", sheet.name, r, cols.link as number, { value: linkText });
      continue;
    }

    const templates = new Set<TemplateName>();
    let unknown: string | undefined;
    for (const part of text(cols.templates).split(/[,;\n/]+|\s+(?:ja|och|and|\+)\s+/)) {
      const w = loose(part);
      if (w === "") continue;
      if (ALL_WORDS.includes(w)) allTemplates.forEach((t) => templates.add(t));
      else if (TEMPLATES.has(w)) templates.add(TEMPLATES.get(w) as TemplateName);
      else unknown ??= part.trim();
    }
    if (unknown !== undefined) {
      const names = listText(
        allTemplates.map((t) => TEMPLATE_WORDS[t][lang][0]),
        lang,
      );
      issues.add("catalogue-unknown-template", sheet.name, r, cols.templates as number, { value: unknown, names });
      continue;
    }

    // A language whose cell is empty takes the Finnish text, else the first there is.
    const lacking = new Set<Lang>();
    const full = {} as Record<TextField, Record<Lang, string>>;
    for (const f of TEXT_FIELDS) {
      const from = LANGS.find((l) => texts[f][l] !== undefined) as Lang;
      full[f] = { fi: "", sv: "", en: "" };
      for (const l of LANGS) {
        full[f][l] = texts[f][l] ?? texts[f][from] ?? "";
        if (texts[f][l] === undefined && present.includes(l)) lacking.add(l);
      }
    }

    const ownId = text(cols.id);
    const replaced = (ownId !== "" ? builtIn.find((e) => e.id === ownId) : undefined) ?? builtInByGoal.get(fold(full.goal.fi));
    const id = ownId !== "" ? ownId : (replaced?.id ?? `org-${r}`);
    const keys = [`id:${fold(id)}`, `goal:${fold(full.goal.fi)}|${fold(full.target.fi)}`];
    // The cell to fix: the id where the id repeats, else the goal.
    const hit = keys.findIndex((k) => seen.has(k));
    if (hit >= 0) {
      issues.add("catalogue-duplicate", sheet.name, r, hit === 0 && cols.id !== undefined ? cols.id : goalCol, { other: seen.get(keys[hit]) as number });
      continue;
    }
    keys.forEach((k) => seen.set(k, r));

    if (lacking.size > 0) {
      const from = LANGS.find((l) => !lacking.has(l) && present.includes(l)) as Lang;
      issues.add("catalogue-fallback", sheet.name, r, goalCol, {
        langs: [...lacking].map((l) => LANG_NAMES[lang][l]).join(", "),
        from: LANG_TEXT_NAMES[lang][from],
      });
    }
    if (replaced && !replaces.includes(replaced.id)) {
      replaces.push(replaced.id);
      issues.add("catalogue-replaces", sheet.name, r, goalCol, { goal: replaced.goal[lang] });
    }
    entries.push({
      id,
      goal: full.goal,
      metric: full.metric,
      target: full.target,
      ...(link !== "none" ? { link } : {}),
      templates: [...templates],
    });
  }
  return { sheet: sheet.name, entries, replaces, issues: issues.items };
}

/** The catalogue a user picks from: the organisation's rows first, then the built-in rows they do not replace. */
export function mergeCatalogue(org: Pick<OrganisationCatalogue, "entries" | "replaces">, builtIn: readonly CatalogueEntry[] = CATALOGUE): CatalogueEntry[] {
  const taken = new Set([...org.replaces, ...org.entries.map((e) => e.id)]);
  return [...org.entries, ...builtIn.filter((e) => !taken.has(e.id))];
}
