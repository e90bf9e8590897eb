// How the ExcelJS writer styles a spec's cells and sets up its sheets for print: every cell named
// in the spec gets the spec's font (name and size), top alignment and its wrap, alignment and
// border; the sheet gets its row heights, frozen columns and page setup (A4, orientation, one page
// wide, repeated rows, print area, page header and footer).
import type ExcelJS from "exceljs";
import { SPEC_FONT, type SpecCell, type SpecPage, type SpecSheet } from "../domain/template/spec";

/** The font of a cell (or of a rich-text run in it): always a name and a size. */
export function specFont(c: SpecCell, italic = !!c.italic): Partial<ExcelJS.Font> {
  return { name: SPEC_FONT.name, size: c.size ?? SPEC_FONT.size, ...(c.bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

export function styleSpecCell(cell: ExcelJS.Cell, c: SpecCell): void {
  cell.font = specFont(c);
  cell.alignment = { vertical: "top", ...(c.wrap ? { wrapText: true } : {}), ...(c.align ? { horizontal: c.align } : {}) };
  if (c.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Header and footer text in Excel's codes: "&" doubled, {page} and {pages} as &P and &N, centred. */
export function headerCode(text: string): string {
  return `&C${text
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N")}`;
}

/** Margins in inches: narrow at the sides so that a wide table prints larger. */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 };

function pageSetup(ws: ExcelJS.Worksheet, p: SpecPage): void {
  Object.assign(ws.pageSetup, {
    paperSize: 9, // A4
    orientation: p.orientation ?? "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as the rows need
    margins: PAGE_MARGINS,
    ...(p.printArea ? { printArea: p.printArea } : {}),
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0]}:${p.repeatRows[1]}` } : {}),
  });
  if (p.header) ws.headerFooter.oddHeader = headerCode(p.header);
  if (p.footer) ws.headerFooter.oddFooter = headerCode(p.footer);
}

/** Row heights, frozen columns and the page setup of a written sheet. */
export function layoutSheet(ws: ExcelJS.Worksheet, s: SpecSheet): void {
  for (const [row, h] of Object.entries(s.heights ?? {})) ws.getRow(Number(row)).height = h;
  if (s.freezeCol) ws.views = [{ state: "frozen", xSplit: s.freezeCol, ySplit: s.freezeRow ?? 0 }];
  if (s.page) pageSetup(ws, s.page);
}

/** A spec cell's value for ExcelJS: a formula with its result, a text with an italic tail as rich text. */
export function specValue(c: SpecCell): ExcelJS.CellValue {
  if (c.formula) return { formula: c.formula, result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  if (c.italicTail && typeof c.value === "string" && c.value.endsWith(c.italicTail)) {
    const head = c.value.slice(0, c.value.length - c.italicTail.length);
    return {
      richText: [
        { text: head, font: specFont(c) },
        { text: c.italicTail, font: specFont(c, true) },
      ],
    };
  }
  return c.value;
}

/**
 * The height a row of wrapped texts needs (its longest cell's lines), undefined for one line:
 * neither Excel nor LibreOffice fits wrapped rows on opening.
 */
export function wrappedHeight(cells: readonly SpecCell[], widths: readonly number[] | undefined): number | undefined {
  let lines = 1;
  for (const c of cells) {
    if (!c.wrap || typeof c.value !== "string") continue;
    const perLine = Math.max(8, Math.floor((widths?.[c.col - 1] ?? 10) * 1.1));
    lines = Math.max(
      lines,
      c.value.split("\n").reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / perLine)), 0),
    );
  }
  return lines > 1 ? Math.min(409, 15 * lines) : undefined;
}
