/** @jest-environment jsdom */
// The check and refresh views mark the goals the year-end projection puts at risk (issue 21;
// domain.md, "Year-end forecast"): the risk in words beside the goal, never a colour alone.
import { render, screen, within } from "@testing-library/react";
import { sheetFromValues, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { excelMock } from "../../src/devtools/excel-mock";
import { excelHost } from "../../src/taskpane/host";
import { CheckView } from "../../src/taskpane/views/CheckView";
import { RefreshView } from "../../src/taskpane/views/RefreshView";

// Events add up over the year: 190 by month 8 project to 190 × 12 / 8 = 285, inside the yellow
// band (270 ≤ 285 < 300): at risk; 250 project to 375 ≥ 300: on track.
function workbook(): WorkbookSnapshot {
  return {
    sheets: [
      sheetFromValues("Tavoitteet", [
        ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma 1–8/2025", "Värikoodi"],
        ["Perhetapahtumia järjestetään", "Tapahtumien määrä", "vähintään 300 tapahtumaa vuodessa", 190, null],
        ["Kirjastokursseja pidetään", "Kurssien määrä", "vähintään 300 kurssia vuodessa", 250, null],
      ]),
    ],
    unsupported: [],
  };
}

function hostOf(snap: WorkbookSnapshot) {
  const { context } = excelMock(snap, {});
  return excelHost((batch) => batch(context), false);
}

test("the check lists the goals at risk by the forecast, with the risk in words and the reason", async () => {
  render(<CheckView host={hostOf(workbook())} lang="fi" />);
  const region = await screen.findByRole("region", { name: "Ennusteen mukaan riskissä: 1" });
  expect(within(region).getByText(/^Toteutuminen epävarmaa: Perhetapahtumia järjestetään$/)).toBeTruthy();
  expect(region.textContent).toContain("190");
  expect(region.textContent).not.toContain("Kirjastokursseja");
});

test("each refresh change says the forecast's risk beside its reason", async () => {
  render(<RefreshView host={hostOf(workbook())} lang="en" />);
  const risk = await screen.findAllByText("At risk");
  expect(risk.map((e) => e.getAttribute("data-risk"))).toEqual(["at-risk"]);
  expect(screen.getAllByText("On track").map((e) => e.getAttribute("data-risk"))).toEqual(["on-track"]);
});
