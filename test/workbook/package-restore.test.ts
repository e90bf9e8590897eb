// File mode's undo of a refresh (the pane's own undo: "restore" edits written by the package
// editor): every cell the refresh wrote is as it was, its value and its whole look: the cell
// format's attributes, its font (colour included), its fill and its number format. Run through
// the worker, as the pane runs it: load, refresh, undo, save.
import ExcelJS from "exceljs";
import { refresh } from "../../src/domain";
import { isCellEdit, undoEdits, type Edit } from "../../src/domain/edits";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import type { WorkerReply, WorkerRequest } from "../../src/taskpane/xlsx-worker";
import { editPackage } from "../../src/workbook/package-edit";
import { readSnapshot } from "../../src/workbook/package-read";
import { openZip, readText } from "../../src/workbook/package-zip";
import { xlsxOf } from "../fixtures/xlsx";

const replies: WorkerReply[] = [];
const scope = { onmessage: null as ((e: { data: WorkerRequest }) => Promise<void>) | null, postMessage: (m: WorkerReply) => replies.push(m) };
(globalThis as unknown as { self: typeof scope }).self = scope;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the worker reads `self` when loaded
require("../../src/taskpane/xlsx-worker");

async function send(req: WorkerRequest): Promise<WorkerReply> {
  await scope.onmessage!({ data: req });
  return replies[replies.length - 1];
}

