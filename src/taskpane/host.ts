// What the pane needs from the workbook it works on. In Excel: the Office.js adapter, every
// command inside one Excel.run; file mode (a local .xlsx in a browser) plugs in the same way.
import { isCellEdit, type Edit } from "../domain/edits";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { ProtectedSheetError, readWorkbook, selectCell, selectedRow, TooLargeError, writeEdits } from "../workbook/excel";

export interface Host {
  read(): Promise<{ snapshot: WorkbookSnapshot; protectedSheets: string[] }>;
  write(edits: readonly Edit[]): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  selectedRow(): Promise<{ sheet: string; row: number }>;
  /** One Ctrl+Z undoes a whole refresh (ExcelApi 1.20, while Excel can group its writes); else the pane offers its own undo. */
  undoMerges: boolean;
}

/** Why a command failed, in terms the pane can explain. */
export type HostProblem = { kind: "protected"; sheet: string } | { kind: "editMode" } | { kind: "tooLarge" } | { kind: "other"; detail: string };

export function problemOf(e: unknown): HostProblem {
  if (e instanceof ProtectedSheetError) return { kind: "protected", sheet: e.sheet };
  // Refused from the estimate, before Excel would have failed.
  if (e instanceof TooLargeError) return { kind: "tooLarge" };
  const code = (e as { code?: string }).code;
  if (code === "InvalidOperationInCellEditMode") return { kind: "editMode" };
  // Excel on the web refuses requests and responses over 5 MB (a very large workbook).
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge") return { kind: "tooLarge" };
  return { kind: "other", detail: e instanceof Error ? e.message : String(e) };
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

/** Edits one Ctrl+Z should undo as a whole: cell contents and formats (a refresh and its undo). */
function groupable(edits: readonly Edit[]): boolean {
  return edits.every((e) => isCellEdit(e) || e.kind === "restore");
}

/**
 * The host inside Excel. `run` is Excel.run (tests pass one over a mocked object model).
 * With `undoMerges` (ExcelApi 1.20), a refresh and its undo run with mergeUndoGroup so that one
 * Ctrl+Z undoes them. Writes with rows, sheets, drop-down lists or frozen panes do not: Excel
 * cannot group every API into an undo group (learn.microsoft.com, "Undo capabilities"). Where
 * Excel still answers UndoNotSupported, the write is made again without grouping (cell edits only,
 * so writing them twice is harmless) and from then on the pane offers its own undo.
 */
export function excelHost(run: Run, undoMerges: boolean): Host {
  let merges = undoMerges;
  let lastProtected: string[] = [];
  const write = (edits: readonly Edit[], options?: Excel.RunOptions) =>
    run((context) => writeEdits(context, edits, lastProtected).then(() => undefined), options);
  return {
    get undoMerges() {
      return merges;
    },
    read: () =>
      run(async (context) => {
        const result = await readWorkbook(context);
        lastProtected = result.protectedSheets;
        return result;
      }),
    write: async (edits) => {
      if (!merges || !groupable(edits)) return write(edits);
      try {
        await write(edits, { mergeUndoGroup: true });
      } catch (e) {
        if ((e as { code?: string }).code !== "UndoNotSupported") throw e;
        merges = false;
        await write(edits);
      }
    },
    select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    selectedRow: () => run((context) => selectedRow(context)),
  };
}

/** Excel.run from office.js, and whether this Excel merges undo groups. */
export function officeHost(): Host {
  const supported = Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  const run: Run = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));
  return excelHost(run, supported);
}
