// Reading last year for `summary --previous` (issue 21) in a worker thread of its own. Last year's
// summary workbook of a thousand units is one large workbook: its snapshot takes some 200 MB while
// it is read, and the garbage it leaves would raise the heap the thousand units of this year are
// then read into (measured: 495 MB peak, against the 500 MB budget). In a worker, that memory goes
// with the worker when it ends; only the small last-year units come back. The same module is the
// worker's code (run as lib/cli/summary-last-year.js); from the sources (ts-jest), where a worker
// cannot run TypeScript, the files are read in this thread.
import { promises as fs } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Lang } from "../domain/i18n/lang";
import { lastYearOf, type LastYearUnit } from "../domain/summary-previous";
import { readSnapshot } from "../workbook/package-read";
import { UnreadableFile } from "../workbook/xlsx";
import { readInput } from "./files";

/** What the reader says per file: its units, or why it could not be read. */
export type LastYearMessage =
  | { kind: "start"; index: number }
  | { kind: "units"; index: number; units: LastYearUnit[] }
  | { kind: "unreadable"; index: number; reason: string; detail: string }
  | { kind: "done" };

/** Reads each file in turn and says what it found; never throws for a file. */
export async function readEach(files: readonly string[], lang: Lang, say: (m: LastYearMessage) => void): Promise<void> {
  for (const [index, file] of files.entries()) {
    say({ kind: "start", index });
    try {
      const { data } = await readInput(file);
      say({ kind: "units", index, units: lastYearOf(file, await readSnapshot(data), lang) });
    } catch (e) {
      const reason = e instanceof UnreadableFile ? e.reason : typeof (e as NodeJS.ErrnoException)?.code === "string" ? "notFound" : "unparsable";
      say({ kind: "unreadable", index, reason, detail: String((e as Error)?.message ?? e) });
    }
  }
  say({ kind: "done" });
}

/** True where this file runs compiled (lib/cli/*.js), so that a worker can run it. */
const compiled = __filename.endsWith(".js");

/**
 * Reads last year's files, in a worker thread where the compiled code runs; `on` is told per file,
 * in order. Resolves when all are read; rejects only when the worker itself fails.
 */
export async function readLastYearFiles(files: readonly string[], lang: Lang, on: (m: LastYearMessage) => void): Promise<void> {
  if (!compiled || !(await fs.stat(__filename).catch(() => null))) return readEach(files, lang, on);
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { files, lang } });
    let done = false;
    worker.on("message", (m: LastYearMessage) => {
      if (m.kind === "done") done = true;
      on(m);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => (done ? resolve() : reject(new Error(`last year's reader ended with code ${code}`))));
  });
}

if (!isMainThread && parentPort && (workerData as { files?: unknown })?.files) {
  const { files, lang } = workerData as { files: string[]; lang: Lang };
  const port = parentPort;
  void readEach(files, lang, (m) => port.postMessage(m)).then(() => port.close());
}
