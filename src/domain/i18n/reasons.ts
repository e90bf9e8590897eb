// A status reason in the reader's language, in words rather than symbols:
// "98,74 % jää 1,26 prosenttiyksikköä alle tavoitteen 100 % (keltainen, jos vähintään 98 %)".
import type { Target } from "../parse/target";
import type { Reason } from "../status";
import { formatNumber, type Lang } from "./lang";
import { render } from "./messages";
import { count, NOUNS } from "./plural";

/** A change that must not happen ("Kävijämäärä ei laske"): at least / at most the baseline. */
const RELATIVE_NOT: Record<Lang, string> = {
  fi: "lähtötaso {baseline}, tavoitteena on, ettei luku {neg}: {inner}",
  sv: "utgångsläge {baseline}, målet är att talet inte {neg}: {inner}",
  en: "baseline {baseline}, the goal is for the figure not to {neg}: {inner}",
};

/** An actual that gives only a bound: every figure it allows meets the target, none does, or it cannot tell. */
const BOUNDED: Record<"green" | "yellow" | "red" | "none", Record<Lang, string>> = {
  green: {
    fi: "toteuma ”{said}” täyttää tavoitteen {target}, mikä tahansa luku se onkin",
    sv: "utfallet ”{said}” uppfyller målet {target}, vilket tal det än är",
    en: "the actual “{said}” meets the target {target}, whatever the figure is",
  },
  yellow: {
    fi: "toteuma ”{said}” jää tavoitteen {target} keltaiselle alueelle, mikä tahansa luku se onkin",
    sv: "utfallet ”{said}” hamnar i det gula området för målet {target}, vilket tal det än är",
    en: "the actual “{said}” falls in the yellow band of the target {target}, whatever the figure is",
  },
  red: {
    fi: "toteuma ”{said}” ei täytä tavoitetta {target}, mikä tahansa luku se onkin",
    sv: "utfallet ”{said}” uppfyller inte målet {target}, vilket tal det än är",
    en: "the actual “{said}” does not meet the target {target}, whatever the figure is",
  },
  none: {
    fi: "toteuma ”{said}” on raja tai vaihteluväli eikä yksi luku, eikä siitä voi päätellä tilaa tavoitteeseen {target} nähden",
    sv: "utfallet ”{said}” är en gräns eller ett intervall och inte ett tal, och ingen status kan härledas mot målet {target}",
    en: "the actual “{said}” is a bound or a range, not one figure, so no status can be told against the target {target}",
  },
};

/** A figure converted to the target's time unit: "”3 viikkoa” on 21 päivää; …". */
const CONVERTED: Record<Lang, string> = {
  fi: "”{said}” on {value} {unit}; {inner}",
  sv: "”{said}” är {value} {unit}; {inner}",
  en: "“{said}” is {value} {unit}; {inner}",
};

