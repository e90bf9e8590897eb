/** @jest-environment jsdom */
// The pane's four flows, the metrics, the language switch and keyboard use, each through the
// Office.js adapter against a mocked Excel (office-addin-mock), on the project's samples.
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { App } from "../../src/taskpane/App";
import { excelHost, problemOf } from "../../src/taskpane/host";
import { problemText } from "../../src/taskpane/text";
import { earlyChildhood, library } from "../fixtures/seeds";
import { excelMock } from "../../src/devtools/excel-mock";

// The pane remembers the last tab in the browser's storage: each test starts afresh.
beforeEach(() => window.localStorage.clear());

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

test("check runs when the pane opens: each problem is one control naming its message and cell; choosing one selects the cell", async () => {
  const { writes, user } = pane(library());
  const errors = await screen.findByRole("region", { name: "Virheet: 1" });
  const item = within(errors).getByRole("button", { name: /^Tavoitteelta puuttuu tavoitetaso\. Siirry soluun Sopimus!D32 · missing-target$/ });
  expect(screen.getByRole("region", { name: "Varoitukset: 4" })).toBeTruthy();
  expect(screen.getByRole("region", { name: "Huomautukset: 6" })).toBeTruthy();
  // Repeated problems are told apart by their cells.
  const names = screen.getAllByRole("button", { name: /Siirry soluun/ }).map((b) => b.textContent);
  expect(new Set(names).size).toBe(names.length);
  await user.click(item);
  await waitFor(() => expect(writes).toContainEqual({ sheet: "Sopimus", target: "D32", op: "select()", value: undefined }));
  expect(item.getAttribute("aria-current")).toBe("true");
  // Checking again keeps the chosen problem in focus.
  await user.click(screen.getByRole("button", { name: "Tarkista uudelleen" }));
  await waitFor(() => expect(document.activeElement?.getAttribute("data-key")).toBe("missing-target|Sopimus|D32"));
});

test("the language follows the settings menu: Swedish and English, messages included; no title of the pane's own", async () => {
  const { user } = pane(library());
  expect(document.querySelector("h1")).toBeNull(); // the task pane has its title
  await user.click(screen.getByRole("button", { name: "Asetukset" }));
  await user.click(screen.getByRole("menuitemradio", { name: "English" }));
  expect(await screen.findByRole("button", { name: /^The goal has no target level\. Go to cell Sopimus!D32/ })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Settings" }));
  expect(screen.getByRole("menuitemradio", { name: "English" }).getAttribute("aria-checked")).toBe("true");
  await user.click(screen.getByRole("menuitemradio", { name: "Svenska" }));
  expect(await screen.findByRole("button", { name: /^Målet saknar målnivå\. Gå till cell Sopimus!D32/ })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "Uppdatera" })).toBeTruthy();
});

test("the theme is chosen in the settings menu and remembered", async () => {
  const { user } = pane(library());
  await user.click(screen.getByRole("button", { name: "Asetukset" }));
  expect(screen.getByRole("menuitemradio", { name: "Järjestelmän mukaan" }).getAttribute("aria-checked")).toBe("true");
  await user.click(screen.getByRole("menuitemradio", { name: "Tumma" }));
  await waitFor(() => expect(document.documentElement.style.colorScheme).toBe("dark"));
  expect(window.localStorage.getItem("sopimus.theme")).toBe("dark");
});

