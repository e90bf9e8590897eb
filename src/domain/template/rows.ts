// What each template's goal sheet holds, as data: the section (Osio) of every catalogue row, the
// goal rows only a library or a general unit has, and the result card's rows with their
// perspective and data source (seed 003: Näkökulma, Menestystekijä, Mittari, Tietolähde, Tavoitetaso).
import { CATALOGUE, type TemplateName } from "../catalogue/standard-goals";
import type { Lang } from "../i18n/lang";

type Words = Record<Lang, string>;

export type SectionKey = "customer" | "process" | "staff" | "finance";

/** The order sections come in on a goal sheet. */
export const SECTION_ORDER: readonly SectionKey[] = ["customer", "process", "staff", "finance"];

/** Section titles of a contract's goal sheet (its Osio column). */
export const SECTIONS: Record<SectionKey, Words> = {
  customer: { fi: "Asiakkaat ja palvelut", sv: "Kunder och service", en: "Customers and services" },
  process: { fi: "Prosessit ja laatu", sv: "Processer och kvalitet", en: "Processes and quality" },
  staff: { fi: "Henkilöstö ja osaaminen", sv: "Personal och kompetens", en: "Staff and skills" },
  finance: { fi: "Talous ja tuottavuus", sv: "Ekonomi och produktivitet", en: "Finance and productivity" },
};

/** The four classic perspectives of a balanced result card (tuloskortti). */
export const PERSPECTIVES: Record<SectionKey, Words> = {
  customer: { fi: "Asiakas", sv: "Kund", en: "Customer" },
  process: { fi: "Prosessit", sv: "Processer", en: "Processes" },
  staff: { fi: "Henkilöstö", sv: "Personal", en: "Staff" },
  finance: { fi: "Talous", sv: "Ekonomi", en: "Finance" },
};

/** The result card lists its perspectives in the classic order: customer, finance, processes, staff. */
export const PERSPECTIVE_ORDER: readonly SectionKey[] = ["customer", "finance", "process", "staff"];

/** The section of each built-in catalogue row. */
const CATALOGUE_SECTION: Record<string, SectionKey> = {
  "fill-rate": "finance",
  "production-split": "finance",
  "customer-satisfaction": "customer",
  "caf-quality": "process",
  events: "customer",
  "staff-trained": "staff",
  "budget-kept": "finance",
  "digital-audited": "process",
};

export interface TemplateRow {
  id: string;
  section?: SectionKey;
  goal: Words;
  metric: Words;
  target: Words;
  link?: "fillRate" | "production";
}

/** Goal rows a template has besides the catalogue's. */
const OWN_ROWS: Partial<Record<TemplateName, TemplateRow[]>> = {
  kirjasto: [
    {
      id: "library-card-children",
      section: "customer",
      goal: { fi: "Kirjasto tavoittaa lapset ja nuoret", sv: "Biblioteket når barn och unga", en: "The library reaches children and young people" },
      metric: {
        fi: "Kirjastokortin haltijoiden osuus lapsista ja nuorista",
        sv: "Andel barn och unga med lånekort",
        en: "Share of children and young people with a library card",
      },
      target: { fi: "Vähintään 70 % lapsista ja nuorista", sv: "Minst 70 % av barn och unga", en: "At least 70 % of children and young people" },
    },
    {
      id: "library-culture-path",
      section: "customer",
      goal: { fi: "Elämyspolku tavoittaa koko ikäluokan", sv: "Upplevelsestigen når hela årskullen", en: "The culture path reaches the whole age group" },
      metric: {
        fi: "Elämyspolkuun osallistuneiden luokkien osuus",
        sv: "Andel klasser som deltagit i upplevelsestigen",
        en: "Share of classes that took part",
      },
      target: { fi: "100 % ikäluokasta", sv: "100 % av årskullen", en: "100 % of the age group" },
    },
    {
      id: "library-visits",
      section: "customer",
      goal: {
        fi: "Kirjasto on avoinna asukkaiden arjessa",
        sv: "Biblioteket är öppet när invånarna behöver det",
        en: "The library is open when residents need it",
      },
      metric: { fi: "Kirjastokäyntien määrä", sv: "Antal biblioteksbesök", en: "Number of library visits" },
      target: { fi: "Vähintään 180 000 käyntiä", sv: "Minst 180 000 besök", en: "At least 180 000 visits" },
    },
    {
      id: "library-loans",
      section: "process",
      goal: { fi: "Kokoelma vastaa asiakkaiden tarpeita", sv: "Samlingen motsvarar kundernas behov", en: "The collection meets the users' needs" },
      metric: { fi: "Lainausten määrä", sv: "Antal lån", en: "Number of loans" },
      target: { fi: "Vähintään 250 000 lainaa", sv: "Minst 250 000 lån", en: "At least 250 000 loans" },
    },
  ],
  yleinen: [
    {
      id: "contacts-answered",
      section: "customer",
      goal: { fi: "Asiakkaiden yhteydenottoihin vastataan nopeasti", sv: "Kundernas kontakter besvaras snabbt", en: "Customer contacts are answered quickly" },
      metric: {
        fi: "Määräajassa vastattujen yhteydenottojen osuus",
        sv: "Andel kontakter som besvarats inom utsatt tid",
        en: "Share of contacts answered in time",
      },
      target: { fi: "Vähintään 90 % yhteydenotoista", sv: "Minst 90 % av kontakterna", en: "At least 90 % of contacts" },
    },
    {
      id: "online-services",
      section: "process",
      goal: { fi: "Sähköinen asiointi lisääntyy", sv: "Den elektroniska servicen ökar", en: "More services are used online" },
      metric: { fi: "Sähköisesti hoidettujen asiointien osuus", sv: "Andel ärenden som skötts elektroniskt", en: "Share of cases handled online" },
      target: { fi: "Vähintään 60 % asioinneista", sv: "Minst 60 % av ärendena", en: "At least 60 % of cases" },
    },
    {
      id: "sick-leave",
      section: "staff",
      goal: { fi: "Henkilöstö voi hyvin", sv: "Personalen mår bra", en: "Staff are well" },
      metric: {
        fi: "Sairauspoissaolopäivien osuus työpäivistä",
        sv: "Andel sjukfrånvarodagar av arbetsdagarna",
        en: "Sick-leave days as a share of working days",
      },
      target: { fi: "enintään 4 %", sv: "högst 4 %", en: "at most 4 %" },
    },
    {
      id: "management",
      section: "staff",
      goal: { fi: "Esihenkilötyö tukee henkilöstöä", sv: "Chefsarbetet stöder personalen", en: "Managers support their staff" },
      metric: {
        fi: "Työhyvinvointikyselyn esihenkilötyön keskiarvo",
        sv: "Medeltal för chefsarbetet i enkäten om arbetshälsa",
        en: "Mean score for management in the well-being survey",
      },
      target: { fi: "Tavoitetaso 4 (asteikolla 1-5)", sv: "Målnivå 4 (skala 1-5)", en: "Target 4 (scale 1-5)" },
    },
  ],
};

