/** @jest-environment jsdom */
// The Insert view with the organisation's goal library: from the open workbook's Tavoitekirjasto
// sheet, or from a library workbook picked once, remembered and forgotten; the library's bad rows
// shown with their cells. Through the Office.js adapter against a mocked Excel.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sheetFromValues, type CellValue, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { excelMock } from "../../src/devtools/excel-mock";
import { browserStore } from "../../src/taskpane/catalogue-store";
import { excelHost } from "../../src/taskpane/host";
import { InsertView } from "../../src/taskpane/views/InsertView";
import { library } from "../fixtures/seeds";

const LIBRARY: CellValue[][] = [
  ["Tunnus", "Tavoite", "Mittari", "Tavoitetaso", "Linkki", "Pohjat"],
  ["lainat", "Lainauksia on paljon asukasta kohden", "Lainat asukasta kohden", "Vähintään 12 lainaa", "", "kirjasto"],
  ["rikki", "Nuoret löytävät kirjaston", "Nuorten kävijöiden määrä", "2 000 kävijää", "lainaukset", "kirjasto"],
];

/** A Storage that lives in the test. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

function view(snap: WorkbookSnapshot, opts: { storage?: ReturnType<typeof memoryStorage>; readBook?: (f: Blob) => Promise<WorkbookSnapshot> } = {}) {
  const { context, writes } = excelMock(snap, { selected: { sheet: "Sopimus", row: 20 } });
  const host = excelHost((batch) => batch(context), false);
  const store = browserStore(opts.storage ?? memoryStorage());
  const user = userEvent.setup();
  const ui = (
    <FluentProvider theme={webLightTheme}>
      <InsertView host={host} lang="fi" store={store} readBook={opts.readBook} />
    </FluentProvider>
  );
  const r = render(ui);
  return { writes, user, rerender: () => r.rerender(ui) };
}

const withLibrary = (): WorkbookSnapshot => {
  const snap = library();
  return { ...snap, sheets: [...snap.sheets, sheetFromValues("Tavoitekirjasto", LIBRARY)] };
};

afterEach(cleanup);

test("the workbook's own Tavoitekirjasto: its row is offered first, marked as the organisation's own, and inserted", async () => {
  const { writes, user } = view(withLibrary());
  const region = await screen.findByRole("region", { name: "Organisaation tavoitekirjasto" });
  expect(await within(region).findByText("Käytössä on tämän työkirjan välilehti Tavoitekirjasto: 1 tavoite.")).toBeTruthy();
  // The bad row is shown with its cell.
  expect(within(region).getByText(/^Tavoitekirjasto!E3: Linkkiä ”lainaukset” ei tunneta/)).toBeTruthy();
  const first = (await screen.findAllByRole("radio"))[0];
  expect(first.closest("span, div")?.textContent).toBe("Lainauksia on paljon asukasta kohden — Vähintään 12 lainaa (oma)");
  await user.click(first);
  await user.click(screen.getByRole("button", { name: "Lisää valitulle riville" }));
  expect(await screen.findByText("Tavoiterivi lisätty riville 20 (Sopimus).")).toBeTruthy();
  expect(writes).toContainEqual({ sheet: "Sopimus", target: "A20", op: "formulas", value: [["Lainauksia on paljon asukasta kohden"]] });
});

test("a library workbook picked once: its rows listed, remembered for the next time, and forgotten on request", async () => {
  const storage = memoryStorage();
  const picked = { sheets: [sheetFromValues("Ohje", [["Lue minut"]]), sheetFromValues("Tavoitekirjasto", LIBRARY)], unsupported: [] };
  const readBook = jest.fn(async () => picked);
  const { user } = view(library(), { storage, readBook });
  const region = await screen.findByRole("region", { name: "Organisaation tavoitekirjasto" });
  expect(within(region).getByText(/^Käytössä ovat vain valmiit vakiotavoitteet/)).toBeTruthy();
  await screen.findAllByRole("radio");
  await user.upload(screen.getByLabelText("Valitse tavoitekirjasto"), new File(["x"], "kaupungin-tavoitteet.xlsx"));
  expect(await within(region).findByText("Käytössä on kaupungin-tavoitteet.xlsx: 1 tavoite. Valinta muistetaan tässä selaimessa.")).toBeTruthy();
  expect(screen.getByRole("radio", { name: /Lainauksia on paljon asukasta kohden/ })).toBeTruthy();
  expect(within(region).getByText(/^Tavoitekirjasto!E3:/)).toBeTruthy();
  expect(JSON.parse(storage.items.get("sopimus.catalogue")!).name).toBe("kaupungin-tavoitteet.xlsx");
  cleanup();

  // The next time the pane opens, the library is there without picking it again.
  const again = view(library(), { storage, readBook });
  expect(await screen.findByText(/^Käytössä on kaupungin-tavoitteet\.xlsx: 1 tavoite\./)).toBeTruthy();
  expect(readBook).toHaveBeenCalledTimes(1);
  await again.user.click(screen.getByRole("button", { name: "Unohda kirjasto" }));
  await waitFor(() => expect(screen.queryByRole("radio", { name: /Lainauksia on paljon/ })).toBeNull());
  expect(storage.items.has("sopimus.catalogue")).toBe(false);
  expect(screen.getByText(/^Käytössä ovat vain valmiit vakiotavoitteet/)).toBeTruthy();
});

test("a picked workbook without a library sheet is not taken into use, and the view says why", async () => {
  const storage = memoryStorage();
  const { user } = view(library(), { storage, readBook: async () => library() });
  await screen.findByRole("region", { name: "Organisaation tavoitekirjasto" });
  await user.upload(screen.getByLabelText("Valitse tavoitekirjasto"), new File(["x"], "sopimus.xlsx"));
  expect(await screen.findByText(/^Työkirjassa sopimus\.xlsx ei ole välilehteä Tavoitekirjasto/)).toBeTruthy();
  expect(storage.items.size).toBe(0);
});