const T: Record<Exclude<Reason["key"], "bounded" | "converted">, Record<Lang, string>> = {
  met: {
    fi: "{actual} täyttää tavoitteen {target}",
    sv: "{actual} uppfyller målet {target}",
    en: "{actual} meets the target {target}",
  },
  below: {
    fi: "{actual} jää {gap} alle tavoitteen {level} (keltainen, jos vähintään {edge})",
    sv: "{actual} ligger {gap} under målet {level} (gul om minst {edge})",
    en: "{actual} is {gap} below the target {level} (yellow if at least {edge})",
  },
  above: {
    fi: "{actual} on {gap} yli tavoitteen {level} (keltainen, jos enintään {edge})",
    sv: "{actual} ligger {gap} över målet {level} (gul om högst {edge})",
    en: "{actual} is {gap} above the target {level} (yellow if at most {edge})",
  },
  outside: {
    fi: "{actual} on {gap} tavoitevälin {level} ulkopuolella (keltainen, jos {edge})",
    sv: "{actual} ligger {gap} utanför målintervallet {level} (gul om {edge})",
    en: "{actual} is {gap} outside the target range {level} (yellow if {edge})",
  },
  split: {
    fi: "yksityisen tuotannon osuus {actual} %, tavoite {target} %: ero {gap} (vihreä, jos ero on enintään {green}, keltainen, jos enintään {yellow})",
    sv: "privat andel {actual} %, mål {target} %: skillnad {gap} (grön om skillnaden är högst {green}, gul om högst {yellow})",
    en: "private share {actual} %, target {target} %: a difference of {gap} (green if the difference is at most {green}, yellow if at most {yellow})",
  },
  direction: {
    fi: "{actual}, lähtötaso {baseline} (muutos {change} %); tavoitteena on, että luku {want}",
    sv: "{actual}, utgångsläge {baseline} (förändring {change} %); målet är att talet {want}",
    en: "{actual}, baseline {baseline} (change {change} %); the goal is for the figure to {want}",
  },
  relative: {
    fi: "lähtötaso {baseline}, tavoitteena on, että luku {want} {by}: {inner}",
    sv: "utgångsläge {baseline}, målet är att talet {want} med {by}: {inner}",
    en: "baseline {baseline}, the goal is for the figure to {want} by {by}: {inner}",
  },
  units: {
    fi: "{actual} on {actualUnit}, mutta lähtötaso {baseline}{where} on {baselineUnit}; eri yksiköitä ei verrata, joten tilaa ei lasketa",
    sv: "{actual} är {actualUnit}, men utgångsläget {baseline}{where} är {baselineUnit}; olika enheter jämförs inte, så ingen status beräknas",
    en: "{actual} is {actualUnit}, but the baseline {baseline}{where} is {baselineUnit}; unlike units are not compared, so no status is computed",
  },
  missingBaseline: {
    fi: "suhteellinen tavoite tarvitsee lähtötason, jota ei ole",
    sv: "ett relativt mål behöver ett utgångsläge, som saknas",
    en: "a relative target needs a baseline, and there is none",
  },
  fraction: {
    fi: "{done} / {total} toteutunut, tavoite {target}",
    sv: "{done} / {total} genomförda, mål {target}",
    en: "{done} / {total} done, target {target}",
  },
  progress: { fi: "eteneminen: {word}", sv: "framsteg: {word}", en: "progress: {word}" },
  phrase: {
    fi: "toteuma alkaa sanoin {word}",
    sv: "utfallet börjar med orden {word}",
    en: "the actual begins with the words {word}",
  },
  ambiguous: {
    fi: "toteumassa on useita lukuja ({figures}) eikä mikään niistä ole merkitty toteumaksi",
    sv: "utfallet har flera tal ({figures}) och inget av dem är märkt som utfall",
    en: "the actual holds several figures ({figures}) and none is marked as the result",
  },
  ambiguousBaseline: {
    fi: "lähtötasossa ({where}) on useita lukuja ({figures}) eikä mikään niistä ole merkitty toteumaksi",
    sv: "utgångsläget ({where}) har flera tal ({figures}) och inget av dem är märkt som utfall",
    en: "the baseline ({where}) holds several figures ({figures}) and none is marked as the result",
  },
  compound: {
    fi: "{parts}, heikoin: {worst}",
    sv: "{parts}, svagast: {worst}",
    en: "{parts}, weakest: {worst}",
  },
  noActual: { fi: "toteumaa ei vielä ole", sv: "inget utfall ännu", en: "no actual yet" },
  noTarget: { fi: "tavoitetaso puuttuu", sv: "målnivå saknas", en: "no target level" },
  notMeasured: {
    fi: "toteumassa ei ole tavoitteeseen verrattavaa lukua",
    sv: "utfallet har inget tal att jämföra med målet",
    en: "the actual has no figure to compare with the target",
  },
  noBaseline: {
    fi: "lähtötaso tai toteuman luku puuttuu",
    sv: "utgångsläget eller utfallets tal saknas",
    en: "the baseline or the figure in the actual is missing",
  },
  qualitative: {
    fi: "laadullinen tavoite: tila merkitään käsin",
    sv: "kvalitativt mål: statusen sätts för hand",
    en: "qualitative target: the status is set by hand",
  },
  manual: { fi: "käsin merkitty tila", sv: "status satt för hand", en: "status set by hand" },
  formulaError: {
    fi: "tavoitetason tai toteuman kaavassa on virhe",
    sv: "målnivåns eller utfallets formel har ett fel",
    en: "the target's or the actual's formula has an error",
  },
};

