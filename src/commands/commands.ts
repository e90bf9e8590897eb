// Ribbon commands: "Päivitä tilat" refreshes the status column in one click, without the pane.
// The function is associated when the script loads (Office may call it as soon as office.js has
// initialised, before any Office.onReady callback of ours would run). A failure is never silent:
// the user gets a small dialog saying what went wrong and what to do (this page again, with the
// message in its address), and the command completes when that dialog closes.
import { refresh } from "../domain";
import { excelHost, problemOf, type Host } from "../taskpane/host";
import { langOf, problemText } from "../taskpane/text";

/** The Excel host for a ribbon command: waits for the user to leave cell-edit mode where Excel can (ExcelApi 1.11). */
export function commandHost(): Host {
  const delay = Office.context.requirements.isSetSupported("ExcelApi", "1.11");
  const merge = Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  return excelHost((batch, options) => {
    const all: Excel.RunOptions = { ...options, ...(delay ? { delayForCellEdit: true } : {}) };
    return Object.keys(all).length ? Excel.run(all, batch) : Excel.run(batch);
  }, merge);
}

/** Shows a message in a small dialog; calls `done` when the user closes it (or it cannot open). */
export function tell(message: string, done: () => void): void {
  const url = new URL(window.location.href);
  url.search = `?message=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (result) => {
    // Where no dialog can open, completing is all that is left.
    if (result.status !== Office.AsyncResultStatus.Succeeded) return done();
    result.value.addEventHandler(Office.EventType.DialogEventReceived, () => done());
  });
}

export async function refreshStatuses(event: Office.AddinCommands.Event, host: () => Host = commandHost): Promise<void> {
  try {
    const h = host();
    const { snapshot } = await h.read();
    await h.write(refresh(snapshot, "fi").edits);
  } catch (e) {
    tell(problemText(problemOf(e), langOf(Office.context.displayLanguage)), () => event.completed());
    return;
  }
  event.completed();
}

const message = new URLSearchParams(window.location.search).get("message");
if (message !== null) {
  // This page opened as the dialog of a failed command: show the message.
  const p = document.createElement("p");
  p.textContent = message;
  p.style.font = "14px 'Segoe UI', sans-serif";
  p.style.margin = "16px";
  document.body.append(p);
} else Office.actions.associate("refreshStatuses", (event: Office.AddinCommands.Event) => refreshStatuses(event));
