// Issue 21: the fill rate's year-end projection on the Metrics chart (FillRateChart): its value,
// its interval as a band, the label, and the method and risk in words, the table alternative in
// step; from the engine's report of the early-childhood sample with December not yet measured.
import { renderToStaticMarkup } from "react-dom/server";
import { check } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { cellText } from "../../src/domain/snapshot";
import { fillMonths } from "../../src/taskpane/charts/data";
import { FillRateChart, projectionSentence } from "../../src/taskpane/charts/FillRateChart";
import { earlyChildhood } from "../fixtures/seeds";

function withoutDecember(): WorkbookSnapshot {
  const snap = earlyChildhood();
  for (const sheet of snap.sheets)
    for (const row of sheet.rows) if (sheet.name === "Täyttöaste" && row && cellText(row[0]) === "joulukuu") row.splice(1, row.length - 1);
  return snap;
}

const chart = (snap: WorkbookSnapshot, lang: "fi" | "sv" | "en") => {
  const report = check(snap, lang);
  const months = fillMonths(report);
  return {
    months,
    html: renderToStaticMarkup(<FillRateChart months={months} target={100} mean={report.fillRate?.average ?? null} lang={lang} label="x" summary="y" />),
  };
};

test("with December not measured, the chart shows the projection row, its band and its value, and says the method and the risk", () => {
  const { months, html } = chart(withoutDecember(), "fi");
  // By hand (test/domain/forecast.test.ts): mean 98,67, interval 98,50–98,83, yellow throughout: at risk.
  expect(months.projection).toEqual({ value: 98.67, low: 98.5, high: 98.83, method: "mean-of-months", risk: "at-risk" });
  expect(html).toContain(">Ennuste</text>");
  expect(html).toContain("98,67\u00a0%</text>");
  expect(html).toContain("<circle");
  expect(html).toContain(
    "Vuoden lopun ennuste on 98,67\u00a0%, mitattujen kuukausien keskiarvo; vaihteluväli 98,5\u00a0%–98,83\u00a0%. Tavoite: toteutuminen epävarmaa.",
  );
  // The table alternative has the same figures.
  expect(html).toContain("Ennuste, kuukausien keskiarvo (98,5–98,83)");
});

test("in Swedish and English the method and the risk are said in those words", () => {
  expect(chart(withoutDecember(), "sv").html).toContain(
    "medelvärdet av de uppmätta månaderna; intervall 98,5\u00a0%–98,83\u00a0%. Målet: osäker måluppfyllelse.",
  );
  expect(chart(withoutDecember(), "en").html).toContain(
    "The year-end projection is 98.67\u00a0%, the mean of the months measured; interval 98.5\u00a0%–98.83\u00a0%. Target: at risk.",
  );
  expect(projectionSentence({ value: 101, low: 100.5, high: 101.5, method: "mean-of-months", risk: "on-track" }, "en")).toMatch(/Target: on track\.$/);
});

test("with the whole year measured there is no projection on the chart", () => {
  const { months, html } = chart(earlyChildhood(), "fi");
  expect(months.projection).toBeUndefined();
  expect(html).not.toContain("Ennuste");
  expect(html).not.toContain("<circle");
});
