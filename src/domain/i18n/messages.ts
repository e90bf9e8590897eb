// Every message a user reads, in Finnish, Swedish and English. {name} marks a parameter.
import type { IssueCode } from "../issues";
import type { Lang } from "./lang";
import { CATALOGUE_MESSAGES } from "./catalogue-messages";

/** A message per issue code, and variants where one code has several messages. */
export type MessageId =
  | IssueCode
  | "missing-responsible.table"
  | "no-actual.unreadable"
  | "no-actual.baseline"
  | "no-actual.units"
  | "ambiguous-actual.baseline"
  | "ambiguous-actual.bound"
  | "unread-row.value"
  | "unread-row.budget"
  | "fill-rate-mismatch.mean"
  | "forecast-mismatch.status"
  | "catalogue-fallback.sheet"
  | "catalogue-no-header.sheet";

export const MESSAGES: Record<MessageId, Record<Lang, string>> = {
  "unreadable-file": {
    fi: "Tiedostoa ei voi lukea xlsx-työkirjana: {detail}",
    sv: "Filen kan inte läsas som en xlsx-arbetsbok: {detail}",
    en: "The file cannot be read as an xlsx workbook: {detail}",
  },
  "unsupported-content": {
    fi: "Tiedostossa on osia, jotka kirjoitetusta kopiosta puuttuvat: {parts}. Tarkistus toimii, mutta päivitä kopioon, älä alkuperäiseen.",
    sv: "Filen innehåller delar som saknas i den skrivna kopian: {parts}. Kontrollen fungerar, men uppdatera till en kopia, inte originalet.",
    en: "The file holds parts the written copy lacks: {parts}. Checking works, but refresh into a copy, not the original.",
  },
  "no-goal-table": {
    fi: "Työkirjasta ei löydy tavoitetaulukkoa: otsikkoriviä, jossa on tavoite, mittari ja tavoitetaso.",
    sv: "Arbetsboken har ingen måltabell: en rubrikrad med mål, mätare och målnivå.",
    en: "The workbook has no goal table: a header row with goal, metric and target columns.",
  },
  "missing-column": {
    fi: "Taulukosta puuttuu sarake: {column}.",
    sv: "Tabellen saknar kolumnen: {column}.",
    en: "The table lacks a column: {column}.",
  },
  "duplicate-column": {
    fi: "Kaksi saraketta tarkoittaa samaa ({column}); käytetään ensimmäistä.",
    sv: "Två kolumner betyder samma sak ({column}); den första används.",
    en: "Two columns have the same meaning ({column}); the first one is used.",
  },
  "missing-goal": {
    fi: "Rivillä on mittari tai tavoitetaso mutta ei tavoitetta.",
    sv: "Raden har mätare eller målnivå men inget mål.",
    en: "The row has a metric or target level but no goal.",
  },
  "missing-metric": {
    fi: "Tavoitteelta puuttuu mittari.",
    sv: "Målet saknar mätare.",
    en: "The goal has no metric.",
  },
  "missing-target": {
    fi: "Tavoitteelta puuttuu tavoitetaso.",
    sv: "Målet saknar målnivå.",
    en: "The goal has no target level.",
  },
  "missing-responsible": {
    fi: "Vastuutahoa ei ole merkitty (omaan sarakkeeseensa tai keinojen viimeiselle riville).",
    sv: "Ansvarig är inte angiven (i en egen kolumn eller på åtgärdernas sista rad).",
    en: "No responsible party is given (in its own column or on the last line of the means).",
  },
  "missing-responsible.table": {
    fi: "Taulukossa ei ole vastuutaho- eikä keinosaraketta: kenenkään vastuuta ei ole merkitty.",
    sv: "Tabellen har ingen kolumn för ansvarig eller åtgärder: inget ansvar är angivet.",
    en: "The table has no responsible or means column: no responsibility is recorded.",
  },
  "invalid-portfolio-flag": {
    fi: "Salkunhallintamerkinnän pitää olla K tai E, mutta solussa on ”{value}”.",
    sv: "Portföljmarkeringen ska vara J eller N, men cellen innehåller ”{value}”.",
    en: "The portfolio flag must be Y or N, but the cell holds “{value}”.",
  },
  "invalid-number": {
    fi: "Lukua ei voi lukea: ”{value}”.",
    sv: "Talet kan inte läsas: ”{value}”.",
    en: "The number cannot be read: “{value}”.",
  },
  "percent-out-of-range": {
    fi: "Prosenttiluku {value} on välin 0–200 % ulkopuolella.",
    sv: "Procenttalet {value} ligger utanför 0–200 %.",
    en: "The percentage {value} is outside 0–200 %.",
  },
  "qualitative-target": {
    fi: "Tavoitetasossa ei ole mitattavaa osaa; tila merkitään käsin.",
    sv: "Målnivån har ingen mätbar del; statusen sätts för hand.",
    en: "The target has no measurable part; the status stays manual.",
  },
  "no-actual": {
    fi: "Tavoite on mitattava, mutta toteumaa ei vielä ole.",
    sv: "Målet är mätbart men har inget utfall ännu.",
    en: "The target is measurable but has no actual yet.",
  },
  "no-actual.unreadable": {
    fi: "Toteumassa ei ole lukua, jota voisi verrata tavoitetasoon ({target}).",
    sv: "Utfallet har inget tal att jämföra med målnivån ({target}).",
    en: "The actual has no figure to compare with the target level ({target}).",
  },
  "no-actual.baseline": {
    fi: "Suuntatavoite tarvitsee lähtötason (edellisen vuoden toteuman) ja toteuman luvun.",
    sv: "Ett riktningsmål behöver ett utgångsläge (föregående års utfall) och ett utfall i siffror.",
    en: "A direction target needs a baseline (last year's actual) and a figure in the actual.",
  },
  "no-actual.units": {
    fi: "Toteumaa {actual} ei voi verrata lähtötasoon {baseline} ({baselineCell}): toinen on prosenttiosuus, toinen lukumäärä. Kirjoita molemmat samassa yksikössä; tilaa ei lasketa.",
    sv: "Utfallet {actual} kan inte jämföras med utgångsläget {baseline} ({baselineCell}): det ena är en procentandel, det andra ett antal. Skriv båda i samma enhet; ingen status beräknas.",
    en: "The actual {actual} cannot be compared with the baseline {baseline} ({baselineCell}): one is a percentage, the other a count. Write both in the same unit; no status is computed.",
  },
  "invalid-status": {
    fi: "Tilasolussa on ”{value}”, joka ei ole tilasana (Vihreä, Keltainen, Punainen tai –).",
    sv: "Statuscellen innehåller ”{value}”, som inte är ett statusord (Grön, Gul, Röd eller –).",
    en: "The status cell holds “{value}”, which is not a status word (Green, Yellow, Red or –).",
  },
  "status-mismatch": {
    fi: "Merkitty tila {typed} poikkeaa lasketusta tilasta {computed}: {reason}.",
    sv: "Den angivna statusen {typed} skiljer sig från den beräknade statusen {computed}: {reason}.",
    en: "The status entered, {typed}, differs from the computed status, {computed}: {reason}.",
  },
  "duplicate-goal": {
    fi: "Sama tavoite on taulukossa kahdesti (myös rivillä {other}).",
    sv: "Samma mål finns två gånger i tabellen (också på rad {other}).",
    en: "The same goal appears twice in the table (also on row {other}).",
  },
  "fill-rate-missing-month": {
    fi: "Täyttöasteesta puuttuu kuukausia: {months}. Jos kuukautta ei mitattu, kirjoita sen kohdalle ”ei mitattu”.",
    sv: "Fyllnadsgraden saknar månader: {months}. Om en månad inte mättes, skriv ”ej mätt” för den.",
    en: "Months are missing from the fill rate: {months}. If a month was not measured, write “not measured” for it.",
  },
  "fill-rate-zero-places": {
    fi: "Kuukaudella {month} on 0 paikkaa: täyttöastetta ei voi laskea.",
    sv: "Månaden {month} har 0 platser: fyllnadsgraden kan inte beräknas.",
    en: "Month {month} has 0 places: the fill rate cannot be computed.",
  },
  "share-sum": {
    fi: "Osuudet eivät ole yhteensä 100 % (nyt {sum} %).",
    sv: "Andelarna blir inte sammanlagt 100 % (nu {sum} %).",
    en: "The shares do not add up to 100 % (now {sum} %).",
  },
  "share-mismatch": {
    fi: "Ilmoitettu osuus {stated} % poikkeaa lukumääristä lasketusta {computed} %:sta.",
    sv: "Angiven andel {stated} % skiljer sig från {computed} % enligt antalen.",
    en: "The stated share {stated} % differs from the share computed from the counts, {computed} %.",
  },
  "budget-mismatch": {
    fi: "Netto {net} ei vastaa menojen ja tulojen erotusta {expected}.",
    sv: "Netto {net} motsvarar inte skillnaden mellan kostnader och intäkter, {expected}.",
    en: "Net {net} does not equal expenditure minus income, {expected}.",
  },
  "unread-row": {
    fi: "Riviä ei luettu tavoiteriviksi, koska sen tavoite-, mittari- ja tavoitetasosolut ovat tyhjiä. Rivillä on: ”{text}”. Siirrä teksti oikeisiin sarakkeisiin tai omaksi otsikkorivikseen.",
    sv: "Raden lästes inte som en målrad eftersom dess celler för mål, mätare och målnivå är tomma. Raden innehåller: ”{text}”. Flytta texten till rätt kolumner eller till en egen rubrikrad.",
    en: "The row was not read as a goal row because its goal, metric and target level cells are empty. The row holds: “{text}”. Move the text into the right columns or onto a title row of its own.",
  },
  "unread-row.value": {
    fi: "Riviä ei luettu tavoiteriviksi: siinä on vain lukuja (”{text}”) ilman tavoitetta, mittaria tai tavoitetasoa.",
    sv: "Raden lästes inte som en målrad: den har bara tal (”{text}”) utan mål, mätare eller målnivå.",
    en: "The row was not read as a goal row: it holds only figures (“{text}”), with no goal, metric or target level.",
  },
  "unread-row.budget": {
    fi: "Talousarvion riviä ”{text}” ei luettu: sen oikealla puolella ei ole lukua. Kirjoita summa samalle riville.",
    sv: "Budgetraden ”{text}” lästes inte: det finns inget tal till höger om den. Skriv beloppet på samma rad.",
    en: "The budget line “{text}” was not read: there is no figure to its right. Write the amount on the same row.",
  },
  "fill-rate-mismatch": {
    fi: "Kirjattu täyttöaste {stated} % poikkeaa paikoista ja lapsimääristä lasketusta {computed} %:sta.",
    sv: "Angiven fyllnadsgrad {stated} % skiljer sig från {computed} % enligt platser och barn.",
    en: "The fill rate entered, {stated} %, differs from the rate computed from places and children, {computed} %.",
  },
  "formula-error": {
    fi: "Solussa on kaavan virhearvo {value}, joten riville ei lasketa tilaa. Korjaa kaava.",
    sv: "Cellen har formelns felvärde {value}, så ingen status beräknas för raden. Rätta formeln.",
    en: "The cell holds the formula error {value}, so no status is computed for the row. Fix the formula.",
  },
  "ambiguous-actual": {
    fi: "Toteumassa on useita tavoitteeseen verrattavia lukuja ({figures}), eikä mikään sana (esim. toteutunut, yhteensä) merkitse toteumaa; tilaa ei lasketa niistä. Jätä soluun yksi luku tai merkitse toteuma.",
    sv: "Utfallet har flera tal som kan jämföras med målet ({figures}) och inget ord (t.ex. utfall, totalt) anger vilket som är utfallet; ingen status beräknas av dem. Lämna ett tal i cellen eller märk utfallet.",
    en: "The actual holds several figures to compare with the target ({figures}) and no word (such as total or achieved) marks the result; no status is computed from them. Leave one figure in the cell or mark the result.",
  },
  "ambiguous-actual.bound": {
    fi: "Toteuma ”{figures}” on raja tai vaihteluväli eikä yksi luku, joten siitä ei voi päätellä, täyttyykö tavoite; tilaa ei lasketa. Kirjoita toteutunut luku.",
    sv: "Utfallet ”{figures}” är en gräns eller ett intervall och inte ett tal, så det går inte att avgöra om målet uppfylls; ingen status beräknas. Skriv det faktiska talet.",
    en: "The actual “{figures}” is a bound or a range, not one figure, so whether the target is met cannot be told; no status is computed. Write the figure achieved.",
  },
  "ambiguous-actual.baseline": {
    fi: "Lähtötasossa on useita lukuja ({figures}), eikä mikään sana (esim. toteutunut, yhteensä) merkitse edellisen vuoden toteumaa; tilaa ei lasketa. Jätä soluun yksi luku tai merkitse toteuma.",
    sv: "Utgångsläget har flera tal ({figures}) och inget ord (t.ex. utfall, totalt) anger föregående års utfall; ingen status beräknas. Lämna ett tal i cellen eller märk utfallet.",
    en: "The baseline holds several figures ({figures}) and no word (such as total or achieved) marks last year's result; no status is computed. Leave one figure in the cell or mark the result.",
  },
  "progress-conflict": {
    fi: "Mitattu tila {computed} on ristiriidassa etenemisosuuksien kanssa ({progress}); mitattu tila pidetään.",
    sv: "Den uppmätta statusen {computed} strider mot framstegsandelarna ({progress}); den uppmätta statusen behålls.",
    en: "The measured status, {computed}, contradicts the progress shares ({progress}); the measured status is kept.",
  },
  "missing-baseline": {
    fi: "Suhteellinen tavoite ({target}) tarvitsee lähtötason, mutta taulukossa ei ole lähtötasoa (edellisen vuoden toteumaa); tilaa ei lasketa.",
    sv: "Ett relativt mål ({target}) behöver ett utgångsläge, men tabellen har inget (föregående års utfall); ingen status beräknas.",
    en: "A relative target ({target}) needs a baseline, but the table has none (last year's actual); no status is computed.",
  },
  "forecast-mismatch": {
    fi: "Kirjattu ennuste {typed} on laskennallisen ennusteen vaihteluvälin {low}–{high} ulkopuolella (kuukausien keskiarvo {value}); kirjattua ennustetta ei muuteta.",
    sv: "Den angivna prognosen {typed} ligger utanför den beräknade prognosens intervall {low}–{high} (månadernas medelvärde {value}); den angivna prognosen ändras inte.",
    en: "The forecast entered, {typed}, lies outside the computed projection's interval {low}–{high} (mean of the months {value}); the forecast entered is not changed.",
  },
  "forecast-mismatch.status": {
    fi: "Kirjattu ennuste {typed} antaa tilan {typedStatus}, mutta koko vuoteen suhteutettu ennuste {value} antaa tilan {status}; kirjattua ennustetta ei muuteta.",
    sv: "Den angivna prognosen {typed} ger statusen {typedStatus}, men prognosen i proportion till hela året, {value}, ger {status}; den angivna prognosen ändras inte.",
    en: "The forecast entered, {typed}, gives {typedStatus}, but the year-end projection, {value}, gives {status}; the forecast entered is not changed.",
  },
  "cell-too-long": {
    fi: "Solussa on {length} merkkiä; tarkistus lukee niistä vain {limit} ensimmäistä.",
    sv: "Cellen har {length} tecken; kontrollen läser bara de {limit} första.",
    en: "The cell holds {length} characters; the check reads only the first {limit}.",
  },
  ...CATALOGUE_MESSAGES,
  "fill-rate-mismatch.mean": {
    fi: "Kirjattu keskiarvo {stated} % poikkeaa kuukausien täyttöasteiden keskiarvosta {computed} %.",
    sv: "Det angivna medelvärdet {stated} % skiljer sig från medelvärdet av månadernas fyllnadsgrader, {computed} %.",
    en: "The mean entered, {stated} %, differs from the mean of the monthly fill rates, {computed} %.",
  },
};

