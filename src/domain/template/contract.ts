// A new standard contract workbook (`sopimus new`, and "new contract" in the pane), laid out as a
// designer would: the goal sheet with its sections, catalogue rows and drop-down lists; for early
// childhood the fill-rate and production sheets with their formulas, linked to their goal rows;
// the resources block; the settings sheet with what the template needs; or the balanced result
// card (tuloskortti). Every sheet prints landscape on A4, one page wide, its header rows repeated.
import type { TemplateName } from "../catalogue/standard-goals";
import type { Lang } from "../i18n/lang";
import { MONTH_LABELS } from "../i18n/messages";
import { STATUS_LABELS } from "../parse/words";
import { MEAN_LABEL, RATE_HEADER, SHARE_HEADER, STATUS_HEADER } from "../refresh";
import { DEFAULT_SETTINGS, SETTINGS_SHEET_NAMES } from "../settings";
import { settingRef } from "../settings-sheet";
import { columnLetter } from "../snapshot";
import { printable } from "./layout";
import { cardRows, PERSPECTIVES, SECTIONS, templateRows, type TemplateRow } from "./rows";
import { ALL_SETTINGS, COMMON_SETTINGS, SETTINGS_FIRST_ROW, settingsSheet } from "./settings";
import { putRow, type SpecCell, type SpecSheet, type WorkbookSpec } from "./spec";

export { settingsSheet } from "./settings";

export interface NewContractOptions {
  template: TemplateName;
  year: number;
  unit: string;
  lang: Lang;
}

const T = {
  title: { fi: "PALVELUTUOTANTOSOPIMUS", sv: "SERVICEPRODUKTIONSAVTAL", en: "SERVICE PRODUCTION CONTRACT" },
  pageTitle: { fi: "Palvelutuotantosopimus", sv: "Serviceproduktionsavtal", en: "Service production contract" },
  cardTitle: { fi: "TULOSKORTTI", sv: "RESULTATKORT", en: "RESULT CARD" },
  cardPageTitle: { fi: "Tuloskortti", sv: "Resultatkort", en: "Result card" },
  unit: { fi: "Tulosyksikkö", sv: "Resultatenhet", en: "Unit" },
  goalsSheet: { fi: "Tavoitteet", sv: "Mål", en: "Goals" },
  cardSheet: { fi: "Tuloskortti", sv: "Resultatkort", en: "Result card" },
  fillSheet: { fi: "Täyttöaste", sv: "Fyllnadsgrad", en: "Fill rate" },
  productionSheet: { fi: "Tuotanto", sv: "Produktion", en: "Production" },
  resourcesSheet: { fi: "Resurssit", sv: "Resurser", en: "Resources" },
  budget: { fi: "Talousarvio", sv: "Budget", en: "Budget" },
  euros: { fi: "Euroa", sv: "Euro", en: "Euros" },
  income: { fi: "Tulot", sv: "Intäkter", en: "Income" },
  expenditure: { fi: "Menot", sv: "Kostnader", en: "Expenditure" },
  net: { fi: "Netto", sv: "Netto", en: "Net" },
  staff: { fi: "Henkilöstö, vakanssit kpl", sv: "Personal, tjänster st.", en: "Staff, posts" },
  netNote: {
    fi: "Netto lasketaan menoista vähentämällä tulot.",
    sv: "Nettot är kostnaderna minus intäkterna.",
    en: "Net is expenditure less income.",
  },
  productionTitle: { fi: "Oma ja yksityinen tuotanto", sv: "Egen och privat produktion", en: "Own and private production" },
  productionNote: {
    fi: "Kirjaa lasten määrä tuotantotavoittain. Osuudet lasketaan lapsimääristä; ostopalvelu on yksityistä tuotantoa, ellei asetuksissa toisin sanota.",
    sv: "Ange antalet barn per produktionsform. Andelarna räknas ut av antalen; köpta tjänster är privat produktion om inte inställningarna säger annat.",
    en: "Enter the number of children per form of production. The shares are computed from the counts; purchased services count as private unless the settings say otherwise.",
  },
  productionKind: { fi: "Tuotantotapa", sv: "Produktionsform", en: "Production" },
  children: { fi: "Lapsia", sv: "Barn", en: "Children" },
  own: { fi: "Oma tuotanto", sv: "Egen produktion", en: "Own production" },
  voucher: { fi: "Palveluseteli", sv: "Servicesedel", en: "Service voucher" },
  support: { fi: "Yksityisen hoidon tuki", sv: "Privat vårdstöd", en: "Private care support" },
  purchased: { fi: "Ostopalvelu", sv: "Köpta tjänster", en: "Purchased services" },
  privateWord: { fi: "yksityinen", sv: "privat", en: "private" },
  fillTitle: { fi: "Varhaiskasvatuksen täyttöaste", sv: "Fyllnadsgrad i småbarnspedagogiken", en: "Fill rate of early childhood education" },
  fillNote: {
    fi: "Täyttöaste on painotettu lapsimäärä prosentteina paikoista. Osapäiväinen lapsi lasketaan asetusten kertoimella. Jos kuukautta ei mitata (esimerkiksi heinäkuu), kirjoita sen riville ”ei mitattu”.",
    sv: "Fyllnadsgraden är det viktade antalet barn i procent av platserna. Ett barn på deltid räknas med koefficienten i inställningarna. Om en månad inte mäts (till exempel juli), skriv ”ej mätt” på dess rad.",
    en: "The fill rate is the weighted number of children as a percentage of the places. A part-time child counts by the coefficient in the settings. If a month is not measured (July, say), write “not measured” on its row.",
  },
} satisfies Record<string, Record<Lang, string>>;

