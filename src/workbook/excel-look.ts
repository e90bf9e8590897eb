// How the Office.js writer styles a spec's sheet and sets it up for print (ExcelApi 1.9, which the
// manifest requires): the spec's font name and size, top alignment, alignment, borders, row
// heights, frozen columns and the page layout (A4, orientation, one page wide, repeated rows,
// print area, page header and footer). Whole ranges where it can: a few operations per sheet.
import { columnLetter } from "../domain/snapshot";
import { SPEC_FONT, type SpecCell, type SpecPage, type SpecSheet } from "../domain/template/spec";

/** Counts queued operations against the request budget (excel.ts's Request.spend). */
export type Spend = (ops: number, data?: unknown) => Promise<void>;

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
/** Inches, as the ExcelJS writer's margins (xlsx-look.ts), in points. */
const MARGINS_PT = { left: 29, right: 29, top: 54, bottom: 43, header: 22, footer: 22 };

/** Header and footer text in Excel's codes: "&" doubled, {page} and {pages} as &P and &N. */
export function pageCode(text: string): string {
  return text
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N");
}

/** A rectangle of cells that share a key, for one range operation. */
export interface Block {
  top: number;
  bottom: number;
  from: number;
  to: number;
  key: string;
}

/**
 * Rectangles of cells that share a key: runs of neighbouring cells in a row, then runs of the same
 * columns in following rows joined, so a styled column of 5,000 rows is one operation, not 5,000.
 */
export function blocksOf(cells: readonly SpecCell[], key: (c: SpecCell) => string | undefined): Block[] {
  const sorted = cells.filter((c) => key(c) !== undefined).sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Block[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const k = key(c)!;
    if (last && last.top === c.row && last.to === c.col - 1 && last.key === k) last.to = c.col;
    else runs.push({ top: c.row, bottom: c.row, from: c.col, to: c.col, key: k });
  }
  // Join a run to the block ending right above it with the same columns and key.
  const open = new Map<string, Block>();
  const blocks: Block[] = [];
  for (const r of runs) {
    const id = `${r.from}:${r.to}:${r.key}`;
    const above = open.get(id);
    if (above && above.bottom === r.top - 1) above.bottom = r.top;
    else {
      blocks.push(r);
      open.set(id, r);
    }
  }
  return blocks;
}

/** A block's A1 address. */
export function blockAddress(b: Block): string {
  return `${columnLetter(b.from)}${b.top}:${columnLetter(b.to)}${b.bottom}`;
}

async function pageLayout(ws: Excel.Worksheet, p: SpecPage, spend: Spend): Promise<void> {
  await spend(14, p);
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "portrait" ? "Portrait" : "Landscape";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.leftMargin = MARGINS_PT.left;
  layout.rightMargin = MARGINS_PT.right;
  layout.topMargin = MARGINS_PT.top;
  layout.bottomMargin = MARGINS_PT.bottom;
  layout.headerMargin = MARGINS_PT.header;
  layout.footerMargin = MARGINS_PT.footer;
  if (p.printArea) layout.setPrintArea(p.printArea);
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows[0]}:$${p.repeatRows[1]}`);
  if (p.header) layout.headersFooters.defaultForAllPages.centerHeader = pageCode(p.header);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = pageCode(p.footer);
}

/** Fonts, alignment, borders, row heights, frozen columns and page layout of a new sheet. */
export async function writeLook(ws: Excel.Worksheet, s: SpecSheet, spend: Spend): Promise<void> {
  if (s.cells.length) {
    const rows = Math.max(...s.cells.map((c) => c.row));
    const cols = Math.max(...s.cells.map((c) => c.col));
    await spend(5);
    const all = ws.getRange(`A1:${columnLetter(cols)}${rows}`);
    all.format.font.name = SPEC_FONT.name;
    all.format.font.size = SPEC_FONT.size;
    all.format.verticalAlignment = "Top";
  }
  for (const r of blocksOf(s.cells, (c) => (c.size && c.size !== SPEC_FONT.size ? String(c.size) : undefined))) {
    await spend(4);
    ws.getRange(blockAddress(r)).format.font.size = Number(r.key);
  }
  for (const r of blocksOf(s.cells, (c) => c.align)) {
    await spend(4);
    ws.getRange(blockAddress(r)).format.horizontalAlignment = ALIGN[r.key as keyof typeof ALIGN];
  }
  for (const r of blocksOf(s.cells, (c) => (c.border ? "thin" : undefined))) {
    const range = ws.getRange(blockAddress(r));
    for (const edge of EDGES) {
      if (edge === "InsideVertical" && r.from === r.to) continue;
      if (edge === "InsideHorizontal" && r.top === r.bottom) continue;
      await spend(5);
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#808080";
    }
  }
  for (const [row, h] of Object.entries(s.heights ?? {})) {
    await spend(3);
    ws.getRange(`${row}:${row}`).format.rowHeight = h;
  }
  if (s.freezeCol) {
    await spend(3);
    if (s.freezeRow) ws.freezePanes.freezeAt(ws.getRange(`A1:${columnLetter(s.freezeCol)}${s.freezeRow}`));
    else ws.freezePanes.freezeColumns(s.freezeCol);
  }
  if (s.page) await pageLayout(ws, s.page, spend);
}
