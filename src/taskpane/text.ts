// Every word the pane shows, in Finnish (default), Swedish and English.
import { RISK_LABELS } from "../domain/i18n/forecast-text";
import type { Lang } from "../domain/i18n/lang";
import { render } from "../domain/i18n/messages";
import { count, NOUNS } from "../domain/i18n/plural";
import type { HostProblem } from "./host";

const T = {
  title: { fi: "Sopimus", sv: "Sopimus", en: "Sopimus" },
  language: { fi: "Kieli", sv: "Språk", en: "Language" },
  settings: { fi: "Asetukset", sv: "Inställningar", en: "Settings" },
  theme: { fi: "Teema", sv: "Tema", en: "Theme" },
  themeSystem: { fi: "Järjestelmän mukaan", sv: "Som systemet", en: "As the system" },
  themeLight: { fi: "Vaalea", sv: "Ljust", en: "Light" },
  themeDark: { fi: "Tumma", sv: "Mörkt", en: "Dark" },
  views: { fi: "Näkymät", sv: "Vyer", en: "Views" },
  moreViews: { fi: "Muut näkymät ({n})", sv: "Fler vyer ({n})", en: "More views ({n})" },
  tabCheck: { fi: "Tarkista", sv: "Kontrollera", en: "Check" },
  tabRefresh: { fi: "Päivitä", sv: "Uppdatera", en: "Refresh" },
  tabStructure: { fi: "Rakenne", sv: "Struktur", en: "Structure" },
  tabInsert: { fi: "Lisää rivi", sv: "Ny målrad", en: "Insert row" },
  tabMetrics: { fi: "Mittarit", sv: "Mätare", en: "Metrics" },
  tabSummary: { fi: "Yhteenveto", sv: "Sammandrag", en: "Summary" },
  busy: { fi: "Käsitellään…", sv: "Arbetar…", en: "Working…" },
  check: { fi: "Tarkista työkirja", sv: "Kontrollera arbetsboken", en: "Check the workbook" },
  recheck: { fi: "Tarkista uudelleen", sv: "Kontrollera igen", en: "Check again" },
  noIssues: { fi: "Ei huomautettavaa.", sv: "Inget att anmärka.", en: "Nothing to report." },
  // {rows} and {tables} are counted phrases ("1 tavoiterivi", "3 tables"): see checkSummary.
  summary: {
    fi: "{rows} {tableCount} taulukossa",
    sv: "{rows} i {tables}",
    en: "{rows} in {tables}",
  },
  error: { fi: "Virheet", sv: "Fel", en: "Errors" },
  warning: { fi: "Varoitukset", sv: "Varningar", en: "Warnings" },
  info: { fi: "Huomautukset", sv: "Upplysningar", en: "Notes" },
  goTo: { fi: "Siirry soluun {cell}", sv: "Gå till cell {cell}", en: "Go to cell {cell}" },
  compute: { fi: "Laske tilat uudelleen", sv: "Beräkna statusen igen", en: "Compute the statuses again" },
  preview: { fi: "Esikatselu", sv: "Förhandsvisning", en: "Preview" },
  changes: { fi: "{n} solua muuttuu", sv: "{n} celler ändras", en: "{n} cells change" },
  noChanges: {
    fi: "Tilat ovat ajan tasalla: ei muutettavaa.",
    sv: "Statusen är aktuell: inget att ändra.",
    en: "The statuses are up to date: nothing to change.",
  },
  apply: { fi: "Päivitä tilat työkirjaan", sv: "Uppdatera statusen i arbetsboken", en: "Update the statuses in the workbook" },
  // In Excel the cells are in the workbook at once; in file mode only once it is downloaded.
  applied: { fi: "Päivitetty työkirjaan: {n} solua.", sv: "Uppdaterat i arbetsboken: {n} celler.", en: "Updated in the workbook: {n} cells." },
  appliedFile: {
    fi: "Päivitetty: {n} solua — lataa työkirja tallentaaksesi.",
    sv: "Uppdaterat: {n} celler — ladda ner arbetsboken för att spara.",
    en: "Updated: {n} cells — download the workbook to keep them.",
  },
  reasonLabel: { fi: "Peruste", sv: "Grund", en: "Why" },
  targetLabel: { fi: "Tavoitetaso", sv: "Målnivå", en: "Target" },
  actualLabel: { fi: "Toteuma", sv: "Utfall", en: "Actual" },
  // The year-end projection's risk (domain.md, "Year-end forecast"), beside a goal.
  riskLabel: { fi: "Ennuste", sv: "Prognos", en: "Forecast" },
  // The words are the engine's (RISK_LABELS), the same the summary workbook writes.
  "risk.at-risk": RISK_LABELS["at-risk"],
  "risk.off-track": RISK_LABELS["off-track"],
  "risk.on-track": RISK_LABELS["on-track"],
  riskGoals: { fi: "Ennusteen mukaan riskissä", sv: "I riskzonen enligt prognosen", en: "At risk by the forecast" },
  becomesGroup: { fi: "Muuttuu: {status}", sv: "Blir {status}", en: "Becomes {status}" },
  shownColumn: {
    fi: "Esikatselu näyttää kirjoitetun sarakkeen ({cell}).",
    sv: "Förhandsvisningen visar den skrivna kolumnen ({cell}).",
    en: "The preview shows the written column ({cell}).",
  },
  stale: {
    fi: "Työkirja muuttui esikatselun jälkeen ({cells}). Esikatselu laskettiin uudelleen: tarkista muutokset ja päivitä sitten.",
    sv: "Arbetsboken ändrades efter förhandsvisningen ({cells}). Förhandsvisningen beräknades på nytt: granska ändringarna och uppdatera sedan.",
    en: "The workbook changed after the preview ({cells}). The preview was computed again: review the changes, then update.",
  },
  changedSince: {
    fi: "Työkirjaa on muutettu esikatselun jälkeen: laske tilat uudelleen ennen päivittämistä.",
    sv: "Arbetsboken har ändrats efter förhandsvisningen: beräkna statusen igen innan du uppdaterar.",
    en: "The workbook has changed since the preview: compute the statuses again before you update.",
  },
  changeStatus: {
    fi: "{n} tavoitteen tila muuttuu (luettelo alla)",
    sv: "Status ändras för {n} mål (se listan)",
    en: "{n} goals change status (listed below)",
  },
  changeStatusList: { fi: "Muuttuvat tilat", sv: "Status som ändras", en: "Statuses that change" },
  changeLabel: {
    fi: "{n} tilasolun merkintä tai väri yhtenäistetään (tila ei muutu)",
    sv: "{n} statusceller får enhetlig text eller färg (statusen är densamma)",
    en: "{n} status cells get a consistent label or colour (the status stays the same)",
  },
  changeFormula: {
    fi: "{n} laskettuun soluun kirjoitetaan kaava",
    sv: "{n} beräknade celler får en formel",
    en: "{n} computed cells get a formula",
  },
  changeHeader: { fi: "Uusi sarake otsikkoineen: {cells}", sv: "Ny kolumn med rubrik: {cells}", en: "A new column with its header: {cells}" },
  blank: { fi: "tyhjä", sv: "tom", en: "empty" },
  becomes: { fi: "muuttuu", sv: "blir", en: "becomes" },
  undoHint: {
    fi: "Koko päivityksen voi kumota tämän ruudun Kumoa-painikkeella tai työkirjassa näppäimillä Ctrl+Z (Macissa ⌘Z).",
    sv: "Hela uppdateringen kan ångras med knappen Ångra i det här fönstret eller i arbetsboken med Ctrl+Z (på Mac ⌘Z).",
    en: "You can undo the whole refresh with the Undo button in this pane, or in the workbook with Ctrl+Z (⌘Z on a Mac).",
  },
  undo: { fi: "Kumoa viimeisin päivitys", sv: "Ångra senaste uppdatering", en: "Undo last refresh" },
  undone: {
    fi: "Päivitys kumottu: solut palautettu.",
    sv: "Uppdateringen ångrad: cellerna återställda.",
    en: "Refresh undone: the cells are back as they were.",
  },
  row: { fi: "Rivi", sv: "Rad", en: "Row" },
  goal: { fi: "Tavoite", sv: "Mål", en: "Goal" },
  change: { fi: "Muutos", sv: "Ändring", en: "Change" },
  green: { fi: "vihreä", sv: "grön", en: "green" },
  yellow: { fi: "keltainen", sv: "gul", en: "yellow" },
  red: { fi: "punainen", sv: "röd", en: "red" },
  none: { fi: "ei tilaa", sv: "ingen status", en: "no status" },
  structureTitle: { fi: "Täydennä työkirjan rakenne", sv: "Komplettera arbetsbokens struktur", en: "Complete the workbook's structure" },
  structureHelp: {
    fi: "Lisää puuttuva tilasarake, pudotusvalikot (tila, K/E, eteneminen), lukumuodot ja kiinteä otsikkorivi.",
    sv: "Lägger till saknad statuskolumn, listrutor (status, J/N, framsteg), talformat och fast rubrikrad.",
    en: "Adds a missing status column, drop-down lists (status, Y/N, progress), number formats and a frozen header.",
  },
  structure: { fi: "Lisää puuttuvat osat", sv: "Lägg till det som saknas", en: "Add what is missing" },
  structurePlan: { fi: "Lisättävät osat:", sv: "Det här läggs till:", en: "This will be added:" },
  freezeTitle: { fi: "Näkyvissä pysyvä otsikkorivi: {sheet}", sv: "Rubrikrad som hålls synlig: {sheet}", en: "Header kept in view: {sheet}" },
  freezeHelp: {
    fi: "Excel voi lukita välilehdeltä vain yhden kohdan, joten vain yhden taulukon otsikkorivi voi pysyä näkyvissä. Valitse, minkä taulukon.",
    sv: "Excel kan bara låsa en plats per blad, så bara en tabells rubrikrad kan hållas synlig. Välj vilken tabell.",
    en: "Excel freezes only one place per sheet, so only one table's header can stay in view. Choose which table.",
  },
  freezeRow: { fi: "Taulukko, jonka otsikko on rivillä {row}", sv: "Tabellen med rubrik på rad {row}", en: "The table headed on row {row}" },
  freezeNone: { fi: "Ei lukittua otsikkoriviä", sv: "Ingen låst rubrikrad", en: "No frozen header" },
  structureDone: { fi: "Valmis. Työkirjaan lisättiin:", sv: "Klart. Arbetsboken fick:", en: "Done. The workbook now has:" },
  structureNothing: {
    fi: "Työkirjassa on jo kaikki: mitään ei lisätty.",
    sv: "Arbetsboken har redan allt: inget lades till.",
    en: "The workbook has it all already: nothing was added.",
  },
  addedColumn: { fi: "tilasarake otsikkoineen: {cells}", sv: "statuskolumn med rubrik: {cells}", en: "a status column with its header: {cells}" },
  addedLists: { fi: "pudotusvalikot: {ranges}", sv: "listrutor: {ranges}", en: "drop-down lists: {ranges}" },
  frozeHeader: { fi: "otsikkorivi pysyy näkyvissä: {sheets}", sv: "rubrikraden hålls synlig: {sheets}", en: "the header row stays in view: {sheets}" },
  contractExists: {
    fi: "Työkirjassa on jo sopimus ({n} tavoitetaulukkoa). Lisätäänkö uuden sopimuksen välilehdet silti tähän työkirjaan?",
    sv: "Arbetsboken har redan ett avtal ({n} måltabeller). Ska det nya avtalets blad ändå läggas till i den här arbetsboken?",
    en: "The workbook already holds a contract ({n} goal tables). Add the new contract's sheets to this workbook anyway?",
  },
  createAnyway: { fi: "Lisää silti", sv: "Lägg till ändå", en: "Add anyway" },
  cancel: { fi: "Peruuta", sv: "Avbryt", en: "Cancel" },
  newTitle: { fi: "Uusi vakiosopimus", sv: "Nytt standardavtal", en: "New standard contract" },
  template: { fi: "Pohja", sv: "Mall", en: "Template" },
  year: { fi: "Vuosi", sv: "År", en: "Year" },
  unit: { fi: "Tulosyksikkö", sv: "Resultatenhet", en: "Unit" },
  create: { fi: "Luo sopimus tähän työkirjaan", sv: "Skapa avtalet i den här arbetsboken", en: "Create the contract in this workbook" },
  created: { fi: "Lisätty välilehdet: {sheets}.", sv: "Tillagda blad: {sheets}.", en: "Sheets added: {sheets}." },
  sheetExists: {
    fi: "Välilehti {sheet} on jo olemassa: nimeä se uudelleen tai poista se ensin.",
    sv: "Bladet {sheet} finns redan: byt namn eller ta bort det först.",
    en: "Sheet {sheet} already exists: rename or delete it first.",
  },
  search: { fi: "Hae vakiotavoitteista", sv: "Sök bland standardmål", en: "Search the standard goals" },
  insert: { fi: "Lisää valitulle riville", sv: "Lägg till på vald rad", en: "Insert at the selected row" },
  inserted: {
    fi: "Tavoiterivi lisätty riville {row} ({sheet}).",
    sv: "Målraden tillagd på rad {row} ({sheet}).",
    en: "Goal row inserted at row {row} ({sheet}).",
  },
  insertedAtEnd: {
    fi: "Valittu rivi ei ollut tavoitetaulukossa, joten tavoiterivi lisättiin taulukon loppuun riville {row} ({sheet}).",
    sv: "Den valda raden låg inte i en måltabell, så målraden lades till sist i tabellen på rad {row} ({sheet}).",
    en: "The selected row was not in a goal table, so the goal row was added at the end of the table, on row {row} ({sheet}).",
  },
  insertHelp: {
    fi: "Rivi lisätään valitun rivin kohdalle tavoitetaulukkoon; jos valittu rivi ei ole taulukossa, taulukon loppuun.",
    sv: "Raden läggs till vid den valda raden i måltabellen; om den valda raden inte ligger i en tabell, sist i tabellen.",
    en: "The row is inserted at the selected row of a goal table, or at the end of the table if the selected row is not in one.",
  },
  noTable: {
    fi: "Työkirjassa ei ole tavoitetaulukkoa, johon rivin voisi lisätä.",
    sv: "Arbetsboken har ingen måltabell att lägga till raden i.",
    en: "The workbook has no goal table to add the row to.",
  },
  notLinked: {
    fi: "toteumaa ei linkitetä: työkirjassa ei ole tarvittavia lukuja",
    sv: "utfallet länkas inte: arbetsboken saknar uppgifterna",
    en: "the actual is not linked: the workbook does not have the figures",
  },
  notInTable: {
    fi: "Valitse ensin rivi tavoitetaulukosta (otsikkorivin alta) ja yritä uudelleen.",
    sv: "Välj först en rad i en måltabell (under rubrikraden) och försök igen.",
    en: "Select a row in a goal table first (below its header), then try again.",
  },
  noMatch: { fi: "Ei osumia.", sv: "Inga träffar.", en: "No matches." },
  linked: { fi: "toteuma linkitetään kaavalla", sv: "utfallet länkas med en formel", en: "the actual is linked by a formula" },
  metricsLoad: { fi: "Lue mittarit uudelleen", sv: "Läs mätarna igen", en: "Read the metrics again" },
  fillRate: { fi: "Täyttöaste kuukausittain", sv: "Fyllnadsgrad per månad", en: "Fill rate by month" },
  fillMean: {
    fi: "Keskiarvo {value}\u00a0% (tavoite {target}\u00a0%)",
    sv: "Medeltal {value}\u00a0% (mål {target}\u00a0%)",
    en: "Mean {value}\u00a0% (target {target}\u00a0%)",
  },
  noFillRate: {
    fi: "Työkirjassa ei ole täyttöastetietoja.",
    sv: "Arbetsboken har inga uppgifter om fyllnadsgrad.",
    en: "The workbook holds no fill-rate data.",
  },
  production: { fi: "Oma ja yksityinen tuotanto", sv: "Egen och privat produktion", en: "Own and private production" },
  productionText: {
    fi: "Yksityinen {private}\u00a0% (tavoite {target}\u00a0%), oma {own}\u00a0%",
    sv: "Privat {private}\u00a0% (mål {target}\u00a0%), egen {own}\u00a0%",
    en: "Private {private}\u00a0% (target {target}\u00a0%), own {own}\u00a0%",
  },
  noProduction: { fi: "Työkirjassa ei ole tuotantotietoja.", sv: "Arbetsboken har inga produktionsuppgifter.", en: "The workbook holds no production data." },
  bySection: { fi: "Tilat osioittain", sv: "Status per avsnitt", en: "Statuses by section" },
  section: { fi: "Osio", sv: "Avsnitt", en: "Section" },
  noSection: { fi: "(ei osiota)", sv: "(inget avsnitt)", en: "(no section)" },
  monthsShort: {
    fi: "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu",
    sv: "jan feb mars apr maj juni juli aug sep okt nov dec",
    en: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
  },
  fillAxis: { fi: "Täyttöaste,\u00a0%", sv: "Fyllnadsgrad,\u00a0%", en: "Fill rate,\u00a0%" },
  axisStart: {
    fi: "Asteikko alkaa {start}\u00a0%:sta, ei nollasta.",
    sv: "Skalan börjar vid {start}\u00a0%, inte vid noll.",
    en: "The scale starts at {start}\u00a0%, not at zero.",
  },
  axisFromZero: { fi: "Asteikko alkaa nollasta.", sv: "Skalan börjar vid noll.", en: "The scale starts at zero." },
  targetLine: { fi: "Tavoite {value}\u00a0%", sv: "Mål {value}\u00a0%", en: "Target {value}\u00a0%" },
  notMeasured: { fi: "ei mitattu", sv: "ej mätt", en: "not measured" },
  noValue: { fi: "ei tietoa", sv: "uppgift saknas", en: "no data" },
  showTable: { fi: "Näytä luvut taulukkona", sv: "Visa siffrorna som tabell", en: "Show the figures as a table" },
  month: { fi: "Kuukausi", sv: "Månad", en: "Month" },
  places: { fi: "Paikat", sv: "Platser", en: "Places" },
  children: { fi: "Lapset (painotettu)", sv: "Barn (viktat)", en: "Children (weighted)" },
  fillRateCol: { fi: "Täyttöaste\u00a0%", sv: "Fyllnadsgrad\u00a0%", en: "Fill rate\u00a0%" },
  mean: { fi: "Keskiarvo", sv: "Medeltal", en: "Mean" },
  fillCaption: {
    fi: "Täyttöaste kuukausittain (tavoite {target}\u00a0%)",
    sv: "Fyllnadsgrad per månad (mål {target}\u00a0%)",
    en: "Fill rate by month (target {target}\u00a0%)",
  },
  ownShare: { fi: "Oma {value}\u00a0%", sv: "Egen {value}\u00a0%", en: "Own {value}\u00a0%" },
  privateShare: { fi: "Yksityinen {value}\u00a0%", sv: "Privat {value}\u00a0%", en: "Private {value}\u00a0%" },
  productionTarget: {
    fi: "Tavoite: oma {own}\u00a0%, yksityinen {private}\u00a0%",
    sv: "Mål: egen {own}\u00a0%, privat {private}\u00a0%",
    en: "Target: own {own}\u00a0%, private {private}\u00a0%",
  },
  productionCounts: {
    fi: "Lapsia omassa tuotannossa {own}, yksityisessä tuotannossa {private}.",
    sv: "Barn i egen produktion {own}, i privat produktion {private}.",
    en: "Children in own production {own}, in private production {private}.",
  },
  sectionHelp: {
    fi: "Luvut ovat tavoiterivien määriä tiloittain.",
    sv: "Siffrorna är antalet målrader per status.",
    en: "The figures count goal rows by status.",
  },
  tableAt: { fi: "{name} ({sheet}, rivi {row})", sv: "{name} ({sheet}, rad {row})", en: "{name} ({sheet}, row {row})" },
  noGoals: { fi: "Työkirjassa ei ole tavoiterivejä.", sv: "Arbetsboken har inga målrader.", en: "The workbook holds no goal rows." },
  protected: {
    fi: "Välilehti {sheet} on suojattu. Poista suojaus (Tarkista-välilehden Poista suojaus) ja yritä uudelleen. Mitään ei kirjoitettu.",
    sv: "Bladet {sheet} är skyddat. Ta bort skyddet (Ta bort skydd på fliken Granska) och försök igen. Inget skrevs.",
    en: "Sheet {sheet} is protected. Unprotect it (Unprotect Sheet on the Review tab) and try again. Nothing was written.",
  },
  structureProtected: {
    fi: "Työkirjan rakenne on suojattu, joten siihen ei voi lisätä välilehtiä. Poista rakenteen suojaus (Tarkista-välilehden Suojaa työkirja) ja yritä uudelleen. Mitään ei kirjoitettu.",
    sv: "Arbetsbokens struktur är skyddad, så inga blad kan läggas till. Ta bort strukturskyddet (Skydda arbetsbok på fliken Granska) och försök igen. Inget skrevs.",
    en: "The workbook's structure is protected, so no sheets can be added. Remove the structure protection (Protect Workbook on the Review tab) and try again. Nothing was written.",
  },
  hiddenSheet: {
    fi: "Välilehti {sheet} on piilotettu, eikä piilotetun välilehden otsikkoriviä voi lukita. Näytä välilehti (napsauta välilehtiä hiiren kakkospainikkeella ja valitse Näytä) ja yritä uudelleen. Mitään ei kirjoitettu.",
    sv: "Bladet {sheet} är dolt, och rubrikraden på ett dolt blad kan inte låsas. Visa bladet (högerklicka på en bladflik och välj Ta fram) och försök igen. Inget skrevs.",
    en: "Sheet {sheet} is hidden, and the header row of a hidden sheet cannot be frozen. Unhide the sheet (right-click a sheet tab and choose Unhide) and try again. Nothing was written.",
  },
  editMode: {
    fi: "Solua muokataan parhaillaan. Paina Enter tai Esc ja yritä uudelleen. Mitään ei kirjoitettu.",
    sv: "En cell redigeras. Tryck Enter eller Esc och försök igen. Inget skrevs.",
    en: "A cell is being edited. Press Enter or Esc and try again. Nothing was written.",
  },
  tooLarge: {
    fi: "Työkirja on liian suuri yhteen pyyntöön. Tarkista se komentorivillä (sopimus validate) tai jaa se osiin.",
    sv: "Arbetsboken är för stor för en begäran. Kontrollera den på kommandoraden (sopimus validate) eller dela upp den.",
    en: "The workbook is too large for one request. Check it on the command line (sopimus validate) or split it.",
  },
  denied: {
    fi: "Excel ei sallinut muutosta. Välilehti tai työkirjan rakenne voi olla suojattu, tai työkirja on avattu vain luku -tilassa. Poista suojaus (Tarkista-välilehti) ja yritä uudelleen.",
    sv: "Excel tillät inte ändringen. Ett blad eller arbetsbokens struktur kan vara skyddat, eller så är arbetsboken öppnad som skrivskyddad. Ta bort skyddet (fliken Granska) och försök igen.",
    en: "Excel did not allow the change. A sheet or the workbook's structure may be protected, or the workbook is open as read-only. Remove the protection (Review tab) and try again.",
  },
  undoNotGrouped: {
    fi: "Excel ei pystynyt kokoamaan muutosta yhdeksi kumottavaksi vaiheeksi, joten se keskeytettiin. Osa siitä on voinut jo tallentua työkirjaan: tarkista välilehti ennen kuin yrität uudelleen.",
    sv: "Excel kunde inte samla ändringen i ett steg som kan ångras, så den avbröts. En del av den kan redan finnas i arbetsboken: kontrollera bladet innan du försöker igen.",
    en: "Excel could not make the change a single undoable step, so it was stopped. Part of it may already be in the workbook: check the sheet before you try again.",
  },
  staleCells: {
    fi: "Työkirjan soluja on muutettu sen jälkeen, kun Sopimus luki ne: {cells}. Mitään ei kirjoitettu, jottei uudempi muutos katoa. Lue työkirja uudelleen ja yritä sitten uudelleen.",
    sv: "Celler i arbetsboken har ändrats efter att Sopimus läste dem: {cells}. Inget skrevs, så att ingen nyare ändring går förlorad. Läs arbetsboken på nytt och försök sedan igen.",
    en: "Cells in the workbook have changed since Sopimus read them: {cells}. Nothing was written, so that no newer change is lost. Read the workbook again, then try again.",
  },
  sheetGone: {
    fi: "Välilehteä, jonka Sopimus luki, ei enää löydy: se on ehkä nimetty uudelleen tai poistettu. Mitään ei kirjoitettu. Lue työkirja uudelleen ja yritä uudelleen.",
    sv: "Ett blad som Sopimus läste finns inte längre: det kan ha bytt namn eller tagits bort. Inget skrevs. Läs arbetsboken på nytt och försök igen.",
    en: "A sheet Sopimus read can no longer be found: it may have been renamed or deleted. Nothing was written. Read the workbook again and try again.",
  },
  invalidOperation: {
    fi: "Excel ei sallinut toimintoa juuri nyt. Jos solua muokataan, paina Enter tai Esc; jos välilehti on piilotettu, näytä se. Yritä sitten uudelleen.",
    sv: "Excel tillät inte åtgärden just nu. Om en cell redigeras trycker du på Enter eller Esc; om bladet är dolt visar du det. Försök sedan igen.",
    en: "Excel did not allow the action just now. If a cell is being edited, press Enter or Esc; if the sheet is hidden, unhide it. Then try again.",
  },
  officeNotLoaded: {
    fi: "Excelin ohjelmakirjasto (office.js) ei latautunut, joten Sopimus ei voi käsitellä työkirjaa. Yhteys Microsoftin palvelimelle voi olla estetty. Sulje tehtäväruutu ja avaa se uudelleen; jos tilanne toistuu, ota yhteys IT-tukeen ja mainitse office.js.",
    sv: "Excels programbibliotek (office.js) lästes inte in, så Sopimus kan inte arbeta med arbetsboken. Anslutningen till Microsofts server kan vara blockerad. Stäng aktivitetsfönstret och öppna det igen; om det händer igen, kontakta IT-supporten och nämn office.js.",
    en: "Excel's programming library (office.js) did not load, so Sopimus cannot work on the workbook. The connection to Microsoft's servers may be blocked. Close the task pane and open it again; if it happens again, contact IT support and mention office.js.",
  },
  cellEditTimeout: {
    fi: "Solun muokkaus ei päättynyt {minutes} minuutissa, joten tiloja ei päivitetty. Paina Enter tai Esc ja valitse Päivitä tilat uudelleen.",
    sv: "Cellredigeringen avslutades inte inom {minutes} minuter, så statusen uppdaterades inte. Tryck på Enter eller Esc och välj Uppdatera status igen.",
    en: "The cell edit did not end within {minutes} minutes, so the statuses were not refreshed. Press Enter or Esc and choose Refresh statuses again.",
  },
  failed: { fi: "Toiminto epäonnistui: {detail}", sv: "Åtgärden misslyckades: {detail}", en: "The action failed: {detail}" },
  noOffice: {
    fi: "Excel ei ole käytettävissä: tämä sivu toimii Excelin tehtäväruutuna. Avaa Sopimus Excelin Aloitus-välilehdeltä.",
    sv: "Excel är inte tillgängligt: sidan fungerar som aktivitetsfönster i Excel. Öppna Sopimus från fliken Start i Excel.",
    en: "Excel is not available: this page works as a task pane in Excel. Open Sopimus from Excel's Home tab.",
  },
  openTitle: { fi: "Avaa sopimustyökirja", sv: "Öppna en avtalsarbetsbok", en: "Open a contract workbook" },
  openHelp: {
    fi: "Työkirja käsitellään vain tällä koneella: mitään ei lähetetä minnekään.",
    sv: "Arbetsboken behandlas bara på den här datorn: inget skickas någonstans.",
    en: "The workbook is processed on this computer only: nothing is sent anywhere.",
  },
  openFile: { fi: "Valitse .xlsx-tiedosto", sv: "Välj en .xlsx-fil", en: "Choose an .xlsx file" },
  dropHere: { fi: "tai pudota tiedosto tähän", sv: "eller släpp filen här", en: "or drop the file here" },
  reading: { fi: "Luetaan {name}…", sv: "Läser {name}…", en: "Reading {name}…" },
  unreadable: {
    fi: "Tiedostoa {name} ei voi lukea xlsx-työkirjana: {reason}.",
    sv: "Filen {name} kan inte läsas som en xlsx-arbetsbok: {reason}.",
    en: "{name} cannot be read as an xlsx workbook: {reason}.",
  },
  download: { fi: "Lataa työkirja ({name})", sv: "Ladda ner arbetsboken ({name})", en: "Download the workbook ({name})" },
  downloadShort: { fi: "Lataa", sv: "Ladda ner", en: "Download" },
  fileActions: { fi: "Tiedosto", sv: "Fil", en: "File" },
  stateOpened: { fi: "Ei muutoksia", sv: "Inga ändringar", en: "No changes" },
  stateChanged: {
    fi: "Muutettu — lataa työkirja tallentaaksesi",
    sv: "Ändrad — ladda ner arbetsboken för att spara",
    en: "Changed — download the workbook to keep the changes",
  },
  stateDownloaded: { fi: "Ladattu: {name}", sv: "Nedladdad: {name}", en: "Downloaded: {name}" },
  openOther: { fi: "Avaa toinen tiedosto", sv: "Öppna en annan fil", en: "Open another file" },
  changed: {
    fi: "Muutokset tallentuvat vasta, kun lataat työkirjan.",
    sv: "Ändringarna sparas först när du laddar ner arbetsboken.",
    en: "The changes are kept only when you download the workbook.",
  },
  dropped: {
    fi: "Työkirjassa on osia, jotka ladattavasta kopiosta puuttuvat: {parts}.",
    sv: "Arbetsboken har delar som saknas i kopian du laddar ner: {parts}.",
    en: "The workbook holds parts the downloaded copy lacks: {parts}.",
  },
  gridPreview: { fi: "Esikatselu: {sheet}", sv: "Förhandsvisning: {sheet}", en: "Preview: {sheet}" },
  sheet: { fi: "Välilehti", sv: "Blad", en: "Sheet" },
  selectRow: { fi: "Valitse rivi {row}", sv: "Välj rad {row}", en: "Select row {row}" },
  fileMode: {
    fi: "Voit tarkistaa ja päivittää sopimustyökirjan myös ilman Exceliä: avaa tiedosto tältä koneelta.",
    sv: "Du kan kontrollera och uppdatera en avtalsarbetsbok också utan Excel: öppna filen från den här datorn.",
    en: "You can check and refresh a contract workbook without Excel too: open the file from this computer.",
  },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof T;

/** The singular of a text with a count {n}, used when n is exactly 1 ("1 solu muuttuu", not "1 solua"). */
const ONE: Partial<Record<TextKey, Record<Lang, string>>> = {
  changes: { fi: "1 solu muuttuu", sv: "1 cell ändras", en: "1 cell changes" },
  applied: { fi: "Päivitetty työkirjaan: 1 solu.", sv: "Uppdaterat i arbetsboken: 1 cell.", en: "Updated in the workbook: 1 cell." },
  appliedFile: {
    fi: "Päivitetty: 1 solu — lataa työkirja tallentaaksesi.",
    sv: "Uppdaterat: 1 cell — ladda ner arbetsboken för att spara.",
    en: "Updated: 1 cell — download the workbook to keep it.",
  },
  changeStatus: { fi: "1 tavoitteen tila muuttuu (luettelo alla)", sv: "Status ändras för 1 mål (se listan)", en: "1 goal changes status (listed below)" },
  changeLabel: {
    fi: "1 tilasolun merkintä tai väri yhtenäistetään (tila ei muutu)",
    sv: "1 statuscell får enhetlig text eller färg (statusen är densamma)",
    en: "1 status cell gets a consistent label or colour (the status stays the same)",
  },
  changeFormula: { fi: "1 laskettuun soluun kirjoitetaan kaava", sv: "1 beräknad cell får en formel", en: "1 computed cell gets a formula" },
  contractExists: {
    fi: "Työkirjassa on jo sopimus (1 tavoitetaulukko). Lisätäänkö uuden sopimuksen välilehdet silti tähän työkirjaan?",
    sv: "Arbetsboken har redan ett avtal (1 måltabell). Ska det nya avtalets blad ändå läggas till i den här arbetsboken?",
    en: "The workbook already holds a contract (1 goal table). Add the new contract's sheets to this workbook anyway?",
  },
};

export function t(key: TextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  const one = params.n === 1 ? ONE[key] : undefined;
  return render((one ?? T[key])[lang], params);
}

/** "18 tavoiteriviä 2 taulukossa", "1 goal row in 1 table": the check's one-line summary. */
export function checkSummary(goalRows: number, tables: number, lang: Lang): string {
  return t("summary", lang, { rows: count(goalRows, NOUNS.goalRow, lang), tables: count(tables, NOUNS.table, lang), tableCount: tables });
}

/** Office's display language ("sv-FI", "en-US") → the pane's language; Finnish by default. */
export function langOf(locale: string | undefined): Lang {
  const l = (locale ?? "").slice(0, 2).toLowerCase();
  return l === "sv" || l === "en" ? l : "fi";
}

/** Why a command failed, in words that say what to do: the pane's message bar and the ribbon command's dialog. */
export function problemText(p: HostProblem, lang: Lang): string {
  switch (p.kind) {
    case "protected":
      return t("protected", lang, { sheet: p.sheet });
    case "structure":
      return t("structureProtected", lang);
    case "hidden":
      return t("hiddenSheet", lang, { sheet: p.sheet });
    case "editMode":
      return t("editMode", lang);
    case "tooLarge":
      return t("tooLarge", lang);
    case "denied":
      return t("denied", lang);
    case "undoNotSupported":
      return t("undoNotGrouped", lang);
    case "stale":
      return t("staleCells", lang, { cells: p.cells.length > 6 ? `${p.cells.slice(0, 5).join(", ")} (+${p.cells.length - 5})` : p.cells.join(", ") });
    case "sheetGone":
      return t("sheetGone", lang);
    case "invalid":
      return t("invalidOperation", lang);
    case "other":
      return t("failed", lang, { detail: p.detail });
  }
}
