// A count with its noun in the right number: "1 virhe", "2 virhettä", "1 fel", "2 fel", "1 error",
// "2 errors". Finnish takes the partitive for every count but one (also "0 virhettä"), Swedish and
// English the plural.
import type { Lang } from "./lang";

/** A noun's two forms per language: for exactly one, and for any other count. */
export type Noun = Record<Lang, readonly [one: string, other: string]>;

export const NOUNS = {
  error: { fi: ["virhe", "virhettä"], sv: ["fel", "fel"], en: ["error", "errors"] },
  warning: { fi: ["varoitus", "varoitusta"], sv: ["varning", "varningar"], en: ["warning", "warnings"] },
  info: { fi: ["huomautus", "huomautusta"], sv: ["upplysning", "upplysningar"], en: ["note", "notes"] },
  goalRow: { fi: ["tavoiterivi", "tavoiteriviä"], sv: ["målrad", "målrader"], en: ["goal row", "goal rows"] },
  table: { fi: ["taulukko", "taulukkoa"], sv: ["tabell", "tabeller"], en: ["table", "tables"] },
  file: { fi: ["tiedosto", "tiedostoa"], sv: ["fil", "filer"], en: ["file", "files"] },
  problem: { fi: ["ongelma", "ongelmaa"], sv: ["problem", "problem"], en: ["problem", "problems"] },
  part: { fi: ["osatavoite", "osatavoitetta"], sv: ["delmål", "delmål"], en: ["part", "parts"] },
  percentagePoint: { fi: ["prosenttiyksikkö", "prosenttiyksikköä"], sv: ["procentenhet", "procentenheter"], en: ["percentage point", "percentage points"] },
} satisfies Record<string, Noun>;

/** "1 virhe", "3 virhettä"; `number` is the count as the reader writes it (decimal comma). */
export function count(n: number, noun: Noun, lang: Lang, number: string = String(n)): string {
  return `${number} ${noun[lang][n === 1 ? 0 : 1]}`;
}
