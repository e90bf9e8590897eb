// What the command line says, in Finnish, Swedish and English.
import type { Lang } from "../domain/i18n/lang";

export const CLI_TEXT = {
  severity: {
    error: { fi: "virhe", sv: "fel", en: "error" },
    warning: { fi: "varoitus", sv: "varning", en: "warning" },
    info: { fi: "huomautus", sv: "upplysning", en: "note" },
  },
  columns: {
    severity: { fi: "vakavuus", sv: "allvarlighet", en: "severity" },
    code: { fi: "koodi", sv: "kod", en: "code" },
    cell: { fi: "solu", sv: "cell", en: "cell" },
    message: { fi: "viesti", sv: "meddelande", en: "message" },
    file: { fi: "tiedosto", sv: "fil", en: "file" },
    goals: { fi: "tavoiterivejä", sv: "målrader", en: "goal rows" },
    green: { fi: "vihreä", sv: "grön", en: "green" },
    yellow: { fi: "keltainen", sv: "gul", en: "yellow" },
    red: { fi: "punainen", sv: "röd", en: "red" },
    none: { fi: "ei tilaa", sv: "ingen", en: "none" },
    errors: { fi: "virheitä", sv: "fel", en: "errors" },
    warnings: { fi: "varoituksia", sv: "varningar", en: "warnings" },
    copy: { fi: "päivitetty kopio", sv: "uppdaterad kopia", en: "refreshed copy" },
  },
  noIssues: { fi: "Ei huomautettavaa.", sv: "Inget att anmärka.", en: "Nothing to report." },
  checking: { fi: "Tarkistetaan", sv: "Kontrollerar", en: "Checking" },
  written: { fi: "Kirjoitettu: {path}", sv: "Skrivet: {path}", en: "Written: {path}" },
  backup: { fi: "Varmuuskopio: {path}", sv: "Säkerhetskopia: {path}", en: "Backup: {path}" },
  fillRate: { fi: "Täyttöaste (keskiarvo): {value} %", sv: "Fyllnadsgrad (medeltal): {value} %", en: "Fill rate (mean): {value} %" },
  production: {
    fi: "Tuotanto: oma {own} ({ownShare} %), yksityinen {private} ({privateShare} %)",
    sv: "Produktion: egen {own} ({ownShare} %), privat {private} ({privateShare} %)",
    en: "Production: own {own} ({ownShare} %), private {private} ({privateShare} %)",
  },
  demoTitle: {
    fi: "Sopimus-demo: näytetyökirjat tarkistetaan ja liikennevalot päivitetään kopioihin.",
    sv: "Sopimus-demo: exempelarbetsböckerna kontrolleras och trafikljusen uppdateras i kopior.",
    en: "Sopimus demo: the sample workbooks are checked and their traffic lights refreshed into copies.",
  },
  demoSummary: { fi: "Yhteenveto", sv: "Sammanfattning", en: "Summary" },
  demoPane: {
    fi: "Sama tehtäväruutu selaimessa: npm run dev-server, avaa https://localhost:3000/index.html ja valitse jokin näistä tiedostoista.",
    sv: "Samma aktivitetsfönster i webbläsaren: npm run dev-server, öppna https://localhost:3000/index.html och välj en av filerna.",
    en: "The same task pane in a browser: npm run dev-server, open https://localhost:3000/index.html and choose one of these files.",
  },
  refusedInPlace: {
    fi: "Ei korvata alkuperäistä: tiedostossa on osia, jotka kirjoitetusta kopiosta puuttuisivat ({parts}). Kirjoita kopioon: -o uusi.xlsx",
    sv: "Originalet ersätts inte: filen har delar som skulle saknas i kopian ({parts}). Skriv till en kopia: -o ny.xlsx",
    en: "Not replacing the original: it holds parts the written copy would lack ({parts}). Write a copy instead: -o new.xlsx",
  },
  sameOutput: {
    fi: "Tuloste on sama tiedosto kuin syöte. Käytä --in-place, jos haluat korvata sen (varmuuskopio tehdään ensin).",
    sv: "Utdata är samma fil som indata. Använd --in-place för att ersätta den (en säkerhetskopia görs först).",
    en: "The output is the input file. Use --in-place to replace it (a backup is written first).",
  },
  exists: {
    fi: "Tiedosto on jo olemassa: {path}. Valitse toinen nimi tai lisää --force.",
    sv: "Filen finns redan: {path}. Välj ett annat namn eller lägg till --force.",
    en: "The file already exists: {path}. Choose another name or add --force.",
  },
  writeFailed: {
    fi: "Kirjoitus epäonnistui, mitään ei kirjoitettu: {path} ({detail})",
    sv: "Skrivningen misslyckades, inget skrevs: {path} ({detail})",
    en: "Writing failed, nothing was written: {path} ({detail})",
  },
  changed: {
    fi: "Tiedostoa on muutettu sen lukemisen jälkeen, joten mitään ei kirjoitettu: {path}. Tallenna ja sulje tiedosto ja aja päivitys uudelleen.",
    sv: "Filen har ändrats efter att den lästes, så inget skrevs: {path}. Spara och stäng filen och kör uppdateringen igen.",
    en: "The file changed on disk after it was read, so nothing was written: {path}. Save and close it, then run the refresh again.",
  },
  backupKept: { fi: "Varmuuskopio on jo tallessa: {path}", sv: "Säkerhetskopian finns redan: {path}", en: "The backup already exists: {path}" },
  notWritten: {
    fi: "Ei muutettavaa tiedostossa {path}, joten tiedostoa {output} ei kirjoitettu.",
    sv: "Inget att ändra i {path}, så {output} skrevs inte.",
    en: "Nothing to change in {path}, so {output} was not written.",
  },
  errorsRemain: { fi: "Työkirjassa on edelleen {errors}.", sv: "Arbetsboken har fortfarande {errors}.", en: "The workbook still has {errors}." },
  outputIsInput: {
    fi: "Ei kirjoiteta tiedoston {path} päälle: se on myös luettava tiedosto. Valitse toinen tulostekansio.",
    sv: "Skriver inte över {path}: den är också en fil som ska läsas. Välj en annan utdatamapp.",
    en: "Not writing over {path}: it is also an input. Choose another output folder.",
  },
  outDirFailed: {
    fi: "Tulostekansiota ei voi käyttää: {path} ({detail})",
    sv: "Utdatamappen kan inte användas: {path} ({detail})",
    en: "The output folder cannot be used: {path} ({detail})",
  },
  notXlsx: { fi: "Tuloksen on oltava .xlsx-tiedosto: {path}", sv: "Utdata måste vara en .xlsx-fil: {path}", en: "The output must be an .xlsx file: {path}" },
  inPlaceNotXlsx: {
    fi: "--in-place korvaa vain .xlsx-tiedostoja: {path}. Kirjoita kopioon: -o uusi.xlsx",
    sv: "--in-place ersätter bara .xlsx-filer: {path}. Skriv till en kopia: -o ny.xlsx",
    en: "--in-place replaces .xlsx files only: {path}. Write a copy instead: -o new.xlsx",
  },
  notAFile: { fi: "Kohde ei ole tiedosto: {path}", sv: "Målet är ingen fil: {path}", en: "The target is not a file: {path}" },
  /** Why a write failed, by the file system's error code. */
  errno: {
    ENOSPC: { fi: "levy on täynnä", sv: "disken är full", en: "the disk is full" },
    EDQUOT: { fi: "levytilakiintiö on käytetty", sv: "diskkvoten är slut", en: "the disk quota is used up" },
    EACCES: { fi: "ei kirjoitusoikeutta", sv: "skrivbehörighet saknas", en: "no permission to write" },
    EPERM: { fi: "ei kirjoitusoikeutta", sv: "skrivbehörighet saknas", en: "no permission to write" },
    EROFS: { fi: "levy on vain luettava", sv: "disken är skrivskyddad", en: "the disk is read-only" },
    ENOENT: { fi: "kansiota ei ole", sv: "mappen finns inte", en: "the folder does not exist" },
    ENOTDIR: { fi: "polussa on tiedosto kansion paikalla", sv: "sökvägen har en fil i stället för en mapp", en: "a file stands where the path needs a folder" },
    EEXIST: { fi: "samanniminen tiedosto on jo olemassa", sv: "en fil med samma namn finns redan", en: "a file of that name already exists" },
    EISDIR: { fi: "kohde on kansio", sv: "målet är en mapp", en: "the target is a folder" },
    other: { fi: "tiedostojärjestelmän virhe {code}", sv: "filsystemsfel {code}", en: "file system error {code}" },
  },
  noFiles: { fi: "Ei .xlsx-tiedostoja: {path}", sv: "Inga .xlsx-filer: {path}", en: "No .xlsx files: {path}" },
} satisfies Record<string, unknown>;

export type Texts = Record<Lang, string>;
