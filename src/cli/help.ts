// The command line's help, in Finnish, Swedish and English, and the options each command takes.
// A command is added here (its options and its help in three languages) and in main.ts's switch.
import type { Lang } from "../domain/i18n/lang";

export type Command = "validate" | "refresh" | "new" | "demo" | "summary" | "catalogue" | "help";

/** The commands in the order the tool's help lists them. */
export const COMMANDS: readonly Command[] = ["validate", "refresh", "new", "summary", "catalogue", "demo", "help"];

export function isCommand(s: string | undefined): s is Command {
  return (COMMANDS as readonly (string | undefined)[]).includes(s);
}

/**
 * The long options each command takes, besides --lang and --help (every command takes those).
 * An option given to a command that does not take it is a usage error, never silently ignored.
 */
export const COMMAND_OPTIONS: Record<Command, readonly string[]> = {
  validate: ["json"],
  refresh: ["output", "in-place", "out-dir", "force", "json"],
  new: ["template", "year", "unit", "force"],
  demo: ["out"],
  summary: ["output", "json", "force", "previous"],
  catalogue: ["catalogue", "json"],
  help: [],
};

/** What each command does, in one line (the tool's help lists them). */
const SUMMARY: Record<Command, Record<Lang, string>> = {
  validate: {
    fi: "tarkistaa työkirjat ja luettelee jokaisen ongelman",
    sv: "kontrollerar arbetsböckerna och listar alla problem",
    en: "checks workbooks and lists every problem",
  },
  refresh: {
    fi: "laskee tilat ja kirjoittaa liikennevalot kopioon",
    sv: "beräknar statusen och skriver trafikljusen i en kopia",
    en: "computes the statuses and writes the traffic lights into a copy",
  },
  new: {
    fi: "luo uuden sopimustyökirjan mallipohjasta",
    sv: "skapar en ny avtalsarbetsbok från en mall",
    en: "writes a new contract workbook from a template",
  },
  summary: {
    fi: "kokoaa yksiköiden työkirjat yhdeksi yhteenvedoksi",
    sv: "sammanställer enheternas arbetsböcker till en sammanfattning",
    en: "rolls many unit workbooks up into one summary",
  },
  catalogue: {
    fi: "luettelee vakiotavoiterivit",
    sv: "listar standardmålraderna",
    en: "lists the standard goal rows",
  },
  demo: {
    fi: "tarkistaa ja päivittää mukana tulevat näytetyökirjat",
    sv: "kontrollerar och uppdaterar de medföljande exempelarbetsböckerna",
    en: "checks and refreshes the bundled sample workbooks",
  },
  help: {
    fi: "näyttää ohjeen, myös yksittäisen komennon",
    sv: "visar hjälpen, även för ett enskilt kommando",
    en: "shows the help, also for one command",
  },
};

const TOOL: Record<Lang, string> = {
  fi: `sopimus – palvelutuotantosopimusten työkirjojen tarkistus ja liikennevalot

Käyttö: sopimus <komento> [valitsimet]

Komennot:
{commands}

Yleiset valitsimet:
  --lang fi|sv|en   kieli (oletuksena järjestelmän kieli, muuten suomi)
  -h, --help        näyttää ohjeen
  -V, --version     näyttää version

Esimerkkejä:
  sopimus validate yksikot/
  sopimus refresh keskusta.xlsx -o keskusta-paivitetty.xlsx
  sopimus new uusi.xlsx --template kirjasto --year 2027

Komennon ohje: sopimus <komento> --help tai sopimus help <komento>`,
  sv: `sopimus – kontroll och trafikljus för arbetsböcker med serviceproduktionsavtal

Användning: sopimus <kommando> [flaggor]

Kommandon:
{commands}

Allmänna flaggor:
  --lang fi|sv|en   språk (som standard systemets språk, annars finska)
  -h, --help        visar hjälpen
  -V, --version     visar versionen

Exempel:
  sopimus validate enheter/ --lang sv
  sopimus refresh centrum.xlsx -o centrum-uppdaterad.xlsx
  sopimus new ny.xlsx --template kirjasto --year 2027 --lang sv

Hjälp för ett kommando: sopimus <kommando> --help eller sopimus help <kommando>`,
  en: `sopimus – checks and traffic lights for service production contract workbooks

Usage: sopimus <command> [options]

Commands:
{commands}

Common options:
  --lang fi|sv|en   language (by default the system's, else Finnish)
  -h, --help        shows the help
  -V, --version     shows the version

Examples:
  sopimus validate units/ --lang en
  sopimus refresh centre.xlsx -o centre-refreshed.xlsx
  sopimus new new.xlsx --template kirjasto --year 2027 --lang en

Help for one command: sopimus <command> --help or sopimus help <command>`,
};

