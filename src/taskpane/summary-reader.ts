// Reading many unit workbooks for the Yhteenveto view: one file at a time, each in the worker
// (ExcelJS and the engine run there; only the unit's small summary part comes back), so the page
// stays responsive and memory does not grow with the number of files. A file that cannot be read
// is listed with its reason and never stops the others. Nothing leaves the machine.
import type { Lang } from "../domain/i18n/lang";
import { UNREADABLE_REASONS } from "../domain/i18n/messages";
import type { Summary, UnitPart, Unreadable } from "../domain/summary";
import type { LastYearUnit } from "../domain/summary-previous";
import { client, FileUnreadable } from "./file-host";

/** What the view needs from the worker. */
export interface UnitReader {
  part(file: string, bytes: Uint8Array, lang: Lang): Promise<UnitPart>;
  /** Last year's units in one file: a unit workbook, or last year's summary workbook (all its units). */
  lastYear?(file: string, bytes: Uint8Array, lang: Lang): Promise<LastYearUnit[]>;
  book(summary: Summary, lang: Lang, made: { at: string; inputs: string[] }): Promise<Uint8Array>;
  close(): void;
}

/** A file as the picker or a drop gives it (a File; tests pass plain objects). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The reader over the pane's worker (xlsx-worker.js, beside the page in both Excel and file mode). */
export function workerReader(): UnitReader {
  const worker = new Worker("xlsx-worker.js");
  const call = client(worker);
  return {
    part: async (file, bytes, lang) => (await call({ type: "summarise", file, bytes, lang }, [bytes.buffer])).part as UnitPart,
    lastYear: async (file, bytes, lang) => (await call({ type: "lastYear", file, bytes, lang }, [bytes.buffer])).units as LastYearUnit[],
    book: async (summary, lang, made) => (await call({ type: "summaryBook", summary, lang, made })).bytes as Uint8Array,
    close: () => worker.terminate(),
  };
}

/** Why a file could not be read, in the reader's language. */
export function unreadableReason(e: unknown, lang: Lang): string {
  const key = e instanceof FileUnreadable ? e.reason : "unparsable";
  return (UNREADABLE_REASONS[key] ?? UNREADABLE_REASONS.unparsable)[lang];
}

/**
 * Reads the files one after another. `onProgress(done, total)` is told after each file, read or
 * not. `stopped()` is asked between files: when it says yes, reading ends with what was read.
 */
export async function readUnits(
  files: readonly PickedFile[],
  reader: UnitReader,
  lang: Lang,
  onProgress: (done: number, total: number) => void,
  stopped: () => boolean = () => false,
): Promise<{ parts: UnitPart[]; unreadable: Unreadable[] }> {
  const parts: UnitPart[] = [];
  const unreadable: Unreadable[] = [];
  for (const [i, f] of files.entries()) {
    if (stopped()) break;
    try {
      parts.push(await reader.part(f.name, new Uint8Array(await f.arrayBuffer()), lang));
    } catch (e) {
      unreadable.push({ file: f.name, reason: unreadableReason(e, lang) });
    }
    onProgress(i + 1, files.length);
  }
  return { parts, unreadable };
}

/**
 * Reads last year's files one after another (unit workbooks, or last year's summary workbook),
 * as readUnits reads this year's: a file that cannot be read is listed and never stops the others.
 */
export async function readLastYear(
  files: readonly PickedFile[],
  reader: UnitReader,
  lang: Lang,
  onProgress: (done: number, total: number) => void,
  stopped: () => boolean = () => false,
): Promise<{ units: LastYearUnit[]; unreadable: Unreadable[] }> {
  const units: LastYearUnit[] = [];
  const unreadable: Unreadable[] = [];
  for (const [i, f] of files.entries()) {
    if (stopped()) break;
    try {
      if (!reader.lastYear) throw new Error("this reader cannot read last year's files");
      units.push(...(await reader.lastYear(f.name, new Uint8Array(await f.arrayBuffer()), lang)));
    } catch (e) {
      unreadable.push({ file: f.name, reason: unreadableReason(e, lang) });
    }
    onProgress(i + 1, files.length);
  }
  return { units, unreadable };
}

/** Local time as the summary's Tiedot sheet states it: "2026-11-23T18:30". */
export function localStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
