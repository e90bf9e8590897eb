// The Yhteenveto view's words in Finnish, Swedish and English, with counts in the right number
// ("1 yksikkö", "3 yksikköä"). Kept apart from text.ts so the view's texts change in one place.
import type { Lang } from "../domain/i18n/lang";
import { render } from "../domain/i18n/messages";

const S = {
  intro: {
    fi: "Valitse yksiköiden sopimustyökirjat: yhteenveto näyttää, miten kukin yksikkö on edennyt ja mitä on korjattava.",
    sv: "Välj enheternas avtalsarbetsböcker: sammandraget visar hur varje enhet har framskridit och vad som ska rättas.",
    en: "Choose the units' contract workbooks: the summary shows how each unit stands and what must be fixed.",
  },
  choose: { fi: "Valitse työkirjat", sv: "Välj arbetsböcker", en: "Choose workbooks" },
  chooseAgain: { fi: "Valitse toiset työkirjat", sv: "Välj andra arbetsböcker", en: "Choose other workbooks" },
  dropMany: { fi: "tai pudota tiedostot tähän", sv: "eller släpp filerna här", en: "or drop the files here" },
  local: {
    fi: "Työkirjat luetaan vain tällä koneella: mitään ei lähetetä minnekään.",
    sv: "Arbetsböckerna läses bara på den här datorn: inget skickas någonstans.",
    en: "The workbooks are read on this computer only: nothing is sent anywhere.",
  },
  reading: { fi: "Luetaan työkirjoja", sv: "Läser arbetsböcker", en: "Reading workbooks" },
  progress: { fi: "Luettu {done} / {total}", sv: "Lästa {done} / {total}", en: "Read {done} / {total}" },
  totals: { fi: "Yhteensä", sv: "Totalt", en: "Totals" },
  statusCounts: { fi: "Tavoiterivit tiloittain", sv: "Målrader per status", en: "Goal rows by status" },
  cityFill: {
    fi: "Koko kaupungin täyttöaste {value}\u00a0% (kuukausien keskiarvo, paikoilla painotettu)",
    sv: "Fyllnadsgrad i hela staden {value}\u00a0% (medeltal av månaderna, viktat med platserna)",
    en: "City-wide fill rate {value}\u00a0% (mean of the months, weighted by places)",
  },
  cityPrivate: {
    fi: "Yksityisen tuotannon osuus koko kaupungissa {value}\u00a0%",
    sv: "Privata produktionens andel i hela staden {value}\u00a0%",
    en: "City-wide private production share {value}\u00a0%",
  },
  attention: { fi: "Huomiota vaativat yksiköt", sv: "Enheter som kräver uppmärksamhet", en: "Units needing attention" },
  allFine: {
    fi: "Kaikki yksiköt ovat kunnossa: ei virheitä eikä punaisia tai keltaisia tavoitteita, ja täyttöaste on tavoitteessa.",
    sv: "Alla enheter är i ordning: inga fel, inga röda eller gula mål, och fyllnadsgraden når målet.",
    en: "Every unit is in order: no errors, no red or yellow goals, and the fill rate meets its target.",
  },
  others: { fi: "Muut yksiköt ({n})", sv: "Övriga enheter ({n})", en: "Other units ({n})" },
  review9: { fi: "9 kk:n arvio, ennuste", sv: "9 månaders utvärdering, prognos", en: "9-month review, a forecast" },
  review12: { fi: "12 kk:n arvio", sv: "12 månaders utvärdering", en: "12-month review" },
  noReview: { fi: "ei vielä toteumia", sv: "inga utfall ännu", en: "no actuals yet" },
  fillLine: {
    fi: "Täyttöaste {value}\u00a0% (tavoite {target}\u00a0%)",
    sv: "Fyllnadsgrad {value}\u00a0% (mål {target}\u00a0%)",
    en: "Fill rate {value}\u00a0% (target {target}\u00a0%)",
  },
  fillNoTarget: { fi: "Täyttöaste {value}\u00a0%", sv: "Fyllnadsgrad {value}\u00a0%", en: "Fill rate {value}\u00a0%" },
  privateLine: {
    fi: "Yksityinen tuotanto {value}\u00a0% (tavoite {target}\u00a0%)",
    sv: "Privat produktion {value}\u00a0% (mål {target}\u00a0%)",
    en: "Private production {value}\u00a0% (target {target}\u00a0%)",
  },
  belowTarget: { fi: "alle tavoitteen", sv: "under målet", en: "below target" },
  byUnit: { fi: "Tilat yksiköittäin", sv: "Status per enhet", en: "Statuses by unit" },
  unitCol: { fi: "Yksikkö", sv: "Enhet", en: "Unit" },
  fillByUnit: {
    fi: "Täyttöaste yksiköittäin tavoitteeseen verrattuna",
    sv: "Fyllnadsgrad per enhet jämfört med målet",
    en: "Fill rate by unit against the target",
  },
  fillRow: {
    fi: "{unit}: täyttöaste {value}\u00a0%, tavoite {target}\u00a0%",
    sv: "{unit}: fyllnadsgrad {value}\u00a0%, mål {target}\u00a0%",
    en: "{unit}: fill rate {value}\u00a0%, target {target}\u00a0%",
  },
  targetMark: {
    fi: "Pystyviiva palkin kohdalla on yksikön tavoite.",
    sv: "Det lodräta strecket vid stapeln är enhetens mål.",
    en: "The upright line across each bar is the unit's target.",
  },
  noFill: {
    fi: "Yhdessäkään luetussa työkirjassa ei ole täyttöastetietoja.",
    sv: "Ingen av de lästa arbetsböckerna har uppgifter om fyllnadsgrad.",
    en: "None of the workbooks read holds fill-rate data.",
  },
  unreadableTitle: { fi: "Tiedostot, joita ei voitu lukea", sv: "Filer som inte kunde läsas", en: "Files that could not be read" },
  unreadableLine: { fi: "{name}: {reason}", sv: "{name}: {reason}", en: "{name}: {reason}" },
  noneRead: {
    fi: "Yhtään työkirjaa ei voitu lukea, joten yhteenvetoa ei voi tehdä.",
    sv: "Ingen arbetsbok kunde läsas, så inget sammandrag kan göras.",
    en: "No workbook could be read, so there is no summary to make.",
  },
  write: { fi: "Kirjoita yhteenveto tähän työkirjaan", sv: "Skriv sammandraget i den här arbetsboken", en: "Write the summary into this workbook" },
  writeHelp: {
    fi: "Yhteenveto lisätään avoimeen työkirjaan uusina välilehtinä; mitään olemassa olevaa ei korvata. Jos haluat yhteenvedon omaan työkirjaansa, avaa ensin uusi tyhjä työkirja.",
    sv: "Sammandraget läggs till i den öppna arbetsboken som nya blad; inget befintligt ersätts. Vill du ha sammandraget i en egen arbetsbok, öppna först en ny tom arbetsbok.",
    en: "The summary is added to the open workbook as new sheets; nothing already there is replaced. For a workbook of its own, open a new blank workbook first.",
  },
  written: {
    fi: "Yhteenveto kirjoitettu välilehdille {sheets}.",
    sv: "Sammandraget skrevs på bladen {sheets}.",
    en: "The summary was written to the sheets {sheets}.",
  },
  renamed: {
    fi: "Välilehti {old} oli jo olemassa, joten uusi sai nimen {new}.",
    sv: "Bladet {old} fanns redan, så det nya fick namnet {new}.",
    en: "Sheet {old} existed already, so the new one is named {new}.",
  },
  download: { fi: "Lataa yhteenveto ({name})", sv: "Ladda ner sammandraget ({name})", en: "Download the summary ({name})" },
  making: { fi: "Yhteenvetoa kootaan…", sv: "Sammandraget sammanställs…", en: "Making the summary…" },
  failed: { fi: "Yhteenvetoa ei voitu tehdä: {detail}", sv: "Sammandraget kunde inte göras: {detail}", en: "The summary could not be made: {detail}" },
} satisfies Record<string, Record<Lang, string>>;