const LANG_LINE: Record<Lang, string> = {
  fi: "  --lang fi|sv|en        viestien kieli (oletuksena järjestelmän kieli, muuten suomi)",
  sv: "  --lang fi|sv|en        meddelandenas språk (som standard systemets, annars finska)",
  en: "  --lang fi|sv|en        the language of the messages (by default the system's, else Finnish)",
};
const HELP_LINE: Record<Lang, string> = {
  fi: "  -h, --help             näyttää tämän ohjeen",
  sv: "  -h, --help             visar den här hjälpen",
  en: "  -h, --help             shows this help",
};

/** Each command's help; {lang} and {help} are the two lines every command shares. */
const COMMAND_HELP: Record<Command, Record<Lang, string>> = {
  validate: {
    fi: `Käyttö: sopimus validate <tiedosto.xlsx|kansio>... [--json] [--lang fi|sv|en]

Tarkistaa sopimustyökirjat: tunnistaa tavoitetaulukot ja luettelee jokaisen ongelman
koodeineen ja soluineen. Kansiosta tarkistetaan kaikki .xlsx-tiedostot alikansioineen;
ohitetut tiedostot nimetään. Useasta tiedostosta tulostetaan lopuksi yhteenvetotaulukko.

Valitsimet:
  --json                 tulostaa JSON-dokumentin (useasta tiedostosta JSON-taulukon)
{lang}
{help}

Poistumiskoodi: 0 ei virheitä (varoituksia voi olla), 1 virheitä löytyi,
2 jotakin tiedostoa ei voitu lukea.

Esimerkkejä:
  sopimus validate keskusta.xlsx
  sopimus validate yksikot/ --json > tarkistus.json`,
    sv: `Användning: sopimus validate <fil.xlsx|mapp>... [--json] [--lang fi|sv|en]

Kontrollerar avtalsarbetsböcker: känner igen måltabellerna och listar varje problem med
kod och cell. I en mapp kontrolleras alla .xlsx-filer, även i undermappar; filer som hoppas
över namnges. För flera filer skrivs till sist en sammanfattande tabell.

Flaggor:
  --json                 skriver ett JSON-dokument (för flera filer en JSON-lista)
{lang}
{help}

Slutkod: 0 inga fel (varningar kan finnas), 1 fel hittades, 2 någon fil kunde inte läsas.

Exempel:
  sopimus validate centrum.xlsx --lang sv
  sopimus validate enheter/ --json > kontroll.json`,
    en: `Usage: sopimus validate <file.xlsx|folder>... [--json] [--lang fi|sv|en]

Checks contract workbooks: recognises the goal tables and lists every problem with its
code and cell. A folder's .xlsx files are all checked, in subfolders too; files skipped
are named. With several files a table across them ends the output.

Options:
  --json                 prints one JSON document (with several files, a JSON array)
{lang}
{help}

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read.

Examples:
  sopimus validate centre.xlsx --lang en
  sopimus validate units/ --json > check.json`,
  },
  refresh: {
    fi: `Käyttö: sopimus refresh <sisään.xlsx> -o <ulos.xlsx> [--force] [--json] [--lang fi|sv|en]
        sopimus refresh <sisään.xlsx> --in-place [--json] [--lang fi|sv|en]
        sopimus refresh <tiedosto.xlsx|kansio>... --out-dir <kansio> [--force] [--json]
                        [--lang fi|sv|en]

Laskee täyttöasteen, tuotannon osuudet ja tavoitteiden tilat ja kirjoittaa tilasarakkeen
(teksti ja väri) sekä lasketut solut. Alkuperäistä ei muuteta, ellei anneta --in-place.
Raportti näyttää ongelmat, jotka jäävät päivityksen jälkeen.

Valitsimet:
  -o, --output <ulos.xlsx>  kirjoittaa päivitetyn kopion tähän tiedostoon
  --in-place             korvaa syötteen; varmuuskopio <nimi>.bak.xlsx kirjoitetaan ensin
  --out-dir <kansio>     kirjoittaa jokaisen syötteen kopion tähän kansioon
  --force                korvaa jo olemassa olevan tulostiedoston
  --json                 tulostaa JSON-dokumentin (kansiosta tai useasta tiedostosta JSON-taulukon)
{lang}
{help}

Poistumiskoodi: 0 kirjoitettu, 1 kirjoitettu mutta virheitä jäi, 2 lukeminen tai
kirjoittaminen ei onnistunut.

Esimerkkejä:
  sopimus refresh keskusta.xlsx -o keskusta-paivitetty.xlsx
  sopimus refresh yksikot/ --out-dir paivitetyt/`,
    sv: `Användning: sopimus refresh <in.xlsx> -o <ut.xlsx> [--force] [--json] [--lang fi|sv|en]
            sopimus refresh <in.xlsx> --in-place [--json] [--lang fi|sv|en]
            sopimus refresh <fil.xlsx|mapp>... --out-dir <mapp> [--force] [--json]
                            [--lang fi|sv|en]

Beräknar fyllnadsgrad, produktionsandelar och målens status och skriver statuskolumnen
(text och färg) och de beräknade cellerna. Originalet ändras inte utan --in-place.
Rapporten visar de problem som finns kvar efter uppdateringen.

Flaggor:
  -o, --output <ut.xlsx>  skriver den uppdaterade kopian till den här filen
  --in-place             ersätter indatafilen; säkerhetskopian <namn>.bak.xlsx skrivs först
  --out-dir <mapp>       skriver en kopia av varje indatafil i den här mappen
  --force                ersätter en utdatafil som redan finns
  --json                 skriver ett JSON-dokument (för en mapp eller flera filer en JSON-lista)
{lang}
{help}

Slutkod: 0 skrivet, 1 skrivet men fel finns kvar, 2 läsningen eller skrivningen misslyckades.

Exempel:
  sopimus refresh centrum.xlsx -o centrum-uppdaterad.xlsx --lang sv
  sopimus refresh enheter/ --out-dir uppdaterade/ --lang sv`,
    en: `Usage: sopimus refresh <in.xlsx> -o <out.xlsx> [--force] [--json] [--lang fi|sv|en]
       sopimus refresh <in.xlsx> --in-place [--json] [--lang fi|sv|en]
       sopimus refresh <file.xlsx|folder>... --out-dir <folder> [--force] [--json]
                       [--lang fi|sv|en]

Computes the fill rate, the production shares and the goals' statuses, and writes the
status column (label and colour) and the computed cells. The input is never changed
unless --in-place is given. The report shows the problems left after the refresh.

Options:
  -o, --output <out.xlsx>  writes the refreshed copy to this file
  --in-place             replaces the input; the backup <name>.bak.xlsx is written first
  --out-dir <folder>     writes a copy of each input into this folder
  --force                replaces an output file that already exists
  --json                 prints one JSON document (with a folder or several files, a JSON array)
{lang}
{help}

Exit status: 0 written, 1 written but errors remain, 2 could not read or write.

Examples:
  sopimus refresh centre.xlsx -o centre-refreshed.xlsx --lang en
  sopimus refresh units/ --out-dir refreshed/ --lang en`,
  },
  new: {
    fi: `Käyttö: sopimus new <ulos.xlsx> [--template varhaiskasvatus|kirjasto|yleinen|tuloskortti]
                    [--year VVVV] [--unit NIMI] [--force] [--lang fi|sv|en]

Luo uuden sopimustyökirjan: tavoitetaulukon vakiotavoiteriveineen, asetukset ja mallipohjan
tarvitsemat muut taulukot. Työkirjan kieli on --lang-valitsimen kieli.

Valitsimet:
  --template <nimi>      mallipohja: varhaiskasvatus, kirjasto, yleinen (oletus) tai
                         tuloskortti (tasapainotettu tuloskortti)
  --year <VVVV>          sopimusvuosi (oletuksena ensi vuosi)
  --unit <nimi>          tulosyksikön nimi
  --force                korvaa jo olemassa olevan tiedoston
{lang}
{help}

Poistumiskoodi: 0 kirjoitettu, 2 ei kirjoitettu.

Esimerkkejä:
  sopimus new keskusta-2027.xlsx --template varhaiskasvatus --year 2027 --unit Keskusta
  sopimus new tuloskortti.xlsx --template tuloskortti`,
    sv: `Användning: sopimus new <ut.xlsx> [--template varhaiskasvatus|kirjasto|yleinen|tuloskortti]
                        [--year ÅÅÅÅ] [--unit NAMN] [--force] [--lang fi|sv|en]

Skapar en ny avtalsarbetsbok: en måltabell med standardmålrader, inställningar och de
övriga blad mallen behöver. Arbetsboken skrivs på det språk --lang anger.

Flaggor:
  --template <namn>      mall: varhaiskasvatus (småbarnspedagogik), kirjasto (bibliotek),
                         yleinen (allmän, standard) eller tuloskortti (balanserat styrkort)
  --year <ÅÅÅÅ>          avtalsåret (som standard nästa år)
  --unit <namn>          resultatenhetens namn
  --force                ersätter en fil som redan finns
{lang}
{help}

Slutkod: 0 skrivet, 2 inte skrivet.

Exempel:
  sopimus new centrum-2027.xlsx --template varhaiskasvatus --year 2027 --unit Centrum --lang sv
  sopimus new styrkort.xlsx --template tuloskortti --lang sv`,
    en: `Usage: sopimus new <out.xlsx> [--template varhaiskasvatus|kirjasto|yleinen|tuloskortti]
                   [--year YYYY] [--unit NAME] [--force] [--lang fi|sv|en]

Writes a new contract workbook: a goal table with the standard goal rows, the settings and
the other sheets the template needs. The workbook is written in the --lang language.

Options:
  --template <name>      template: varhaiskasvatus (early childhood education), kirjasto
                         (library), yleinen (general, the default) or tuloskortti
                         (balanced scorecard)
  --year <YYYY>          the contract year (by default next year)
  --unit <name>          the service unit's name
  --force                replaces a file that already exists
{lang}
{help}

Exit status: 0 written, 2 not written.

Examples:
  sopimus new centre-2027.xlsx --template varhaiskasvatus --year 2027 --unit Centre --lang en
  sopimus new result-card.xlsx --template tuloskortti --lang en`,
  },
  summary: {
    fi: `Käyttö: sopimus summary <tiedosto.xlsx|kansio>... -o <yhteenveto.xlsx> [--json] [--force]
                        [--previous <tiedosto|kansio>]... [--lang fi|sv|en]

Kokoaa koko kaupungin yhteenvedon: yksi työkirja monen yksikön työkirjoista. Yksiköittäin
tilat, täyttöaste, tuotannon osuudet ja ongelmat; tavoiteriveittäin yksikkö, osio,
tavoitetaso, toteuma ja tila. Lukukelvoton työkirja mainitaan eikä se pysäytä muita.

Valitsimet:
  -o, --output <yhteenveto.xlsx>  kirjoittaa yhteenvedon tähän tiedostoon
  --previous <tiedosto|kansio>  edellisen vuoden työkirjat, niiden kansio tai edellisen
                         vuoden yhteenveto: tila, toteuma ja muutos jokaisen tavoitteen
                         viereen (voi antaa useasti)
  --json                 tulostaa myös JSON-dokumentin
  --force                korvaa jo olemassa olevan tiedoston
{lang}
{help}

Poistumiskoodi: 0 kirjoitettu, 1 kirjoitettu mutta jossakin yksikössä on virheitä,
2 yhtään syötettä ei voitu lukea tai yhteenvetoa ei voitu kirjoittaa.

Esimerkkejä:
  sopimus summary yksikot/ -o yhteenveto-2025.xlsx
  sopimus summary yksikot/ -o yhteenveto.xlsx --json > yhteenveto.json
  sopimus summary yksikot-2026/ --previous yhteenveto-2025.xlsx -o yhteenveto-2026.xlsx`,
    sv: `Användning: sopimus summary <fil.xlsx|mapp>... -o <sammanfattning.xlsx> [--json] [--force]
                            [--previous <fil|mapp>]... [--lang fi|sv|en]

Sammanställer hela stadens översikt: en arbetsbok över många enheters arbetsböcker. Per
enhet status, fyllnadsgrad, produktionsandelar och problem; per målrad enhet, avsnitt,
målnivå, utfall och status. En arbetsbok som inte kan läsas nämns och stoppar inte de andra.

Flaggor:
  -o, --output <sammanfattning.xlsx>  skriver sammanfattningen till den här filen
  --previous <fil|mapp>  föregående års arbetsböcker, deras mapp eller föregående års
                         sammanfattning: status, utfall och förändring bredvid varje mål
                         (kan anges flera gånger)
  --json                 skriver också ett JSON-dokument
  --force                ersätter en fil som redan finns
{lang}
{help}

Slutkod: 0 skrivet, 1 skrivet men någon enhet har fel, 2 ingen indatafil kunde läsas eller
sammanfattningen kunde inte skrivas.

Exempel:
  sopimus summary enheter/ -o sammanfattning-2025.xlsx --lang sv
  sopimus summary enheter/ -o sammanfattning.xlsx --json > sammanfattning.json
  sopimus summary enheter/ --previous sammanfattning-2025.xlsx -o sammanfattning-2026.xlsx --lang sv`,
    en: `Usage: sopimus summary <file.xlsx|folder>... -o <summary.xlsx> [--json] [--force]
                       [--previous <file|folder>]... [--lang fi|sv|en]

Writes the city-wide roll-up: one workbook over many unit workbooks. Per unit its statuses,
fill rate, production split and problems; per goal row its unit, section, target, actual
and status. A workbook that cannot be read is named and never stops the others.

Options:
  -o, --output <summary.xlsx>  writes the summary to this file
  --previous <file|folder>  last year's unit workbooks, their folder or last year's
                         summary: its status, actual and the change beside each goal
                         (may be given more than once)
  --json                 also prints one JSON document
  --force                replaces a file that already exists
{lang}
{help}

Exit status: 0 written, 1 written but some unit has errors, 2 no input could be read or
the summary could not be written.

Examples:
  sopimus summary units/ -o summary-2025.xlsx --lang en
  sopimus summary units/ -o summary.xlsx --json > summary.json
  sopimus summary units-2026/ --previous summary-2025.xlsx -o summary-2026.xlsx --lang en`,
  },
  catalogue: {
    fi: `Käyttö: sopimus catalogue [--catalogue <kirjasto.xlsx>] [--json] [--lang fi|sv|en]

Luettelee vakiotavoiterivit, jotka suunnittelija voi lisätä sopimukseen: tavoite, mittari
ja tavoitetaso. Organisaation omat rivit luetaan Tavoitekirjasto-nimiseltä välilehdeltä.

Valitsimet:
  --catalogue <tiedosto.xlsx>  työkirja, jonka Tavoitekirjasto-välilehden rivit luetellaan
                         valmiiden vakiotavoitteiden lisäksi
  --json                 tulostaa JSON-dokumentin
{lang}
{help}

Poistumiskoodi: 0 luetteloitu, 2 tavoitekirjastoa ei voitu lukea.

Esimerkkejä:
  sopimus catalogue
  sopimus catalogue --catalogue kaupungin-tavoitteet.xlsx`,
    sv: `Användning: sopimus catalogue [--catalogue <målbibliotek.xlsx>] [--json] [--lang fi|sv|en]

Listar de standardmålrader som en planerare kan lägga till i avtalet: mål, mätare och
målnivå. Organisationens egna rader läses från ett blad som heter Målbibliotek (eller
Tavoitekirjasto).

Flaggor:
  --catalogue <fil.xlsx>  arbetsbok vars blad Målbibliotek listas utöver de inbyggda raderna
  --json                 skriver ett JSON-dokument
{lang}
{help}

Slutkod: 0 listat, 2 målbiblioteket kunde inte läsas.

Exempel:
  sopimus catalogue --lang sv
  sopimus catalogue --catalogue stadens-mal.xlsx --lang sv`,
    en: `Usage: sopimus catalogue [--catalogue <goal-library.xlsx>] [--json] [--lang fi|sv|en]

Lists the standard goal rows a planner can add to a contract: goal, metric and target
level. The organisation's own rows are read from a sheet named Goal library (or
Tavoitekirjasto).

Options:
  --catalogue <file.xlsx>  a workbook whose Goal library sheet is listed in addition to
                         the built-in rows
  --json                 prints one JSON document
{lang}
{help}

Exit status: 0 listed, 2 the goal library could not be read.

Examples:
  sopimus catalogue --lang en
  sopimus catalogue --catalogue city-goals.xlsx --lang en`,
  },
  demo: {
    fi: `Käyttö: sopimus demo [--out <kansio>] [--lang fi|sv|en]

Tarkistaa mukana tulevat näytetyökirjat, kirjoittaa niistä päivitetyt kopiot ja tulostaa
yhteenvedon. Kopiot nimetään valitulla kielellä, esimerkiksi <nimi>.paivitetty.xlsx.

Valitsimet:
  --out <kansio>         kansio, johon kopiot kirjoitetaan (oletus sopimus-demo)
{lang}
{help}

Esimerkki:
  sopimus demo --out demo/`,
    sv: `Användning: sopimus demo [--out <mapp>] [--lang fi|sv|en]

Kontrollerar de medföljande exempelarbetsböckerna, skriver uppdaterade kopior av dem och
skriver ut en sammanfattning. Kopiorna namnges på det valda språket, till exempel
<namn>.uppdaterad.xlsx.

Flaggor:
  --out <mapp>           mappen kopiorna skrivs till (standard sopimus-demo)
{lang}
{help}

Exempel:
  sopimus demo --out demo/ --lang sv`,
    en: `Usage: sopimus demo [--out <folder>] [--lang fi|sv|en]

Checks the bundled sample workbooks, writes refreshed copies of them and prints a summary.
The copies are named in the chosen language, for example <name>.refreshed.xlsx.

Options:
  --out <folder>         the folder the copies are written to (default sopimus-demo)
{lang}
{help}

Example:
  sopimus demo --out demo/ --lang en`,
  },
  help: {
    fi: `Käyttö: sopimus help [<komento>] [--lang fi|sv|en]

Näyttää työkalun ohjeen tai yhden komennon ohjeen (sama kuin sopimus <komento> --help).

Valitsimet:
{lang}

Esimerkki:
  sopimus help refresh`,
    sv: `Användning: sopimus help [<kommando>] [--lang fi|sv|en]

Visar verktygets hjälp eller hjälpen för ett kommando (samma som sopimus <kommando> --help).

Flaggor:
{lang}

Exempel:
  sopimus help refresh --lang sv`,
    en: `Usage: sopimus help [<command>] [--lang fi|sv|en]

Shows the tool's help or one command's help (the same as sopimus <command> --help).

Options:
{lang}

Example:
  sopimus help refresh --lang en`,
  },
};

/** The tool's help, or one command's. */
export function helpText(command: Command | undefined, lang: Lang): string {
  if (command === undefined) {
    const width = Math.max(...COMMANDS.map((c) => c.length));
    const commands = COMMANDS.map((c) => `  ${c.padEnd(width)}  ${SUMMARY[c][lang]}`).join("\n");
    return TOOL[lang].replace("{commands}", commands) + "\n";
  }
  return (
    COMMAND_HELP[command][lang]
      .replace("{lang}", LANG_LINE[lang])
      .replace("{help}", HELP_LINE[lang])
      .split("\n")
      .map((l) => l.trimEnd())
      .join("\n") + "\n"
  );
}

/**
 * The language of the messages: --lang, else the system's (LC_ALL, then LC_MESSAGES, then LANG,
 * as POSIX orders them; "sv_FI.UTF-8" is Swedish), else Finnish.
 */
export function systemLang(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (!value) continue;
    const code = value.slice(0, 2).toLowerCase();
    if (code === "fi" || code === "sv" || code === "en") return code;
    // The first variable set decides, as in POSIX: LC_ALL=C means no language of ours.
    return "fi";
  }
  return "fi";
}
