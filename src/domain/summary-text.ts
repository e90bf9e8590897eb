// What the city-wide summary says (issue 12), in Finnish, Swedish and English: the summary
// workbook's sheets and the command line's report. Counted phrases come in singular and plural.
import type { Risk } from "./forecast";
import { RISK_LABELS, riskWord } from "./i18n/forecast-text";
import type { Lang } from "./i18n/lang";

type T = Record<Lang, string>;

/** A count column's head: "Ennuste: ei toteudu". */
function forecastCount(risk: Risk): T {
  return { fi: `Ennuste: ${riskWord(risk, "fi")}`, sv: `Prognos: ${riskWord(risk, "sv")}`, en: `Forecast: ${riskWord(risk, "en")}` };
}
/** A counted phrase: [singular, plural], with {n} for the number. */
type Counted = Record<Lang, [string, string]>;

export const SUMMARY_SHEETS = {
  units: { fi: "Yksiköt", sv: "Enheter", en: "Units" },
  goals: { fi: "Tavoitteet", sv: "Mål", en: "Goals" },
  fill: { fi: "Täyttöaste", sv: "Fyllnadsgrad", en: "Fill rate" },
  issues: { fi: "Ongelmat", sv: "Problem", en: "Problems" },
  about: { fi: "Tiedot", sv: "Information", en: "About" },
} satisfies Record<string, T>;

/** Sheets a summary has only when they apply: last year's unmatched goals, and the risks. */
export const SUMMARY_EXTRA_SHEETS = {
  unmatched: { fi: "Ei vastinetta", sv: "Utan motsvarighet", en: "Unmatched" },
  risks: { fi: "Riskit", sv: "Risker", en: "Risks" },
} satisfies Record<string, T>;

