// Status labels and progress words, as data.
import type { Lang } from "../i18n/lang";
import { fold } from "../text";

export type Status = "green" | "yellow" | "red" | "none";
export type Progress = "done" | "doing" | "todo";

export const STATUS_LABELS: Record<Status, Record<Lang, string>> = {
  green: { fi: "Vihreä", sv: "Grön", en: "Green" },
  yellow: { fi: "Keltainen", sv: "Gul", en: "Yellow" },
  red: { fi: "Punainen", sv: "Röd", en: "Red" },
  none: { fi: "–", sv: "–", en: "–" },
};

export const FORECAST_SUFFIX: Record<Lang, string> = { fi: "ennuste", sv: "prognos", en: "forecast" };

export const STATUS_FILLS: Record<Exclude<Status, "none">, string> = {
  green: "00B050",
  yellow: "FFC000",
  red: "FF0000",
};

/** The label written into a status cell; a forecast says so in brackets. */
export function statusLabel(status: Status, lang: Lang, forecast: boolean): string {
  const label = STATUS_LABELS[status][lang];
  return forecast && status !== "none" ? `${label} (${FORECAST_SUFFIX[lang]})` : label;
}

const STATUS_WORDS = new Map<string, Status>();
for (const s of Object.keys(STATUS_LABELS) as Status[]) {
  for (const l of Object.values(STATUS_LABELS[s])) STATUS_WORDS.set(fold(l), s);
}
for (const w of ["-", "—", "−"]) STATUS_WORDS.set(w, "none");

/**
 * Reads a typed status: a label in any of the three languages, optionally with a bracketed
 * note ("Keltainen (ennuste)"). "" → undefined (nothing typed); unknown text → "invalid".
 */
export function parseStatusText(text: string): Status | "invalid" | undefined {
  // A bracketed note at the end is left out ("Keltainen (ennuste)"); by index, not by a backtracking pattern.
  const folded = fold(text);
  const open = folded.endsWith(")") ? folded.indexOf("(") : -1;
  const t = open >= 0 ? folded.slice(0, open).trim() : folded;
  if (t === "") return undefined;
  return STATUS_WORDS.get(t) ?? "invalid";
}

/** Reads a hand-coloured status cell by its fill's hue. */
export function statusOfFill(rgb: string | undefined): Status | undefined {
  if (!rgb || !/^[0-9A-F]{6}$/i.test(rgb)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === 0 || (max - min) / max < 0.4 || max < 0.35) return undefined;
  let hue = 0;
  if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
  else hue = 60 * ((r - g) / (max - min)) + 240;
  if (hue < 20 || hue >= 340) return "red";
  if (hue < 70) return "yellow";
  if (hue < 170) return "green";
  return undefined;
}

const PROGRESS_WORDS: ReadonlyArray<readonly [string, Progress]> = [
  ["ei toteudu", "todo"],
  ["ei toteutunut", "todo"],
  ["ei ole toteutumassa", "todo"],
  ["tekemättä", "todo"],
  ["ej genomförd", "todo"],
  ["not started", "todo"],
  ["not achieved", "todo"],
  ["tekeillä", "doing"],
  ["käynnissä", "doing"],
  ["osittain", "doing"],
  ["pågår", "doing"],
  ["delvis", "doing"],
  ["in progress", "doing"],
  ["partly", "doing"],
  ["tehty", "done"],
  ["valmis", "done"],
  ["saavutettu", "done"],
  ["toteutunut", "done"],
  ["klar", "done"],
  ["uppnått", "done"],
  ["done", "done"],
  ["achieved", "done"],
];

/**
 * A progress word decides a status only when it is the message of the cell: written in capitals
 * (TEHTY / TEKEILLÄ / TEKEMÄTTÄ), or the cell holds at most two words once dates and figures are
 * gone ("Tavoite saavutettu 15.6.2020", "Valmis"). "Asiakastyytyväisyyskysely tehty joulukuussa"
 * reports that a survey was made, not that the goal was reached.
 */
