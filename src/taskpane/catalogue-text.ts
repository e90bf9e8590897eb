// What the Insert view says about the organisation's goal library, in Finnish, Swedish and English.
import type { Lang } from "../domain/i18n/lang";
import { render } from "../domain/i18n/messages";

const TEXT = {
  libraryTitle: { fi: "Organisaation tavoitekirjasto", sv: "Organisationens målbibliotek", en: "The organisation's goal library" },
  fromWorkbook: {
    fi: "Käytössä on tämän työkirjan välilehti {sheet}: {count}.",
    sv: "Bladet {sheet} i den här arbetsboken används: {count}.",
    en: "Using this workbook's sheet {sheet}: {count}.",
  },
  fromFile: { fi: "Käytössä on {name}: {count}.", sv: "{name} används: {count}.", en: "Using {name}: {count}." },
  savedInWorkbook: {
    fi: "Valinta on tallennettu tähän työkirjaan.",
    sv: "Valet är sparat i den här arbetsboken.",
    en: "The choice is saved in this workbook.",
  },
  savedInBrowser: {
    fi: "Valinta muistetaan tässä selaimessa.",
    sv: "Valet sparas i den här webbläsaren.",
    en: "The choice is remembered in this browser.",
  },
  none: {
    fi: "Käytössä ovat vain valmiit vakiotavoitteet. Organisaation omat tavoitteet luetaan työkirjasta, jossa on välilehti Tavoitekirjasto.",
    sv: "Bara de inbyggda standardmålen används. Organisationens egna mål läses från en arbetsbok med bladet Målbibliotek.",
    en: "Only the built-in standard goals are in use. The organisation's own goals are read from a workbook with a sheet named Goal library.",
  },
  pick: { fi: "Valitse tavoitekirjasto", sv: "Välj målbibliotek", en: "Choose a goal library" },
  pickOther: { fi: "Valitse toinen kirjasto", sv: "Välj ett annat bibliotek", en: "Choose another library" },
  forget: { fi: "Unohda kirjasto", sv: "Glöm biblioteket", en: "Forget the library" },
  notUsed: {
    fi: "Muistettua kirjastoa {name} ei käytetä, koska tässä työkirjassa on oma tavoitekirjasto.",
    sv: "Det sparade biblioteket {name} används inte, eftersom arbetsboken har ett eget målbibliotek.",
    en: "The remembered library {name} is not used: this workbook has a goal library of its own.",
  },
  noSheet: {
    fi: "Työkirjassa {name} ei ole välilehteä Tavoitekirjasto (ruotsiksi Målbibliotek, englanniksi Goal library), joten sitä ei otettu käyttöön.",
    sv: "Arbetsboken {name} har inget blad som heter Målbibliotek (på finska Tavoitekirjasto, på engelska Goal library), så den togs inte i bruk.",
    en: "The workbook {name} has no sheet named Goal library (Tavoitekirjasto in Finnish, Målbibliotek in Swedish), so it was not taken into use.",
  },
  unreadable: { fi: "Tiedostoa {name} ei voi lukea: {reason}.", sv: "Filen {name} kan inte läsas: {reason}.", en: "The file {name} cannot be read: {reason}." },
  notSaved: {
    fi: "Valintaa ei voitu tallentaa, joten kirjasto on käytössä vain, kunnes ruutu suljetaan.",
    sv: "Valet kunde inte sparas, så biblioteket används bara tills fönstret stängs.",
    en: "The choice could not be saved, so the library is used only until the pane is closed.",
  },
  tooLarge: {
    fi: "Kirjasto {name} on liian suuri muistettavaksi, joten se on käytössä vain, kunnes ruutu suljetaan.",
    sv: "Biblioteket {name} är för stort för att sparas, så det används bara tills fönstret stängs.",
    en: "The library {name} is too large to remember, so it is used only until the pane is closed.",
  },
  problems: { fi: "Huomautukset tavoitekirjastosta", sv: "Anmärkningar om målbiblioteket", en: "Notes on the goal library" },
  own: { fi: "oma", sv: "egen", en: "own" },
} satisfies Record<string, Record<Lang, string>>;

export type CatalogueTextKey = keyof typeof TEXT;

export function ct(key: CatalogueTextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return render(TEXT[key][lang], params);
}

/** "1 tavoite", "3 tavoitetta"; "1 mål", "3 mål"; "1 goal", "3 goals". */
export function goalCount(n: number, lang: Lang): string {
  const forms = { fi: ["tavoite", "tavoitetta"], sv: ["mål", "mål"], en: ["goal", "goals"] }[lang];
  return `${n} ${n === 1 ? forms[0] : forms[1]}`;
}
