// What the command line says, in Finnish, Swedish and English.
import type { Lang } from "../domain/i18n/lang";

export const CLI_TEXT = {
  severity: {
    error: { fi: "virhe", sv: "fel", en: "error" },
    warning: { fi: "varoitus", sv: "varning", en: "warning" },
    info: { fi: "huomautus", sv: "info", en: "info" },
  },
  columns: {
    severity: { fi: "vakavuus", sv: "allvarlighet", en: "severity" },
    code: { fi: "koodi", sv: "kod", en: "code" },
    cell: { fi: "solu", sv: "cell", en: "cell" },
    message: { fi: "viesti", sv: "meddelande", en: "message" },
    file: { fi: "tiedosto", sv: "fil", en: "file" },
    goals: { fi: "tavoitteita", sv: "mål", en: "goals" },
    green: { fi: "vihreä", sv: "grön", en: "green" },
    yellow: { fi: "keltainen", sv: "gul", en: "yellow" },
    red: { fi: "punainen", sv: "röd", en: "red" },
    none: { fi: "ei tilaa", sv: "ingen", en: "none" },
    errors: { fi: "virheitä", sv: "fel", en: "errors" },
    warnings: { fi: "varoituksia", sv: "varningar", en: "warnings" },
  },
  fileSummary: {
    fi: "{goalRows} tavoiteriviä, {tables} taulukkoa · {errors} virhettä, {warnings} varoitusta, {infos} huomautusta",
    sv: "{goalRows} målrader, {tables} tabeller · {errors} fel, {warnings} varningar, {infos} info",
    en: "{goalRows} goal rows, {tables} tables · {errors} errors, {warnings} warnings, {infos} infos",
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
    fi: "Sama tehtäväruutu selaimessa: npm run dev-server, avaa https://localhost:3000/taskpane.html ja valitse jokin näistä tiedostoista.",
    sv: "Samma aktivitetsfönster i webbläsaren: npm run dev-server, öppna https://localhost:3000/taskpane.html och välj en av filerna.",
    en: "The same task pane in a browser: npm run dev-server, open https://localhost:3000/taskpane.html and choose one of these files.",
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
    fi: "Kirjoitus epäonnistui, mitään ei kirjoitettu: {detail}",
    sv: "Skrivningen misslyckades, inget skrevs: {detail}",
    en: "Writing failed, nothing was written: {detail}",
  },
  noFiles: { fi: "Ei .xlsx-tiedostoja: {path}", sv: "Inga .xlsx-filer: {path}", en: "No .xlsx files: {path}" },
} satisfies Record<string, unknown>;

export type Texts = Record<Lang, string>;