/** How much the change may or must be: "enintään 2 %", "yli 10 %". */
const CHANGE_BOUND: Record<"cap" | "capStrict" | "strict", Record<Lang, string>> = {
  cap: { fi: "enintään", sv: "högst", en: "at most" },
  capStrict: { fi: "alle", sv: "mindre än", en: "less than" },
  strict: { fi: "yli", sv: "mer än", en: "more than" },
};
const NOT_WANT: Record<"decrease" | "increase", Record<Lang, string>> = {
  decrease: { fi: "vähene", sv: "minskar", en: "decrease" },
  increase: { fi: "kasva", sv: "ökar", en: "increase" },
};
const WANT: Record<"decrease" | "increase", Record<Lang, string>> = {
  decrease: { fi: "vähenee", sv: "minskar", en: "decrease" },
  increase: { fi: "kasvaa", sv: "ökar", en: "increase" },
};
/** What a figure is, for the reason that refuses to compare a share with a count. */
export const UNIT_NAMES: Record<"percent" | "number", Record<Lang, string>> = {
  percent: { fi: "prosenttiosuus", sv: "en procentandel", en: "a percentage" },
  number: { fi: "lukumäärä", sv: "ett antal", en: "a count" },
};
const PROGRESS: Record<"done" | "doing" | "todo", Record<Lang, string>> = {
  done: { fi: "TEHTY", sv: "klart", en: "done" },
  doing: { fi: "TEKEILLÄ", sv: "pågår", en: "in progress" },
  todo: { fi: "TEKEMÄTTÄ", sv: "ej påbörjat", en: "not started" },
};

const PHRASE: Record<"negative" | "delayed", Record<Lang, string>> = {
  negative: { fi: "”ei toteudu”", sv: "”uppnås inte”", en: "“not achieved”" },
  delayed: { fi: "”viivästyy”", sv: "”försenad”", en: "“delayed”" },
};

/** How a target's parts are said: "vähintään 4", "yli 75 %", "50–70", "laskeva". */
const WORDS = {
  atLeast: { fi: "vähintään {n}", sv: "minst {n}", en: "at least {n}" },
  moreThan: { fi: "yli {n}", sv: "över {n}", en: "more than {n}" },
  atMost: { fi: "enintään {n}", sv: "högst {n}", en: "at most {n}" },
  lessThan: { fi: "alle {n}", sv: "under {n}", en: "less than {n}" },
  range: { fi: "{lo}–{hi}", sv: "{lo}–{hi}", en: "{lo}–{hi}" },
  decrease: { fi: "laskeva", sv: "minskande", en: "decreasing" },
  increase: { fi: "kasvava", sv: "ökande", en: "increasing" },
  decreaseBy: { fi: "vähenee {n}", sv: "minskar med {n}", en: "decreases by {n}" },
  increaseBy: { fi: "kasvaa {n}", sv: "ökar med {n}", en: "increases by {n}" },
  split: { fi: "yksityinen {private} %, oma {own} %", sv: "privat {private} %, egen {own} %", en: "private {private} %, own {own} %" },
  all: { fi: "kaikki toteutettu", sv: "alla genomförda", en: "all done" },
  and: { fi: " ja ", sv: " och ", en: " and " },
} satisfies Record<string, Record<Lang, string>>;

