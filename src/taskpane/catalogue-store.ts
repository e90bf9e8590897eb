// The organisation's goal library the user picked once in the Insert view, remembered: in Excel in
// the add-in's document settings (Office.context.document.settings, saved with the workbook), in
// file mode in this browser's storage. What is kept is the library sheet's values and the file's
// name, never the file: the rows are read again in the pane's language each time.
import { isCatalogueSheet } from "../domain/catalogue/organisation";
import { cellText, sheetFromValues, type CellValue, type Sheet, type WorkbookSnapshot } from "../domain/snapshot";
import { client } from "./file-host";

export interface StoredCatalogue {
  /** The picked file's name, as shown to the user. */
  name: string;
  sheet: Sheet;
}

export interface CatalogueStore {
  /** Where it is kept, for the pane's words: this workbook (Excel) or this browser (file mode). */
  where: "workbook" | "browser";
  load(): StoredCatalogue | null;
  save(c: StoredCatalogue): Promise<void>;
  forget(): Promise<void>;
}

const KEY = "sopimus.catalogue";

/**
 * Past this size (the JSON of the library's values) a library is not remembered: Office keeps
 * document settings in the file, where a few hundred goal rows take some tens of kilobytes.
 */
export const MAX_STORED_CHARS = 1_000_000;

export class TooLargeToRemember extends Error {}

interface Saved {
  name: string;
  sheetName: string;
  rows: CellValue[][];
}

/** The sheet's values only, its trailing empty cells dropped: what is worth keeping. */
function toSaved(c: StoredCatalogue): string {
  const rows = c.sheet.rows.map((r) => {
    const values = (r ?? []).map((cell) => (cell ? cell.value : null));
    while (values.length > 0 && (values[values.length - 1] === null || values[values.length - 1] === "")) values.pop();
    return values;
  });
  const text = JSON.stringify({ name: c.name, sheetName: c.sheet.name, rows } satisfies Saved);
  if (text.length > MAX_STORED_CHARS) throw new TooLargeToRemember(c.name);
  return text;
}

function fromSaved(text: unknown): StoredCatalogue | null {
  if (typeof text !== "string") return null;
  try {
    const s = JSON.parse(text) as Saved;
    if (typeof s.name !== "string" || typeof s.sheetName !== "string" || !Array.isArray(s.rows)) return null;
    return { name: s.name, sheet: sheetFromValues(s.sheetName, s.rows) };
  } catch {
    return null;
  }
}

/** Kept in this browser (file mode). Storage refused (private mode, policy): nothing is remembered, and saving says so. */
export function browserStore(storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null = safeLocalStorage()): CatalogueStore {
  return {
    where: "browser",
    load: () => {
      try {
        return fromSaved(storage?.getItem(KEY));
      } catch {
        return null;
      }
    },
    save: async (c) => {
      if (!storage) throw new Error("storage");
      storage.setItem(KEY, toSaved(c));
    },
    forget: async () => {
      storage?.removeItem(KEY);
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Kept in the workbook's add-in settings (Excel): saved with the document. */
export function officeStore(settings: Office.Settings): CatalogueStore {
  const persist = () =>
    new Promise<void>((resolve, reject) =>
      // "succeeded" is Office.AsyncResultStatus.Succeeded, compared as text so that no Office global is needed here.
      settings.saveAsync((r) => (String(r.status) === "succeeded" ? resolve() : reject(new Error(r.error?.message ?? "saveAsync")))),
    );
  return {
    where: "workbook",
    load: () => fromSaved(settings.get(KEY)),
    save: async (c) => {
      settings.set(KEY, toSaved(c));
      await persist();
    },
    forget: async () => {
      settings.remove(KEY);
      await persist();
    },
  };
}

/** The store of where the pane runs: Excel's document settings when office.js is there, else the browser's. */
export function defaultStore(): CatalogueStore {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const settings = office?.context?.document?.settings;
  return settings ? officeStore(settings) : browserStore();
}

/** The library sheet of a picked workbook, or null when it has none. */
export function librarySheet(snapshot: WorkbookSnapshot): Sheet | null {
  const sheet = snapshot.sheets.find((s) => isCatalogueSheet(s.name));
  if (!sheet) return null;
  // Keep only rows up to the last one with text: a formatted column would otherwise carry blanks.
  let last = sheet.rows.length;
  while (last > 0 && !(sheet.rows[last - 1] ?? []).some((c) => cellText(c).trim() !== "")) last--;
  return { name: sheet.name, rows: sheet.rows.slice(0, last) };
}

/** Reads a picked workbook in the pane's worker (xlsx-worker.js, beside the page in Excel and in file mode). */
export async function readInWorker(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const worker = new Worker("xlsx-worker.js");
  try {
    return (await client(worker)({ type: "load", bytes }, [bytes.buffer])).snapshot as WorkbookSnapshot;
  } finally {
    worker.terminate();
  }
}
