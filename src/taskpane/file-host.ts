// File mode's host: a local .xlsx in the browser. The workbook lives in a worker (ExcelJS, its
// own chunk); the pane reads the snapshot here; "select" and "the selected row" are the grid
// preview's. Edits are checked against the snapshot first, so a bad edit writes nothing.
import { applyToSnapshot, type Edit } from "../domain/edits";
import type { Lang } from "../domain/i18n/lang";
import { parseA1, type WorkbookSnapshot } from "../domain/snapshot";
import type { Host } from "./host";
import type { WorkerReply, WorkerRequest } from "./xlsx-worker";

export type WorkerCall = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** A file the worker could not read: `reason` is an UNREADABLE_REASONS key. */
export class FileUnreadable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

export interface OpenedWorkbook {
  host: Host;
  snapshot(): WorkbookSnapshot;
  save(): Promise<Uint8Array>;
  close(): void;
}

/** Calls a worker and waits for its answer; a refusal is FileUnreadable with its reason, or an Error. */
export function client(worker: Worker) {
  let next = 1;
  const waiting = new Map<number, (r: WorkerReply) => void>();
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  return (req: WorkerCall, transfer: Transferable[] = []): Promise<Extract<WorkerReply, { ok: true }>> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, (r) => (r.ok ? resolve(r) : reject(r.reason ? new FileUnreadable(r.reason) : new Error(r.message))));
      worker.postMessage({ ...req, id }, transfer);
    });
}

/**
 * Opens a workbook's bytes. `onChange` is told when the snapshot or the selection changes, so the
 * preview can follow.
 */
export async function openWorkbook(bytes: Uint8Array, selection: { get(): Selection; set(s: Selection): void }, onChange: () => void): Promise<OpenedWorkbook> {
  const worker = new Worker("xlsx-worker.js");
  const call = client(worker);
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = (await call({ type: "load", bytes }, [bytes.buffer])).snapshot as WorkbookSnapshot;
  } catch (e) {
    worker.terminate();
    throw e;
  }
  const first = snapshot.sheets[0]?.name ?? "";
  selection.set({ sheet: first, row: 1, col: 1 });
  const host: Host = {
    undoMerges: false,
    read: async () => ({ snapshot, protectedSheets: [] }),
    write: async (edits: readonly Edit[], lang?: Lang) => {
      const next = applyToSnapshot(snapshot, edits);
      // The worker words a refusal (EditRefused) in the pane's language.
      await call({ type: "apply", edits: [...edits], lang });
      snapshot = next;
      onChange();
    },
    select: async (sheet, cell) => {
      const at = parseA1(cell) ?? { row: 1, col: 1 };
      selection.set({ sheet, ...at });
      onChange();
    },
    selectedRow: async () => {
      const s = selection.get();
      return { sheet: s.sheet, row: s.row };
    },
  };
  return {
    host,
    snapshot: () => snapshot,
    save: async () => (await call({ type: "save" })).bytes as Uint8Array,
    close: () => worker.terminate(),
  };
}
