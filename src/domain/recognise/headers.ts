// Header words of the goal table and the fill-rate table, in Finnish, Swedish and English.
// Data, not code: add a synonym here and every layout that uses it is recognised.
import type { Lang } from "../i18n/lang";
import { monthOfWord } from "../parse/month";
import { fold, loose } from "../text";

export type GoalKey =
  | "section"
  | "goal"
  | "means"
  | "responsible"
  | "portfolio"
  | "metric"
  | "target"
  | "resources"
  | "source"
  | "baseline"
  | "interim"
  | "actual"
  | "status"
  /** A "Riskit" column: read as text and carried to the summary. */
  | "risks"
  | "progress"
  | "progressTodo"
  | "progressDoing"
  | "progressDone";

/**
 * "review": a review or actual column ("Toteuma", "Arviointi 1–9 kk", "Toteutunut 31.12.2020",
 * "Tilanne 30.9.") whose role the period it names decides: interim, actual or baseline.
 * "forecast": "Ennuste", "Prognos", "Forecast": the interim review where it is the table's only
 * review column, else the user's typed forecast (domain.md, "Year-end forecast").
 */
export type HeaderKey = GoalKey | "review" | "forecast";

export const GOAL_HEADERS: Record<HeaderKey, Record<Lang, string[]>> = {
  section: {
    fi: ["SPS:n strategiset tavoitteet", "Operatiivisen sopimuksen tavoite", "Osio", "Strateginen tavoite", "Näkökulma", "Näkökulmat"],
    sv: ["Strategiskt mål", "Avsnitt", "Perspektiv"],
    en: ["Section", "Strategic goal", "Perspective"],
  },
  goal: {
    fi: [
      "OPTS:n tavoite",
      "Tulosyksikön projekti tai toimenpide tavoitteen saavuttamiseksi",
      "Tulosyksikön toimenpiteet",
      "Projekti tai toimenpide",
      "Toimenpide",
      "Tavoite",
      "Tavoitteet",
      "Toimenpiteet",
      "Menestystekijä",
      "Menestystekijät",
      "Kriittinen menestystekijä",
      "Kriittiset menestystekijät",
    ],
    sv: ["Mål", "Framgångsfaktor", "Framgångsfaktorer", "Kritisk framgångsfaktor"],
    en: ["Goal", "Goals", "Objective", "Objectives", "Success factor", "Success factors", "Critical success factor"],
  },
  means: {
    fi: ["Kuvaus keinoista tavoitteen saavuttamiseksi", "Keinot", "Kuvaus keinoista"],
    sv: ["Åtgärder"],
    en: ["Means", "Actions"],
  },
  responsible: {
    fi: [
      "Vastuu- ja yhteistyötahot",
      "Vastuu- ja yhteistyötaho",
      "Vastuutaho",
      "Vastuutahot",
      "Vastuuhenkilö",
      "Vastuuhenkilöt",
      "Vastuuhenkilö(t)",
      "Vastuu",
      "Omistaja",
      "Omistajat",
      "Vastaava",
      "Vastaavat",
    ],
    sv: ["Ansvarig", "Ansvariga", "Ägare"],
    en: ["Responsible", "Owner", "Owners"],
  },
  portfolio: {
    fi: ["Salkunhallinnassa mukana", "Salkunhallinta"],
    sv: ["Portfölj"],
    en: ["Portfolio"],
  },
  metric: {
    fi: [
      "Mittari",
      "Mittari tavoitteen toteutumisen seurantaan",
      "Tavoitteen toteutumista kuvaava mittari",
      "Perustoiminnan toteutumista kuvaava mittari",
      "Mittarit",
      "Indikaattori",
    ],
    sv: ["Mätare", "Indikator"],
    en: ["Metric", "Metrics", "Indicator"],
  },
  target: {
    fi: ["Tavoitetaso", "Mittarin tavoitetaso", "Tavoitearvo", "Tavoitetasot"],
    sv: ["Målnivå", "Målvärde"],
    en: ["Target", "Target level", "Target value"],
  },
  resources: {
    fi: ["Resurssitarve"],
    sv: ["Resursbehov"],
    en: ["Resources", "Resource need"],
  },
  source: {
    fi: ["Tietolähde", "Tietolähteet"],
    sv: ["Datakälla", "Källa"],
    en: ["Data source", "Source"],
  },
  baseline: {
    fi: ["Lähtötaso"],
    sv: ["Utgångsläge"],
    en: ["Baseline"],
  },
  interim: {
    fi: ["Väliarviointi", "Välitilanne"],
    sv: ["Delårsuppföljning"],
    en: ["Interim review"],
  },
  // Beside another review column a forecast is the user's (compared); alone it is the interim review.
  forecast: {
    fi: ["Ennuste", "Ennuste vuoden lopulle", "Arvio vuoden lopulle"],
    sv: ["Prognos", "Prognos för året"],
    en: ["Forecast", "Year-end forecast"],
  },
  risks: {
    fi: ["Riskit", "Riski", "Riskit ja niiden hallinta"],
    sv: ["Risker", "Risk"],
    en: ["Risks", "Risk"],
  },
  actual: {
    fi: ["Loppuarviointi"],
    sv: ["Slutuppföljning"],
    en: ["Final review"],
  },
  review: {
    fi: ["Arviointi", "Toteuma", "Toteutuma", "Toteutunut", "Tilanne"],
    sv: ["Utfall", "Utvärdering", "Uppföljning", "Läge"],
    en: ["Actual", "Review", "Outcome"],
  },
  status: {
    fi: ["Värikoodi", "Tila", "Liikennevalo"],
    sv: ["Färgkod", "Status"],
    en: ["Status", "Colour code", "Color code"],
  },
  progress: {
    fi: ["Eteneminen"],
    sv: ["Framsteg"],
    en: ["Progress"],
  },
  progressTodo: { fi: ["Tekemättä"], sv: ["Ej påbörjad", "Ej påbörjat"], en: ["Not started"] },
  progressDoing: { fi: ["Tekeillä"], sv: ["Pågår", "Pågående"], en: ["In progress"] },
  progressDone: { fi: ["Tehty"], sv: ["Klar", "Klart"], en: ["Done"] },
};

