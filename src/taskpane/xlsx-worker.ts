// File mode's worker: reads the workbook (package-read.ts, without ExcelJS) and holds its bytes, so
// that reading, writing and saving a large .xlsx never blocks the page. The pane sends edits; they
// are written into the package part by part (package-edit.ts), keeping everything else byte for
// byte; the cells the pane shows come from the snapshot. ExcelJS only writes new workbooks here
// (the summary, and a sheet an edit adds).
// For the Yhteenveto view it also reads one unit workbook at a time to its small summary part (the
// workbook itself never reaches the page and is dropped before the next) and writes the summary
// workbook; these leave the opened workbook alone.
import type { Edit } from "../domain/edits";
import type { Lang } from "../domain/i18n/lang";
import { summariseUnit, type Summary } from "../domain/summary";
import { lastYearOf } from "../domain/summary-previous";
import { summaryWorkbook } from "../domain/summary-workbook";
import { readSnapshot } from "../workbook/package-read";
import type { SpecSheet } from "../domain/template/spec";
import { editPackage, EditRefused } from "../workbook/package-edit";
import { toBytes, UnreadableFile, workbookOf } from "../workbook/xlsx";

export type WorkerRequest =
  | { id: number; type: "load"; bytes: Uint8Array }
  /** `lang`: the language of a refusal's message (EditRefused); Finnish without it. */
  | { id: number; type: "apply"; edits: Edit[]; lang?: Lang }
  | { id: number; type: "save" }
  | { id: number; type: "summarise"; file: string; bytes: Uint8Array; lang: Lang }
  | { id: number; type: "lastYear"; file: string; bytes: Uint8Array; lang: Lang }
  | { id: number; type: "summaryBook"; summary: Summary; lang: Lang; made: { at: string; inputs: string[] } };
export type WorkerReply =
  | { id: number; ok: true; snapshot?: unknown; unsupported?: string[]; bytes?: Uint8Array; part?: unknown; units?: unknown }
  | { id: number; ok: false; reason?: string; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerReply, transfer?: Transferable[]): void };
/** The opened workbook's package as it stands: the file's bytes, then each edit written into them. */
let current: Uint8Array | null = null;
/** Each written cell's format before the last edit that wrote it: the pane's undo puts it back exactly (package-edit.ts). */
let stylesBefore = new Map<string, number | undefined>();

/** A one-sheet workbook from a spec, for the sheets an edit adds (the package editor grafts it in). */
const writeSheet = (spec: SpecSheet) => toBytes(workbookOf({ sheets: [spec] }));

scope.onmessage = async ({ data }) => {
  try {
    if (data.type === "summarise") {
      const snapshot = await readSnapshot(data.bytes);
      scope.postMessage({ id: data.id, ok: true, part: summariseUnit(data.file, snapshot, data.lang) });
    } else if (data.type === "lastYear") {
      // Last year's units, from a unit workbook or last year's summary workbook (summary-previous.ts).
      scope.postMessage({ id: data.id, ok: true, units: lastYearOf(data.file, await readSnapshot(data.bytes), data.lang) });
    } else if (data.type === "summaryBook") {
      const bytes = await toBytes(workbookOf(summaryWorkbook(data.summary, data.lang, data.made)));
      scope.postMessage({ id: data.id, ok: true, bytes }, [bytes.buffer]);
    } else if (data.type === "load") {
      // Edits are written into the package part by part (package-edit.ts): nothing in it is dropped.
      const snapshot = await readSnapshot(data.bytes);
      current = data.bytes;
      stylesBefore = new Map();
      scope.postMessage({ id: data.id, ok: true, snapshot, unsupported: snapshot.unsupported });
    } else if (!current) throw new Error("no workbook loaded");
    else if (data.type === "apply") {
      current = (await editPackage(current, data.edits, { writeSheet, stylesBefore })) ?? current;
      scope.postMessage({ id: data.id, ok: true });
    } else {
      // A copy goes to the page: the worker keeps its bytes for the next edit.
      const bytes = current.slice();
      scope.postMessage({ id: data.id, ok: true, bytes }, [bytes.buffer]);
    }
  } catch (e) {
    const lang = data.type === "apply" ? (data.lang ?? "fi") : "fi";
    const refused = e instanceof EditRefused ? { reason: undefined, message: e.text(lang) } : undefined;
    scope.postMessage({ id: data.id, ok: false, reason: e instanceof UnreadableFile ? e.reason : undefined, message: (e as Error).message, ...refused });
  }
};