/** A target in words, for the reasons and messages: "vähintään 4 ja laskeva", never "≥ 4 & ↓". */
export function targetInWords(target: Target, lang: Lang): string {
  const n = (x: number) => (lang === "en" ? String(x) : String(x).replace(".", ","));
  const u = (unit: "percent" | "number" | string) => (unit === "percent" ? " %" : "");
  switch (target.kind) {
    case "bound": {
      const key = target.dir === "atLeast" ? (target.strict ? "moreThan" : "atLeast") : target.strict ? "lessThan" : "atMost";
      return render(WORDS[key][lang], { n: n(target.value) + u(target.unit) });
    }
    case "range":
      return render(WORDS.range[lang], { lo: n(target.lo), hi: n(target.hi) }) + u(target.unit);
    case "direction":
      return WORDS[target.want][lang];
    case "relative":
      return render(WORDS[target.want === "decrease" ? "decreaseBy" : "increaseBy"][lang], {
        n: target.points ? count(target.by, NOUNS.percentagePoint, lang, n(target.by)) : `${n(target.by)} %`,
      });
    case "split":
      return render(WORDS.split[lang], { private: n(target.privateShare), own: n(target.ownShare) });
    case "compound": {
      const parts = target.parts.map((p) => targetInWords(p, lang));
      return parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")}${WORDS.and[lang]}${parts[parts.length - 1]}`;
    }
    case "all":
      return WORDS.all[lang];
    case "qualitative":
      return "";
  }
}

export function renderReason(r: Reason, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const comma = lang !== "en";
  const level = (s: string) => (comma ? s.replace(".", ",") : s);
  const pp = (x: number) => count(x, NOUNS.percentagePoint, lang, n(x));
  switch (r.key) {
    case "met":
      return render(T.met[lang], { actual: n(r.actual) + (r.percent ? " %" : ""), target: targetInWords(r.target, lang) });
    case "below":
    case "above":
    case "outside": {
      const percentLevel = r.level.endsWith("%");
      const unit = (x: number) => (r.percent || percentLevel ? pp(x) : n(x));
      const edge = n(r.edge) + (percentLevel ? " %" : "");
      const side = r.key === "below" || (r.key === "outside" && r.low) ? WORDS.atLeast : WORDS.atMost;
      return render(T[r.key][lang], {
        actual: n(r.actual) + (r.percent ? " %" : ""),
        level: level(r.level),
        gap: unit(r.gap),
        edge: r.key === "outside" ? render(side[lang], { n: edge }) : edge,
      });
    }
    case "split":
      return render(T.split[lang], { actual: n(r.actual), target: n(r.target), gap: pp(r.gap), green: pp(r.green), yellow: pp(r.yellow) });
    case "direction":
      return render(T.direction[lang], { actual: n(r.actual), baseline: n(r.baseline), change: n(r.change), want: WANT[r.want][lang] });
    case "relative": {
      if (r.cap && r.by === 0 && !r.strict) {
        return render(RELATIVE_NOT[lang], { baseline: n(r.baseline), neg: NOT_WANT[r.want][lang], inner: renderReason(r.inner, lang) });
      }
      const size = r.points ? pp(r.by) : r.count ? n(r.by) : `${n(r.by)} %`;
      const how = r.cap ? (r.strict ? "capStrict" : "cap") : r.strict ? "strict" : undefined;
      const by = how ? `${CHANGE_BOUND[how][lang]} ${size}` : size;
      return render(T.relative[lang], {
        baseline: n(r.baseline),
        want: WANT[r.want][lang],
        by,
        inner: renderReason(r.inner, lang),
      });
    }
    case "units": {
      const shown = (x: number, percent: boolean) => n(x) + (percent ? " %" : "");
      const where = [r.label, r.cell].filter((w) => w !== undefined && w !== "").join(", ");
      return render(T.units[lang], {
        actual: shown(r.actual, r.percent),
        actualUnit: UNIT_NAMES[r.percent ? "percent" : "number"][lang],
        baseline: shown(r.baseline, r.baselinePercent),
        where: where === "" ? "" : ` (${where})`,
        baselineUnit: UNIT_NAMES[r.baselinePercent ? "percent" : "number"][lang],
      });
    }
    case "converted":
      return render(CONVERTED[lang], { said: r.said, value: n(r.value), unit: r.unit, inner: renderReason(r.inner, lang) });
    case "bounded":
      return render(BOUNDED[r.status][lang], { said: r.said, target: targetInWords(r.target, lang) });
    case "fraction":
      return render(T.fraction[lang], { done: r.done, total: r.total, target: targetInWords(r.target, lang) });
    case "progress":
      return render(T.progress[lang], { word: PROGRESS[r.progress][lang] });
    case "phrase":
      return render(T.phrase[lang], { word: PHRASE[r.phrase][lang] });
    case "ambiguous":
      return render(T.ambiguous[lang], { figures: r.figures.map((f) => (comma ? f : f.replace(",", "."))).join(", ") });
    case "ambiguousBaseline":
      return render(T.ambiguousBaseline[lang], {
        where: [r.label, r.cell].filter((w) => w !== "").join(", "),
        figures: r.figures.map((f) => (comma ? f : f.replace(",", "."))).join(", "),
      });
    case "compound":
      return render(T.compound[lang], { parts: count(r.parts, NOUNS.part, lang), worst: renderReason(r.worst, lang) });
    default:
      return T[r.key][lang];
  }
}