export const ST = {
  title: { fi: "Palvelutuotantosopimusten yhteenveto", sv: "Sammanfattning av serviceproduktionsavtalen", en: "Summary of the service production contracts" },
  made: { fi: "Laadittu {at}", sv: "Sammanställd {at}", en: "Compiled {at}" },
  order: {
    fi: "Eniten huomiota vaativat yksiköt ensin: virheet, punaiset ja keltaiset tavoitteet. Heikoin tavoite -sarake kertoo yksikön heikoimman tavoitteen tilan.",
    sv: "Enheterna som kräver mest uppmärksamhet först: fel, röda och gula mål. Kolumnen Svagaste mål visar läget för enhetens svagaste mål.",
    en: "The units that need the most attention come first: errors, then red and yellow goals. The Weakest goal column shows the status of the unit's weakest goal.",
  },
  unit: { fi: "Yksikkö", sv: "Enhet", en: "Unit" },
  year: { fi: "Vuosi", sv: "År", en: "Year" },
  review: { fi: "Arviointi", sv: "Uppföljning", en: "Review" },
  review9: { fi: "9 kk", sv: "9 mån", en: "9 months" },
  review12: { fi: "12 kk", sv: "12 mån", en: "12 months" },
  overall: { fi: "Heikoin tavoite", sv: "Svagaste mål", en: "Weakest goal" },
  goalRows: { fi: "Tavoiterivejä", sv: "Målrader", en: "Goal rows" },
  green: { fi: "Vihreä", sv: "Grön", en: "Green" },
  yellow: { fi: "Keltainen", sv: "Gul", en: "Yellow" },
  red: { fi: "Punainen", sv: "Röd", en: "Red" },
  none: { fi: "Ilman tilaa", sv: "Utan status", en: "No status" },
  fillRate: { fi: "Täyttöaste %", sv: "Fyllnadsgrad %", en: "Fill rate %" },
  target: { fi: "Tavoite %", sv: "Mål %", en: "Target %" },
  fillTarget: { fi: "Täyttöasteen tavoite %", sv: "Mål för fyllnadsgrad %", en: "Fill rate target %" },
  shareTarget: { fi: "Osuuden tavoite %", sv: "Mål för andel %", en: "Share target %" },
  privateShare: { fi: "Yksityisen tuotannon osuus %", sv: "Andel privat produktion %", en: "Private production share %" },
  errors: { fi: "Virheitä", sv: "Fel", en: "Errors" },
  warnings: { fi: "Varoituksia", sv: "Varningar", en: "Warnings" },
  file: { fi: "Tiedosto", sv: "Fil", en: "File" },
  total: { fi: "Yhteensä", sv: "Totalt", en: "Total" },
  totalNote: {
    fi: "Yhteensä-rivin täyttöaste on paikkamäärillä painotettu: kunkin kuukauden kaikkien yksiköiden lapset jaettuna niiden paikoilla, kuukausien keskiarvona. Yksityisen tuotannon osuus on yksityisen tuotannon lapset kaikista lapsista.",
    sv: "Fyllnadsgraden på raden Totalt är viktad med platserna: varje månads barn i alla enheter delat med deras platser, som medeltal av månaderna. Andelen privat produktion är barnen i privat produktion av alla barn.",
    en: "The fill rate on the Total row is weighted by places: each month, the children of all units over their places, averaged over the months. The private share is the children in private production out of all children.",
  },
  section: { fi: "Osio", sv: "Avsnitt", en: "Section" },
  goal: { fi: "Tavoite", sv: "Mål", en: "Goal" },
  metric: { fi: "Mittari", sv: "Mätare", en: "Metric" },
  targetLevel: { fi: "Tavoitetaso", sv: "Målnivå", en: "Target" },
  actual: { fi: "Toteuma", sv: "Utfall", en: "Actual" },
  status: { fi: "Tila", sv: "Status", en: "Status" },
  forecast: { fi: "Ennuste", sv: "Prognos", en: "Forecast" },
  yes: { fi: "Kyllä", sv: "Ja", en: "Yes" },
  sheet: { fi: "Välilehti", sv: "Blad", en: "Sheet" },
  row: { fi: "Rivi", sv: "Rad", en: "Row" },
  cell: { fi: "Solu", sv: "Cell", en: "Cell" },
  severity: { fi: "Vakavuus", sv: "Allvarlighet", en: "Severity" },
  code: { fi: "Koodi", sv: "Kod", en: "Code" },
  message: { fi: "Viesti", sv: "Meddelande", en: "Message" },
  error: { fi: "Virhe", sv: "Fel", en: "Error" },
  warning: { fi: "Varoitus", sv: "Varning", en: "Warning" },
  info: { fi: "Huomautus", sv: "Upplysning", en: "Note" },
  fillTitle: { fi: "Täyttöaste kuukausittain (%)", sv: "Fyllnadsgrad per månad (%)", en: "Fill rate by month (%)" },
  fillNote: {
    fi: "Värit kertovat tilanteen yksikön tavoitteeseen nähden: vihreä, kun tavoite on saavutettu, keltainen 2 prosenttiyksikköä tavoitteen alapuolella ja punainen 4 prosenttiyksikköä tai enemmän tavoitteen alapuolella. Luvut näkyvät aina soluissa.",
    sv: "Färgerna visar läget i förhållande till enhetens mål: grön när målet är nått, gul 2 procentenheter under målet och röd 4 procentenheter eller mer under målet. Talen står alltid i cellerna.",
    en: "The colours compare each month with the unit's target: green when the target is met, yellow 2 percentage points below it and red 4 percentage points or more below it. The figures are always shown in the cells.",
  },
  mean: { fi: "Keskiarvo", sv: "Medeltal", en: "Average" },
  city: { fi: "Koko kaupunki, paikoilla painotettu", sv: "Hela staden, viktad med platserna", en: "Whole city, weighted by places" },
  cityPlaces: { fi: "Paikkoja yhteensä", sv: "Platser totalt", en: "Places in total" },
  noPlaces: {
    fi: "Yksiköt, joiden työkirjassa on vain täyttöasteet ilman paikkamääriä, eivät ole mukana painotetussa keskiarvossa.",
    sv: "Enheter vars arbetsbok bara har fyllnadsgrader utan antal platser ingår inte i det viktade medeltalet.",
    en: "Units whose workbook gives only rates, without the number of places, are not in the weighted average.",
  },
  noFill: {
    fi: "Yhdenkään yksikön työkirjassa ei ole täyttöastetta.",
    sv: "Ingen enhets arbetsbok har en fyllnadsgrad.",
    en: "No unit's workbook gives a fill rate.",
  },
  issuesTitle: { fi: "Ongelmat, virheet ensin", sv: "Problem, fel först", en: "Problems, errors first" },
  noIssues: { fi: "Ei huomautettavaa.", sv: "Inget att anmärka.", en: "Nothing to report." },
  aboutTitle: { fi: "Tietoja yhteenvedosta", sv: "Om sammanfattningen", en: "About this summary" },
  madeAt: { fi: "Laadittu", sv: "Sammanställd", en: "Compiled" },
  madeBy: { fi: "Työkalu", sv: "Verktyg", en: "Made with" },
  madeWith: { fi: "Sopimus, komento sopimus summary", sv: "Sopimus, kommandot sopimus summary", en: "Sopimus, the command sopimus summary" },
  inputs: { fi: "Annetut tiedostot ja kansiot", sv: "Angivna filer och mappar", en: "Files and folders given" },
  read: { fi: "Luettuja työkirjoja", sv: "Lästa arbetsböcker", en: "Workbooks read" },
  notRead: { fi: "Lukematta jääneitä", sv: "Olästa", en: "Not read" },
  result: { fi: "Tulos", sv: "Resultat", en: "Result" },
  readOk: { fi: "Luettu", sv: "Läst", en: "Read" },
  readFailed: { fi: "Ei luettavissa: {reason}", sv: "Kan inte läsas: {reason}", en: "Cannot be read: {reason}" },
  aboutNote: {
    fi: "Tilat ja luvut ovat samat kuin kunkin työkirjan tarkistuksessa (sopimus validate) ja tilojen päivityksessä (sopimus refresh). Lukematta jääneet tiedostot eivät ole mukana luvuissa.",
    sv: "Statusen och talen är desamma som i kontrollen av varje arbetsbok (sopimus validate) och i uppdateringen av statusen (sopimus refresh). Olästa filer ingår inte i talen.",
    en: "The statuses and figures are those of each workbook's check (sopimus validate) and status refresh (sopimus refresh). Files that could not be read are not in the figures.",
  },
  // The command line's report.
  reading: { fi: "Luetaan", sv: "Läser", en: "Reading" },
  readingPrevious: { fi: "Luetaan edellistä vuotta", sv: "Läser föregående år", en: "Reading last year" },
  totalsLine: {
    fi: "{units} · tavoiterivejä {goals}: vihreitä {green}, keltaisia {yellow}, punaisia {red}, ilman tilaa {none} · {errors}, {warnings}",
    sv: "{units} · målrader {goals}: gröna {green}, gula {yellow}, röda {red}, utan status {none} · {errors}, {warnings}",
    en: "{units} · goal rows {goals}: green {green}, yellow {yellow}, red {red}, no status {none} · {errors}, {warnings}",
  },
  attentionTitle: { fi: "Huomiota vaativat yksiköt:", sv: "Enheter som kräver uppmärksamhet:", en: "Units needing attention:" },
  attentionNone: { fi: "Yksikään yksikkö ei vaadi huomiota.", sv: "Ingen enhet kräver uppmärksamhet.", en: "No unit needs attention." },
  attentionMore: {
    fi: "… ja {n} muuta (ks. yhteenvedon Yksiköt-välilehti)",
    sv: "… och {n} till (se bladet Enheter)",
    en: "… and {n} more (see the Units sheet)",
  },
  unreadableTitle: { fi: "Lukematta jääneet tiedostot:", sv: "Filer som inte kunde läsas:", en: "Files that could not be read:" },
  fillLine: {
    fi: "Täyttöaste koko kaupungissa (paikoilla painotettu): {value} %",
    sv: "Fyllnadsgrad i hela staden (viktad med platserna): {value} %",
    en: "Fill rate, whole city (weighted by places): {value} %",
  },
  privateLine: {
    fi: "Yksityisen tuotannon osuus koko kaupungissa: {value} %",
    sv: "Andel privat produktion i hela staden: {value} %",
    en: "Private production share, whole city: {value} %",
  },
  needsOutput: {
    fi: "summary tarvitsee tulostiedoston: -o yhteenveto.xlsx (tai --json)",
    sv: "summary behöver en utdatafil: -o sammanfattning.xlsx (eller --json)",
    en: "summary needs an output file: -o summary.xlsx (or --json)",
  },
  needsInput: {
    fi: "summary tarvitsee vähintään yhden tiedoston tai kansion",
    sv: "summary behöver minst en fil eller mapp",
    en: "summary needs at least one file or folder",
  },
  nothingRead: {
    fi: "Yhtäkään työkirjaa ei voitu lukea, joten yhteenvetoa ei kirjoitettu.",
    sv: "Ingen arbetsbok kunde läsas, så ingen sammanfattning skrevs.",
    en: "No workbook could be read, so no summary was written.",
  },
  outputIsInput: {
    fi: "Ei kirjoiteta tiedoston {path} päälle: se on myös luettava työkirja. Valitse toinen nimi.",
    sv: "Skriver inte över {path}: den är också en arbetsbok som ska läsas. Välj ett annat namn.",
    en: "Not writing over {path}: it is also one of the workbooks to read. Choose another name.",
  },
  // This year against last (summary --previous).
  lastFill: { fi: "Täyttöaste % edellisenä vuonna", sv: "Fyllnadsgrad % föregående år", en: "Fill rate % last year" },
  lastShare: { fi: "Yksityisen tuotannon osuus % edellisenä vuonna", sv: "Andel privat produktion % föregående år", en: "Private share % last year" },
  fillChange: { fi: "Täyttöasteen muutos, prosenttiyksikköä", sv: "Fyllnadsgradens förändring, procentenheter", en: "Fill rate change, percentage points" },
  shareChange: { fi: "Osuuden muutos, prosenttiyksikköä", sv: "Andelens förändring, procentenheter", en: "Share change, percentage points" },
  lastActual: { fi: "Toteuma edellisenä vuonna", sv: "Utfall föregående år", en: "Actual last year" },
  lastStatus: { fi: "Tila edellisenä vuonna", sv: "Status föregående år", en: "Status last year" },
  change: { fi: "Muutos", sv: "Förändring", en: "Change" },
  better: { fi: "Parempi", sv: "Bättre", en: "Better" },
  same: { fi: "Sama", sv: "Samma", en: "Same" },
  worse: { fi: "Huonompi", sv: "Sämre", en: "Worse" },
  noMatch: { fi: "Ei vastinetta", sv: "Ingen motsvarighet", en: "No match" },
  thisYear: { fi: "Tämä vuosi", sv: "I år", en: "This year" },
  lastYear: { fi: "Edellinen vuosi", sv: "Föregående år", en: "Last year" },
  whichYear: { fi: "Vuosi", sv: "År", en: "Year" },
  unmatchedTitle: {
    fi: "Tavoitteet, joille ei löytynyt vastinetta toisen vuoden yhteenvedosta",
    sv: "Mål som saknar motsvarighet i det andra årets sammanfattning",
    en: "Goals with no match in the other year's summary",
  },
  unmatchedNote: {
    fi: "Tavoitteet on yhdistetty yksikön nimen ja tavoitteen tekstin perusteella (isot ja pienet kirjaimet, välilyönnit ja välimerkit ohitetaan). Näille riveille ei löytynyt vastinetta, eikä niitä ole arvattu.",
    sv: "Målen har parats ihop efter enhetens namn och målets text (stora och små bokstäver, mellanslag och skiljetecken räknas inte). De här raderna saknar motsvarighet, och ingen har gissats.",
    en: "Goals are matched by the unit's name and the goal's text (case, spacing and punctuation ignored). These rows matched nothing, and none was guessed.",
  },
  noUnmatched: { fi: "Kaikille tavoitteille löytyi vastine.", sv: "Alla mål hade en motsvarighet.", en: "Every goal had a match." },
  previousInputs: { fi: "Edellisen vuoden tiedostot", sv: "Föregående års filer", en: "Last year's files" },
  changeLine: {
    fi: "Edelliseen vuoteen verrattuna: parempi {better}, sama {same}, huonompi {worse}; ei verrattavissa {none} · ilman vastinetta tänä vuonna {current}, edellisenä vuonna {previous} tavoiteriviä",
    sv: "Jämfört med föregående år: bättre {better}, samma {same}, sämre {worse}; kan inte jämföras {none} · utan motsvarighet i år {current}, föregående år {previous} målrader",
    en: "Against last year: better {better}, same {same}, worse {worse}; not comparable {none} · without a match this year {current}, last year {previous} goal rows",
  },
  previousUnreadable: {
    fi: "Edellisen vuoden tiedostoa {path} ei voitu lukea: {reason}",
    sv: "Föregående års fil {path} kunde inte läsas: {reason}",
    en: "Last year's file {path} could not be read: {reason}",
  },
  previousNone: {
    fi: "Yhtäkään edellisen vuoden tiedostoa ei voitu lukea (--previous), joten yhteenvetoa ei kirjoitettu.",
    sv: "Ingen av föregående års filer kunde läsas (--previous), så ingen sammanfattning skrevs.",
    en: "None of last year's files could be read (--previous), so no summary was written.",
  },
  // The year-end forecast (domain.md, "Year-end forecast"), where the engine gives one.
  projection: { fi: "Ennuste vuoden lopussa", sv: "Prognos för årets slut", en: "Year-end forecast" },
  interval: { fi: "Vaihteluväli", sv: "Intervall", en: "Interval" },
  risk: { fi: "Riski", sv: "Risk", en: "Risk" },
  risksText: { fi: "Riskit", sv: "Risker", en: "Risks" },
  fillProjection: { fi: "Täyttöasteen ennuste %", sv: "Prognos för fyllnadsgrad %", en: "Fill rate forecast %" },
  // The risk's words are the engine's (RISK_LABELS), the same the pane shows.
  offTrackCount: forecastCount("off-track"),
  atRiskCount: forecastCount("at-risk"),
  ...RISK_LABELS,
  risksTitle: {
    fi: "Riskit: tavoitteet, jotka eivät ennusteen mukaan toteudu tai joiden toteutuminen on epävarmaa, ja työkirjoihin kirjatut riskit",
    sv: "Risker: mål som enligt prognosen inte uppnås eller vars måluppfyllelse är osäker, och riskerna som skrivits i arbetsböckerna",
    en: "Risks: goals forecast off track or at risk, and the risks written in the workbooks",
  },
  // Which units the city-wide fill rate covers (issue 17).
  gapNoFill: { fi: "ei täyttöastetietoja", sv: "inga uppgifter om fyllnadsgrad", en: "no fill-rate figures" },
  gapNoPlaces: {
    fi: "vain täyttöasteet ilman paikkamääriä",
    sv: "bara fyllnadsgrader utan antal platser",
    en: "rates only, without the number of places",
  },
  andMore: { fi: "ja {n} muuta", sv: "och {n} till", en: "and {n} more" },
} satisfies Record<string, T>;

