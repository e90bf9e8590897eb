// File mode's worker without a browser: load, apply the refresh's edits, save. The saved bytes
// are the package edited part by part (a chart the file held is still there, byte for byte), and
// an edit that would lose something is refused with its reason in words, nothing applied.
import { refresh } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { openZip, readText } from "../../src/workbook/package-zip";
import { readSnapshot } from "../../src/workbook/package-read";
import type { WorkerReply, WorkerRequest } from "../../src/taskpane/xlsx-worker";
import { withChart, xlsxOf } from "../fixtures/xlsx";

const replies: WorkerReply[] = [];
const scope = { onmessage: null as ((e: { data: WorkerRequest }) => Promise<void>) | null, postMessage: (m: WorkerReply) => replies.push(m) };
(globalThis as unknown as { self: typeof scope }).self = scope;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the worker reads `self` when loaded
require("../../src/taskpane/xlsx-worker");

async function send(req: WorkerRequest): Promise<WorkerReply> {
  await scope.onmessage!({ data: req });
  return replies[replies.length - 1];
}

test("load, apply the refresh's edits, save: the statuses are written and the chart's parts kept byte for byte", async () => {
  const input = await withChart(await xlsxOf(earlyChildhoodSample()));
  const loaded = await send({ id: 1, type: "load", bytes: input.slice() });
  expect(loaded).toMatchObject({ ok: true, unsupported: [] });
  const { edits } = refresh((loaded as { snapshot: WorkbookSnapshot }).snapshot, "fi");
  expect(edits.length).toBeGreaterThan(0);
  expect(await send({ id: 2, type: "apply", edits })).toMatchObject({ ok: true });
  const saved = (await send({ id: 3, type: "save" })) as { ok: true; bytes: Uint8Array };
  expect(refresh(await readSnapshot(saved.bytes), "fi").edits).toEqual([]);
  const before = openZip(input);
  const after = openZip(saved.bytes);
  for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]) expect(await readText(after, part)).toBe(await readText(before, part));
  // Saving twice gives the same bytes: the worker keeps its own copy.
  expect((await send({ id: 4, type: "save" })) as { bytes: Uint8Array }).toMatchObject({ bytes: saved.bytes });
});

test("an inserted row on a sheet with a chart's drawing is refused in words, and nothing is applied", async () => {
  const input = await withChart(await xlsxOf(earlyChildhoodSample()));
  const loaded = (await send({ id: 5, type: "load", bytes: input.slice() })) as { snapshot: WorkbookSnapshot };
  const sheet = loaded.snapshot.sheets[0].name;
  const r = await send({ id: 6, type: "apply", edits: [{ kind: "insertRow", sheet, row: 10, cells: [] }] });
  expect(r).toMatchObject({ ok: false });
  expect((r as { message: string }).message).toContain("rivin lisääminen");
  const en = await send({ id: 8, type: "apply", lang: "en", edits: [{ kind: "insertRow", sheet, row: 10, cells: [] }] });
  expect((en as { message: string }).message).toBe(
    `The change was not made, so that nothing is lost: sheet ${sheet} has pictures, shapes or charts that inserting a row cannot move along.`,
  );
  const saved = (await send({ id: 7, type: "save" })) as { bytes: Uint8Array };
  expect(Buffer.from(saved.bytes).equals(Buffer.from(input))).toBe(true);
});
