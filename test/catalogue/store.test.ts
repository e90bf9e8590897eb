// Where the pane remembers a picked goal library: Excel's document settings or the browser's
// storage. Only the library sheet's values and the file's name are kept, and read back they give
// the same catalogue.
import { readOrganisationCatalogue } from "../../src/domain/catalogue/organisation";
import { sheetFromValues, type CellValue } from "../../src/domain/snapshot";
import { browserStore, librarySheet, MAX_STORED_CHARS, officeStore, TooLargeToRemember } from "../../src/taskpane/catalogue-store";

const ROWS: CellValue[][] = [
  ["Kasvatus ja opetus: vakiotavoitteet"],
  [],
  ["Tavoite", "Mittari", "Tavoitetaso", "Linkki", "Goal (en)"],
  ["Ryhmäkoot pysyvät suunnitelluissa rajoissa", "Täyttöaste", "Vähintään 98 % täyttöaste", "täyttöaste", "Group sizes stay as planned"],
  ["Lasten lukuinto kasvaa", "Lukudiplomit", "Vähintään 40 %", null, null],
];

/** Office.Settings as Excel gives it: an in-memory bag, written to the document by saveAsync. */
function fakeSettings(fail = false) {
  const bag = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const settings = {
    get: (k: string) => bag.get(k),
    set: (k: string, v: unknown) => void bag.set(k, v),
    remove: (k: string) => void bag.delete(k),
    saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) => {
      if (fail) return cb({ status: "failed", error: { message: "The settings could not be saved." } });
      saved.clear();
      bag.forEach((v, k) => saved.set(k, v));
      cb({ status: "succeeded" });
    },
  };
  return { settings: settings as unknown as Office.Settings, saved };
}

const picked = { name: "kaupungin-tavoitteet.xlsx", sheet: sheetFromValues("Tavoitekirjasto", ROWS) };

test("Excel: saved in the document's settings, read back as the same catalogue, forgotten on request", async () => {
  const { settings, saved } = fakeSettings();
  const store = officeStore(settings);
  expect(store.where).toBe("workbook");
  await store.save(picked);
  expect(saved.size).toBe(1);
  const back = store.load()!;
  expect(back.name).toBe("kaupungin-tavoitteet.xlsx");
  const asRead = (s: typeof back.sheet) => readOrganisationCatalogue({ sheets: [s], unsupported: [] }, "en");
  expect(asRead(back.sheet)).toEqual(asRead(picked.sheet));
  await store.forget();
  expect(store.load()).toBeNull();
  expect(saved.size).toBe(0);
});

test("Excel: a save the document refuses is an error the view can say, not a silent loss", async () => {
  const store = officeStore(fakeSettings(true).settings);
  await expect(store.save(picked)).rejects.toThrow("The settings could not be saved.");
});

test("a library too large to remember is refused with its own error, and nothing is stored", async () => {
  const storage = new Map<string, string>();
  const store = browserStore({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) });
  const long = "x".repeat(1000);
  const rows: CellValue[][] = [
    ["Tavoite", "Mittari", "Tavoitetaso"],
    ...Array.from({ length: Math.ceil(MAX_STORED_CHARS / 3000) + 1 }, () => [long, long, long]),
  ];
  await expect(store.save({ name: "iso.xlsx", sheet: sheetFromValues("Tavoitekirjasto", rows) })).rejects.toBeInstanceOf(TooLargeToRemember);
  expect(storage.size).toBe(0);
  await store.save(picked);
  expect(store.load()?.name).toBe("kaupungin-tavoitteet.xlsx");
});

test("a browser that refuses storage: nothing is remembered, and saving says so", async () => {
  const store = browserStore(null);
  expect(store.load()).toBeNull();
  await expect(store.save(picked)).rejects.toThrow();
});

test("the library sheet of a picked workbook, without the blank rows a formatted column leaves below it", () => {
  const sheet = sheetFromValues("Målbibliotek", [...ROWS, [], [null, null], []]);
  const found = librarySheet({ sheets: [sheetFromValues("Ohje", [["Lue minut"]]), sheet], unsupported: [] });
  expect(found?.name).toBe("Målbibliotek");
  expect(found?.rows).toHaveLength(ROWS.length);
  expect(librarySheet({ sheets: [sheetFromValues("Tavoitteet", ROWS)], unsupported: [] })).toBeNull();
});
