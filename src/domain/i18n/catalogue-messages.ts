// Messages of the organisation's goal library (Tavoitekirjasto / Målbibliotek / Goal library), in
// Finnish, Swedish and English; merged into MESSAGES. {name} marks a parameter.
import type { Lang } from "./lang";

type CatalogueMessageId =
  | "catalogue-no-header"
  | "catalogue-no-header.sheet"
  | "catalogue-missing-text"
  | "catalogue-unknown-link"
  | "catalogue-unknown-template"
  | "catalogue-duplicate"
  | "catalogue-fallback"
  | "catalogue-fallback.sheet"
  | "catalogue-replaces";

export const CATALOGUE_MESSAGES: Record<CatalogueMessageId, Record<Lang, string>> = {
  "catalogue-no-header": {
    fi: "Tavoitekirjastosta ei löydy otsikkoriviä, jossa on sarakkeet Tavoite, Mittari ja Tavoitetaso, joten sen rivejä ei lueta.",
    sv: "Målbiblioteket har ingen rubrikrad med kolumnerna Mål, Mätare och Målnivå, så dess rader läses inte.",
    en: "The goal library has no header row with the columns Goal, Metric and Target, so none of its rows are read.",
  },
  "catalogue-no-header.sheet": {
    fi: "Työkirjassa ei ole välilehteä Tavoitekirjasto (ruotsiksi Målbibliotek, englanniksi Goal library), joten siitä ei lueta organisaation vakiotavoitteita.",
    sv: "Arbetsboken har inget blad som heter Målbibliotek (på finska Tavoitekirjasto, på engelska Goal library), så inga egna standardmål läses från den.",
    en: "The workbook has no sheet named Goal library (Tavoitekirjasto in Finnish, Målbibliotek in Swedish), so no standard goals of the organisation are read from it.",
  },
  "catalogue-missing-text": {
    fi: "Riviltä puuttuu {columns}, joten sitä ei oteta kirjastoon.",
    sv: "Raden saknar {columns}, så den tas inte med i biblioteket.",
    en: "The row has no {columns}, so it is left out of the library.",
  },
  "catalogue-unknown-link": {
    fi: "Linkkiä ”{value}” ei tunneta, joten riviä ei oteta kirjastoon. Kirjoita soluun täyttöaste tai tuotanto, tai jätä se tyhjäksi.",
    sv: "Länken ”{value}” är okänd, så raden tas inte med i biblioteket. Skriv fyllnadsgrad eller produktion i cellen, eller lämna den tom.",
    en: "The link “{value}” is unknown, so the row is left out of the library. Write fill rate or production in the cell, or leave it empty.",
  },
  "catalogue-unknown-template": {
    fi: "Sopimuspohjaa ”{value}” ei ole, joten riviä ei oteta kirjastoon. Pohjat ovat {names}; kaikki tarkoittaa jokaista pohjaa.",
    sv: "Det finns ingen avtalsmall ”{value}”, så raden tas inte med i biblioteket. Mallarna är {names}; alla betyder varje mall.",
    en: "There is no template “{value}”, so the row is left out of the library. The templates are {names}; all means every template.",
  },
  "catalogue-duplicate": {
    fi: "Rivillä {other} on jo sama tavoite tai tunnus, joten tätä riviä ei oteta kirjastoon.",
    sv: "Rad {other} har redan samma mål eller kod, så den här raden tas inte med i biblioteket.",
    en: "Row {other} already has the same goal or id, so this row is left out of the library.",
  },
  "catalogue-fallback": {
    fi: "Rivillä ei ole käännöstä ({langs}); tilalla näytetään {from} teksti.",
    sv: "Raden saknar översättning ({langs}); i stället visas den {from} texten.",
    en: "The row has no translation ({langs}); the {from} text is shown instead.",
  },
  "catalogue-fallback.sheet": {
    fi: "Kirjastossa ei ole käännössarakkeita ({langs}); tilalla näytetään {from} teksti.",
    sv: "Biblioteket har inga kolumner för översättningar ({langs}); i stället visas den {from} texten.",
    en: "The library has no translation columns ({langs}); the {from} text is shown instead.",
  },
  "catalogue-replaces": {
    fi: "Rivi korvaa valmiin vakiotavoitteen ”{goal}”.",
    sv: "Raden ersätter det inbyggda standardmålet ”{goal}”.",
    en: "The row replaces the built-in standard goal “{goal}”.",
  },
};

/** A language's name as a translation list names it: "ruotsi, englanti". */
export const LANG_NAMES: Record<Lang, Record<Lang, string>> = {
  fi: { fi: "suomi", sv: "ruotsi", en: "englanti" },
  sv: { fi: "finska", sv: "svenska", en: "engelska" },
  en: { fi: "Finnish", sv: "Swedish", en: "English" },
};

/** A language as the fallback message names the text shown: "suomenkielinen", "den finska", "the Finnish". */
export const LANG_TEXT_NAMES: Record<Lang, Record<Lang, string>> = {
  fi: { fi: "suomenkielinen", sv: "ruotsinkielinen", en: "englanninkielinen" },
  sv: { fi: "finska", sv: "svenska", en: "engelska" },
  en: { fi: "Finnish", sv: "Swedish", en: "English" },
};

/** "a, b ja c" in each language. */
export function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = { fi: "ja", sv: "och", en: "and" }[lang];
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
