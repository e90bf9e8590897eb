/** @jest-environment jsdom */
// The pane's four flows, the metrics, the language switch and keyboard use, each through the
// Office.js adapter against a mocked Excel (office-addin-mock), on the project's samples.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { App } from "../../src/taskpane/App";
import { excelHost, problemOf } from "../../src/taskpane/host";
import { problemText } from "../../src/taskpane/task";
import { earlyChildhood, library } from "../fixtures/seeds";
import { excelMock } from "../../src/devtools/excel-mock";

function pane(
  snap: WorkbookSnapshot,
  opts: { protectedSheets?: string[]; selected?: { sheet: string; row: number }; undoMerges?: boolean; lang?: "fi" | "sv" | "en" } = {},
) {
  const { context, writes } = excelMock(snap, opts);
  const host = excelHost((batch) => batch(context), opts.undoMerges ?? false);
  const user = userEvent.setup();
  render(<App host={host} initialLang={opts.lang ?? "fi"} />);
  return { writes, user };
}

test("check: problems grouped by severity with message, code and cell; choosing one selects its cell", async () => {
  const { writes, user } = pane(library());
  await user.click(screen.getByRole("button", { name: "Tarkista työkirja" }));
  const errors = await screen.findByRole("region", { name: "Virheet 1" });
  expect(within(errors).getByText("missing-target")).toBeTruthy();
  expect(within(errors).getByText("Sopimus!D32")).toBeTruthy();
  expect(screen.getByRole("region", { name: "Varoitukset 4" })).toBeTruthy();
  expect(screen.getByRole("region", { name: "Huomautukset 6" })).toBeTruthy();
  await user.click(within(errors).getByRole("button", { name: "Tavoitteelta puuttuu tavoitetaso." }));
  await waitFor(() => expect(writes).toContainEqual({ sheet: "Sopimus", target: "D32", op: "select()", value: undefined }));
  // Checking again keeps the chosen problem in focus.
  await user.click(screen.getByRole("button", { name: "Tarkista uudelleen" }));
  await waitFor(() => expect(document.activeElement?.getAttribute("data-key")).toBe("missing-target|Sopimus|D32"));
});

test("the language follows the switch: Swedish and English, messages included", async () => {
  const { user } = pane(library());
  await user.click(screen.getByRole("combobox", { name: "Kieli" }));
  await user.click(screen.getByRole("option", { name: "English" }));
  await user.click(screen.getByRole("button", { name: "Check the workbook" }));
  expect(await screen.findByRole("button", { name: "The goal has no target level." })).toBeTruthy();
  await user.click(screen.getByRole("combobox", { name: "Language" }));
  await user.click(screen.getByRole("option", { name: "Svenska" }));
  expect(await screen.findByRole("button", { name: "Målet saknar målnivå." })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "Uppdatera status" })).toBeTruthy();
});

test("refresh: preview of what changes and from what, apply in one step, undo restores", async () => {
  const { writes, user } = pane(library());
  await user.click(screen.getByRole("tab", { name: "Päivitä tilat" }));
  await user.click(screen.getByRole("button", { name: "Laske tilat" }));
  const preview = await screen.findByRole("region", { name: "Esikatselu" });
  expect(within(preview).getByText("18 solua muuttuu")).toBeTruthy();
  const row31 = within(preview).getByRole("row", { name: /Sopimus![A-Z]+31\b/ });
  expect(within(row31).getByText("vihreä")).toBeTruthy(); // typed by hand …
  expect(within(row31).getByText("punainen")).toBeTruthy(); // … and computed
  expect(writes).toEqual([]); // nothing written before "apply"
  await user.click(within(preview).getByRole("button", { name: "Päivitä työkirjaan" }));
  expect(await screen.findByText("Päivitetty: 18 solua.")).toBeTruthy();
  expect(writes).toContainEqual(expect.objectContaining({ target: "G19:G31", op: "values" }));
  await user.click(screen.getByRole("button", { name: "Kumoa viimeisin päivitys" }));
  expect(await screen.findByText("Päivitys kumottu: solut palautettu.")).toBeTruthy();
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "G31", op: "formulas", value: [["Vihreä"]] });
});

test("refresh where Excel merges undo: Ctrl+Z is the undo, no extra button", async () => {
  const { user } = pane(library(), { undoMerges: true });
  await user.click(screen.getByRole("tab", { name: "Päivitä tilat" }));
  await user.click(screen.getByRole("button", { name: "Laske tilat" }));
  await user.click(await screen.findByRole("button", { name: "Päivitä työkirjaan" }));
  expect(await screen.findByText(/Ctrl\+Z kumoaa koko päivityksen/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Kumoa viimeisin päivitys" })).toBeNull();
});

test("a protected sheet: a message that says what to do, and nothing written", async () => {
  const { writes, user } = pane(library(), { protectedSheets: ["Sopimus"] });
  await user.click(screen.getByRole("tab", { name: "Päivitä tilat" }));
  await user.click(screen.getByRole("button", { name: "Laske tilat" }));
  await user.click(await screen.findByRole("button", { name: "Päivitä työkirjaan" }));
  expect((await screen.findByRole("alert")).textContent).toMatch(/Välilehti Sopimus on suojattu.*Mitään ei kirjoitettu/);
  expect(writes).toEqual([]);
});

test("structure: status column lists, K/E lists, frozen header; and a new contract into the workbook", async () => {
  const { writes, user } = pane(library());
  await user.click(screen.getByRole("tab", { name: "Rakenne" }));
  await user.click(screen.getByRole("button", { name: "Lisää rakenne" }));
  expect(await screen.findByText(/Valmis: \d+ muutosta\./)).toBeTruthy();
  expect(writes).toContainEqual({
    sheet: "Sopimus",
    target: "G19:G35",
    op: "dataValidation.rule",
    value: { list: { inCellDropDown: true, source: "Vihreä,Keltainen,Punainen,Vihreä (ennuste),Keltainen (ennuste),Punainen (ennuste),–" } },
  });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "B19:B35", op: "dataValidation.rule", value: { list: { inCellDropDown: true, source: "K,E" } } });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "", op: "freezeRows", value: 10 });
  await user.click(screen.getByRole("button", { name: "Luo sopimus tähän työkirjaan" }));
  expect(await screen.findByText("Lisätty välilehdet: Tavoitteet, Resurssit, Asetukset.")).toBeTruthy();
  expect(writes.filter((w) => w.op === "add").map((w) => w.sheet)).toEqual(["Tavoitteet", "Resurssit", "Asetukset"]);
});

