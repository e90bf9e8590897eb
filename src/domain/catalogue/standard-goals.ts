// The catalogue of standard goal rows, as data the organisation can extend. Each fills goal,
// metric and target; `link` says which computed figure the actual can be linked to.
import type { Lang } from "../i18n/lang";

export type TemplateName = "varhaiskasvatus" | "kirjasto" | "yleinen" | "tuloskortti";

export interface CatalogueEntry {
  id: string;
  goal: Record<Lang, string>;
  metric: Record<Lang, string>;
  target: Record<Lang, string>;
  link?: "fillRate" | "production";
  templates: TemplateName[];
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: "fill-rate",
    goal: { fi: "Henkilöstöresurssit ovat tehokkaassa käytössä", sv: "Personalresurserna används effektivt", en: "Staff resources are used efficiently" },
    metric: { fi: "Täyttöaste (kuukausien keskiarvo)", sv: "Fyllnadsgrad (månadernas medeltal)", en: "Fill rate (mean of the months)" },
    target: { fi: "Vähintään 100 % täyttöaste", sv: "Minst 100 % fyllnadsgrad", en: "At least 100 % fill rate" },
    link: "fillRate",
    templates: ["varhaiskasvatus"],
  },
  {
    id: "production-split",
    goal: {
      fi: "Toimitaan tehokkaasti kumppaneina yksityisten palveluntuottajien kanssa",
      sv: "Vi samarbetar effektivt med privata serviceproducenter",
      en: "We work efficiently with private providers",
    },
    metric: { fi: "Palvelusetelin piirissä olevien lasten lukumäärä", sv: "Antal barn med servicesedel", en: "Children with a service voucher" },
    target: {
      fi: "yksityinen tuotanto 23 % oma tuotanto 77 %",
      sv: "privat produktion 23 % egen produktion 77 %",
      en: "private production 23 % own production 77 %",
    },
    link: "production",
    templates: ["varhaiskasvatus"],
  },
  {
    id: "customer-satisfaction",
    goal: { fi: "Asiakas saa tarpeitaan vastaavaa palvelua", sv: "Kunden får service enligt sina behov", en: "Customers get the service they need" },
    metric: {
      fi: "Asiakaspalaute: Saamani palvelu on vastannut tarpeitani",
      sv: "Kundrespons: Servicen har motsvarat mina behov",
      en: "Customer feedback: the service met my needs",
    },
    target: { fi: "Tavoitetaso 4 (asteikolla 1-5)", sv: "Målnivå 4 (skala 1-5)", en: "Target 4 (scale 1-5)" },
    templates: ["varhaiskasvatus", "kirjasto", "yleinen"],
  },
  {
    id: "caf-quality",
    goal: {
      fi: "Laadunhallintajärjestelmällä varmistetaan tasalaatuinen palvelu",
      sv: "Kvalitetssystemet säkrar en jämn kvalitet",
      en: "Quality management keeps the service even",
    },
    metric: { fi: "CAF-laadunhallintajärjestelmä", sv: "CAF-kvalitetsbedömning", en: "CAF quality score" },
    target: {
      fi: "tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)",
      sv: "målnivå 50–70 (CAF-bedömning, poäng 0-100)",
      en: "target 50–70 (CAF assessment, points 0-100)",
    },
    templates: ["varhaiskasvatus", "yleinen"],
  },
  {
    id: "events",
    goal: { fi: "Kaikille avoimet yhteisöllisyyttä tukevat tapahtumat", sv: "Evenemang öppna för alla", en: "Events open to all" },
    metric: { fi: "Tapahtumien määrä", sv: "Antal evenemang", en: "Number of events" },
    target: { fi: "300 tapahtumaa", sv: "300 evenemang", en: "300 events" },
    templates: ["kirjasto"],
  },
  {
    id: "staff-trained",
    goal: { fi: "Henkilöstön osaaminen vahvistuu", sv: "Personalens kompetens stärks", en: "Staff skills grow" },
    metric: {
      fi: "Sisäiseen koulutukseen osallistuneiden osuus henkilöstöstä",
      sv: "Andel av personalen i intern utbildning",
      en: "Share of staff in internal training",
    },
    target: { fi: "Vähintään 15 % henkilöstöstä koulutettu", sv: "Minst 15 % av personalen utbildad", en: "At least 15 % of staff trained" },
    templates: ["varhaiskasvatus", "kirjasto", "yleinen"],
  },
  {
    id: "budget-kept",
    goal: { fi: "Talousarvio toteutuu suunnitellusti", sv: "Budgeten hålls", en: "The budget is kept" },
    metric: { fi: "Menojen toteuma suhteessa talousarvioon", sv: "Kostnadsutfall mot budget", en: "Expenditure against budget" },
    target: { fi: "Menot enintään 100 % talousarviosta", sv: "Kostnader högst 100 % av budgeten", en: "Expenditure at most 100 % of budget" },
    templates: ["varhaiskasvatus", "kirjasto", "yleinen"],
  },
  {
    id: "digital-audited",
    goal: {
      fi: "Kaikki tuotannossa olevat digitaaliset palvelut ovat saavutettavia",
      sv: "Alla digitala tjänster i produktion är tillgängliga",
      en: "All digital services in production are accessible",
    },
    metric: {
      fi: "Saavutettavuusauditointi tehty (tehty / kaikki)",
      sv: "Tillgänglighetsgranskning gjord (gjorda / alla)",
      en: "Accessibility audit done (done / all)",
    },
    target: { fi: "Kaikki palvelut auditoitu (n / n)", sv: "Alla tjänster granskade (n / n)", en: "All services audited (n / n)" },
    templates: ["kirjasto", "yleinen"],
  },
];

/** Catalogue entries whose words (in any language) contain every word of the query. */
export function searchCatalogue(query: string, entries: readonly CatalogueEntry[] = CATALOGUE): CatalogueEntry[] {
  const q = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const text = [e.id, ...Object.values(e.goal), ...Object.values(e.metric), ...Object.values(e.target)].join(" ").toLowerCase();
    return q.every((w) => text.includes(w));
  });
}
