// What the pane needs from the workbook it works on. In Excel: the Office.js adapter, every
// command inside one Excel.run; file mode (a local .xlsx in a browser) plugs in the same way.
import { isCellEdit, type Edit } from "../domain/edits";
import type { Lang } from "../domain/i18n/lang";
import type { WorkbookSnapshot } from "../domain/snapshot";
import {
  HiddenSheetError,
  ProtectedSheetError,
  readWorkbook,
  selectCell,
  selectedRow,
  StaleCellsError,
  StructureProtectedError,
  TooLargeError,
  workbookNames,
  writeEdits,
  type Locks,
} from "../workbook/excel";
import { cellKey, undoGuards, writtenCells, type CellState } from "../workbook/excel-stale";

export interface Host {
  /** With `selection`, the selected cell's sheet and row too where the host can give it in the same read (Excel). */
  read(opts?: { selection?: boolean }): Promise<{ snapshot: WorkbookSnapshot; protectedSheets: string[]; selection?: { sheet: string; row: number } }>;
  /**
   * `lang`: the pane's language, for a refusal the host words itself (file mode's package editor:
   * EditRefused); Excel's own errors are worded by the pane (problemText).
   */
  write(edits: readonly Edit[], lang?: Lang): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  selectedRow(): Promise<{ sheet: string; row: number }>;
  /** The workbook's sheet and table names (Excel), so that added sheets and tables take free names. */
  names?(): Promise<{ sheets: string[]; tables: string[] }>;
  /** One Ctrl+Z undoes a whole refresh (ExcelApi 1.20, while Excel can group its writes); else the pane offers its own undo. */
  undoMerges: boolean;
  /**
   * Calls `listener` when a cell of the workbook changes by someone else's hand (the user, a
   * co-author), so that a preview can be marked stale; returns the unsubscribe. Excel: the
   * worksheets' onChanged event (ExcelApi 1.9); the add-in's own writes are not reported.
   */
  onChanged?(listener: () => void): () => void;
}

/** Why a command failed, in terms the pane can explain. */
export type HostProblem =
  | { kind: "protected"; sheet: string }
  | { kind: "structure" }
  | { kind: "hidden"; sheet: string }
  | { kind: "denied" }
  | { kind: "undoNotSupported" }
  | { kind: "editMode" }
  | { kind: "tooLarge" }
  /** Cells changed in the workbook since the plan was made (Excel addresses): nothing was written. */
  | { kind: "stale"; cells: string[] }
  /** A sheet the pane read is gone (renamed or deleted in between): Excel's ItemNotFound. */
  | { kind: "sheetGone" }
  /** Excel's InvalidOperation with no cause the pane can tell: a cell being edited or a hidden sheet. */
  | { kind: "invalid" }
  | { kind: "other"; detail: string };

/** Excel refused to group a write into one undo step, and the write was not made again (see excelHost). */
export class UndoNotGroupedError extends Error {
  constructor() {
    super("Excel could not group the write into one undo step (UndoNotSupported)");
  }
}

export function problemOf(e: unknown): HostProblem {
  if (e instanceof ProtectedSheetError) return { kind: "protected", sheet: e.sheet };
  if (e instanceof StructureProtectedError) return { kind: "structure" };
  if (e instanceof HiddenSheetError) return { kind: "hidden", sheet: e.sheet };
  // Refused from the estimate, before Excel would have failed.
  if (e instanceof TooLargeError) return { kind: "tooLarge" };
  if (e instanceof StaleCellsError) return { kind: "stale", cells: e.cells };
  const code = (e as { code?: string }).code;
  // Excel's codes, learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
  // InvalidOperationInCellEditMode is cell-edit mode; InvalidOperation ("The operation attempted is
  // invalid on the object") is what older builds and the common API answer in cell-edit mode too
  // (Microsoft in OfficeDev/office-js#761: API calls are forbidden while a cell is edited), and
  // what freezing panes on a hidden sheet answers (excelHost turns that case into "hidden").
  if (code === "InvalidOperationInCellEditMode") return { kind: "editMode" };
  if (code === "InvalidOperation") return /edit/i.test((e as Error).message ?? "") ? { kind: "editMode" } : { kind: "invalid" };
  if (code === "ItemNotFound") return { kind: "sheetGone" };
  if (e instanceof UndoNotGroupedError) return { kind: "undoNotSupported" };
  // A protected sheet is found before writing (ProtectedSheetError). What Excel itself throws on a
  // write to a protected sheet or to a workbook whose structure is protected is not documented:
  // Microsoft's error list gives AccessDenied ("You cannot perform the requested operation") with
  // no cause (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
  // and OfficeDev/office-js#6784 shows protection calls answering AccessDenied. Only AccessDenied is
  // handled; any other code is reported as it comes.
  if (code === "AccessDenied") return { kind: "denied" };
  // Excel on the web refuses requests and responses over 5 MB (a very large workbook); the read
  // halves its blocks and tries again, so only what one row cannot fit reaches the user.
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") return { kind: "tooLarge" };
  return { kind: "other", detail: e instanceof Error ? e.message : String(e) };
}

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

