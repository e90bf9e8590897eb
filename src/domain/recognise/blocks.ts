// Labels that start a resources or production block below a goal table (Talousarvio, Tulot,
// Oma tuotanto …), in Finnish, Swedish and English. Data, not code: the classifier reads it.
import type { Lang } from "../i18n/lang";
import { loose } from "../text";

export const BLOCK_LABELS: Record<Lang, string[]> = {
  fi: [
    "talousarvio",
    "tulot",
    "menot",
    "netto",
    "nettomenot",
    "toimintatuotot",
    "toimintakulut",
    "henkilöstö",
    "henkilöstömäärä",
    "vakanssit",
    "resurssit",
    "oma tuotanto",
    "omassa tuotannossa",
    "oma palvelutuotanto",
    "palveluseteli",
    "yksityisen hoidon tuki",
    "yksityinen tuotanto",
    "ostopalvelu",
    "ostopalvelut",
  ],
  sv: [
    "budget",
    "intäkter",
    "kostnader",
    "netto",
    "personal",
    "resurser",
    "egen produktion",
    "servicesedel",
    "stöd för privat vård",
    "privat vårdstöd",
    "köpta tjänster",
  ],
  en: [
    "budget",
    "income",
    "revenue",
    "expenditure",
    "expenses",
    "net",
    "staff",
    "posts",
    "resources",
    "own production",
    "service voucher",
    "private day care support",
    "purchased services",
  ],
};

/** Labels that start a block even standing alone in their row: a perspective such as "Henkilöstö" alone is a section title. */
const STRONG = new Set(["talousarvio", "budget", "resurssit", "resurser", "resources"]);

const LABELS = [...new Set(Object.values(BLOCK_LABELS).flat())].sort((a, b) => b.length - a.length);

export interface BlockLabel {
  label: string;
  strong: boolean;
  /** The cell holds the label and nothing more ("Tulot", "Tulot €", "Henkilöstö, vakanssit" is not). */
  whole: boolean;
}

const FIRST_WORDS = new Set(LABELS.map((l) => l.split(" ")[0]));

/** The block label a cell starts with, if any. */
export function blockLabel(text: string): BlockLabel | null {
  if (text.length > 80) return null;
  // Most goal texts start with no label's first word: one look-up before any folding.
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1].toLowerCase();
  if (first === undefined || !FIRST_WORDS.has(first)) return null;
  const t = loose(text)
    .replace(/(\s|^)(€|eur|euroa|e|kpl|st|%)$/u, "")
    .trim();
  for (const label of LABELS) {
    if (t === label || t.startsWith(label + " ")) return { label, strong: STRONG.has(label), whole: t === label };
  }
  return null;
}