export const GOAL_HEADER_ROW = 4;
const FLAGS: Record<Lang, [string, string]> = { fi: ["K", "E"], sv: ["J", "N"], en: ["Y", "N"] };
const HEADER_FILL = "D9E1F2";
/** Rows of drop-down lists under a goal table: room for the unit's own goals. */
const LIST_ROWS = 200;

export function goalHeaders(lang: Lang, year: number): string[] {
  const h: Record<Lang, string[]> = {
    fi: [
      "Osio",
      "Tavoite",
      "Keinot",
      "Vastuutaho",
      "Salkunhallinnassa mukana (K/E)",
      "Mittari",
      `Mittarin tavoitetaso ${year}`,
      `Toteutunut ${year - 1}`,
      "Arviointi 1–9 kk",
      "Arviointi 1–12 kk",
      STATUS_HEADER.fi,
    ],
    sv: [
      "Strategiskt mål",
      "Mål",
      "Åtgärder",
      "Ansvarig",
      "Portfölj (J/N)",
      "Mätare",
      `Målnivå ${year}`,
      `Utfall ${year - 1}`,
      "Prognos",
      "Utvärdering 1–12 mån",
      STATUS_HEADER.sv,
    ],
    en: [
      "Section",
      "Goal",
      "Means",
      "Responsible",
      "Portfolio (Y/N)",
      "Metric",
      `Target ${year}`,
      `Actual ${year - 1}`,
      "Review 1–9 months",
      "Review 1–12 months",
      STATUS_HEADER.en,
    ],
  };
  return h[lang];
}

/** Column widths of the goal sheet, in characters: the whole table fits landscape A4 at about 60 %. */
export const GOAL_WIDTHS = [18, 30, 28, 18, 20, 26, 22, 13, 22, 22, 13];

function pageHeader(o: NewContractOptions, title: Record<Lang, string> = T.pageTitle): string {
  return o.unit.trim() ? `${title[o.lang]} ${o.year}, ${o.unit.trim()}` : `${title[o.lang]} ${o.year}`;
}

