// Mistakes in how the command line was called: one line that says the one thing wrong, in the
// reader's language, and where the help is. Never the whole usage text, never Node's parser text.
import type { Lang } from "../domain/i18n/lang";
import { say } from "./visible";

export const USAGE_TEXT = {
  noCommand: { fi: "komento puuttuu", sv: "kommando saknas", en: "no command given" },
  unknownCommand: { fi: "tuntematon komento ”{name}”", sv: "okänt kommando ”{name}”", en: "unknown command “{name}”" },
  unknownOption: { fi: "tuntematon valitsin {name}", sv: "okänd flagga {name}", en: "unknown option {name}" },
  optionNotFor: {
    fi: "komento {command} ei käytä valitsinta {name}",
    sv: "kommandot {command} har ingen flagga {name}",
    en: "the command {command} takes no option {name}",
  },
  missingValue: { fi: "valitsin {name} tarvitsee arvon", sv: "flaggan {name} behöver ett värde", en: "the option {name} needs a value" },
  noValue: { fi: "valitsin {name} ei ota arvoa", sv: "flaggan {name} tar inget värde", en: "the option {name} takes no value" },
  badArgs: { fi: "argumentteja ei voi tulkita", sv: "argumenten kan inte tolkas", en: "the arguments cannot be read" },
  badLang: {
    fi: "--lang on fi, sv tai en, ei ”{value}”",
    sv: "--lang ska vara fi, sv eller en, inte ”{value}”",
    en: "--lang must be fi, sv or en, not “{value}”",
  },
  extraArgument: { fi: "ylimääräinen argumentti ”{value}”", sv: "överflödigt argument ”{value}”", en: "unexpected argument “{value}”" },
  validateNeedsFile: {
    fi: "anna vähintään yksi tiedosto tai kansio",
    sv: "ange minst en fil eller mapp",
    en: "give at least one file or folder",
  },
  refreshNeedsInput: { fi: "anna päivitettävä tiedosto", sv: "ange filen som ska uppdateras", en: "give the file to refresh" },
  refreshNeedsMode: {
    fi: "anna -o <ulos.xlsx>, --out-dir <kansio> tai --in-place",
    sv: "ange -o <ut.xlsx>, --out-dir <mapp> eller --in-place",
    en: "give -o <out.xlsx>, --out-dir <folder> or --in-place",
  },
  refreshOneMode: {
    fi: "anna vain yksi valitsimista -o, --out-dir ja --in-place",
    sv: "ange bara en av flaggorna -o, --out-dir och --in-place",
    en: "give only one of -o, --out-dir and --in-place",
  },
  oneInputForOutput: {
    fi: "-o ottaa yhden syötteen; useammalle tiedostolle käytä --out-dir <kansio>",
    sv: "-o tar en indatafil; för flera filer använd --out-dir <mapp>",
    en: "-o takes one input file; for several use --out-dir <folder>",
  },
  newNeedsOutput: {
    fi: "anna luotavan tiedoston nimi, esimerkiksi sopimus new uusi.xlsx",
    sv: "ange namnet på filen som ska skapas, till exempel sopimus new ny.xlsx",
    en: "give the name of the file to write, for example sopimus new new.xlsx",
  },
  unknownTemplate: {
    fi: "tuntematon mallipohja ”{name}” (mallipohjat: {list})",
    sv: "okänd mall ”{name}” (mallar: {list})",
    en: "unknown template “{name}” (templates: {list})",
  },
  badYear: {
    fi: "--year on vuosiluku väliltä 2000–2100, ei ”{value}”",
    sv: "--year ska vara ett årtal mellan 2000 och 2100, inte ”{value}”",
    en: "--year must be a year from 2000 to 2100, not “{value}”",
  },
  seeHelp: { fi: "Ohje: {help}", sv: "Hjälp: {help}", en: "See {help}" },
} satisfies Record<string, Record<Lang, string>>;

export type UsageKey = keyof typeof USAGE_TEXT;

/**
 * A mistake in the call: the text is already in the reader's language. `command` names the
 * command whose help to point to (none: the tool's); `hint` false for a mistake the help would
 * not explain (a folder with no workbooks).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
    readonly hint = true,
  ) {
    super(message);
  }
}

/** A usage error from one of the texts above. */
export function usageError(key: UsageKey, lang: Lang, params: Record<string, string> = {}, command?: string): UsageError {
  return new UsageError(say(USAGE_TEXT[key][lang], params), command);
}

/** The one line printed for a usage error. */
export function usageLine(e: UsageError, lang: Lang): string {
  const text = e.message.replace(/\.$/, "");
  if (!e.hint) return `sopimus: ${text}\n`;
  const help = e.command ? `sopimus ${e.command} --help` : "sopimus --help";
  return `sopimus: ${text}. ${say(USAGE_TEXT.seeHelp[lang], { help })}\n`;
}