/** Where the deciding figure came from, for the reason: a cell and its column, or a table of the workbook. */
export interface ReasonSource {
  /** The column's header as the reader sees it ("Q4", "Toteuma 1–8/2025"), or a table's name key. */
  label: string;
  /** The cell ("E14"); none for a figure from a table. */
  cell?: string;
  /** Earlier review columns holding a value on the row, passed over: their label, cell and value as shown. */
  passed: Array<{ label: string; cell: string; value: string }>;
  /** Earlier review columns whose month series the deciding one's joins (seed 001: Jan–Sep and Oct–Dec). */
  joined?: Array<{ label: string; cell: string }>;
}

const SOURCE = {
  cell: { fi: "{label} ({cell}): {reason}", sv: "{label} ({cell}): {reason}", en: "{label} ({cell}): {reason}" },
  table: { fi: "{label}: {reason}", sv: "{label}: {reason}", en: "{label}: {reason}" },
  joined: {
    fi: "{reason}; kuukaudet yhdessä sarakkeen {joined} kanssa",
    sv: "{reason}; månaderna tillsammans med kolumnen {joined}",
    en: "{reason}; the months together with the column {joined}",
  },
  passed: {
    fi: "{reason}; aiemmat sarakkeet ohitettu: {passed}",
    sv: "{reason}; tidigare kolumner används inte: {passed}",
    en: "{reason}; earlier columns passed over: {passed}",
  },
} satisfies Record<string, Record<Lang, string>>;

/** The names of the workbook's tables a linked figure comes from. */
export const SOURCE_TABLES: Record<"fillRate" | "production", Record<Lang, string>> = {
  fillRate: { fi: "täyttöastetaulukko", sv: "fyllnadsgradstabellen", en: "the fill-rate table" },
  production: { fi: "tuotantotaulukko", sv: "produktionstabellen", en: "the production table" },
};

/**
 * A reason with its source: "Q4 (E14): 4,55 täyttää tavoitteen vähintään 4,2; aiemmat sarakkeet
 * ohitettu: Q1 (B14) 3,9; Q2 (C14) 4,1; Q3 (D14) 4,41".
 */
export function withSource(reason: string, source: ReasonSource | undefined, lang: Lang): string {
  if (!source) return reason;
  const label = source.label.replace(/\s+/g, " ").trim();
  const short = label.length > 40 ? `${label.slice(0, 39)}…` : label;
  let out = source.cell ? render(SOURCE.cell[lang], { label: short, cell: source.cell, reason }) : render(SOURCE.table[lang], { label: short, reason });
  if (source.joined && source.joined.length > 0) {
    const joined = source.joined.map((p) => `${p.label.replace(/\s+/g, " ").trim()} (${p.cell})`).join(", ");
    out = render(SOURCE.joined[lang], { reason: out, joined });
  }
  if (source.passed.length > 0) {
    const passed = source.passed.map((p) => `${p.label.replace(/\s+/g, " ").trim()} (${p.cell}) ${p.value}`).join("; ");
    out = render(SOURCE.passed[lang], { reason: out, passed });
  }
  return out;
}