test("a new contract never replaces a sheet that exists", async () => {
  const { writes, user } = pane(earlyChildhood());
  await user.click(screen.getByRole("tab", { name: "Rakenne" }));
  await user.click(screen.getByRole("button", { name: "Luo sopimus tähän työkirjaan" }));
  expect((await screen.findByRole("alert")).textContent).toContain("Välilehti Tavoitteet on jo olemassa");
  expect(writes.filter((w) => w.op === "add")).toEqual([]);
});

test("insert a standard goal row: search, pick, insert at the selected row", async () => {
  const { writes, user } = pane(library(), { selected: { sheet: "Sopimus", row: 20 } });
  await user.click(screen.getByRole("tab", { name: "Lisää tavoiterivi" }));
  await user.type(screen.getByRole("searchbox", { name: "Hae vakiotavoitteista" }), "tapahtum");
  const options = screen.getAllByRole("radio");
  expect(options).toHaveLength(1);
  await user.click(options[0]);
  await user.click(screen.getByRole("button", { name: "Lisää valitulle riville" }));
  expect(await screen.findByText("Tavoiterivi lisätty riville 20 (Sopimus).")).toBeTruthy();
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "20:20", op: "insert()", value: ["Down"] });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "A20", op: "formulas", value: [["Kaikille avoimet yhteisöllisyyttä tukevat tapahtumat"]] });
});

test("insert outside a goal table says what to do", async () => {
  const { writes, user } = pane(library(), { selected: { sheet: "Sopimus", row: 3 } });
  await user.click(screen.getByRole("tab", { name: "Lisää tavoiterivi" }));
  await user.click(screen.getByRole("button", { name: "Lisää valitulle riville" }));
  expect((await screen.findByRole("alert")).textContent).toContain("Valitse ensin rivi tavoitetaulukosta");
  expect(writes).toEqual([]);
});

test("metrics: fill rate against its target, production split, statuses per section", async () => {
  const { user } = pane(earlyChildhood());
  await user.click(screen.getByRole("tab", { name: "Mittarit" }));
  await user.click(screen.getByRole("button", { name: "Näytä mittarit" }));
  expect(await screen.findByText("Keskiarvo 98,74 % (tavoite 100 %)")).toBeTruthy();
  expect(screen.getByRole("img", { name: "Täyttöaste kuukausittain" })).toBeTruthy();
  expect(screen.getByText("Yksityinen 22,87 % (tavoite 23 %), oma 77,13 %")).toBeTruthy();
  const sections = screen.getByRole("table", { name: "Tilat osioittain" });
  expect(within(sections).getAllByRole("row")).toHaveLength(5); // header + four sections
});

test("keyboard: Enter on a focused tab selects it, Enter and Space run the focused buttons", async () => {
  // Tab order and arrow keys between tabs are tabster's (Fluent's focus manager), which jsdom
  // cannot run: the real-browser tests check them. Here: every control works without a mouse.
  const { user } = pane(library());
  screen.getByRole("tab", { name: "Päivitä tilat" }).focus();
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: "Päivitä tilat" }).getAttribute("aria-selected")).toBe("true");
  screen.getByRole("button", { name: "Laske tilat" }).focus();
  await user.keyboard("{Enter}");
  const preview = await screen.findByRole("region", { name: "Esikatselu" });
  within(preview).getByRole("button", { name: "Päivitä työkirjaan" }).focus();
  await user.keyboard(" ");
  expect(await screen.findByText("Päivitetty: 18 solua.")).toBeTruthy();
});

test("without Excel the page says so", () => {
  render(<App host={null} initialLang="fi" />);
  expect(screen.getByText(/Excel ei ole käytettävissä/)).toBeTruthy();
});

test("Excel's refusals map to messages that say what to do", () => {
  expect(problemOf({ code: "InvalidOperationInCellEditMode" })).toEqual({ kind: "editMode" });
  expect(problemOf({ code: "ResponsePayloadSizeLimitExceeded" })).toEqual({ kind: "tooLarge" });
  expect(problemOf({ code: "RequestPayloadSizeLimitExceeded" })).toEqual({ kind: "tooLarge" });
  expect(problemText({ kind: "editMode" }, "en")).toBe("A cell is being edited. Press Enter or Esc and try again. Nothing was written.");
  expect(problemText({ kind: "tooLarge" }, "sv")).toMatch(/^Arbetsboken är för stor/);
});