export type FillKey = "month" | "places" | "fullTime" | "partTime" | "children" | "rate";

export const FILL_HEADERS: Record<FillKey, Record<Lang, string[]>> = {
  month: { fi: ["Kuukausi", "Kk"], sv: ["Månad"], en: ["Month"] },
  places: { fi: ["Paikat", "Paikkamäärä", "Hoitopaikat"], sv: ["Platser"], en: ["Places"] },
  fullTime: { fi: ["Kokopäiväiset", "Lapset kokopäivähoidossa"], sv: ["Heltid"], en: ["Full-time"] },
  partTime: { fi: ["Osapäiväiset", "Lapset osapäivähoidossa"], sv: ["Deltid"], en: ["Part-time"] },
  children: { fi: ["Lapset (painotettu)", "Lapsia yhteensä"], sv: ["Barn"], en: ["Children"] },
  rate: { fi: ["Täyttöaste %", "Täyttöaste"], sv: ["Fyllnadsgrad %", "Fyllnadsgrad"], en: ["Fill rate %", "Fill rate"] },
};

export interface HeaderForm {
  text: string;
  year?: number;
  hasDate: boolean;
  /** The month a named period ends in: "1–8/2025" → 8, "1-9 kk" → 9, "30.9." → 9, "31.12.2020" → 12. */
  periodEnd?: number;
}

