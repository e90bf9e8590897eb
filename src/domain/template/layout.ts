// How a written sheet looks and prints: row heights that show every wrapped text whole, the used
// range, and the page setup a designer gives a contract sheet (landscape A4, one page wide, the
// header rows on every page, the unit and year in the page header, page numbers at the foot).
// Pure: both writers (ExcelJS and Office.js) apply what this puts in the spec.
import type { Lang } from "../i18n/lang";
import { columnLetter } from "../snapshot";
import { SPEC_FONT, type SpecPage, type SpecSheet } from "./spec";

/**
 * Characters of a column width that a line of text at `size` points holds. A width counts the
 * digit "0" of Calibri 11 (7 px); text averages narrower, but capitals and bold are wider: 0.95
 * keeps the estimate on the safe side, so a row is rather a little too high than cut.
 */
export function charsPerLine(width: number, size: number = SPEC_FONT.size): number {
  return Math.max(1, Math.floor((width * 0.95 * SPEC_FONT.size) / size) - 1);
}

/** Lines a text takes when wrapped at word boundaries in a column of `width` characters. */
export function lineCount(text: string, width: number, size: number = SPEC_FONT.size, bold = false): number {
  const per = Math.max(1, Math.floor(charsPerLine(width, size) * (bold ? 0.95 : 1)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let n = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      // A word longer than the line breaks inside itself: avoided by the widths, counted if not.
      const len = word.length;
      if (used === 0) {
        n += Math.ceil(len / per) - 1;
        used = len % per || per;
      } else if (used + 1 + len <= per) used += 1 + len;
      else {
        n += Math.ceil(len / per);
        used = len % per || per;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** A row's height in points for `lines` lines of text at `size` points, with a little air. */
export function heightFor(lines: number, size: number = SPEC_FONT.size): number {
  return Math.min(409, Math.ceil(lines * size * 1.32 + 3));
}

/** The width in characters a cell has to wrap in: its column's, or its merged area's. */
function widthAt(s: SpecSheet, row: number, col: number): number {
  const w = (c: number) => s.widths?.[c - 1] ?? 9;
  for (const m of s.merges ?? []) {
    const [a, b] = m.split(":");
    const p = /^([A-Z]+)(\d+)$/.exec(a);
    const q = /^([A-Z]+)(\d+)$/.exec(b ?? a);
    if (!p || !q) continue;
    const colOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [left, right, top, bottom] = [colOf(p[1]), colOf(q[1]), Number(p[2]), Number(q[2])];
    if (row >= top && row <= bottom && col === left) {
      let sum = 0;
      for (let c = left; c <= right; c++) sum += w(c);
      return sum;
    }
  }
  return w(col);
}

/**
 * Sets the height of every row holding wrapped text to what its tallest cell needs (neither
 * Excel nor LibreOffice fits a row on opening). A height already given is kept when larger.
 */
export function fitHeights(s: SpecSheet): void {
  const need = new Map<number, number>();
  for (const c of s.cells) {
    if (!c.wrap || typeof c.value !== "string") continue;
    const size = c.size ?? SPEC_FONT.size;
    const h = heightFor(lineCount(c.value, widthAt(s, c.row, c.col), size, c.bold), size);
    need.set(c.row, Math.max(need.get(c.row) ?? 0, h));
  }
  const heights = { ...(s.heights ?? {}) };
  for (const [row, h] of need) if (h > (heights[row] ?? 0)) heights[row] = h;
  s.heights = heights;
}

/** The A1 range from A1 to the last row and column holding a cell. */
export function usedRange(s: SpecSheet): string {
  let rows = 1;
  let cols = 1;
  for (const c of s.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  return `A1:${columnLetter(cols)}${rows}`;
}

const PAGE_WORD: Record<Lang, string> = { fi: "Sivu {page} / {pages}", sv: "Sida {page} av {pages}", en: "Page {page} of {pages}" };

/**
 * Gives a sheet its page setup: landscape unless said, the header rows repeated, the used range
 * as print area, the unit and year as the page header and page numbers as its footer. Call last,
 * when the sheet holds all its cells.
 */
export function printable(s: SpecSheet, o: { lang: Lang; header: string; repeatRows?: [number, number]; orientation?: SpecPage["orientation"] }): SpecSheet {
  s.page = {
    orientation: o.orientation ?? "landscape",
    printArea: usedRange(s),
    header: o.header,
    footer: PAGE_WORD[o.lang],
    ...(o.repeatRows ? { repeatRows: o.repeatRows } : {}),
  };
  fitHeights(s);
  return s;
}
