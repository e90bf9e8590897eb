// Ribbon commands: "Päivitä tilat" refreshes the status column in one click, without the pane.
// The function is associated when the script loads (Office may call it as soon as office.js has
// initialised, before any Office.onReady callback of ours would run), and Office.onReady() is
// called too: "some clients won't run add-in code until Office.onReady is called" (Initialize
// your Office Add-in, learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in). A failure
// is never silent: the user gets a small dialog, in the user's language, saying what went wrong
// and what to do (this page again, with the message in its address), and the command completes
// when that dialog closes. A function command's runtime is ended after five minutes (Add-in
// commands, learn.microsoft.com/office/dev/add-ins/design/add-in-commands), so waiting for a cell
// edit to end stops well before that, says so, and writes nothing later.
import { refresh } from "../domain";
import { excelHost, problemOf, type Host } from "../taskpane/host";
import { langOf, problemText, t } from "../taskpane/text";

/** How long the command waits (for a cell edit to end, for Excel) before it gives up: well inside the five minutes. */
export const COMMAND_LIMIT_MS = 3 * 60_000;

/** The command gave up waiting: nothing is written after this. */
class GaveUp extends Error {}

/**
 * The Excel host for a ribbon command: waits for the user to leave cell-edit mode where Excel can
 * (delayForCellEdit, ExcelApi 1.11); once `gaveUp` says so, no further batch runs.
 */
export function commandHost(gaveUp: () => boolean = () => false): Host {
  const delay = Office.context.requirements.isSetSupported("ExcelApi", "1.11");
  const merge = Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  return excelHost((batch, options) => {
    const all: Excel.RunOptions = { ...options, ...(delay ? { delayForCellEdit: true } : {}) };
    const guarded: typeof batch = (context) => (gaveUp() ? Promise.reject(new GaveUp()) : batch(context));
    return Object.keys(all).length ? Excel.run(all, guarded) : Excel.run(guarded);
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

export async function refreshStatuses(
  event: Office.AddinCommands.Event,
  host: (gaveUp: () => boolean) => Host = commandHost,
  limitMs = COMMAND_LIMIT_MS,
): Promise<void> {
  const lang = langOf(Office.context.displayLanguage);
  let gaveUp = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), limitMs)));
  const work = (async () => {
    const h = host(() => gaveUp);
    const { snapshot } = await h.read();
    await h.write(refresh(snapshot, lang).edits);
  })();
  try {
    if ((await Promise.race([work.then(() => "done" as const), limit])) === "late") {
      gaveUp = true;
      work.catch(() => undefined); // what comes after is dropped: no batch runs once given up
      tell(t("cellEditTimeout", lang, { minutes: Math.max(1, Math.round(limitMs / 60_000)) }), () => event.completed());
      return;
    }
  } catch (e) {
    tell(problemText(problemOf(e), lang), () => event.completed());
    return;
  } finally {
    clearTimeout(timer);
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
// Not awaited: the command is associated above and must not wait for it.
void Office.onReady();