test("refresh: the preview opens with the view and lists only real changes, apply in one step, undo restores", async () => {
  const { writes, user } = pane(library());
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  const preview = await screen.findByRole("region", { name: "Esikatselu" });
  expect(within(preview).getByText("18 solua muuttuu")).toBeTruthy();
  // The kinds of change add up to the count.
  const kinds = within(preview)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "")
    .filter((x) => /tavoitteen tila muuttuu|yhtenäistetään|kaava|Uusi sarake/.test(x));
  const sum = kinds.reduce((n, x) => n + (/Uusi sarake/.test(x) ? (x.match(/!/g) ?? []).length : Number(/^\d+/.exec(x)?.[0] ?? 0)), 0);
  expect(sum).toBe(18);
  // Each listed change is a real one, at an Excel address.
  const items = within(preview)
    .getAllByRole("list", { name: "Muuttuvat tilat" })
    .flatMap((list) => within(list).getAllByRole("listitem"));
  for (const li of items) {
    const [before, after] = li.querySelectorAll(".fui-Badge");
    expect(before?.textContent).not.toBe(after?.textContent);
  }
  const row31 = items.find((li) => /Sopimus!G31/.test(li.textContent ?? ""));
  expect(row31 && within(row31).getByText("vihreä")).toBeTruthy(); // typed by hand …
  expect(row31 && within(row31).getByText("punainen")).toBeTruthy(); // … and computed
  expect(writes).toEqual([]); // nothing written before "apply"
  await user.click(screen.getByRole("button", { name: "Päivitä tilat työkirjaan" }));
  expect(await screen.findByText("Päivitetty työkirjaan: 18 solua.")).toBeTruthy();
  expect(writes).toContainEqual(expect.objectContaining({ target: "G19:G31", op: "values" }));
  await user.click(screen.getByRole("button", { name: "Kumoa viimeisin päivitys" }));
  expect(await screen.findByText("Päivitys kumottu: solut palautettu.")).toBeTruthy();
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "G31", op: "values", value: [["Vihreä"]] });
});

test("refresh where Excel merges undo: the hint names Ctrl+Z, ⌘Z on a Mac and the pane's own Undo, which is offered too (on the web the focus stays in the pane)", async () => {
  const { user } = pane(library(), { undoMerges: true });
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  await user.click(await screen.findByRole("button", { name: "Päivitä tilat työkirjaan" }));
  expect(await screen.findByText(/Päivitetty työkirjaan: 18 solua\..*Kumoa-painikkeella.*Ctrl\+Z \(Macissa ⌘Z\)/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Kumoa viimeisin päivitys" })).toBeTruthy();
});

test("a protected sheet: a message that says what to do, and nothing written", async () => {
  const { writes, user } = pane(library(), { protectedSheets: ["Sopimus"] });
  await user.click(screen.getByRole("tab", { name: "Päivitä" }));
  await user.click(await screen.findByRole("button", { name: "Päivitä tilat työkirjaan" }));
  expect((await screen.findByRole("alert")).textContent).toMatch(/Välilehti Sopimus on suojattu.*Mitään ei kirjoitettu/);
  expect(writes).toEqual([]);
});

test("structure: status column lists, K/E lists, frozen header, said where; a new contract only when asked twice", async () => {
  const { writes, user } = pane(library());
  await user.click(screen.getByRole("tab", { name: "Rakenne" }));
  await user.click(await screen.findByRole("button", { name: "Lisää puuttuvat osat" }));
  const done = await screen.findByRole("status");
  expect(done.textContent).toContain("Valmis. Työkirjaan lisättiin:");
  expect(done.textContent).toMatch(/pudotusvalikot: .*Sopimus!G19:G35/);
  expect(done.textContent).toContain("otsikkorivi pysyy näkyvissä: Sopimus");
  expect(writes).toContainEqual({
    sheet: "Sopimus",
    target: "G19:G35",
    op: "dataValidation.rule",
    value: { list: { inCellDropDown: true, source: "Vihreä,Keltainen,Punainen,Vihreä (ennuste),Keltainen (ennuste),Punainen (ennuste),–" } },
  });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "B19:B35", op: "dataValidation.rule", value: { list: { inCellDropDown: true, source: "K,E" } } });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "", op: "freezeRows", value: 10 });
  await user.click(screen.getByRole("button", { name: "Luo sopimus tähän työkirjaan" }));
  // The workbook holds a contract already: nothing is added before the user says so.
  expect(await screen.findByText(/Työkirjassa on jo sopimus \(3 tavoitetaulukkoa\)/)).toBeTruthy();
  expect(writes.filter((w) => w.op === "add")).toEqual([]);
  await user.click(screen.getByRole("button", { name: "Lisää silti" }));
  expect(await screen.findByText("Lisätty välilehdet: Tavoitteet, Resurssit, Asetukset.")).toBeTruthy();
  expect(writes.filter((w) => w.op === "add").map((w) => w.sheet)).toEqual(["Tavoitteet", "Resurssit", "Asetukset"]);
});