/**
 * Phrases that, at a cell's start, decide the row whatever figures follow (domain.md, "Negative and
 * delayed phrases"): negative → red; delayed → yellow on an interim review, red on the actual.
 * Data: a phrase matches at the start of the folded text, followed by no letter.
 */
export const LEADING_PHRASES: Record<"negative" | "delayed", Record<Lang, string[]>> = {
  negative: {
    fi: [
      "ei toteudu",
      "ei toteutunut",
      "ei toteutu",
      "ei toteutettu",
      "ei saavutettu",
      "ei saavuteta",
      "ei saavutu",
      "ei aloitettu",
      "ei käynnistynyt",
      "ei käynnistetty",
      "ei ole toteutunut",
      "ei ole toteutumassa",
      "ei ole saavutettu",
      "ei ole aloitettu",
      "ei ole käynnistynyt",
      "toteutumatta",
    ],
    sv: [
      "uppnås inte",
      "uppnås ej",
      "uppnåddes inte",
      "uppnåddes ej",
      "inte uppnått",
      "ej uppnått",
      "ej uppnådd",
      "ej genomförd",
      "ej genomfört",
      "ej påbörjad",
      "ej påbörjat",
    ],
    en: ["not achieved", "not yet achieved", "not started", "not yet started", "not met", "not reached", "not done"],
  },
  delayed: {
    fi: ["viivästyy", "viivästynyt", "viivästyneet", "viivästyivät", "viivästyi", "siirtyy", "siirtynyt", "siirtyi", "siirtyvät", "siirtyneet"],
    sv: ["försenad", "försenat", "försenade", "försenas", "försenades", "skjuts upp", "uppskjuten"],
    en: ["delayed", "postponed"],
  },
};

const LEADING: ReadonlyArray<readonly [string, "negative" | "delayed"]> = (["negative", "delayed"] as const)
  .flatMap((k) => Object.values(LEADING_PHRASES[k]).flatMap((ws) => ws.map((w) => [w, k] as const)))
  .sort((a, b) => b[0].length - a[0].length);

/** The negative or delayed phrase a cell begins with ("Ei toteudu 2020", "Viivästyy, …"), if any. */
export function leadingPhrase(text: string): "negative" | "delayed" | undefined {
  const t = fold(text).replace(/^[^\p{L}]+/u, "");
  for (const [w, k] of LEADING) {
    if (t.startsWith(w) && !/\p{L}/u.test(t.charAt(w.length))) return k;
  }
  return undefined;
}

/**
 * Words that mark the figure of the result among several in one actual ("valittu 40 %,
 * toteutettu 30 %"): the figure right after one of these decides.
 */
export const RESULT_WORDS: Record<Lang, string[]> = {
  fi: ["toteutettu", "toteutunut", "toteutuneet", "toteutui", "toteuma", "yhteensä", "tulos", "saavutettu"],
  sv: ["utfall", "utfallet", "totalt", "sammanlagt", "genomförda", "genomfört", "uppnått", "resultat"],
  en: ["total", "in total", "actual", "achieved", "result", "done"],
};

const RESULT_WORD_SET = new Set(Object.values(RESULT_WORDS).flat());

/** True when the text before a figure ends with a result word (punctuation and spaces between allowed). */
export function endsWithResultWord(before: string): boolean {
  const ws = fold(before)
    .replace(/[^\p{L}\s]+/gu, " ")
    .trim()
    .split(/\s+/);
  const last = ws[ws.length - 1] ?? "";
  const two = ws.slice(-2).join(" ");
  return RESULT_WORD_SET.has(last) || RESULT_WORD_SET.has(two);
}

/**
 * Status words users type into the status column besides the labels (domain.md): kept on a
 * qualitative row, compared on a measurable one. Data, per language.
 */
