// A large WorkbookSpec (the city-wide summary over a thousand units: 50,000 goal rows) written
// row by row with ExcelJS's streaming writer, so that memory stays flat: the in-memory writer
// (workbookOf + toBytes) keeps an object per cell and the whole sheet's XML, over 1 GB at 600,000
// cells. The look is the in-memory writer's: the same cell styling (xlsx-look.ts), the same page
// setup, frozen panes, merges, lists, colour scales. The streaming writer has no tables, so the
// table parts (xl/tables/tableN.xml, the sheet's relationship and <tableParts>, the content type)
// are added here. A sheet may take its rows from an async iterable after its own cells (a row
// producer: `sopimus summary` reads its goal rows and problems back from disk), and its texts are
// then written inline, so that nothing of it is held until the end. Node only (the command line);
// the pane uses workbookOf.
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { SpecCell, SpecSheet, SpecTable, WorkbookSpec } from "../domain/template/spec";
import { layoutSheet, specValue, styleSpecCell, wrappedHeight } from "./xlsx-look";
import { colourScaleRule, tableColumnNames } from "./xlsx-tables";

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

// eslint-disable-next-line no-control-regex -- control characters are not allowed in XML attributes
const XML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function xmlText(s: string): string {
  return s.replace(XML_CONTROL, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The table part's XML: the range, its filter over the same range, the column names and a light striped style. */
function tableXml(id: number, t: SpecTable, names: string[]): string {
  const cols = names.map((n, i) => `<tableColumn id="${i + 1}" name="${xmlText(n)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlText(t.name)}" displayName="${xmlText(t.name)}" ref="${t.range}" totalsRowShown="0" headerRowCount="1">` +
    `<autoFilter ref="${t.range}"/>` +
    `<tableColumns count="${names.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/** The header texts of a table, named as xlsx-tables.ts names them. */
function headerNames(s: SpecSheet, t: SpecTable): string[] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)\d+$/i.exec(t.range);
  if (!m) throw new Error(`not an A1 range: ${t.range}`);
  const row = Number(m[2]);
  const [left, right] = [colNumber(m[1]), colNumber(m[3])];
  const texts: unknown[] = [];
  for (let c = left; c <= right; c++) texts.push(s.cells.find((x) => x.row === row && x.col === c)?.value);
  return tableColumnNames(texts);
}

// The streaming writer's internals this module extends (ExcelJS 4.4, lib/stream/xlsx/).
interface SheetWriterInternals {
  stream: {
    write(data: unknown, ...rest: unknown[]): unknown;
    /** Where the sheet's XML goes: the zip's entry (archiver's PassThrough). */
    pipes?: Array<NodeJS.WritableStream & { writableLength?: number }>;
  };
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
  _write(text: string): void;
}
/**
 * Without shared strings ExcelJS writes a text as `t="str"` (a formula's string result, which
 * Excel reads but the standard does not mean for plain text); the sheet's row XML is rewritten as
 * it goes to an inline string (`t="inlineStr"` with `<is><t>`), as the standard has it.
 */
function inlineStrings(sheet: SheetWriterInternals): void {
  const stream = sheet.stream;
  const write = stream.write.bind(stream);
  stream.write = (data: unknown, ...rest: unknown[]) =>
    write(
      typeof data === "string"
        ? data
            .replace(/ t="str"><v>([^<]*)<\/v>/g, ' t="inlineStr"><is><t xml:space="preserve">$1</t></is>')
            .replace(/ t="str"><v\/>/g, ' t="inlineStr"><is><t/></is>')
        : data,
      ...rest,
    );
}

/** How much of a sheet's XML may wait for the zip before its producer is held back. */
const BACKLOG = 4 * 1024 * 1024;

/**
 * Holds a producer back while the zip has not taken the sheet's XML written so far: ExcelJS pipes
 * the sheet into the zip without heeding back-pressure, and a producer reading from disk outruns
 * the compression, so the sheet's whole XML (55 MB at 1,000 units) would otherwise wait in memory.
 * Waits for the pipe to drain, or a tenth of a second at most (never hangs on a stalled zip).
 */
async function drained(sheet: SheetWriterInternals): Promise<void> {
  const pipe = sheet.stream.pipes?.[0];
  if (!pipe || typeof pipe.writableLength !== "number" || pipe.writableLength < BACKLOG) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      pipe.off("drain", done);
      resolve();
    };
    const timer = setTimeout(done, 100);
    pipe.once("drain", done);
  });
}

interface BookWriterInternals {
  zip: { append(data: string, opts: { name: string }): void };
  addContentTypes(): Promise<void>;
}

/**
 * A cell's style, one object per distinct look: ExcelJS then files each look once (it remembers
 * style objects it has seen) instead of rendering the style of every one of 600,000 cells.
 */
function styleCache(): (c: SpecCell) => Partial<ExcelJS.Style> {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (c) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- what is not style is left out of the key
    const { row, col, value, formula, italicTail, ...look } = c;
    const key = JSON.stringify(look);
    let style = cache.get(key);
    if (!style) {
      const cell = new ExcelJS.Workbook().addWorksheet("x").getCell(1, 1);
      styleSpecCell(cell, c);
      if (c.fill) {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${c.fill}` } };
        // Black on a fill, as the engine writes statuses: LibreOffice turns "automatic" text white on red.
        cell.font = { ...cell.font, color: { argb: "FF000000" } };
      }
      if (c.numFmt) cell.numFmt = c.numFmt;
      style = cell.style;
      cache.set(key, style);
    }
    return style;
  };
}

