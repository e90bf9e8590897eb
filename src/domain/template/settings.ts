// The settings sheet a template writes (Asetukset / Inställningar / Settings): a title, a note on
// what the sheet is for, column headers, and one row per setting the template needs with a note
// saying what it changes. settings-sheet.ts reads it back (label in column A, value in B).
import type { Lang } from "../i18n/lang";
import { DEFAULT_SETTINGS, SETTING_LABELS, SETTINGS_SHEET_NAMES, type Settings } from "../settings";
import { printable } from "./layout";
import { putRow, type SpecSheet } from "./spec";

const FLAGS: Record<Lang, [string, string]> = { fi: ["K", "E"], sv: ["J", "N"], en: ["Y", "N"] };

const TEXT = {
  title: { fi: "Sopimus-lisäosan asetukset", sv: "Inställningar för tillägget Sopimus", en: "Settings of the Sopimus add-in" },
  note: {
    fi: "Lisäosa laskee näillä arvoilla liikennevalot ja tunnusluvut. Muuta arvoa sarakkeessa Arvo tarvittaessa; poistettu arvo tarkoittaa oletusarvoa.",
    sv: "Tillägget beräknar trafikljusen och nyckeltalen med dessa värden. Ändra ett värde i kolumnen Värde vid behov; ett borttaget värde betyder standardvärdet.",
    en: "The add-in computes the traffic lights and figures with these values. Change a value in the Value column as needed; a value removed means the default.",
  },
  headers: { fi: ["Asetus", "Arvo", "Selite"], sv: ["Inställning", "Värde", "Förklaring"], en: ["Setting", "Value", "Explanation"] },
} as const;

/** What each setting changes, said for the person who edits it. */
export const SETTING_NOTES: Record<keyof Settings, Record<Lang, string>> = {
  fullTimeCoefficient: {
    fi: "Kokopäiväisen lapsen paino täyttöasteessa.",
    sv: "Vikten för ett barn på heltid i fyllnadsgraden.",
    en: "The weight of a full-time child in the fill rate.",
  },
  partTimeCoefficient: {
    fi: "Osapäiväisen lapsen paino täyttöasteessa, esimerkiksi 0,5 tai 0,54.",
    sv: "Vikten för ett barn på deltid i fyllnadsgraden, till exempel 0,5 eller 0,54.",
    en: "The weight of a part-time child in the fill rate, for example 0.5 or 0.54.",
  },
  percentYellowPp: {
    fi: "Prosenttitavoite on keltainen, kun toteuma jää tavoitteesta enintään näin monta prosenttiyksikköä.",
    sv: "Ett procentmål är gult när utfallet ligger högst så här många procentenheter under målet.",
    en: "A percentage target is yellow when the actual falls short by at most this many percentage points.",
  },
  countYellowFactor: {
    fi: "Määrä- tai pistetavoite on keltainen, kun toteuma on vähintään tämä osuus tavoitteesta.",
    sv: "Ett mål i antal eller poäng är gult när utfallet är minst denna andel av målet.",
    en: "A count or score target is yellow when the actual is at least this share of the target.",
  },
  splitGreenPp: {
    fi: "Tuotantojakauma on vihreä, kun yksityisen tuotannon osuus poikkeaa tavoitteesta enintään näin paljon.",
    sv: "Produktionsfördelningen är grön när den privata andelen avviker högst så här mycket från målet.",
    en: "The production split is green when the private share is at most this far from its target.",
  },
  splitYellowPp: {
    fi: "Tuotantojakauma on keltainen, kun poikkeama on enintään näin suuri.",
    sv: "Produktionsfördelningen är gul när avvikelsen är högst så här stor.",
    en: "The production split is yellow when it is at most this far off.",
  },
  directionTolerancePct: {
    fi: "Kasvu- tai vähenemistavoitteessa näin pieni muutos lähtötasosta lasketaan muuttumattomaksi.",
    sv: "I ett mål om ökning eller minskning räknas så här liten förändring från utgångsläget som oförändrad.",
    en: "In a target to grow or shrink, a change this small from the baseline counts as unchanged.",
  },
  purchasedIsPrivate: {
    fi: "K: ostopalvelu lasketaan yksityiseksi tuotannoksi, E: omaksi tuotannoksi.",
    sv: "J: köpta tjänster räknas som privat produktion, N: som egen produktion.",
    en: "Y: purchased services count as private production, N: as own production.",
  },
};

/** Settings every goal table uses; the early-childhood ones only where there is fill rate and production. */
export const COMMON_SETTINGS: ReadonlyArray<keyof Settings> = ["percentYellowPp", "countYellowFactor", "directionTolerancePct"];
export const ALL_SETTINGS = Object.keys(SETTING_LABELS) as Array<keyof Settings>;

export const SETTINGS_FIRST_ROW = 5;

export function settingsSheet(
  lang: Lang,
  settings: Settings = DEFAULT_SETTINGS,
  keys: ReadonlyArray<keyof Settings> = ALL_SETTINGS,
  header?: string,
): SpecSheet {
  const s: SpecSheet = { name: SETTINGS_SHEET_NAMES[lang], cells: [], widths: [44, 10, 70], merges: ["A2:C2"], freezeRow: SETTINGS_FIRST_ROW - 1 };
  putRow(s, 1, [{ value: TEXT.title[lang], bold: true, size: 14 }]);
  putRow(s, 2, [{ value: TEXT.note[lang], wrap: true, italic: true }]);
  putRow(
    s,
    SETTINGS_FIRST_ROW - 1,
    TEXT.headers[lang].map((value) => ({ value, bold: true, fill: "D9E1F2", border: true })),
  );
  keys.forEach((key, i) => {
    const v = settings[key];
    const value = typeof v === "boolean" ? FLAGS[lang][v ? 0 : 1] : v;
    putRow(s, SETTINGS_FIRST_ROW + i, [
      { value: SETTING_LABELS[key][lang], border: true, wrap: true },
      // The yellow share is shown as a percentage (90 %); the reader takes it back as 0.9.
      { value, border: true, align: "right", ...(key === "countYellowFactor" ? { numFmt: "0 %" } : {}) },
      { value: SETTING_NOTES[key][lang], border: true, wrap: true },
    ]);
  });
  return printable(s, { lang, header: header ?? TEXT.title[lang], repeatRows: [SETTINGS_FIRST_ROW - 1, SETTINGS_FIRST_ROW - 1] });
}
