// What the pane needs from the workbook it works on. In Excel: the Office.js adapter, every
// command inside one Excel.run; file mode (a local .xlsx in a browser) plugs in the same way.
import type { Edit } from "../domain/edits";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { ProtectedSheetError, readWorkbook, selectCell, selectedRow, writeEdits } from "../workbook/excel";

export interface Host {
  read(): Promise<{ snapshot: WorkbookSnapshot; protectedSheets: string[] }>;
  write(edits: readonly Edit[]): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  selectedRow(): Promise<{ sheet: string; row: number }>;
  /** One Ctrl+Z undoes a whole write (Excel with ExcelApi 1.20); else the pane offers its own undo. */
  undoMerges: boolean;
}

/** Why a command failed, in terms the pane can explain. */
export type HostProblem = { kind: "protected"; sheet: string } | { kind: "editMode" } | { kind: "tooLarge" } | { kind: "other"; detail: string };

export function problemOf(e: unknown): HostProblem {
  if (e instanceof ProtectedSheetError) return { kind: "protected", sheet: e.sheet };
  const code = (e as { code?: string }).code;
  if (code === "InvalidOperationInCellEditMode") return { kind: "editMode" };
  // Excel on the web refuses requests and responses over 5 MB (a very large workbook).
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge") return { kind: "tooLarge" };
  return { kind: "other", detail: e instanceof Error ? e.message : String(e) };
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

/** The host inside Excel. `run` is Excel.run (tests pass one over a mocked object model). */
export function excelHost(run: Run, undoMerges: boolean): Host {
  const options: Excel.RunOptions | undefined = undoMerges ? { mergeUndoGroup: true } : undefined;
  let lastProtected: string[] = [];
  return {
    undoMerges,
    read: () =>
      run(async (context) => {
        const result = await readWorkbook(context);
        lastProtected = result.protectedSheets;
        return result;
      }),
    write: (edits) => run((context) => writeEdits(context, edits, lastProtected).then(() => undefined), options),
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
