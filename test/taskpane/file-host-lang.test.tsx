/** @jest-environment jsdom */
// File mode words the package editor's refusals in the pane's language: the pane passes its
// language with every write, and the worker words the refusal in it (not in Finnish whatever the
// pane is set to). The worker runs here in the page: a stand-in Worker hands each message to it.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../src/domain/i18n/lang";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { App } from "../../src/taskpane/App";
import { openWorkbook, type Selection } from "../../src/taskpane/file-host";
import { problemOf } from "../../src/taskpane/host";
import { problemText } from "../../src/taskpane/text";
import type { WorkerReply, WorkerRequest } from "../../src/taskpane/xlsx-worker";
import { withChart, xlsxOf } from "../fixtures/xlsx";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom has no TextDecoder; the worker's package reader needs Node's (a worker has its own).
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** The page's side of the one worker: file-host.ts sets its onmessage. */
const page: { onmessage: ((e: MessageEvent<WorkerReply>) => void) | null } = { onmessage: null };
/** The worker module listens on `self`; its replies go to the page. */
const scope = {
  onmessage: null as ((e: { data: WorkerRequest }) => Promise<void>) | null,
  postMessage: (m: WorkerReply) => page.onmessage?.({ data: m } as MessageEvent<WorkerReply>),
};
class FakeWorker {
  set onmessage(f: ((e: MessageEvent<WorkerReply>) => void) | null) {
    page.onmessage = f;
  }
  postMessage(m: WorkerRequest) {
    void scope.onmessage!({ data: m });
  }
  terminate() {}
}
(globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
const realSelf = globalThis.self;
(globalThis as unknown as { self: unknown }).self = scope;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the worker reads `self` when loaded
require("../../src/taskpane/xlsx-worker");
(globalThis as unknown as { self: unknown }).self = realSelf;

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

async function opened() {
  let selection: Selection = { sheet: "", row: 1, col: 1 };
  // The sample's first sheet, with a chart on it: inserting a row there is refused.
  const bytes = await withChart(await xlsxOf(earlyChildhoodSample()));
  // A Node Buffer: the page realm's Uint8Array is not one to Node's DecompressionStream.
  return openWorkbook(Buffer.from(bytes), { get: () => selection, set: (s) => (selection = s) }, () => undefined);
}

const REFUSED: Record<Lang, RegExp> = {
  fi: /^Muutosta ei tehty, jotta mitään ei katoaisi: taulukossa .+ on kuvia, muotoja tai kaavioita, joita rivin lisääminen ei voi siirtää mukana\.$/,
  sv: /^Ändringen gjordes inte, så att inget går förlorat: bladet .+ har bilder, former eller diagram som inte kan flyttas med när en rad infogas\.$/,
  en: /^The change was not made, so that nothing is lost: sheet .+ has pictures, shapes or charts that inserting a row cannot move along\.$/,
};

test.each(["sv", "en", "fi"] as const)("a refused write reads in the language it was made in (%s)", async (lang) => {
  const workbook = await opened();
  const sheet = workbook.snapshot().sheets[0].name;
  const error = await workbook.host.write([{ kind: "insertRow", sheet, row: 10, cells: [] }], lang).catch((e: unknown) => e);
  const p = problemOf(error);
  expect(p.kind).toBe("other");
  expect((p as { detail: string }).detail).toMatch(REFUSED[lang]);
  expect(problemText(p, lang)).toMatch(/^(Toiminto epäonnistui|Åtgärden misslyckades|The action failed): /);
  workbook.close();
});

test.each([
  ["sv", "Ny målrad", "Lägg till på vald rad"],
  ["en", "Insert row", "Insert at the selected row"],
] as const)("the pane in %s: inserting a row on a sheet with a chart is refused in that language", async (lang, tab, button) => {
  const workbook = await opened();
  const user = userEvent.setup();
  render(<App host={workbook.host} initialLang={lang} mode="file" />);
  await user.click(screen.getByRole("tab", { name: tab }));
  await user.click(await screen.findByRole("button", { name: button }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(new RegExp(REFUSED[lang].source.slice(1)));
  expect(alert.textContent).not.toMatch(/Muutosta ei tehty/);
  workbook.close();
});