const MONTH_RANGE_YEAR = /(?<![\d.])(\d{1,2})-(\d{1,2}) ?\/ ?((?:19|20)\d\d)(?!\d)/;
const MONTH_YEAR = /(?<![\d./-])(\d{1,2}) ?[/_] ?((?:19|20)\d\d)(?!\d)/;
const MONTH_RANGE = /(?<![\d.])(\d{1,2})-(\d{1,2}) (kk|mån|months)(?!\p{L})/u;
const DAY_MONTH = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)?(?!\d)/g;

/**
 * Periods named in words (domain.md, "Periods in words are periods"): quarters, half-years and
 * tertiles, with how many months one lasts, by their words and the letter of their short form
 * ("Q2/2025", "H1", "T2/2025"). Data: add a word here and every header with it reads as a period.
 */
export const PERIOD_WORDS: ReadonlyArray<{ months: number; letter: string; words: Record<Lang, string[]> }> = [
  { months: 3, letter: "q", words: { fi: ["kvartaali", "neljännes", "vuosineljännes"], sv: ["kvartal", "kvartalet"], en: ["quarter"] } },
  { months: 6, letter: "h", words: { fi: ["vuosipuolisko", "puolivuotis", "puolivuosi"], sv: ["halvår", "halvåret"], en: ["half-year", "half year", "half"] } },
  { months: 4, letter: "t", words: { fi: ["tertiili", "kolmannes"], sv: ["tertial", "tertialet"], en: ["tertile", "tertial"] } },
];

const ORDINALS: Readonly<Record<string, number>> = {
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  ensimmäinen: 1,
  toinen: 2,
  kolmas: 3,
  neljäs: 4,
  första: 1,
  andra: 2,
  tredje: 3,
  fjärde: 4,
};

const PERIOD_BY_WORD = new Map<string, number>();
for (const p of PERIOD_WORDS) for (const ws of Object.values(p.words)) for (const w of ws) PERIOD_BY_WORD.set(w, p.months);
const PERIOD_WORD_RE = [...PERIOD_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[-\s]/g, "[- ]?"))
  .join("|");
const ORDINAL_RE = Object.keys(ORDINALS).join("|");
/** "1. kvartaali", "2 neljännes", "first half", "kvartal 2", "halvår 1", "quarter 4". */
const WORD_PERIOD = new RegExp(
  `(?<![\\d.])(?:([1-4])\\s?\\.?|(${ORDINAL_RE}))\\s?(${PERIOD_WORD_RE})\\p{L}*|(?<!\\p{L})(${PERIOD_WORD_RE})\\p{L}*\\s?([1-4])(?![\\d.,])`,
  "u",
);
/** "Q2/2025", "Q2", "H1 2025", "T2/2025", "Q1-Q3". */
const LETTER_PERIOD = new RegExp(
  `(?<![\\p{L}\\d])(${PERIOD_WORDS.map((p) => p.letter).join("|")}) ?([1-4])(?: ?- ?(?:\\1)? ?([1-4]))?(?: ?[/_ ] ?((?:19|20)\\d\\d))?(?![\\p{L}\\d])`,
  "u",
);
/** "tammi–kesäkuu 2025", "tammi-kesä", "januari–juni", "January–June". */
const MONTH_NAME_RANGE = /(?<!\p{L})(\p{L}{3,})\.? ?- ?(\p{L}{3,})(?!\p{L})/gu;

/**
 * A period named in words: its last month and the text without it. Quarters end at 3·n, halves
 * at 6·n, tertiles at 4·n; a month-name range at its second month.
 */