test("a new contract never replaces a sheet that exists", async () => {
  const { writes, user } = pane(earlyChildhood());
  await user.click(screen.getByRole("tab", { name: "Rakenne" }));
  await user.click(screen.getByRole("button", { name: "Luo sopimus tähän työkirjaan" }));
  await user.click(await screen.findByRole("button", { name: "Lisää silti" }));
  expect((await screen.findByRole("alert")).textContent).toContain("Välilehti Tavoitteet on jo olemassa");
  expect(writes.filter((w) => w.op === "add")).toEqual([]);
});

test("insert a standard goal row: search, pick, insert at the selected row", async () => {
  const { writes, user } = pane(library(), { selected: { sheet: "Sopimus", row: 20 } });
  await user.click(screen.getByRole("tab", { name: "Lisää rivi" }));
  await user.type(screen.getByRole("searchbox", { name: "Hae vakiotavoitteista" }), "tapahtum");
  const options = screen.getAllByRole("radio");
  expect(options).toHaveLength(1);
  await user.click(options[0]);
  await user.click(screen.getByRole("button", { name: "Lisää valitulle riville" }));
  expect(await screen.findByText("Tavoiterivi lisätty riville 20 (Sopimus).")).toBeTruthy();
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "20:20", op: "insert()", value: ["Down"] });
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "A20", op: "formulas", value: [["Kaikille avoimet yhteisöllisyyttä tukevat tapahtumat"]] });
});

test("insert offers a row that fits the workbook, and with no table row selected adds at the table's end, saying where", async () => {
  const { writes, user } = pane(library(), { selected: { sheet: "Sopimus", row: 3 } });
  await user.click(screen.getByRole("tab", { name: "Lisää rivi" }));
  // A library has no fill-rate data: the fill-rate row is not the one offered first.
  const checked = await screen.findByRole("radio", { checked: true });
  expect(checked.closest("span, div")?.textContent ?? "").not.toMatch(/täyttöaste/i);
  await user.click(screen.getByRole("button", { name: "Lisää valitulle riville" }));
  expect(await screen.findByText(/lisättiin taulukon loppuun riville \d+ \(Sopimus\)/)).toBeTruthy();
  expect(writes.some((w) => w.op === "insert()")).toBe(true);
});

test("metrics: fill rate against its target, production split, statuses per section", async () => {
  const { user } = pane(earlyChildhood());
  await user.click(screen.getByRole("tab", { name: "Mittarit" }));
  await user.click(await screen.findByRole("button", { name: "Lue mittarit uudelleen" }));
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
  screen.getByRole("tab", { name: "Päivitä" }).focus();
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: "Päivitä" }).getAttribute("aria-selected")).toBe("true");
  const preview = await screen.findByRole("region", { name: "Esikatselu" });
  screen.getByRole("button", { name: "Laske tilat uudelleen" }).focus();
  await user.keyboard("{Enter}");
  await waitFor(() => expect(screen.getByRole("button", { name: "Laske tilat uudelleen" }).hasAttribute("disabled")).toBe(false));
  await screen.findByRole("region", { name: "Esikatselu" });
  screen.getByRole("button", { name: "Päivitä tilat työkirjaan" }).focus();
  await user.keyboard(" ");
  expect(await screen.findByText("Päivitetty työkirjaan: 18 solua.")).toBeTruthy();
  expect(preview).toBeTruthy();
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

test("the pane opens on the tab the user was on last time", async () => {
  const first = pane(library());
  await first.user.click(screen.getByRole("tab", { name: "Rakenne" }));
  cleanup();
  pane(library());
  expect(screen.getByRole("tab", { name: "Rakenne" }).getAttribute("aria-selected")).toBe("true");
});
