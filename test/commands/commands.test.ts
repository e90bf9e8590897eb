/** @jest-environment jsdom */
// The ribbon's "Päivitä tilat": associated when the script loads, run with delayForCellEdit where
// Excel has it, and never failing in silence.
import { strictExcel } from "../../src/devtools/strict-excel";
import { library } from "../fixtures/seeds";

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

function office(opts: { protectedSheets?: string[]; sets?: string[]; lang?: string; cellEdit?: Promise<void> } = {}) {
  const mock = strictExcel(library(), { protectedSheets: opts.protectedSheets });
  const handlers: Record<string, (event: Office.AddinCommands.Event) => Promise<void>> = {};
  const dialogs: string[] = [];
  const runOptions: unknown[] = [];
  let closeDialog = () => undefined as void;
  Object.assign(globalThis, {
    Office: {
      onReady: jest.fn(() => new Promise(() => undefined)), // never ready: the command must not wait for it
      actions: { associate: (name: string, f: (event: Office.AddinCommands.Event) => Promise<void>) => (handlers[name] = f) },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogEventReceived: "dialogEventReceived" },
      context: {
        displayLanguage: opts.lang ?? "en-US",
        requirements: { isSetSupported: (_: string, v: string) => (opts.sets ?? ["1.11"]).includes(v) },
        ui: {
          displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
            dialogs.push(decodeURIComponent(new URL(url).searchParams.get("message") ?? ""));
            cb({ status: "succeeded", value: { addEventHandler: (_e: string, h: () => void) => (closeDialog = h) } });
          },
        },
      },
    },
    Excel: {
      run: async (a: Excel.RunOptions | Batch, b?: Batch) => {
        runOptions.push(typeof a === "function" ? undefined : a);
        // delayForCellEdit: Excel holds the batch until the user leaves the cell.
        if (typeof a !== "function" && a.delayForCellEdit && opts.cellEdit) await opts.cellEdit;
        return (typeof a === "function" ? a : b!)(mock.context);
      },
    },
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module must load after the globals are set
  jest.isolateModules(() => require("../../src/commands/commands"));
  const completed = jest.fn();
  const event = { completed } as unknown as Office.AddinCommands.Event;
  return { handlers, dialogs, runOptions, completed, event, writes: mock.writes, close: () => closeDialog() };
}

/** The command module's own functions, loaded after the globals (office() sets them). */
function commands(): typeof import("../../src/commands/commands") {
  let m: typeof import("../../src/commands/commands") | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module must load after the globals are set
  jest.isolateModules(() => (m = require("../../src/commands/commands")));
  return m!;
}

test("the command is associated when the script loads, not after Office.onReady", () => {
  const { handlers } = office();
  expect(Object.keys(handlers)).toEqual(["refreshStatuses"]);
});

test("a refresh from the ribbon writes the statuses, waiting for cell edit to end (ExcelApi 1.11), and completes", async () => {
  const { handlers, event, completed, writes, runOptions, dialogs } = office();
  await handlers.refreshStatuses(event);
  expect(writes.some((w) => w.op === "values" && w.target === "G19:G31")).toBe(true);
  expect(runOptions.every((o) => (o as Excel.RunOptions).delayForCellEdit === true)).toBe(true);
  expect(dialogs).toEqual([]);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("a failure is told to the user in a dialog, and the command completes when it closes", async () => {
  const { handlers, event, completed, writes, dialogs, close } = office({ protectedSheets: ["Sopimus"], sets: [] });
  await handlers.refreshStatuses(event);
  expect(writes).toEqual([]);
  expect(dialogs).toEqual(["Sheet Sopimus is protected. Unprotect it (Unprotect Sheet on the Review tab) and try again. Nothing was written."]);
  expect(completed).not.toHaveBeenCalled();
  close();
  expect(completed).toHaveBeenCalledTimes(1);
});

test("Office.onReady() is called when the script loads, without the command waiting for it", () => {
  office();
  expect((globalThis as unknown as { Office: { onReady: jest.Mock } }).Office.onReady).toHaveBeenCalled();
});

test("a cell edit that does not end within the time limit: the user is told in their language, the command completes, and nothing is written later", async () => {
  let leave = () => undefined as void;
  const cellEdit = new Promise<void>((resolve) => (leave = resolve));
  const { event, completed, writes, dialogs, close } = office({ sets: ["1.11"], lang: "sv-FI", cellEdit });
  const { refreshStatuses, commandHost, COMMAND_LIMIT_MS } = commands();
  expect(COMMAND_LIMIT_MS).toBeLessThanOrEqual(4 * 60_000); // a function command's runtime ends after five minutes
  await refreshStatuses(event, commandHost, 10);
  expect(dialogs).toEqual([expect.stringMatching(/^Cellredigeringen avslutades inte inom 1 minuter/)]);
  close();
  expect(completed).toHaveBeenCalledTimes(1);
  leave(); // the user leaves the cell after the command gave up
  await new Promise((r) => setTimeout(r, 20));
  expect(writes).toEqual([]);
});

test("a failure is told in the user's language (Office's display language)", async () => {
  const { handlers, event, dialogs } = office({ protectedSheets: ["Sopimus"], sets: [], lang: "fi-FI" });
  await handlers.refreshStatuses(event);
  expect(dialogs).toEqual([expect.stringMatching(/^Välilehti Sopimus on suojattu/)]);
});
