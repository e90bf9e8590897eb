/** @jest-environment jsdom */
// The Yhteenveto view with last year's files (issue 21), in jsdom: this year's files picked, then
// last year's (a unit workbook and one that cannot be read); the view shows the changes and keeps
// this year's figures; removing the comparison takes them away again.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { summariseUnit } from "../../src/domain/summary";
import { lastYearOf } from "../../src/domain/summary-previous";
import { FileUnreadable } from "../../src/taskpane/file-host";
import type { PickedFile, UnitReader } from "../../src/taskpane/summary-reader";
import { SummaryView } from "../../src/taskpane/views/SummaryView";
import { book } from "../fixtures/seeds";

const HEAD = ["Tavoite", "Vastuutaho", "Mittari", "Tavoitetaso", "Arviointi 1–12 kk"];

function unitBook(name: string, rows: Array<[goal: string, actual: string]>): WorkbookSnapshot {
  return book([
    "Tavoitteet",
    [
      ["PALVELUTUOTANTOSOPIMUS 2025"],
      [`Tulosyksikkö: ${name}`],
      [],
      HEAD,
      ...rows.map(([goal, actual]) => [goal, "Päällikkö", "Kysely", "Vähintään 4", actual]),
    ],
  ]);
}

const BOOKS: Record<string, WorkbookSnapshot> = {
  "nummi.xlsx": unitBook("Nummi", [
    ["Asiakkaat ovat tyytyväisiä", "4,2"],
    ["Henkilöstö voi hyvin", "3,7"],
  ]),
  "nummi-2024.xlsx": unitBook("Nummi", [
    ["Asiakkaat ovat tyytyväisiä", "3,5"],
    ["Henkilöstö voi hyvin", "4,4"],
    ["Poistunut tavoite", "4"],
  ]),
};

const picked = (name: string): PickedFile => ({ name, arrayBuffer: async () => new ArrayBuffer(1) });

const reader: UnitReader = {
  part: async (file, _b, lang) => summariseUnit(file, BOOKS[file], lang),
  lastYear: async (file, _b, lang) => {
    if (!BOOKS[file]) throw new FileUnreadable("notZip");
    return lastYearOf(file, BOOKS[file], lang);
  },
  book: async () => new Uint8Array(),
  close: () => undefined,
};

function choose(which: number, files: string[]) {
  const input = document.querySelectorAll('input[type="file"][multiple]')[which] as HTMLInputElement;
  fireEvent.change(input, { target: { files: files.map(picked) } });
}

test("last year's files picked after this year's: the changes are shown, and go when the comparison is removed", async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <SummaryView host={null} lang="fi" newReader={() => reader} />
    </FluentProvider>,
  );
  expect(screen.getByRole("button", { name: "Valitse edellisen vuoden tiedostot" })).toBeTruthy();
  choose(0, ["nummi.xlsx"]);
  await screen.findByRole("region", { name: "Yhteensä" });
  expect(screen.queryByRole("region", { name: "Edelliseen vuoteen verrattuna" })).toBeNull();

  choose(1, ["muistio.docx", "nummi-2024.xlsx"]);
  const changes = await screen.findByRole("region", { name: "Edelliseen vuoteen verrattuna" });
  expect(within(changes).getByText("Parempi 1, sama 0, huonompi 1, ei verrattavissa 0")).toBeTruthy();
  expect(within(changes).getByText("Nummi: Henkilöstö voi hyvin: Vihreä → Keltainen")).toBeTruthy();
  expect(within(changes).getByText("Edellisen vuoden tavoitteet ilman vastinetta (1)")).toBeTruthy();
  expect(screen.getByText("Edellinen vuosi: 1 yksikkö luettu")).toBeTruthy();
  expect(screen.getByText("Edellisen vuoden tiedostoa muistio.docx ei voitu lukea: se ei ole .xlsx-tiedosto")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Poista vertailu" }));
  expect(screen.queryByRole("region", { name: "Edelliseen vuoteen verrattuna" })).toBeNull();
  expect(screen.getByRole("region", { name: "Yhteensä" })).toBeTruthy();
});
