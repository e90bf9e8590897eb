// Per-workbook settings: read from a sheet named Asetukset / Inställningar / Settings holding
// label–value rows. Every status band and the fill-rate coefficients can be changed there.
import type { Lang } from "./i18n/lang";

export interface Settings {
  fullTimeCoefficient: number;
  partTimeCoefficient: number;
  /** Yellow band of a percent target, in percentage points. */
  percentYellowPp: number;
  /** Yellow band of a count or score target, as a share of the target (0.9 = 90 %). */
  countYellowFactor: number;
  splitGreenPp: number;
  splitYellowPp: number;
  /** A change within this many per cent of the baseline counts as unchanged. */
  directionTolerancePct: number;
  /** Purchased services (ostopalvelu) count as private production. */
  purchasedIsPrivate: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  fullTimeCoefficient: 1,
  partTimeCoefficient: 0.5,
  percentYellowPp: 2,
  countYellowFactor: 0.9,
  splitGreenPp: 1,
  splitYellowPp: 3,
  directionTolerancePct: 1,
  purchasedIsPrivate: true,
};

export const SETTINGS_SHEET_NAMES: Record<Lang, string> = { fi: "Asetukset", sv: "Inställningar", en: "Settings" };

/** The label of each setting on the settings sheet, per language. */
export const SETTING_LABELS: Record<keyof Settings, Record<Lang, string>> = {
  fullTimeCoefficient: { fi: "Kokopäiväkerroin", sv: "Heltidskoefficient", en: "Full-time coefficient" },
  partTimeCoefficient: { fi: "Osapäiväkerroin", sv: "Deltidskoefficient", en: "Part-time coefficient" },
  percentYellowPp: {
    fi: "Keltainen raja, prosenttiyksikköä",
    sv: "Gul gräns, procentenheter",
    en: "Yellow band, percentage points",
  },
  countYellowFactor: {
    fi: "Keltainen raja, osuus tavoitteesta",
    sv: "Gul gräns, andel av målet",
    en: "Yellow band, share of target",
  },
  splitGreenPp: {
    fi: "Tuotantojakauma vihreä, prosenttiyksikköä",
    sv: "Produktionsfördelning grön, procentenheter",
    en: "Production split green, percentage points",
  },
  splitYellowPp: {
    fi: "Tuotantojakauma keltainen, prosenttiyksikköä",
    sv: "Produktionsfördelning gul, procentenheter",
    en: "Production split yellow, percentage points",
  },
  directionTolerancePct: {
    fi: "Muuttumattoman raja, prosenttia lähtötasosta",
    sv: "Gräns för oförändrad, procent av utgångsläget",
    en: "Unchanged band, per cent of baseline",
  },
  purchasedIsPrivate: {
    fi: "Ostopalvelu on yksityistä tuotantoa (K/E)",
    sv: "Köpta tjänster är privat produktion (J/N)",
    en: "Purchased services are private production (Y/N)",
  },
};

/**
 * Labels earlier versions wrote on the settings sheet, with symbols in them; workbooks made then
 * still carry them, so the reader keeps accepting them.
 */
export const LEGACY_SETTING_LABELS: Partial<Record<keyof Settings, readonly string[]>> = {
  percentYellowPp: ["Keltainen raja, %-yksikköä"],
  splitGreenPp: ["Tuotantojakauma vihreä, %-yksikköä"],
  splitYellowPp: ["Tuotantojakauma keltainen, %-yksikköä"],
  directionTolerancePct: ["Muuttumaton, ± % lähtötasosta", "Oförändrad, ± % av utgångsläget", "Unchanged, ± % of baseline"],
};
