// A status reason in the reader's language: "98,74 % jää 1,26 %-yks. alle tavoitteen 100 % …".
import { describeTarget } from "../parse/target";
import type { Reason } from "../status";
import { formatNumber, type Lang } from "./lang";
import { render } from "./messages";

const T: Record<Reason["key"], Record<Lang, string>> = {
  met: {
    fi: "{actual} täyttää tavoitteen {target}",
    sv: "{actual} uppfyller målet {target}",
    en: "{actual} meets the target {target}",
  },
  below: {
    fi: "{actual} jää {gap} alle tavoitteen {level} (keltainen raja {band})",
    sv: "{actual} ligger {gap} under målet {level} (gul gräns {band})",
    en: "{actual} is below {level} by {gap} (yellow band {band})",
  },
  above: {
    fi: "{actual} ylittää tavoitteen {level} {gap} (keltainen raja {band})",
    sv: "{actual} ligger {gap} över målet {level} (gul gräns {band})",
    en: "{actual} is above {level} by {gap} (yellow band {band})",
  },
  outside: {
    fi: "{actual} on {gap} tavoitevälin {level} ulkopuolella (keltainen raja {band})",
    sv: "{actual} ligger {gap} utanför målintervallet {level} (gul gräns {band})",
    en: "{actual} is outside {level} by {gap} (yellow band {band})",
  },
  split: {
    fi: "yksityisen tuotannon osuus {actual} %, tavoite {target} %: ero {gap} %-yks. (vihreä ≤ {green}, keltainen ≤ {yellow})",
    sv: "privat andel {actual} %, mål {target} %: skillnad {gap} procentenheter (grön ≤ {green}, gul ≤ {yellow})",
    en: "private share {actual} % against {target} %: {gap} pp apart (green ≤ {green}, yellow ≤ {yellow})",
  },
  direction: {
    fi: "{actual}, lähtötaso {baseline} (muutos {change} %), tavoite: {want}",
    sv: "{actual}, utgångsläge {baseline} (förändring {change} %), mål: {want}",
    en: "{actual} against baseline {baseline} ({change} %), wanted: {want}",
  },
  fraction: {
    fi: "{done} / {total} toteutunut, tavoite {target}",
    sv: "{done} / {total} genomförda, mål {target}",
    en: "{done} / {total} done, target {target}",
  },
  progress: { fi: "eteneminen: {word}", sv: "framsteg: {word}", en: "progress: {word}" },
  compound: {
    fi: "{parts} osatavoitetta, heikoin: {worst}",
    sv: "{parts} delmål, svagast: {worst}",
    en: "{parts} parts, weakest: {worst}",
  },
  noActual: { fi: "toteumaa ei vielä ole", sv: "inget utfall ännu", en: "no actual yet" },
  noTarget: { fi: "tavoitetaso puuttuu", sv: "målnivå saknas", en: "no target level" },
  notMeasured: {
    fi: "toteumassa ei ole tavoitteeseen verrattavaa lukua",
    sv: "utfallet har inget tal att jämföra med målet",
    en: "the actual gives no figure to compare with the target",
  },
  noBaseline: {
    fi: "lähtötaso tai toteuman luku puuttuu",
    sv: "utgångsläge eller utfallets tal saknas",
    en: "baseline or actual figure missing",
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

const PP: Record<Lang, string> = { fi: " %-yks.", sv: " procentenheter", en: " pp" };
const WANT: Record<"decrease" | "increase", Record<Lang, string>> = {
  decrease: { fi: "vähenee", sv: "minskar", en: "decrease" },
  increase: { fi: "kasvaa", sv: "ökar", en: "increase" },
};
const PROGRESS: Record<"done" | "doing" | "todo", Record<Lang, string>> = {
  done: { fi: "TEHTY", sv: "klart", en: "done" },
  doing: { fi: "TEKEILLÄ", sv: "pågår", en: "in progress" },
  todo: { fi: "TEKEMÄTTÄ", sv: "ej påbörjat", en: "not started" },
};

export function renderReason(r: Reason, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const comma = lang !== "en";
  const level = (s: string) => (comma ? s.replace(".", ",") : s);
  switch (r.key) {
    case "met":
      return render(T.met[lang], { actual: n(r.actual) + (r.percent ? " %" : ""), target: describeTarget(r.target, comma) });
    case "below":
    case "above":
    case "outside": {
      const unit = (x: number) => n(x) + (r.percent || r.level.endsWith("%") ? PP[lang] : "");
      return render(T[r.key][lang], {
        actual: n(r.actual) + (r.percent ? " %" : ""),
        level: level(r.level),
        gap: unit(r.gap),
        band: unit(r.band),
      });
    }
    case "split":
      return render(T.split[lang], { actual: n(r.actual), target: n(r.target), gap: n(r.gap), green: n(r.green), yellow: n(r.yellow) });
    case "direction":
      return render(T.direction[lang], { actual: n(r.actual), baseline: n(r.baseline), change: n(r.change), want: WANT[r.want][lang] });
    case "fraction":
      return render(T.fraction[lang], { done: r.done, total: r.total, target: describeTarget(r.target, comma) });
    case "progress":
      return render(T.progress[lang], { word: PROGRESS[r.progress][lang] });
    case "compound":
      return render(T.compound[lang], { parts: r.parts, worst: renderReason(r.worst, lang) });
    default:
      return T[r.key][lang];
  }
}