export const TYPED_STATUS_WORDS: Record<Exclude<Status, "none">, Record<Lang, string[]>> = {
  green: {
    fi: ["Toteutuu", "Toteutunut", "Toteutui", "✓", "✔", "☺", "🙂"],
    sv: ["Uppnås", "Uppnått", "Uppnådd"],
    en: ["Achieved", "Met", "On track"],
  },
  yellow: {
    fi: ["Osittain", "Osittain toteutunut", "Osittain toteutuu", "Kesken"],
    sv: ["Delvis", "Delvis uppnått", "Delvis uppnås"],
    en: ["Partly", "Partly achieved", "Partially achieved"],
  },
  red: {
    fi: ["Ei toteudu", "Ei toteutunut", "✗", "✘", "☹", "🙁"],
    sv: ["Uppnås inte", "Inte uppnått", "Ej uppnått"],
    en: ["Not achieved", "Not met"],
  },
};

const TYPED_WORDS = new Map<string, Status>();
for (const s of Object.keys(TYPED_STATUS_WORDS) as Array<Exclude<Status, "none">>) {
  for (const ws of Object.values(TYPED_STATUS_WORDS[s])) for (const w of ws) TYPED_WORDS.set(fold(w), s);
}

/**
 * A status typed into the status column: a label (parseStatusText) or one of the words users
 * already type ("Toteutuu", "Osittain", "✓", "Uppnås inte"). Only the status column reads these:
 * "Toteutunut" elsewhere is a review header.
 */
export function parseTypedStatus(text: string): Status | "invalid" | undefined {
  const label = parseStatusText(text);
  if (label !== "invalid") return label;
  const folded = fold(text).replace(/[.!]+$/, "");
  return TYPED_WORDS.get(folded) ?? "invalid";
}

/**
 * Words that, right before a progress word, say it is not (yet) so: "Ei valmis", "Ej klar",
 * "Lähes valmis", "Almost done" are no "valmis" or "done". Such a cell gives no progress state.
 */
export const NOT_QUITE_WORDS: Record<Lang, string[]> = {
  fi: ["ei", "lähes", "melkein", "miltei", "vielä"],
  sv: ["ej", "inte", "icke", "nästan", "ännu"],
  en: ["not", "no", "never", "almost", "nearly", "yet"],
};

const NOT_QUITE = new Set(Object.values(NOT_QUITE_WORDS).flat());

/** True when the word right before `index` in `text` is a "not quite" word. */
function notQuiteBefore(text: string, index: number): boolean {
  const words = fold(text.slice(0, index))
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
  return NOT_QUITE.has(words[words.length - 1] ?? "");
}

/** A cell that begins with a negative phrase reports a goal not reached, whatever follows ("Ei toteudu, näyttelytila peruskorjauksessa"). */
export function progressOf(text: string): Progress | undefined {
  if (leadingPhrase(text) === "negative") return "todo";
  const nfc = text.normalize("NFC");
  const caps = /(?<!\p{L})(TEKEMÄTTÄ|TEKEILLÄ|TEHTY)(?!\p{L})/u.exec(nfc);
  if (caps && notQuiteBefore(nfc, caps.index)) return undefined;
  if (caps) return caps[1] === "TEHTY" ? "done" : caps[1] === "TEKEILLÄ" ? "doing" : "todo";
  if (text.length > 60) return undefined; // no two-word message is this long
  const t = fold(text)
    .replace(/\d+([.,/]\d+)*\.?/g, " ")
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (t === "" || t.split(" ").length > 2) return undefined;
  const padded = ` ${t} `;
  for (const [w, p] of PROGRESS_WORDS) if (padded.includes(` ${w} `)) return notQuiteBefore(t, padded.indexOf(` ${w} `)) ? undefined : p;
  return undefined;
}

export function progressStatus(p: Progress): Status {
  return p === "done" ? "green" : p === "doing" ? "yellow" : "red";
}