export type SummaryTextKey = keyof typeof S;

export function st(key: SummaryTextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return render(S[key][lang], params);
}

/** A count with its noun in the right number: [singular, plural] per language. */
const NOUNS = {
  units: { fi: ["yksikkö", "yksikköä"], sv: ["enhet", "enheter"], en: ["unit", "units"] },
  goalRows: { fi: ["tavoiterivi", "tavoiteriviä"], sv: ["målrad", "målrader"], en: ["goal row", "goal rows"] },
  errors: { fi: ["virhe", "virhettä"], sv: ["fel", "fel"], en: ["error", "errors"] },
  warnings: { fi: ["varoitus", "varoitusta"], sv: ["varning", "varningar"], en: ["warning", "warnings"] },
  files: { fi: ["tiedosto", "tiedostoa"], sv: ["fil", "filer"], en: ["file", "files"] },
  unreadable: { fi: ["lukematon tiedosto", "lukematonta tiedostoa"], sv: ["oläslig fil", "oläsliga filer"], en: ["unreadable file", "unreadable files"] },
} satisfies Record<string, Record<Lang, [string, string]>>;

export type Noun = keyof typeof NOUNS;

export function count(n: number, noun: Noun, lang: Lang): string {
  return `${n}\u00a0${NOUNS[noun][lang][n === 1 ? 0 : 1]}`;
}
