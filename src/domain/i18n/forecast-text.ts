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

/** The risk words; also what the pane shows beside a projection. */
export const RISK_WORDS: Record<Risk, Record<Lang, string>> = {
  "on-track": { fi: "toteutumassa", sv: "på väg att uppnås", en: "on track" },
  "at-risk": { fi: "toteutuminen epävarmaa", sv: "osäkert", en: "at risk" },
  "off-track": { fi: "ei toteudu", sv: "uppnås inte", en: "off track" },
};

/** The method in words, for the pane and the summary. */
export const METHOD_WORDS: Record<ProjectionMethod, Record<Lang, string>> = {
  "mean-of-months": { fi: "kuukausien keskiarvo", sv: "månadernas medelvärde", en: "mean of the months" },
  "pro-rata": { fi: "suhteutettu koko vuoteen", sv: "i proportion till hela året", en: "pro rata" },
  "previous-year-share": { fi: "edellisvuoden kertymän mukaan", sv: "enligt fjolårets fördelning", en: "by last year's share" },
};

const JOIN: Record<Lang, string> = {
  fi: "{how}; ennusteen mukaan {risk}: {reason}",
  sv: "{how}; enligt prognosen {risk}: {reason}",
  en: "{how}; projected {risk}: {reason}",
};

function figure(v: number, percent: boolean, lang: Lang): string {
  return percent ? `${formatNumber(v, lang)} %` : formatAmount(v, lang);
}

/** "tähän mennessä 31 500; vuoden ennuste … 47 250 (31 500 × 12 / 8); ennusteen mukaan toteutumassa: 47250 täyttää …". */
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
  return render(JOIN[lang], { how, risk: RISK_WORDS[p.projection.risk][lang], reason });
}