function periodInWords(t: string): { end: number; year?: number; text: string } | null {
  const letter = LETTER_PERIOD.exec(t);
  if (letter) {
    const months = PERIOD_WORDS.find((p) => p.letter === letter[1])?.months ?? 3;
    const n = Number(letter[3] ?? letter[2]);
    if (n * months <= 12) {
      const text = t.slice(0, letter.index) + " " + t.slice(letter.index + letter[0].length);
      return { end: n * months, year: letter[4] ? Number(letter[4]) : undefined, text };
    }
  }
  const word = WORD_PERIOD.exec(t);
  if (word) {
    const n = word[1] !== undefined ? Number(word[1]) : word[2] !== undefined ? ORDINALS[word[2]] : Number(word[5]);
    const w = (word[3] ?? word[4]).replace(/ /g, " ");
    const months = PERIOD_BY_WORD.get(w) ?? PERIOD_BY_WORD.get(w.replace("-", " ")) ?? PERIOD_BY_WORD.get(w.replace(" ", "-")) ?? 3;
    if (n * months <= 12) return { end: n * months, text: t.slice(0, word.index) + " " + t.slice(word.index + word[0].length) };
  }
  for (const m of t.matchAll(MONTH_NAME_RANGE)) {
    const a = monthOfWord(m[1]);
    const b = monthOfWord(m[2]);
    if (a !== null && b !== null && a <= b) {
      const at = m.index ?? 0;
      return { end: b, text: t.slice(0, at) + " " + t.slice(at + m[0].length) };
    }
  }
  return null;
}

/**
 * A header's words for matching: folded, "1 - 9kuukaudet" → "1-9 kk", and a period, a year or a
 * date ("Toteuma 1–8/2025", "Toteuma tammi–kesäkuu 2025", "Q2/2025", "1. kvartaali",
 * "Mittarin tavoitetaso 2020", "Toteutunut 31.12.2020") taken out and kept.
 */
export function headerForm(raw: string): HeaderForm {
  let year: number | undefined;
  let hasDate = false;
  let periodEnd: number | undefined;
  let t = fold(raw)
    .replace(/(\d)\s*-\s*(\d)/g, "$1-$2")
    .replace(/(\d)(\p{L})/gu, "$1 $2")
    .replace(/(?<!\p{L})(kuukaudet|kuukautta|kuukauden|kuukausi|kuukausia|kk\.)(?!\p{L})/gu, "kk")
    .replace(/(?<!\p{L})(månader|månad)(?!\p{L})/gu, "mån")
    .replace(/(?<!\p{L})(month)(?!\p{L})/gu, "months");
  const month = (m: string) => {
    const n = Number(m);
    return n >= 1 && n <= 12 ? n : undefined;
  };
  const named = periodInWords(t);
  if (named) {
    periodEnd = named.end;
    year = named.year;
    t = named.text;
  }
  if (/\d/.test(t)) {
    t = t
      .replace(MONTH_RANGE_YEAR, (_all, _a: string, b: string, y: string) => {
        periodEnd ??= month(b);
        year ??= Number(y);
        return " ";
      })
      .replace(MONTH_YEAR, (all: string, m: string, y: string) => {
        if (month(m) === undefined) return all;
        periodEnd ??= month(m);
        year ??= Number(y);
        return " ";
      })
      .replace(MONTH_RANGE, (_all, _a: string, b: string) => {
        periodEnd ??= month(b);
        return " ";
      });
    // A span of dates ("1.1.–30.6.2025") ends at its last date.
    let lastDateEnd: number | undefined;
    t = t.replace(DAY_MONTH, (all: string, _d: string, m: string, y: string | undefined) => {
      if (month(m) === undefined) return all;
      lastDateEnd = month(m);
      if (y) year ??= Number(y);
      hasDate = true;
      return " ";
    });
    periodEnd ??= lastDateEnd;
    t = t.replace(/(?<![\d-])((?:19|20)\d\d)(?![\d-])/g, (_, y: string) => {
      year ??= Number(y);
      return " ";
    });
  }
  return { text: loose(t), year, hasDate, ...(periodEnd !== undefined ? { periodEnd } : {}) };
}

export interface Phrase<K extends string> {
  key: K;
  lang: Lang;
  words: string[];
}

export interface HeaderMatch<K extends string> {
  key: K;
  lang: Lang;
  /** 3 exact, 2 starts with the phrase, 1 holds the phrase (short headers only). */
  score: number;
  length: number;
  year?: number;
  hasDate: boolean;
  periodEnd?: number;
  /** A header that is a period and nothing more ("Q2/2025", "1. kvartaali"): a review column, in no language. */
  bare?: true;
}

