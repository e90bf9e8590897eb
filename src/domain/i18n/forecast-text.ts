// A projection in the reader's words: the figure so far, the method, the interval and the risk,
// before the status reason of the projected value (domain.md, "Year-end forecast").
import type { Projected, ProjectionMethod, Risk } from "../forecast";
import { formatAmount, formatNumber, type Lang } from "./lang";
import { render } from "./messages";

const HOW: Record<ProjectionMethod, Record<Lang, string>> = {
  "mean-of-months": {
    fi: "{n} kuukauden keskiarvo {soFar}; vuoden ennuste kuukausien keskiarvona {value} (vaihteluväli {low}–{high})",
    sv: "medelvärde för {n} månader {soFar}; årsprognos som månadernas medelvärde {value} (intervall {low}–{high})",
    en: "mean of {n} months {soFar}; year-end projection as the mean of the months {value} (interval {low}–{high})",
  },
  "pro-rata": {
    fi: "tähän mennessä {soFar}; vuoden ennuste suhteutettuna koko vuoteen {value} ({soFar} × 12 / {m})",
    sv: "hittills {soFar}; årsprognos i proportion till hela året {value} ({soFar} × 12 / {m})",
    en: "so far {soFar}; year-end projection pro rata {value} ({soFar} × 12 / {m})",
  },
  "previous-year-share": {
    fi: "tähän mennessä {soFar}; vuoden ennuste edellisvuoden kertymän mukaan {value} (edellisvuonna {share} % vuoden määrästä kertyi {m} kuukaudessa)",
    sv: "hittills {soFar}; årsprognos enligt fjolårets fördelning {value} (i fjol hade {share} % av årets antal nåtts efter {m} månader)",
    en: "so far {soFar}; year-end projection by last year's share {value} (last year {share} % of the year's total was reached by month {m})",
  },
};

/**
 * The year-end forecast's risk, the one place its words are written, as a city's finance office
 * writes a year-end forecast: the pane (beside a goal, the Check view's list, the fill-rate chart),
 * the summary workbook (the risk column, its counts) and, lower-cased, a status's reason.
 */
export const RISK_LABELS: Record<Risk, Record<Lang, string>> = {
  "on-track": { fi: "Toteutuu", sv: "Uppnås", en: "On track" },
  "at-risk": { fi: "Toteutuminen epävarmaa", sv: "Osäker måluppfyllelse", en: "At risk" },
  "off-track": { fi: "Ei toteudu", sv: "Uppnås inte", en: "Off track" },
};

/** The risk inside a sentence: "ennuste: ei toteudu", "projection: at risk". */
export function riskWord(risk: Risk, lang: Lang): string {
  const label = RISK_LABELS[risk][lang];
  return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
}

/** The method in words, for the pane and the summary. */
export const METHOD_WORDS: Record<ProjectionMethod, Record<Lang, string>> = {
  "mean-of-months": { fi: "kuukausien keskiarvo", sv: "månadernas medelvärde", en: "mean of the months" },
  "pro-rata": { fi: "suhteutettu koko vuoteen", sv: "i proportion till hela året", en: "pro rata" },
  "previous-year-share": { fi: "edellisvuoden kertymän mukaan", sv: "enligt fjolårets fördelning", en: "by last year's share" },
};

const JOIN: Record<Lang, string> = {
  fi: "{how}; ennuste: {risk} – {reason}",
  sv: "{how}; prognos: {risk} – {reason}",
  en: "{how}; projection: {risk} – {reason}",
};

function figure(v: number, percent: boolean, lang: Lang): string {
  return percent ? `${formatNumber(v, lang)} %` : formatAmount(v, lang);
}

/** "tähän mennessä 31 500; vuoden ennuste … 47 250 (31 500 × 12 / 8); ennuste: toteutuu – 47250 täyttää …". */
export function projectionReason(p: Projected, reason: string, lang: Lang): string {
  const f = (v: number) => figure(v, p.percent, lang);
  const how = render(HOW[p.projection.method][lang], {
    n: String(p.months),
    m: String(p.months),
    soFar: f(p.soFar),
    value: f(p.projection.value),
    low: f(p.projection.low),
    high: f(p.projection.high),
    share: formatNumber(p.share ?? 0, lang),
  });
  return render(JOIN[lang], { how, risk: riskWord(p.projection.risk, lang), reason });
}