export const COLUMN_NAMES: Record<"goal" | "metric" | "target", Record<Lang, string>> = {
  goal: { fi: "tavoite", sv: "mål", en: "goal" },
  metric: { fi: "mittari", sv: "mätare", en: "metric" },
  target: { fi: "tavoitetaso", sv: "målnivå", en: "target level" },
};

export const MONTH_LABELS: Record<Lang, string[]> = {
  fi: ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** Why a file cannot be read, for the unreadable-file message's {detail}. */
export const UNREADABLE_REASONS: Record<string, Record<Lang, string>> = {
  encrypted: {
    fi: "se on salattu tai vanha .xls-tiedosto (tallenna se .xlsx-muodossa ilman salasanaa)",
    sv: "den är krypterad eller en gammal .xls-fil (spara den som .xlsx utan lösenord)",
    en: "it is encrypted, or an old binary .xls (save it as .xlsx without a password)",
  },
  notZip: { fi: "se ei ole .xlsx-tiedosto", sv: "den är ingen .xlsx-fil", en: "it is not an .xlsx file" },
  damaged: { fi: "tiedosto on vioittunut", sv: "filen är skadad", en: "the file is damaged" },
  noWorkbook: { fi: "paketista puuttuu työkirja", sv: "paketet saknar arbetsbok", en: "the package holds no workbook" },
  unparsable: { fi: "työkirjaa ei voi jäsentää", sv: "arbetsboken kan inte tolkas", en: "the workbook cannot be parsed" },
  notFound: { fi: "tiedostoa ei löydy tai sitä ei voi avata", sv: "filen finns inte eller kan inte öppnas", en: "the file does not exist or cannot be opened" },
  notRegular: {
    fi: "se ei ole tavallinen tiedosto (vaan esimerkiksi kansio, laite tai putki)",
    sv: "den är ingen vanlig fil (utan till exempel en mapp, en enhet eller en pipe)",
    en: "it is not a regular file (it is, for example, a folder, a device or a pipe)",
  },
  tooLarge: { fi: "tiedosto on liian suuri (yli 100 Mt)", sv: "filen är för stor (över 100 MB)", en: "the file is too large (over 100 MB)" },
  unpacksTooLarge: {
    fi: "tiedosto purkautuu liian suureksi (yli 200 Mt tai yli 10 000 osaa), joten se voi olla vahingollinen",
    sv: "filen blir för stor när den packas upp (över 200 MB eller över 10 000 delar) och kan vara skadlig",
    en: "it unpacks to too large a size (over 200 MB or over 10,000 parts) and may be malicious",
  },
  tooManyCells: {
    fi: "työkirjassa on liian monta solua (yli 2 000 000, kun rivit sekä yhdistettyjen solujen, pudotusvalikoiden ja nimettyjen alueiden solut lasketaan) tai taulukossa on yli 2 000 yhdistettyä aluetta",
    sv: "arbetsboken har för många celler (över 2 000 000, när rader och cellerna i sammanfogade områden, listrutor och namngivna områden räknas) eller över 2 000 sammanfogade områden på ett blad",
    en: "the workbook has too many cells (over 2,000,000, counting rows and every cell of merged ranges, drop-down lists and named ranges) or over 2,000 merged ranges on one sheet",
  },
  missingSheet: {
    fi: "paketista puuttuu taulukko, johon työkirja viittaa (tiedosto on vioittunut)",
    sv: "paketet saknar ett blad som arbetsboken hänvisar till (filen är skadad)",
    en: "a sheet the workbook lists is missing from the package (the file is damaged)",
  },
  missingStrings: {
    fi: "solujen tekstejä puuttuu paketista (tiedosto on vioittunut)",
    sv: "cellernas texter saknas i paketet (filen är skadad)",
    en: "the texts its cells refer to are missing from the package (the file is damaged)",
  },
};

/** Names of the file parts the .xlsx writer drops (snapshot.unsupported). */
export const UNSUPPORTED_NAMES: Record<string, Record<Lang, string>> = {
  chart: { fi: "kaaviot", sv: "diagram", en: "charts" },
  chartsheet: { fi: "kaaviolehdet", sv: "diagramblad", en: "chart sheets" },
  image: { fi: "kuvat", sv: "bilder", en: "images" },
  drawing: { fi: "muodot", sv: "former", en: "shapes" },
  pivot: { fi: "pivot-taulukot", sv: "pivottabeller", en: "pivot tables" },
  macro: { fi: "makrot", sv: "makron", en: "macros" },
  customProperties: {
    fi: "mukautetut tiedoston ominaisuudet (myös luottamuksellisuusluokitukset)",
    sv: "anpassade dokumentegenskaper (även känslighetsetiketter)",
    en: "custom document properties (including sensitivity labels)",
  },
  sensitivityLabel: { fi: "luottamuksellisuusluokitus", sv: "känslighetsetikett", en: "sensitivity label" },
  sparkline: { fi: "sparkline-kaaviot", sv: "miniatyrdiagram", en: "sparklines" },
  extValidation: {
    fi: "toiseen taulukkoon viittaavat tietojen kelpoisuustarkistukset",
    sv: "dataverifieringar som hänvisar till ett annat blad",
    en: "data validations that refer to another sheet",
  },
  externalLink: { fi: "linkit muihin työkirjoihin", sv: "länkar till andra arbetsböcker", en: "links to other workbooks" },
  threadedComment: { fi: "ketjutetut kommentit (vastaukset)", sv: "trådade kommentarer (svar)", en: "threaded comments (replies)" },
};

/** Said when a refresh finds nothing to write: the workbook is left as it is, no copy is made. */
export const NOTHING_TO_CHANGE: Record<Lang, string> = {
  fi: "Ei muutettavaa, mitään ei kirjoitettu: {path}",
  sv: "Inget att ändra, inget skrevs: {path}",
  en: "Nothing to change, nothing was written: {path}",
};

/** Why an edit was not made (the package editor's EditRefused): what it could not keep, on which sheet. */
export const EDIT_REFUSED: Record<Lang, string> = {
  fi: "Muutosta ei tehty, jotta mitään ei katoaisi: taulukossa {sheet} on {feature}, joita rivin lisääminen ei voi siirtää mukana.",
  sv: "Ändringen gjordes inte, så att inget går förlorat: bladet {sheet} har {feature} som inte kan flyttas med när en rad infogas.",
  en: "The change was not made, so that nothing is lost: sheet {sheet} has {feature} that inserting a row cannot move along.",
};

/** Why a cell was not written: it holds the formula text that other cells share (EditRefused "sharedFormula" on a cell). */
export const SHARED_FORMULA_KEPT: Record<Lang, string> = {
  fi: "Mitään ei kirjoitettu: solussa {sheet}!{cell} on kaava, jota muut solut käyttävät jaettuna, eikä sitä korvata.",
  sv: "Inget skrevs: cellen {sheet}!{cell} har en formel som andra celler delar, och den skrivs inte över.",
  en: "Nothing was written: cell {sheet}!{cell} holds a formula that other cells share, and it is not overwritten.",
};

/** The features EDIT_REFUSED names. */
export const REFUSED_FEATURES: Record<string, Record<Lang, string>> = {
  table: { fi: "Excel-taulukoita", sv: "Excel-tabeller", en: "Excel tables" },
  drawing: { fi: "kuvia, muotoja tai kaavioita", sv: "bilder, former eller diagram", en: "pictures, shapes or charts" },
  chart: { fi: "kaavioiden lähdetietoja", sv: "källdata för diagram", en: "chart source data" },
  comments: { fi: "kommentteja", sv: "kommentarer", en: "comments" },
  pivot: { fi: "pivot-taulukoita", sv: "pivottabeller", en: "pivot tables" },
  formControl: { fi: "lomakeohjausobjekteja", sv: "formulärkontroller", en: "form controls" },
  controls: { fi: "lomakeohjausobjekteja", sv: "formulärkontroller", en: "form controls" },
  oleObjects: { fi: "upotettuja objekteja", sv: "inbäddade objekt", en: "embedded objects" },
  extension: {
    fi: "uudempien Excel-versioiden alueita (ehdollisia muotoiluja tai tarkistuksia)",
    sv: "områden från nyare Excel-versioner (villkorsstyrd formatering eller verifieringar)",
    en: "ranges from newer Excel versions (conditional formats or validations)",
  },
  sharedFormula: { fi: "jaettuja kaavoja", sv: "delade formler", en: "shared formulas" },
  arrayFormula: { fi: "matriisikaavoja", sv: "matrisformler", en: "array formulas" },
};

const PARTS = new Map<string, string[]>();

/** Fills {name} parameters; a template is split once and kept (odd parts are names). */
export function render(template: string, params: Record<string, string | number>): string {
  let parts = PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    PARTS.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in params ? String(params[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}

export function message(id: MessageId, lang: Lang, params: Record<string, string | number> = {}): string {
  return render(MESSAGES[id][lang], params);
}