/** Indexes phrases by their first word, so matching costs a few map look-ups per cell. */
export function phraseIndex<K extends string>(table: Record<K, Record<Lang, string[]>>): Map<string, Phrase<K>[]> {
  const index = new Map<string, Phrase<K>[]>();
  for (const key of Object.keys(table) as K[]) {
    for (const lang of Object.keys(table[key]) as Lang[]) {
      for (const p of table[key][lang]) {
        const words = headerForm(p).text.split(" ");
        const list = index.get(words[0]) ?? [];
        list.push({ key, lang, words });
        index.set(words[0], list);
      }
    }
  }
  return index;
}

function wordsAt(ws: string[], at: number, phrase: string[]): boolean {
  if (at + phrase.length > ws.length) return false;
  for (let i = 0; i < phrase.length; i++) if (ws[at + i] !== phrase[i]) return false;
  return true;
}

/** The best key for a header cell's text, or null. */
export function matchHeader<K extends string>(raw: string, index: Map<string, Phrase<K>[]>): HeaderMatch<K> | null {
  const form = headerForm(raw);
  const ws = form.text === "" ? [] : form.text.split(" ");
  if (ws.length === 0 || ws.length > 14) return null;
  let best: HeaderMatch<K> | null = null;
  const consider = (p: Phrase<K>, score: number) => {
    const length = p.words.join(" ").length;
    if (!best || score > best.score || (score === best.score && length > best.length)) {
      best = { key: p.key, lang: p.lang, score, length, year: form.year, hasDate: form.hasDate, periodEnd: form.periodEnd };
    }
  };
  for (let at = 0; at < ws.length; at++) {
    if (at > 0 && ws.length > 6) break;
    for (const p of index.get(ws[at]) ?? []) {
      if (!wordsAt(ws, at, p.words)) continue;
      // A header holds no figure besides its own words, a year or a date: "Tavoitetaso 4 (asteikolla 1-5)" is a target level.
      if (ws.some((w, i) => (i < at || i >= at + p.words.length) && /\d/.test(w))) continue;
      if (at > 0) consider(p, 1);
      else consider(p, p.words.length === ws.length ? 3 : 2);
    }
  }
  return best;
}

function isWordChar(c: number): boolean {
  // a–z, A–Z, 0–9, "-", and the Latin-1 letters of Finnish and Swedish (ä, ö, å, é …)
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || (c >= 192 && c <= 255 && c !== 215 && c !== 247);
}

/**
 * A cheap test before matching, for every cell of every row: which phrase lists have a first
 * word that starts this text or, in a short text, stands anywhere in it? Bit i stands for
 * indexes[i]. Header matching normalises every cell it looks at; this lets it skip data rows.
 */
export function headerWordKinds(...indexes: Array<Map<string, unknown>>): (text: string) => number {
  const kinds = new Map<string, number>();
  let longest = 0;
  indexes.forEach((index, i) => {
    for (const key of index.keys()) {
      const w = key.replace(/-+$/, "");
      kinds.set(w, (kinds.get(w) ?? 0) | (1 << i));
      longest = Math.max(longest, w.length);
    }
  });
  return (raw) => {
    const text = raw.includes("\n") ? raw.replace(/-[ \t]*\r?\n\s*/g, "") : raw;
    const short = text.length <= 40;
    let found = 0;
    for (let i = 0; i < text.length;) {
      while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
      const start = i;
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      if (i === start) break;
      let end = i;
      while (end > start && text.charCodeAt(end - 1) === 45) end--; // "Vastuu-" is looked up as "vastuu"
      if (end - start <= longest) found |= kinds.get(text.slice(start, end).toLowerCase()) ?? 0;
      if (!short) break;
    }
    return found;
  };
}