export const COUNTED = {
  units: { fi: ["{n} yksikkö", "{n} yksikköä"], sv: ["{n} enhet", "{n} enheter"], en: ["{n} unit", "{n} units"] },
  errors: { fi: ["{n} virhe", "{n} virhettä"], sv: ["{n} fel", "{n} fel"], en: ["{n} error", "{n} errors"] },
  warnings: { fi: ["{n} varoitus", "{n} varoitusta"], sv: ["{n} varning", "{n} varningar"], en: ["{n} warning", "{n} warnings"] },
  unreadable: {
    fi: ["{n} tiedosto jäi lukematta", "{n} tiedostoa jäi lukematta"],
    sv: ["{n} fil kunde inte läsas", "{n} filer kunde inte läsas"],
    en: ["{n} file could not be read", "{n} files could not be read"],
  },
  red: { fi: ["{n} punainen", "{n} punaista"], sv: ["{n} röd", "{n} röda"], en: ["{n} red", "{n} red"] },
  yellow: { fi: ["{n} keltainen", "{n} keltaista"], sv: ["{n} gul", "{n} gula"], en: ["{n} yellow", "{n} yellow"] },
} satisfies Record<string, Counted>;

/** "1 yksikkö", "40 yksikköä". */
export function counted(what: keyof typeof COUNTED, n: number, lang: Lang): string {
  const [one, many] = COUNTED[what][lang];
  return (n === 1 ? one : many).replace("{n}", n.toLocaleString(lang === "en" ? "en-GB" : lang === "sv" ? "sv-SE" : "fi-FI"));
}

