// A new standard contract workbook (`sopimus new`, and "new contract" in the pane): the goal
// sheet with catalogue rows and drop-down lists, and for early childhood the fill-rate and
// production sheets with their formulas; the resources block and the settings sheet.
import { CATALOGUE, type TemplateName } from "../catalogue/standard-goals";
import type { Lang } from "../i18n/lang";
import { MONTH_LABELS } from "../i18n/messages";
import { STATUS_LABELS } from "../parse/words";
import { MEAN_LABEL, RATE_HEADER, SHARE_HEADER, STATUS_HEADER } from "../refresh";
import { DEFAULT_SETTINGS, SETTING_LABELS, SETTINGS_SHEET_NAMES, type Settings } from "../settings";
import { putRow, type SpecSheet, type WorkbookSpec } from "./spec";

export interface NewContractOptions {
  template: TemplateName;
  year: number;
  unit: string;
  lang: Lang;
}

const T = {
  title: { fi: "PALVELUTUOTANTOSOPIMUS", sv: "SERVICEPRODUKTIONSAVTAL", en: "SERVICE PRODUCTION CONTRACT" },
  unit: { fi: "Tulosyksikkö", sv: "Resultatenhet", en: "Unit" },
  goalsSheet: { fi: "Tavoitteet", sv: "Mål", en: "Goals" },
  fillSheet: { fi: "Täyttöaste", sv: "Fyllnadsgrad", en: "Fill rate" },
  productionSheet: { fi: "Tuotanto", sv: "Produktion", en: "Production" },
  resourcesSheet: { fi: "Resurssit", sv: "Resurser", en: "Resources" },
  budget: { fi: "Talousarvio", sv: "Budget", en: "Budget" },
  income: { fi: "Tulot", sv: "Intäkter", en: "Income" },
  expenditure: { fi: "Menot", sv: "Kostnader", en: "Expenditure" },
  net: { fi: "Netto", sv: "Netto", en: "Net" },
  staff: { fi: "Henkilöstö, vakanssit kpl", sv: "Personal, tjänster st.", en: "Staff, posts" },
  productionTitle: { fi: "Oma ja yksityinen tuotanto", sv: "Egen och privat produktion", en: "Own and private production" },
  productionKind: { fi: "Tuotantotapa", sv: "Produktionsform", en: "Production" },
  children: { fi: "Lapsia", sv: "Barn", en: "Children" },
  own: { fi: "Oma tuotanto", sv: "Egen produktion", en: "Own production" },
  voucher: { fi: "Palveluseteli", sv: "Servicesedel", en: "Service voucher" },
  support: { fi: "Yksityisen hoidon tuki", sv: "Privat vårdstöd", en: "Private care support" },
  purchased: { fi: "Ostopalvelu", sv: "Köpta tjänster", en: "Purchased services" },
  fillTitle: {
    fi: "Varhaiskasvatuksen täyttöaste (painotettu: osapäiväinen lapsi kertoimella)",
    sv: "Fyllnadsgrad i småbarnspedagogiken (viktad: deltid med koefficient)",
    en: "Early childhood fill rate (weighted: part-time child by coefficient)",
  },
  settingsNote: {
    fi: "Sopimus-lisäosan asetukset: muuta arvoja tarvittaessa.",
    sv: "Inställningar för tillägget Sopimus: ändra värdena vid behov.",
    en: "Settings of the Sopimus add-in: change the values as needed.",
  },
} satisfies Record<string, Record<Lang, string>>;

export const GOAL_HEADER_ROW = 4;
const FLAGS: Record<Lang, [string, string]> = { fi: ["K", "E"], sv: ["J", "N"], en: ["Y", "N"] };

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

function goalSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.goalsSheet[o.lang], cells: [], widths: [22, 40, 36, 20, 12, 30, 28, 14, 30, 30, 14], freezeRow: GOAL_HEADER_ROW };
  putRow(s, 1, [{ value: `${T.title[o.lang]} ${o.year}`, bold: true }]);
  putRow(s, 2, [`${T.unit[o.lang]}: ${o.unit}`]);
  putRow(
    s,
    GOAL_HEADER_ROW,
    goalHeaders(o.lang, o.year).map((value) => ({ value, bold: true, wrap: true, fill: "D9E1F2" })),
  );
  const entries = CATALOGUE.filter((e) => e.templates.includes(o.template));
  entries.forEach((e, i) => {
    putRow(s, GOAL_HEADER_ROW + 1 + i, [
      null,
      { value: e.goal[o.lang], wrap: true },
      null,
      null,
      FLAGS[o.lang][1],
      { value: e.metric[o.lang], wrap: true },
      { value: e.target[o.lang], wrap: true },
    ]);
  });
  const first = GOAL_HEADER_ROW + 1;
  s.lists = [
    { range: `E${first}:E${first + 199}`, values: FLAGS[o.lang] },
    { range: `K${first}:K${first + 199}`, values: (["green", "yellow", "red", "none"] as const).map((k) => STATUS_LABELS[k][o.lang]) },
  ];
  return s;
}

function fillSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.fillSheet[o.lang], cells: [], widths: [16, 12, 14, 14, 14] };
  const headers: Record<Lang, string[]> = {
    fi: ["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset", RATE_HEADER.fi],
    sv: ["Månad", "Platser", "Heltid", "Deltid", RATE_HEADER.sv],
    en: ["Month", "Places", "Full-time", "Part-time", RATE_HEADER.en],
  };
  putRow(s, 1, [{ value: `${T.fillTitle[o.lang]} ${o.year}`, bold: true }]);
  putRow(
    s,
    3,
    headers[o.lang].map((value) => ({ value, bold: true, fill: "D9E1F2" })),
  );
  const p = DEFAULT_SETTINGS;
  for (let m = 1; m <= 12; m++) {
    const r = 3 + m;
    putRow(s, r, [MONTH_LABELS[o.lang][m - 1]]);
    s.cells.push({
      row: r,
      col: 5,
      value: null,
      formula: `IF(N(B${r})>0,100*(C${r}*${p.fullTimeCoefficient}+D${r}*${p.partTimeCoefficient})/B${r},"")`,
      numFmt: "0.00",
    });
  }
  putRow(s, 16, [{ value: MEAN_LABEL[o.lang], bold: true }]);
  s.cells.push({ row: 16, col: 5, value: null, formula: `IF(COUNT(E4:E15)>0,AVERAGE(E4:E15),"")`, numFmt: "0.00", bold: true });
  return s;
}

function productionSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.productionSheet[o.lang], cells: [], widths: [28, 12, 12] };
  putRow(s, 1, [{ value: `${T.productionTitle[o.lang]} ${o.year}`, bold: true }]);
  putRow(
    s,
    3,
    [T.productionKind[o.lang], T.children[o.lang], SHARE_HEADER[o.lang]].map((value) => ({ value, bold: true, fill: "D9E1F2" })),
  );
  const labels = [T.own, T.voucher, T.support, T.purchased].map((l) => l[o.lang]);
  labels.forEach((label, i) => {
    const r = 4 + i;
    putRow(s, r, [label]);
    s.cells.push({ row: r, col: 3, value: null, formula: `IF(SUM(B4:B7)>0,100*B${r}/SUM(B4:B7),"")`, numFmt: "0.00" });
  });
  return s;
}

function resourcesSheet(o: NewContractOptions): SpecSheet {
  const s: SpecSheet = { name: T.resourcesSheet[o.lang], cells: [], widths: [28, 16] };
  putRow(s, 1, [{ value: `${T.budget[o.lang]} TA${o.year}`, bold: true }]);
  putRow(s, 2, [T.income[o.lang]]);
  putRow(s, 3, [T.expenditure[o.lang]]);
  putRow(s, 4, [T.net[o.lang]]);
  s.cells.push({ row: 4, col: 2, value: null, formula: "B3-B2", numFmt: "#,##0" });
  putRow(s, 6, [T.staff[o.lang]]);
  return s;
}

export function settingsSheet(lang: Lang, settings: Settings = DEFAULT_SETTINGS): SpecSheet {
  const s: SpecSheet = { name: SETTINGS_SHEET_NAMES[lang], cells: [], widths: [48, 10] };
  (Object.keys(SETTING_LABELS) as Array<keyof Settings>).forEach((key, i) => {
    const v = settings[key];
    putRow(s, 1 + i, [SETTING_LABELS[key][lang], typeof v === "boolean" ? FLAGS[lang][v ? 0 : 1] : v]);
  });
  putRow(s, Object.keys(SETTING_LABELS).length + 2, [{ value: T.settingsNote[lang], italic: true }]);
  return s;
}

export function newContract(o: NewContractOptions): WorkbookSpec {
  const sheets = [goalSheet(o)];
  if (o.template === "varhaiskasvatus") sheets.push(fillSheet(o), productionSheet(o));
  sheets.push(resourcesSheet(o), settingsSheet(o.lang));
  return { sheets };
}
