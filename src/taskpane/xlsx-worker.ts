// File mode's worker: holds the ExcelJS workbook, so that reading, writing and saving a large
// .xlsx never blocks the page. The pane sends edits; the cells it shows come from the snapshot.
// For the Yhteenveto view it also reads one unit workbook at a time to its small summary part (the
// workbook itself never reaches the page and is dropped before the next) and writes the summary
// workbook; these leave the opened workbook alone.
import type ExcelJS from "exceljs";
import type { Edit } from "../domain/edits";
import type { Lang } from "../domain/i18n/lang";
import { summariseUnit, type Summary } from "../domain/summary";
import { summaryWorkbook } from "../domain/summary-workbook";
import { applyEdits, loadXlsx, toBytes, UnreadableFile, workbookOf } from "../workbook/xlsx";

export type WorkerRequest =
  | { id: number; type: "load"; bytes: Uint8Array }
  | { id: number; type: "apply"; edits: Edit[] }
  | { id: number; type: "save" }
  | { id: number; type: "summarise"; file: string; bytes: Uint8Array; lang: Lang }
  | { id: number; type: "summaryBook"; summary: Summary; lang: Lang; made: { at: string; inputs: string[] } };
export type WorkerReply =
  | { id: number; ok: true; snapshot?: unknown; unsupported?: string[]; bytes?: Uint8Array; part?: unknown }
  | { id: number; ok: false; reason?: string; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerReply, transfer?: Transferable[]): void };
let workbook: ExcelJS.Workbook | null = null;

scope.onmessage = async ({ data }) => {
  try {
    if (data.type === "summarise") {
      const { snapshot } = await loadXlsx(data.bytes);
      scope.postMessage({ id: data.id, ok: true, part: summariseUnit(data.file, snapshot, data.lang) });
    } else if (data.type === "summaryBook") {
      const bytes = await toBytes(workbookOf(summaryWorkbook(data.summary, data.lang, data.made)));
      scope.postMessage({ id: data.id, ok: true, bytes }, [bytes.buffer]);
    } else if (data.type === "load") {
      const loaded = await loadXlsx(data.bytes);
      workbook = loaded.workbook;
      scope.postMessage({ id: data.id, ok: true, snapshot: loaded.snapshot, unsupported: loaded.snapshot.unsupported });
    } else if (!workbook) throw new Error("no workbook loaded");
    else if (data.type === "apply") {
      applyEdits(workbook, data.edits);
      scope.postMessage({ id: data.id, ok: true });
    } else {
      const bytes = await toBytes(workbook);
      scope.postMessage({ id: data.id, ok: true, bytes }, [bytes.buffer]);
    }
  } catch (e) {
    scope.postMessage({ id: data.id, ok: false, reason: e instanceof UnreadableFile ? e.reason : undefined, message: (e as Error).message });
  }
};