/**
 * Edits that can be written a second time with the same result: cell contents and formats,
 * drop-down lists, frozen panes. Inserting a row or adding a sheet twice would not be.
 */
function repeatable(edits: readonly Edit[]): boolean {
  return edits.every((e) => isCellEdit(e) || e.kind === "restore" || e.kind === "list" || e.kind === "freeze");
}

/**
 * The host inside Excel. `run` is Excel.run (tests pass one over a mocked object model).
 * With `undoMerges` (ExcelApi 1.20) every write runs with mergeUndoGroup, so that one Ctrl+Z
 * undoes a whole refresh, structure change or inserted row: none of the APIs the writes use is on
 * Microsoft's list of APIs without undo support ("Undo capabilities", docs/decisions.md). Where
 * Excel answers UndoNotSupported all the same, grouping is off from then on (the pane offers its
 * own undo of a refresh); a repeatable write is made again ungrouped, while one that inserts rows
 * or adds sheets is not (part of it may be in the workbook) and the user is told to look.
 */
export function excelHost(run: Run, undoMerges: boolean): Host {
  let merges = undoMerges;
  let locks: Locks = [];
  /** What this host's writes left in each cell: the pane's undo restores a cell only if it still holds that. */
  const written = new Map<string, CellState>();
  let writing = 0;
  const guarded = (edits: readonly Edit[], context: Excel.RequestContext) => {
    const undo = undoGuards(edits, written);
    return writeEdits(context, edits, locks, undefined, undo.length ? [...undo] : undefined);
  };
  const once = async (edits: readonly Edit[], options?: Excel.RunOptions) => {
    writing++;
    try {
      await run((context) => guarded(edits, context), options);
    } catch (e) {
      // Freezing panes answers InvalidOperation on a hidden sheet (one the read saw visible).
      const freeze = edits.find((x) => x.kind === "freeze");
      if ((e as { code?: string }).code === "InvalidOperation" && freeze?.kind === "freeze" && !/edit/i.test((e as Error).message ?? ""))
        throw new HiddenSheetError(freeze.sheet);
      throw e;
    } finally {
      writing--;
    }
    for (const [k, v] of writtenCells(edits)) written.set(k, v);
    for (const x of edits) if (x.kind === "restore") written.delete(cellKey(x.sheet, x.row, x.col));
  };
  const write = once;
  return {
    get undoMerges() {
      return merges;
    },
    read: (opts) =>
      run(async (context) => {
        const result = await readWorkbook(context, undefined, opts);
        locks = result;
        return result;
      }),
    write: async (edits) => {
      if (!merges) return write(edits);
      try {
        await write(edits, { mergeUndoGroup: true });
      } catch (e) {
        if ((e as { code?: string }).code !== "UndoNotSupported") throw e;
        merges = false;
        if (!repeatable(edits)) throw new UndoNotGroupedError();
        await write(edits);
      }
    },
    select: (sheet, cell) => run((context) => selectCell(context, sheet, cell)),
    selectedRow: () => run((context) => selectedRow(context)),
    names: () => run((context) => workbookNames(context)),
    onChanged: (listener) => {
      let removed = false;
      let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
      // ExcelApi 1.9 (WorksheetCollection.onChanged); triggerSource (ExcelApi 1.14) tells the
      // add-in's own writes apart where Excel gives it, else changes during a write are ignored.
      void run(async (context) => {
        handler = context.workbook.worksheets.onChanged.add(async (event) => {
          if (removed || writing > 0 || event.triggerSource === "ThisLocalAddin") return;
          listener();
        });
        await context.sync();
      }).catch(() => undefined); // no events where Excel gives none: the write's own check still guards
      return () => {
        removed = true;
        const h = handler;
        if (!h) return;
        // Microsoft's way to remove a handler: Excel.run on the handler's own context ("Work with events", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
        if (typeof Excel === "undefined") h.remove();
        else
          void Excel.run(h.context, async (context) => {
            h.remove();
            await context.sync();
          }).catch(() => undefined);
      };
    },
  };
}

/** Excel.run from office.js, and whether this Excel merges undo groups. */
export function officeHost(): Host {
  const supported = Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  const run: Run = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));
  return excelHost(run, supported);
}