/**
 * Rows a sheet gets after its own cells, from an async iterable: each row as its cells from column
 * A on (null leaves a cell empty), asked for one at a time and let go once written, so that a
 * sheet of 50,000 rows never stands in memory. Heights and looks as for the sheet's own cells.
 */
export interface RowProducer {
  /** The 1-based row of the first one: below every row of the sheet's own cells. */
  from: number;
  rows: AsyncIterable<ReadonlyArray<Omit<SpecCell, "row" | "col"> | null>>;
}

/** A sheet whose rows come from its cells and then, optionally, from a row producer. */
export type StreamSheet = SpecSheet & { rowsAfter?: RowProducer };

/** The spec as .xlsx bytes, written row by row; a sheet's `rowsAfter` rows follow its cells. */
export async function specToBytesStreaming(spec: WorkbookSpec | { sheets: StreamSheet[] }): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = "Sopimus";
  const book = wb as unknown as BookWriterInternals;
  const tables: string[] = [];
  const look = styleCache();

  for (const s of spec.sheets as StreamSheet[]) {
    // The page setup, header and panes as the in-memory writer makes them: the streaming writer
    // writes them when the sheet opens, so they are taken from a sheet laid out the same way.
    const model = new ExcelJS.Workbook().addWorksheet("x", s.freezeRow ? { views: [{ state: "frozen", ySplit: s.freezeRow }] } : {});
    layoutSheet(model, s);
    // A sheet fed by a producer (50,000 rows) keeps its texts in the sheet, as inline strings: the
    // shared-string table would hold every distinct text of the sheet in memory until the end.
    const ws = wb.addWorksheet(s.name, {
      views: model.views,
      pageSetup: model.pageSetup,
      headerFooter: model.headerFooter,
      ...(s.rowsAfter ? { useSharedStrings: false } : {}),
    } as Partial<ExcelJS.AddWorksheetOptions>);
    if (s.rowsAfter) inlineStrings(ws as unknown as SheetWriterInternals);
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const t of s.tables ?? []) {
      const id = tables.length + 1;
      const file = `table${id}.xml`;
      tables.push(file);
      book.zip.append(tableXml(id, t, headerNames(s, t)), { name: `xl/tables/${file}` });
      const sheet = ws as unknown as SheetWriterInternals;
      const rId = sheet._sheetRelsWriter.addRelationship({ Type: TABLE_REL, Target: `../tables/${file}` });
      const close = sheet._writeCloseWorksheet.bind(sheet);
      sheet._writeCloseWorksheet = () => {
        sheet._write(`<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
        close();
      };
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
    const byRow = new Map<number, SpecCell[]>();
    for (const c of s.cells) {
      const list = byRow.get(c.row);
      if (list) list.push(c);
      else byRow.set(c.row, [c]);
    }
    const writeRow = (r: number, cells: SpecCell[]) => {
      const row = ws.getRow(r);
      for (const c of cells) {
        const cell = row.getCell(c.col);
        cell.value = specValue(c);
        cell.style = look(c);
      }
      const height = s.heights?.[r] ?? wrappedHeight(cells, s.widths);
      if (height) row.height = height;
      row.commit();
    };
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    for (const r of rows) writeRow(r, byRow.get(r) as SpecCell[]);
    if (s.rowsAfter) {
      // The producer's rows, each written and let go before the next is asked for.
      let r = s.rowsAfter.from;
      if (rows.length > 0 && r <= rows[rows.length - 1]) throw new Error(`rows from ${r} would overwrite row ${rows[rows.length - 1]} of ${s.name}`);
      for await (const values of s.rowsAfter.rows) {
        const cells: SpecCell[] = [];
        values.forEach((v, i) => {
          if (v !== null) cells.push({ ...v, row: r, col: i + 1 });
        });
        writeRow(r++, cells);
        await drained(ws as unknown as SheetWriterInternals);
      }
    }
    for (const l of s.lists ?? []) {
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(l.range, {
        type: "list",
        allowBlank: true,
        formulae: [`"${l.values.join(",")}"`],
      });
    }
    (s.colourScales ?? []).forEach((c, i) => ws.addConditionalFormatting({ ref: c.range, rules: [colourScaleRule(c, i + 1)] }));
    ws.commit();
  }
  // The content types name the table parts too.
  book.addContentTypes = function (this: BookWriterInternals & { _worksheets: unknown[]; sharedStrings: unknown; commentRefs: unknown; media: unknown }) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ContentTypesXform = require("exceljs/lib/xlsx/xform/core/content-types-xform") as new () => { toXml(m: unknown): string };
    const xml = new ContentTypesXform().toXml({
      worksheets: this._worksheets.filter(Boolean),
      sharedStrings: this.sharedStrings,
      commentRefs: this.commentRefs,
      media: this.media,
      tables: tables.map((target) => ({ target })),
    });
    this.zip.append(xml, { name: "[Content_Types].xml" });
    return Promise.resolve();
  };
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