/** Short month names for a table's header. */
export const MONTH_SHORT: Record<Lang, string[]> = {
  fi: ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"],
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** The Finnish elative ending of a number written in digits, as it is read aloud: "12:sta", "4:stä", "20:stä", "100:sta". */
export function elativeFi(n: number): string {
  const ones = ["sta", "stä", "sta", "sta", "stä", "stä", "sta", "stä", "sta", "stä"];
  if (n % 100 >= 11 && n % 100 <= 19) return "sta"; // yhdestätoista
  if (n % 10 !== 0) return ones[n % 10]; // yhdestä, kahdesta, …
  if (n % 100 !== 0) return "stä"; // kymmenestä
  return "sta"; // nollasta, sadasta, tuhannesta, miljoonasta
}

/** "11 yksikköä 12:sta", "11 av 12 enheter", "11 of 12 units". */
export function coveredText(covered: number, of: number, lang: Lang): string {
  if (lang === "fi") return `${counted("units", covered, lang)} ${of.toLocaleString("fi-FI")}:${elativeFi(of)}`;
  return `${covered.toLocaleString(lang === "en" ? "en-GB" : "sv-SE")} ${lang === "sv" ? "av" : "of"} ${counted("units", of, lang)}`;
}

/** The pane's Yhteenveto view, this year against last (issue 21). */
export const LAST_YEAR_TEXT = {
  choose: { fi: "Valitse edellisen vuoden tiedostot", sv: "Välj föregående års filer", en: "Choose last year's files" },
  chooseAgain: { fi: "Valitse edellinen vuosi uudelleen", sv: "Välj föregående år på nytt", en: "Choose last year again" },
  help: {
    fi: "Vertailua varten, valinnainen: edellisen vuoden yksiköiden työkirjat tai edellisen vuoden yhteenveto (yhteenveto.xlsx). Tavoitteet yhdistetään yksikön nimen ja tavoitteen tekstin perusteella.",
    sv: "För jämförelse, valfritt: föregående års arbetsböcker för enheterna eller föregående års sammanfattning. Målen paras ihop efter enhetens namn och målets text.",
    en: "Optional, to compare: last year's unit workbooks or last year's summary workbook. Goals are matched by the unit's name and the goal's text.",
  },
  progress: { fi: "Luetaan edellistä vuotta: {done} / {total}", sv: "Läser föregående år: {done} / {total}", en: "Reading last year: {done} / {total}" },
  read: { fi: "Edellinen vuosi: {units} luettu", sv: "Föregående år: {units} lästa", en: "Last year: {units} read" },
  clear: { fi: "Poista vertailu", sv: "Ta bort jämförelsen", en: "Remove the comparison" },
  title: { fi: "Edelliseen vuoteen verrattuna", sv: "Jämfört med föregående år", en: "Against last year" },
  counts: {
    fi: "Parempi {better}, sama {same}, huonompi {worse}, ei verrattavissa {none}",
    sv: "Bättre {better}, samma {same}, sämre {worse}, kan inte jämföras {none}",
    en: "Better {better}, same {same}, worse {worse}, not comparable {none}",
  },
  worse: { fi: "Heikentyneet tavoitteet", sv: "Mål som försämrats", en: "Goals that got worse" },
  better: { fi: "Parantuneet tavoitteet", sv: "Mål som förbättrats", en: "Goals that improved" },
  goalLine: { fi: "{unit}: {goal}: {before} → {now}", sv: "{unit}: {goal}: {before} → {now}", en: "{unit}: {goal}: {before} → {now}" },
  fillLine: {
    fi: "{unit}: täyttöaste {now} % (edellisenä vuonna {before} %, {change} prosenttiyksikköä)",
    sv: "{unit}: fyllnadsgrad {now} % (föregående år {before} %, {change} procentenheter)",
    en: "{unit}: fill rate {now} % (last year {before} %, {change} points)",
  },
  shareLine: {
    fi: "{unit}: yksityisen tuotannon osuus {now} % (edellisenä vuonna {before} %, {change} prosenttiyksikköä)",
    sv: "{unit}: andel privat produktion {now} % (föregående år {before} %, {change} procentenheter)",
    en: "{unit}: private share {now} % (last year {before} %, {change} points)",
  },
  unitsTitle: { fi: "Täyttöaste ja osuudet", sv: "Fyllnadsgrad och andelar", en: "Fill rate and shares" },
  unmatchedNow: { fi: "Tämän vuoden tavoitteet ilman vastinetta ({n})", sv: "Årets mål utan motsvarighet ({n})", en: "This year's goals with no match ({n})" },
  unmatchedLast: {
    fi: "Edellisen vuoden tavoitteet ilman vastinetta ({n})",
    sv: "Föregående års mål utan motsvarighet ({n})",
    en: "Last year's goals with no match ({n})",
  },
  none: { fi: "Ei yhtään.", sv: "Inga.", en: "None." },
  noneChanged: { fi: "Yhdenkään tavoitteen tila ei muuttunut.", sv: "Inget måls status ändrades.", en: "No goal's status changed." },
} satisfies Record<string, T>;
