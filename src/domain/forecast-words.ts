// Words that tell whether a goal's count adds up over the year (domain.md, "Year-end forecast"):
// a count of events, visits, visitors, participants, courses, performances or loans, or a target
// or metric that says "per year" / "cumulative"; and the words of levels (places, staff, a queue,
// vacancies, a score, a share, a mean, a cost per unit, a figure per week or month), which are
// never projected. Data, not code: add a word here and every workbook that uses it is read so.
import type { Lang } from "./i18n/lang";

/**
 * Count nouns by their stems (a Finnish noun's stems differ by consonant gradation and plural:
 * käynti, käynnit, käyntejä). A word counts when it is a stem plus one of the language's endings,
 * also as the head of a compound ("kotikäyntiä", "biblioteksbesök"), or a stem plus a count word
 * ("kävijämäärä"); "kurssipaikkojen" or "käynnistynyt" do not.
 */
export const COUNT_STEMS: Record<Lang, string[]> = {
  fi: [
    "tapahtuma",
    "tapahtumi",
    "tilaisuus",
    "tilaisuude",
    "tilaisuuks",
    "käynti",
    "käynni",
    "käynne",
    "käyntej",
    "kävijä",
    "kävijö",
    "osallistuja",
    "osallistuji",
    "osallistunut",
    "osallistunee",
    "osallistunei",
    "kurssi",
    "kursse",
    "esitys",
    "esitykse",
    "esityks",
    "näytös",
    "näytökse",
    "näytöks",
    "laina",
    "lainoj",
    "lainoi",
    "lainaus",
    "lainauks",
    "lainaukse",
  ],
  sv: ["evenemang", "besök", "besökar", "deltagar", "kurs", "föreställning", "lån"],
  en: ["event", "visit", "visitor", "participant", "course", "performance", "loan"],
};

/** Endings a count noun's stem takes in the workbooks' texts (case and number forms). */
export const COUNT_ENDINGS: Record<Lang, string[]> = {
  fi: [
    "",
    "t",
    "a",
    "ä",
    "ta",
    "tä",
    "n",
    "en",
    "den",
    "iden",
    "jen",
    "ien",
    "ja",
    "jä",
    "ia",
    "iä",
    "ita",
    "itä",
    "ssa",
    "ssä",
    "sta",
    "stä",
    "lla",
    "llä",
    "lle",
    "na",
    "nä",
    "ksi",
    "ihin",
    "issa",
    "issä",
    "ista",
    "istä",
    "illa",
    "illä",
    "ille",
    "määrä",
    "määrät",
    "määrän",
    "luku",
    "kerrat",
    "kertoja",
  ],
  sv: ["", "e", "et", "en", "er", "ar", "na", "erna", "arna", "are", "arna", "aren", "ens", "ets", "s", "ers", "antal"],
  en: ["", "s"],
};

/** Words saying a figure adds up over the year. */
export const ADDS_UP_WORDS: Record<Lang, RegExp> = {
  fi: /(\/\s*vuosi|\/\s*v(?!\p{L})|vuodessa|vuoden aikana|kertym\p{L}*|kumulatiivi\p{L}*)/u,
  sv: /(per år|\/\s*år|ackumulera\p{L}*|kumulativ\p{L}*)/u,
  en: /(per year|\/\s*year|cumulative\p{L}*)/u,
};

/**
 * Words of a level: a share, a score (satisfaction, NPS), a mean or average size, a queue, places,
 * staff, vacancies, a cost per unit, a figure per anything but the year ("kohden", "per
 * aukiolotunti", "lainaa/asukas"), or a figure per week, month or day. Feedback is a score
 * ("asiakaspalaute 4,2"), but "palautteita", "palautteiden määrä", "palautteet / vuosi" count items. A count word beside them ("kustannus / käynti",
 * "käyntien keskimääräinen kesto", "esityksiä viikossa") does not make them add up.
 */
export const LEVEL_WORDS: Record<Lang, RegExp> = {
  fi: /(%|osuus|osuu\p{L}*|prosent\p{L}*|täyttöaste\p{L}*|käyttöaste\p{L}*|keskiarv\p{L}*|keskimäär\p{L}*|asteiko\p{L}*|asteikk\p{L}*|pistee\p{L}*|arvosan\p{L}*|jono\p{L}*|odotusai\p{L}*|vakanss\p{L}*|henkilöstö\p{L}*|henkilötyö\p{L}*|paikk\p{L}*|paikat|€|euro\p{L}*|kustannu\p{L}*|hinta|hinna\p{L}*|viikossa|viikoittain|kuukaudessa|kuukausittain|päivässä|päivittäin|\/\s*(vko|viikko|kk|kuukausi|pv|päivä)|tyytyväi\p{L}*|arvio\p{L}*|palaut(?!teita|teiden|teet)\p{L}*|kesto\p{L}*|laatu|laadu\p{L}*|keski\p{L}*|täyttymi\p{L}*|kohden|(?<!\p{L})(nps(?!\p{L})|per\s+(?!(vuosi|vuodessa|v|år|year)(?!\p{L}))\p{L})|\/\s*(?!(vuosi|vuodessa|v|år|year)(?!\p{L}))\p{L})/u,
  sv: /(%|andel\p{L}*|procent\p{L}*|fyllnadsgrad\p{L}*|medel\p{L}*|genomsnitt\p{L}*|skala\p{L}*|poäng|kö(?!\p{L})|kön|väntetid\p{L}*|vakans\p{L}*|personal\p{L}*|platser|kostnad\p{L}*|pris\p{L}*|per vecka|per månad|per dag|i veckan|i månaden|\/\s*(vecka|månad|dag)|nöjd\p{L}*|betyg\p{L}*|omdöme\p{L}*|kvalitet\p{L}*|längd|(?<!\p{L})(nps|per\s+(?!(vuosi|vuodessa|v|år|year)(?!\p{L}))\p{L})|\/\s*(?!(vuosi|vuodessa|v|år|year)(?!\p{L}))\p{L})/u,
  en: /(%|(?<!\p{L})(share|percent\p{L}*|rate|average|mean|scale|score|points|queue|waiting|vacanc\p{L}*|staff|places|cost|price|per week|per month|per day|a week|a month|a day|weekly|monthly|daily|nps|satisf\p{L}*|rating\p{L}*|feedback|quality|duration|length|per\s+(?!(vuosi|vuodessa|v|år|year)(?!\p{L}))\p{L}+)(?!\p{L})|\/\s*(?!(vuosi|vuodessa|v|år|year)(?!\p{L}))\p{L})/u,
};