function headerCells(values: string[]): Array<Omit<SpecCell, "row" | "col">> {
  return values.map((value) => ({ value, bold: true, wrap: true, fill: HEADER_FILL, border: true }));
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Where the fill-rate sheet keeps its months and mean, and the production sheet its counts. */
const FILL = { header: 4, first: 5, mean: 17, rateCol: 5 };
const PROD = { header: 4, first: 5, last: 8, countCol: 2 };

/** The formula that links a goal row's actual to the fill-rate mean or the production counts. */
function linkFormula(link: TemplateRow["link"], lang: Lang): string | undefined {
  if (link === "fillRate") return `${quoted(T.fillSheet[lang])}!${columnLetter(FILL.rateCol)}${FILL.mean}`;
  if (link === "production") {
    const p = quoted(T.productionSheet[lang]);
    const c = columnLetter(PROD.countCol);
    const all = `SUM(${p}!${c}${PROD.first}:${c}${PROD.last})`;
    const priv = [PROD.first + 1, PROD.first + 2, PROD.first + 3].map((r) => `${p}!${c}${r}`).join("+");
    return `IF(${all}>0,"${T.own[lang]} "&${p}!${c}${PROD.first}&", ${T.privateWord[lang]} "&(${priv}),"")`;
  }
  return undefined;
}

function goalSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.goalsSheet[o.lang], cells: [], widths: GOAL_WIDTHS, freezeRow: GOAL_HEADER_ROW, freezeCol: 2 };
  putRow(s, 1, [{ value: `${T.title[o.lang]} ${o.year}`, bold: true, size: 14 }]);
  putRow(s, 2, [`${T.unit[o.lang]}: ${o.unit}`]);
  putRow(s, GOAL_HEADER_ROW, headerCells(goalHeaders(o.lang, o.year)));
  const linked = o.template === "varhaiskasvatus";
  templateRows(o.template).forEach((e, i) => {
    const r = GOAL_HEADER_ROW + 1 + i;
    const text = (value: string | null) => ({ value, wrap: true, border: true });
    const formula = linked ? linkFormula(e.link, o.lang) : undefined;
    putRow(s, r, [
      text(e.section ? SECTIONS[e.section][o.lang] : null),
      text(e.goal[o.lang]),
      text(null),
      text(null),
      { value: FLAGS[o.lang][1], border: true, align: "center" },
      text(e.metric[o.lang]),
      text(e.target[o.lang]),
      text(null),
      text(null),
      formula ? { value: null, formula, wrap: true, border: true, numFmt: e.link === "fillRate" ? "0.00" : undefined } : text(null),
      text(null),
    ]);
  });
  const first = GOAL_HEADER_ROW + 1;
  s.lists = [
    { range: `E${first}:E${first + LIST_ROWS - 1}`, values: FLAGS[o.lang] },
    { range: `K${first}:K${first + LIST_ROWS - 1}`, values: (["green", "yellow", "red", "none"] as const).map((k) => STATUS_LABELS[k][o.lang]) },
  ];
  return printable(s, { lang: o.lang, header: pageHeader(o), repeatRows: [GOAL_HEADER_ROW, GOAL_HEADER_ROW] });
}

export function cardHeaders(lang: Lang, year: number): string[] {
  const h: Record<Lang, string[]> = {
    fi: ["Näkökulma", "Menestystekijä", "Mittari", "Tietolähde", `Tavoitetaso ${year}`, "Toteuma", STATUS_HEADER.fi],
    sv: ["Perspektiv", "Framgångsfaktor", "Mätare", "Datakälla", `Målnivå ${year}`, "Utfall", STATUS_HEADER.sv],
    en: ["Perspective", "Success factor", "Metric", "Data source", `Target ${year}`, "Actual", STATUS_HEADER.en],
  };
  return h[lang];
}

export const CARD_WIDTHS = [16, 34, 32, 26, 28, 26, 13];

function cardSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.cardSheet[o.lang], cells: [], widths: CARD_WIDTHS, freezeRow: GOAL_HEADER_ROW };
  putRow(s, 1, [{ value: `${T.cardTitle[o.lang]} ${o.year}`, bold: true, size: 14 }]);
  putRow(s, 2, [`${T.unit[o.lang]}: ${o.unit}`]);
  putRow(s, GOAL_HEADER_ROW, headerCells(cardHeaders(o.lang, o.year)));
  cardRows().forEach((e, i) => {
    const text = (value: string | null, bold = false) => ({ value, wrap: true, border: true, ...(bold ? { bold } : {}) });
    putRow(s, GOAL_HEADER_ROW + 1 + i, [
      text(PERSPECTIVES[e.section][o.lang], true),
      text(e.goal[o.lang]),
      text(e.metric[o.lang]),
      text(e.source[o.lang]),
      text(e.target[o.lang]),
      text(null),
      text(null),
    ]);
  });
  const first = GOAL_HEADER_ROW + 1;
  s.lists = [{ range: `G${first}:G${first + LIST_ROWS - 1}`, values: (["green", "yellow", "red", "none"] as const).map((k) => STATUS_LABELS[k][o.lang]) }];
  return printable(s, { lang: o.lang, header: pageHeader(o, T.cardPageTitle), repeatRows: [GOAL_HEADER_ROW, GOAL_HEADER_ROW] });
}

function fillSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.fillSheet[o.lang], cells: [], widths: [16, 12, 16, 16, 16], merges: ["A2:E2"], freezeRow: FILL.header };
  const headers: Record<Lang, string[]> = {
    fi: ["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset", RATE_HEADER.fi],
    sv: ["Månad", "Platser", "Heltid", "Deltid", RATE_HEADER.sv],
    en: ["Month", "Places", "Full-time", "Part-time", RATE_HEADER.en],
  };
  putRow(s, 1, [{ value: `${T.fillTitle[o.lang]} ${o.year}`, bold: true, size: 14 }]);
  putRow(s, 2, [{ value: T.fillNote[o.lang], wrap: true, italic: true }]);
  putRow(s, FILL.header, headerCells(headers[o.lang]));
  // The coefficients are the settings sheet's cells, so a city that weighs part-time care by 0.54 changes it there once.
  const coefficient = (key: "fullTimeCoefficient" | "partTimeCoefficient") =>
    settingRef({ sheet: SETTINGS_SHEET_NAMES[o.lang], row: SETTINGS_FIRST_ROW + ALL_SETTINGS.indexOf(key), col: 2 });
  const count = { value: null, numFmt: "#,##0", border: true };
  for (let m = 1; m <= 12; m++) {
    const r = FILL.first + m - 1;
    putRow(s, r, [{ value: MONTH_LABELS[o.lang][m - 1], border: true }, count, count, count]);
    s.cells.push({
      row: r,
      col: FILL.rateCol,
      value: null,
      formula: `IF(N(B${r})>0,100*(C${r}*${coefficient("fullTimeCoefficient")}+D${r}*${coefficient("partTimeCoefficient")})/B${r},"")`,
      numFmt: "0.00",
      border: true,
    });
  }
  const last = FILL.first + 11;
  putRow(s, FILL.mean, [{ value: MEAN_LABEL[o.lang], bold: true, border: true }]);
  s.cells.push({
    row: FILL.mean,
    col: FILL.rateCol,
    value: null,
    formula: `IF(COUNT(E${FILL.first}:E${last})>0,AVERAGE(E${FILL.first}:E${last}),"")`,
    numFmt: "0.00",
    bold: true,
    border: true,
  });
  return printable(s, { lang: o.lang, header: pageHeader(o), repeatRows: [FILL.header, FILL.header] });
}

function productionSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.productionSheet[o.lang], cells: [], widths: [30, 12, 12, 50], merges: ["A2:D2"], freezeRow: PROD.header };
  putRow(s, 1, [{ value: `${T.productionTitle[o.lang]} ${o.year}`, bold: true, size: 14 }]);
  putRow(s, 2, [{ value: T.productionNote[o.lang], wrap: true, italic: true }]);
  putRow(s, PROD.header, headerCells([T.productionKind[o.lang], T.children[o.lang], SHARE_HEADER[o.lang]]));
  const labels = [T.own, T.voucher, T.support, T.purchased].map((l) => l[o.lang]);
  const range = `B${PROD.first}:B${PROD.last}`;
  labels.forEach((label, i) => {
    const r = PROD.first + i;
    putRow(s, r, [
      { value: label, border: true },
      { value: null, numFmt: "#,##0", border: true },
      { value: null, formula: `IF(SUM(${range})>0,100*B${r}/SUM(${range}),"")`, numFmt: "0.0", border: true },
    ]);
  });
  return printable(s, { lang: o.lang, header: pageHeader(o), repeatRows: [PROD.header, PROD.header] });
}

function resourcesSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.resourcesSheet[o.lang], cells: [], widths: [30, 16, 50] };
  // "TA" (talousarvio) is the Finnish budget's own abbreviation: a Swedish or English reader gets the year alone.
  putRow(s, 1, [{ value: `${T.budget[o.lang]} ${o.lang === "fi" ? "TA" : ""}${o.year}`, bold: true, size: 14 }]);
  putRow(s, 3, [null, ...headerCells([T.euros[o.lang]])]);
  const euros = { value: null, numFmt: "#,##0", border: true };
  putRow(s, 4, [{ value: T.income[o.lang], border: true }, euros]);
  putRow(s, 5, [{ value: T.expenditure[o.lang], border: true }, euros]);
  putRow(s, 6, [
    { value: T.net[o.lang], bold: true, border: true },
    { value: null, formula: "B5-B4", numFmt: "#,##0", bold: true, border: true },
    { value: T.netNote[o.lang], italic: true },
  ]);
  putRow(s, 8, [
    { value: T.staff[o.lang], border: true },
    { value: null, numFmt: "#,##0", border: true },
  ]);
  return printable(s, { lang: o.lang, header: pageHeader(o), repeatRows: [3, 3] });
}

export function newContract(o: NewContractOptions): WorkbookSpec {
  if (o.template === "tuloskortti") return { sheets: [cardSheet(o), settingsSheet(o.lang, DEFAULT_SETTINGS, COMMON_SETTINGS, pageHeader(o, T.cardPageTitle))] };
  const sheets = [goalSheet(o)];
  const early = o.template === "varhaiskasvatus";
  if (early) sheets.push(fillSheet(o), productionSheet(o));
  sheets.push(resourcesSheet(o), settingsSheet(o.lang, DEFAULT_SETTINGS, early ? ALL_SETTINGS : COMMON_SETTINGS, pageHeader(o)));
  return { sheets };
}
