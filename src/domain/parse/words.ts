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
/** A cell that begins with one of these reports a goal not reached, whatever follows ("Ei toteudu, näyttelytila peruskorjauksessa"). */
const NEGATIVE_START =
  /^(ei (ole )?(toteudu|toteutunut|toteutu|toteutettu|saavutettu|saavuteta|saavutu|aloitettu|käynnistynyt|käynnistetty)|ej (genomförd|genomfört|uppnått|uppnådd|påbörjad|påbörjat)|not (achieved|started|done|met|reached))(?!\p{L})/u;

export function progressOf(text: string): Progress | undefined {
  if (/^[^\p{L}]*(ei|ej|not)\s/iu.test(text) && NEGATIVE_START.test(fold(text).replace(/^[^\p{L}]+/u, ""))) return "todo";
  const caps = /(?<!\p{L})(TEKEMÄTTÄ|TEKEILLÄ|TEHTY)(?!\p{L})/u.exec(text.normalize("NFC"));
  if (caps) return caps[1] === "TEHTY" ? "done" : caps[1] === "TEKEILLÄ" ? "doing" : "todo";
  if (text.length > 60) return undefined; // no two-word message is this long
  const t = fold(text)
    .replace(/\d+([.,/]\d+)*\.?/g, " ")
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (t === "" || t.split(" ").length > 2) return undefined;
  const padded = ` ${t} `;
  for (const [w, p] of PROGRESS_WORDS) if (padded.includes(` ${w} `)) return p;
  return undefined;
}

export function progressStatus(p: Progress): Status {
  return p === "done" ? "green" : p === "doing" ? "yellow" : "red";
}
