/** @jest-environment jsdom */
// The ribbon's "Päivitä tilat": associated when the script loads, run with delayForCellEdit where
// Excel has it, and never failing in silence.
import { strictExcel } from "../../src/devtools/strict-excel";
import { library } from "../fixtures/seeds";

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

function office(opts: { protectedSheets?: string[]; sets?: string[] } = {}) {
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
        displayLanguage: "en-US",
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
      run: (a: Excel.RunOptions | Batch, b?: Batch) => {
        runOptions.push(typeof a === "function" ? undefined : a);
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