function sectionRank(r: TemplateRow): number {
  return r.section ? SECTION_ORDER.indexOf(r.section) : SECTION_ORDER.length;
}

/** A contract template's goal rows: the catalogue's for it and its own, grouped by section. */
export function templateRows(template: TemplateName): TemplateRow[] {
  const fromCatalogue: TemplateRow[] = CATALOGUE.filter((e) => e.templates.includes(template)).map((e) => ({
    id: e.id,
    section: CATALOGUE_SECTION[e.id],
    goal: e.goal,
    metric: e.metric,
    target: e.target,
    ...(e.link ? { link: e.link } : {}),
  }));
  const rows = [...fromCatalogue, ...(OWN_ROWS[template] ?? [])];
  // A stable sort keeps each section's rows in catalogue order.
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => sectionRank(a.r) - sectionRank(b.r) || a.i - b.i)
    .map((x) => x.r);
}

export interface CardRow extends TemplateRow {
  section: SectionKey;
  source: Words;
}

function fromCatalogueOrOwn(id: string): TemplateRow {
  const e = CATALOGUE.find((x) => x.id === id);
  if (e) return { id, goal: e.goal, metric: e.metric, target: e.target };
  const own = Object.values(OWN_ROWS)
    .flat()
    .find((x) => x?.id === id);
  if (!own) throw new Error(`no goal row ${id}`);
  return own;
}

const CARD: Array<[SectionKey, string, Words]> = [
  ["customer", "customer-satisfaction", { fi: "Asiakaskysely", sv: "Kundenkät", en: "Customer survey" }],
  [
    "customer",
    "contacts-answered",
    { fi: "Asiakaspalvelun seurantajärjestelmä", sv: "Kundtjänstens uppföljningssystem", en: "Customer service tracking system" },
  ],
  ["finance", "budget-kept", { fi: "Talousraportti", sv: "Ekonomirapport", en: "Financial report" }],
  ["process", "caf-quality", { fi: "CAF-itsearviointi", sv: "CAF-självvärdering", en: "CAF self-assessment" }],
  [
    "process",
    "digital-audited",
    { fi: "Saavutettavuusauditoinnin raportit", sv: "Rapporter från tillgänglighetsgranskningen", en: "Accessibility audit reports" },
  ],
  ["staff", "staff-trained", { fi: "Koulutusrekisteri", sv: "Utbildningsregister", en: "Training records" }],
  ["staff", "sick-leave", { fi: "Henkilöstöraportti", sv: "Personalrapport", en: "Staff report" }],
];

/** The productivity row only the result card has (its finance perspective's second row). */
const PRODUCTIVITY: CardRow = {
  id: "productivity",
  section: "finance",
  goal: { fi: "Tuottavuus paranee", sv: "Produktiviteten förbättras", en: "Productivity improves" },
  metric: { fi: "Suoritteet henkilötyövuotta kohden", sv: "Prestationer per årsverke", en: "Outputs per person-year" },
  target: {
    fi: "Vähintään 1 200 suoritetta henkilötyövuotta kohden",
    sv: "Minst 1 200 prestationer per årsverke",
    en: "At least 1 200 outputs per person-year",
  },
  source: { fi: "Toiminnan tilastot ja henkilöstöraportti", sv: "Verksamhetsstatistik och personalrapport", en: "Activity statistics and staff report" },
};

/** The result card's rows, two for each perspective, in the classic order. */
export function cardRows(): CardRow[] {
  const rows: CardRow[] = CARD.map(([section, id, source]) => ({ ...fromCatalogueOrOwn(id), section, source }));
  rows.push(PRODUCTIVITY);
  return PERSPECTIVE_ORDER.flatMap((p) => rows.filter((r) => r.section === p));
}