const colLetters = (n: number): string => (n > 26 ? colLetters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const items = (xml: string, container: string, item: string) => {
  const inner = new RegExp(`<${container}\\b[^>]*>([\\s\\S]*?)</${container}>`).exec(xml)?.[1] ?? "";
  return inner.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
};

/** A cell's look as its parts say it: the xf's attributes (ids resolved), its font, fill and number format. */
async function looks(bytes: Uint8Array, cells: Array<{ sheet: string; row: number; col: number }>) {
  const zip = openZip(bytes);
  const workbook = (await readText(zip, "xl/workbook.xml"))!;
  const rels = (await readText(zip, "xl/_rels/workbook.xml.rels"))!;
  const styles = (await readText(zip, "xl/styles.xml"))!;
  const xfs = items(styles, "cellXfs", "xf");
  const fonts = items(styles, "fonts", "font");
  const fills = items(styles, "fills", "fill");
  const formats = new Map(items(styles, "numFmts", "numFmt").map((f) => [attr(f, "numFmtId"), attr(f, "formatCode")]));
  const out: Record<string, unknown> = {};
  for (const c of cells) {
    const id = attr(workbook.match(new RegExp(`<sheet\\b[^>]*name="${c.sheet}"[^>]*>`))![0], "r:id");
    const target = attr(rels.match(new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`))![0], "Target")!;
    const xml = (await readText(zip, `xl/${target.replace(/^\/?xl\//, "")}`))!;
    const ref = `${colLetters(c.col)}${c.row}`;
    const tag = new RegExp(`<c r="${ref}"[^>]*>`).exec(xml)?.[0] ?? "";
    const xf = xfs[Number(attr(tag, "s") ?? 0)];
    const start = /^<xf\b[^>]*>/.exec(xf)![0];
    const numFmtId = attr(start, "numFmtId") ?? "0";
    const others = [...start.matchAll(/\s(\w+)="([^"]*)"/g)].filter(([, k]) => !["fontId", "fillId", "numFmtId"].includes(k)).map(([, k, v]) => `${k}=${v}`);
    out[`${c.sheet}!${ref}`] = {
      xf: others.sort(),
      inner: xf.slice(start.length),
      font: fonts[Number(attr(start, "fontId") ?? 0)],
      fill: fills[Number(attr(start, "fillId") ?? 0)],
      numFmt: formats.get(numFmtId) ?? `builtin ${numFmtId}`,
    };
  }
  return out;
}

/** The sample with every cell the refresh writes formatted by hand: a coloured font (one a theme colour), a fill, a number format. */
async function formatted(): Promise<{ bytes: Uint8Array; cells: Array<{ sheet: string; row: number; col: number }> }> {
  const plain = await xlsxOf(earlyChildhoodSample());
  const cells = refresh(await readSnapshot(plain), "fi").edits.filter(isCellEdit);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(plain) as unknown as ArrayBuffer);
  cells.forEach((e, i) => {
    const cell = wb.getWorksheet(e.sheet)!.getCell(e.row, e.col);
    cell.font = { name: "Arial", size: 10, italic: true, color: i % 2 ? { argb: "FFC00000" } : ({ theme: 5 } as ExcelJS.Color) };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    cell.numFmt = i % 3 ? "0.0" : "@";
    cell.alignment = { horizontal: "right", wrapText: true };
  });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, cells: cells.map(({ sheet, row, col }) => ({ sheet, row, col })) };
}

test("a refresh then its undo in file mode: each written cell has its value, xf, font (colour), fill and number format back", async () => {
  const { bytes: input, cells } = await formatted();
  expect(cells.length).toBeGreaterThan(10);
  const loaded = (await send({ id: 1, type: "load", bytes: input.slice() })) as { snapshot: WorkbookSnapshot };
  const { edits } = refresh(loaded.snapshot, "fi");
  expect(await send({ id: 2, type: "apply", edits })).toMatchObject({ ok: true });
  const refreshed = (await send({ id: 3, type: "save" })) as { bytes: Uint8Array };
  // The refresh did change their look (black text, the status colour), so the undo has work to do.
  expect(await looks(refreshed.bytes, cells)).not.toEqual(await looks(input, cells));
  expect(await send({ id: 4, type: "apply", edits: undoEdits(edits) })).toMatchObject({ ok: true });
  const undone = (await send({ id: 5, type: "save" })) as { bytes: Uint8Array };
  expect(await looks(undone.bytes, cells)).toEqual(await looks(input, cells));
  const value = (s: WorkbookSnapshot) => cells.map((c) => s.sheets.find((x) => x.name === c.sheet)!.rows[c.row - 1]?.[c.col - 1]?.value ?? null);
  expect(value(await readSnapshot(undone.bytes))).toEqual(value(loaded.snapshot));
});

test("a restore on its own (no earlier write in this session) puts back the number format and font colour that `before` gives", async () => {
  const { bytes: input, cells } = await formatted();
  const snapshot = await readSnapshot(input);
  const { edits } = refresh(snapshot, "fi");
  const refreshed = (await editPackage(input, edits))!;
  const status = edits.find((e): e is Extract<Edit, { kind: "status" }> => e.kind === "status")!;
  const restore: Edit = {
    kind: "restore",
    sheet: status.sheet,
    row: status.row,
    col: status.col,
    before: { value: null, fill: "FFF2CC", numFmt: "0.0", fontColor: "C00000" },
  };
  const out = (await editPackage(refreshed, [restore]))!;
  const at = { sheet: status.sheet, row: status.row, col: status.col };
  const got = Object.values(await looks(out, [at]))[0] as { font: string; fill: string; numFmt: string };
  expect(got.numFmt).toBe("0.0");
  expect(got.font).toMatch(/<color rgb="FFC00000"\/>/);
  expect(got.fill).toMatch(/rgb="FFFFF2CC"/);
  expect(cells).toContainEqual(at);
});

test("two writes to a cell, then the undo of the second: the format the first write left", async () => {
  const { bytes: input } = await formatted();
  const { edits } = refresh(await readSnapshot(input), "fi");
  const status = edits.find((e): e is Extract<Edit, { kind: "status" }> => e.kind === "status")!;
  const at = { sheet: status.sheet, row: status.row, col: status.col };
  const kept = new Map<string, number | undefined>();
  const once = (await editPackage(input, [status], { stylesBefore: kept }))!;
  const again: Edit = { ...status, label: "Punainen", fill: "FF0000", before: { value: status.label, fill: status.fill ?? undefined } };
  const twice = (await editPackage(once, [again], { stylesBefore: kept }))!;
  const undone = (await editPackage(twice, undoEdits([again]), { stylesBefore: kept }))!;
  expect(await looks(undone, [at])).toEqual(await looks(once, [at]));
  expect(kept.size).toBe(0);
});
