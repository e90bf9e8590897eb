// A stricter Excel for tests and the benchmark: where office-addin-mock answers a property read
// before load + sync with the string "Error, property was not loaded", accepts arrays of any
// shape and any size, and knows nothing of protection or cell-edit mode, this double fails as
// Excel does (an error with Excel's `code`, at the read or at the next context.sync()):
// - a property read before it was loaded and synced (PropertyNotLoaded);
// - a values / formulas / numberFormat array whose shape differs from the range's (InvalidArgument);
// - a request or a response over 5 MB, counted as the UTF-8 bytes of the JSON of what is set or
//   loaded (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded);
// - any sync while a cell is being edited (InvalidOperationInCellEditMode);
// - a write to a protected sheet (AccessDenied);
// - a sheet added under a name in use or no valid sheet name (ItemAlreadyExists, InvalidArgument);
// - a table over a block that is no cell range, overlaps another table, or takes a name that is
//   no valid table name or is in use in the workbook (InvalidArgument, ItemAlreadyExists);
// - a colour scale whose criteria lack a point, name an unknown type, give a number type no
//   number, or whose numbers do not rise from minimum to maximum (InvalidArgument).
// Drop-down lists seeded in `validations` move with inserted and copied rows as in Excel.
// A failed sync discards its whole batch, as Excel does: `writes` holds only what was synced.
// The workbook starts as a copy of the snapshot it is seeded from; reads of any range return its
// cells (in Excel's shapes: "" for blank, "General", fills as "#RRGGBB"). Synced writes are logged
// and applied: a string written through `values` or `formulas` is parsed as Excel parses it
// (typedInput: "=…", "+…", "-…", "@…" a formula, "007" a number, "12/2025" a date, "50 %" a
// percent, TRUE/FALSE a boolean, a leading apostrophe keeps text; a cell formatted "@" keeps the
// string), so a test reads back what Excel would hold. `type` is a user (or a co-author) typing
// into a cell between two syncs; it fires the worksheets' onChanged handlers.
import type { Cell, Sheet, WorkbookSnapshot } from "../domain/snapshot";
import { columnLetter, parseA1 } from "../domain/snapshot";
import { jsonBytes, utf8Bytes } from "../workbook/excel-cells";

export interface Write {
  sheet: string;
  target: string;
  op: string;
  value?: unknown;
}

/** An error as office.js raises it (OfficeExtension.Error carries `code`). */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Excel on the web's cap on a request's and a response's payload. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What one queued operation (a proxy, a property set, a method call) adds to a request, roughly. */
export const OP_BYTES = 120;

export interface StrictOptions {
  protectedSheets?: string[];
  selected?: { sheet: string; row: number };
  /** A cell is being edited: every sync fails until this is set back to false (see `state`). */
  cellEditMode?: boolean;
  /** Excel tables already in the workbook. */
  tables?: TableInfo[];
  /** The workbook's structure is protected: adding a sheet fails (AccessDenied, as far as Microsoft documents it). */
  structureProtected?: boolean;
  /** Hidden sheets: freezing panes on one fails. */
  hiddenSheets?: string[];
  /** Drop-down lists (data validation) on the sheets, as "G11:G40": they move as Excel moves them (see `state.validations`). */
  validations?: Array<{ sheet: string; range: string }>;
}

export interface TableInfo {
  sheet: string;
  name: string;
  /** A1 range on its sheet, header row included. */
  range: string;
}

export interface StrictState {
  cellEditMode: boolean;
  /** Request and response sizes of each sync, in bytes (JSON estimate). */
  syncs: Array<{ request: number; response: number }>;
  /**
   * Where the drop-down lists are after the synced writes. As in Excel: a row inserted inside a
   * list's rows widens it, one inserted at or above its first row moves it down (the new row is
   * left out); copying a whole row with "All" next to a list's rows widens the list to it, and
   * elsewhere gives that row the list; clearing contents keeps the list.
   */
  validations: Array<{ sheet: string; range: string }>;
}

interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** "A1", "$B$3:$K$40", "Sheet!A1:B2", "3:3" (whole rows), "A:A" (whole columns). */
export function boxOf(address: string): Box | undefined {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return undefined; // whole rows or columns: no fixed shape to check against
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

const notLoaded = (prop: string) =>
  new ExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

const CHECKED_ARRAYS = new Set(["values", "formulas", "numberFormat"]);

function overlaps(a: Box | undefined, b: Box): boolean {
  return !!a && a.left < b.left + b.cols && b.left < a.left + a.cols && a.top < b.top + b.rows && b.top < a.top + a.rows;
}

/** Excel's rule: a letter, "_" or "\\" first, then letters, digits, "." and "_"; no cell reference ("A1", "R1C1"), 255 at most. */
export function validTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}._]*$/u.test(name)) return false;
  return !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name) && !/^[RrCc]$/.test(name);
}

const SCALE_TYPES = new Set(["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"]);

/** Why Excel would refuse a colour scale's criteria; null when it takes them. */
export function scaleProblem(c: Excel.ConditionalColorScaleCriteria): string | null {
  const points = [
    ["minimum", c.minimum],
    ["midpoint", c.midpoint],
    ["maximum", c.maximum],
  ] as const;
  if (!c.minimum || !c.maximum) return "the minimum and the maximum are required";
  const numbers: number[] = [];
  for (const [name, p] of points) {
    if (!p) continue;
    if (!SCALE_TYPES.has(String(p.type))) return `${name} has an unknown type ${String(p.type)}`;
    if (p.color !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(p.color)) return `${name} has a colour that is no #RRGGBB`;
    if (p.type === "LowestValue" || p.type === "HighestValue") continue;
    if (typeof p.formula !== "string" || p.formula.trim() === "") return `${name} needs its value as a string formula`;
    if (p.type === "Number") {
      const n = Number(p.formula);
      if (!Number.isFinite(n)) return `${name}'s value ${p.formula} is no number`;
      numbers.push(n);
    }
  }
  for (let i = 1; i < numbers.length; i++) if (!(numbers[i] > numbers[i - 1])) return "the values must rise from the minimum to the maximum";
  return null;
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, tosi: true, epätosi: false, sant: true, falskt: false };
/** Numbers as Excel reads typed input in an English, Finnish or Swedish locale: "007", "-1,5", "1 234", "(12)", "12 %", "€ 5", "1e3". */
const NUMBER = /^[+-]?[(]?[€$£]?\s*(\d[\d\s\u00a0]*([.,]\d+)*|[.,]\d+)(e[+-]?\d+)?\s*[€$£]?[)]?\s*%?$/i;
const DATES = [
  /^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?)?$/, // 2025-01-31
  /^\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?\.?$/, // 31.1.2025, 1/2, 1-2
  /^\d{1,2}[./-]\d{4}$/, // 12/2025
  /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?$/i, // 12:30
  /^(\d{1,2}[-\s.]?)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)\p{L}*\.?([-\s,]+\d{1,4})?$/iu,
];

/**
 * What Excel makes of a value written through `values` or `formulas` into a cell of number
 * format `numFmt`, as if it were typed: a model for tests, not Excel itself. Undefined: blank.
 */
export function typedInput(input: unknown, numFmt: string | undefined): Cell | undefined {
  if (input === null || input === undefined || input === "") return undefined;
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const s = String(input);
  if (numFmt === "@") return { value: s };
  if (s.startsWith("'")) return s.length > 1 ? { value: s.slice(1) } : undefined;
  if (s.startsWith("=")) return { value: null, formula: s.slice(1) };
  const t = s.trim();
  if (t.toLowerCase() in BOOLEANS) return { value: BOOLEANS[t.toLowerCase()] };
  if (/\d/.test(t) && NUMBER.test(t)) {
    const negative = t.startsWith("-") || t.startsWith("(");
    const digits = t.replace(/[^\d.,e+-]/gi, "").replace(/^[+-]/, "");
    const n = Number(digits.replace(/,(?=\d{3}\b)/g, "").replace(",", "."));
    const value = (negative ? -1 : 1) * (Number.isFinite(n) ? n : 0);
    return { value: t.endsWith("%") ? value / 100 : value, ...(t.endsWith("%") ? { numFmt: "0%" } : {}) };
  }
  if (/\d/.test(t) && DATES.some((d) => d.test(t))) return { value: t, date: true, numFmt: "d.m.yyyy" };
  // "+…", "-…", "@…" that are no number: Excel takes them as formulas ("-abc" becomes =-abc, #NAME?).
  if (/^[+\-@]/.test(s)) return { value: "#NAME?", formula: s.startsWith("@") ? s.slice(1) : s };
  return { value: s };
}

/** What kind of content a cell holds, for tests: text stays "text". */
export function kindOf(c: Cell | undefined): "blank" | "text" | "number" | "boolean" | "date" | "formula" {
  if (!c || (c.value === null && !c.formula)) return "blank";
  if (c.formula) return "formula";
  if (c.date) return "date";
  return typeof c.value === "number" ? "number" : typeof c.value === "boolean" ? "boolean" : "text";
}

export function strictExcel(seed: WorkbookSnapshot, opts: StrictOptions = {}) {
  // The double's own workbook: synced writes and typed cells change it, never the seed.
  let snap: { unsupported: WorkbookSnapshot["unsupported"]; sheets: Sheet[] } = {
    unsupported: seed.unsupported,
    sheets: seed.sheets.map((x) => ({ ...x, rows: x.rows.map((r) => (r ? r.map((c) => (c ? { ...c } : c)) : r)) })),
  };
  const writes: Write[] = [];
  const state: StrictState = { cellEditMode: opts.cellEditMode ?? false, syncs: [], validations: (opts.validations ?? []).map((v) => ({ ...v })) };
  const protectedSheets = new Set(opts.protectedSheets ?? []);
  let pendingWrites: Write[] = [];
  let pendingErrors: ExcelError[] = [];
  let request = 0;
  /** Loads queued since the last sync: each fills its object's loaded values when the sync succeeds. */
  let loads: Array<() => { bytes: number; commit: () => void }> = [];

  /** Tables as synced; those added since the last sync wait in `pendingTables`. */
  const tables: TableInfo[] = [...(opts.tables ?? [])];
  let pendingTables: TableInfo[] = [];

  const sheetOf = (name: string) => snap.sheets.find((s) => s.name === name);
  const cellAt = (sheet: string, row: number, col: number) => sheetOf(sheet)?.rows[row - 1]?.[col - 1];
  const usedBox = (sheet: string): Box => {
    const rows = sheetOf(sheet)?.rows ?? [];
    let width = 1;
    for (const r of rows) if (r && r.length > width) width = r.length;
    return { top: 1, left: 1, rows: Math.max(1, rows.length), cols: width };
  };
  const grid = <T>(sheet: string, box: Box, f: (cell: ReturnType<typeof cellAt>) => T): T[][] => {
    const out: T[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < box.cols; c++) line.push(f(cellAt(sheet, box.top + r, box.left + c)));
      out.push(line);
    }
    return out;
  };
  const quoted = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
  const addressOf = (sheet: string, b: Box) =>
    `${quoted(sheet)}!${columnLetter(b.left)}${b.top}${b.rows === 1 && b.cols === 1 ? "" : `:${columnLetter(b.left + b.cols - 1)}${b.top + b.rows - 1}`}`;

  const write = (w: Write) => {
    request += OP_BYTES + (w.value === undefined ? 0 : jsonBytes(w.value));
    if (protectedSheets.has(w.sheet) && w.op !== "activate" && w.op !== "select()")
      pendingErrors.push(new ExcelError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${w.sheet}).`));
    pendingWrites.push(w);
  };

  /** Write-only proxies for a range's format, fill, font, data validation…: every set and call is logged. */
  function recorder(sheet: string, target: string, path: string): unknown {
    request += OP_BYTES;
    const proxy: object = new Proxy(() => undefined, {
      get: (_t, prop: string | symbol) => (typeof prop === "symbol" ? undefined : recorder(sheet, target, path ? `${path}.${prop}` : prop)),
      set: (_t, prop: string, value) => {
        write({ sheet, target, op: path ? `${path}.${prop}` : prop, value });
        return true;
      },
      apply: (_t, _this, args: unknown[]) => {
        const shown = args.map((a) => (typeof a === "function" && addresses.has(a) ? addresses.get(a) : a));
        write({ sheet, target, op: `${path}()`, value: args.length ? shown : undefined });
        return recorder(sheet, target, `${path}()`);
      },
    });
    addresses.set(proxy, `${sheet}!${target}`);
    return proxy;
  }
  const addresses = new WeakMap<object, string>();

  /** Loadable scalar properties of one object: readable only after load + sync. */
  function loadable(values: Record<string, () => unknown>) {
    const loaded = new Map<string, unknown>();
    const get = (prop: string) => {
      if (!loaded.has(prop)) throw notLoaded(prop);
      return loaded.get(prop);
    };
    const load = (props?: string | string[] | Record<string, unknown>) => {
      const names =
        props === undefined ? Object.keys(values) : typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
      for (const raw of names.map((n) => n.trim()).filter(Boolean)) {
        if (!(raw in values)) throw new ExcelError("InvalidArgument", `The property '${raw}' cannot be loaded here.`);
        loads.push(() => {
          const v = values[raw]();
          return { bytes: jsonBytes(v) + utf8Bytes(raw) + 4, commit: () => loaded.set(raw, v) };
        });
      }
    };
    return { get, load, has: (p: string) => p in values };
  }

  function rangeObject(sheet: string, target: string, extra: Record<string, () => unknown> = {}): Excel.Range {
    const box = boxOf(target);
    const props = loadable({
      ...(box
        ? {
            address: () => addressOf(sheet, box),
            rowCount: () => box.rows,
            columnCount: () => box.cols,
            rowIndex: () => box.top - 1,
            columnIndex: () => box.left - 1,
            values: () => grid(sheet, box, (c) => c?.value ?? ""),
            formulas: () => grid(sheet, box, (c) => (c?.formula ? `=${c.formula}` : (c?.value ?? ""))),
            numberFormat: () => grid(sheet, box, (c) => c?.numFmt ?? "General"),
          }
        : {}),
      ...extra,
    });
    const rec = recorder(sheet, target, "") as Record<string, unknown>;
    const own: Record<string, unknown> = {
      load: (p?: string | string[]) => {
        props.load(p);
        return proxy;
      },
      getCellProperties: (spec: unknown) => {
        if (!box) throw new ExcelError("InvalidArgument", "getCellProperties needs a cell range.");
        let result: unknown[][] | undefined;
        loads.push(() => {
          const v = grid(sheet, box, (c) => ({
            format: { fill: { color: c?.fill ? `#${c.fill}` : "#FFFFFF" }, font: { color: `#${c?.fontColor ?? "000000"}` } },
          }));
          return { bytes: jsonBytes(v), commit: () => (result = v) };
        });
        void spec;
        return {
          get value() {
            if (!result) throw notLoaded("value");
            return result;
          },
        };
      },
      worksheet: worksheetObject(sheet),
      conditionalFormats: { add: (type: string) => conditionalFormat(sheet, target, type) },
    };
    const proxy: Excel.Range = new Proxy(rec, {
      get: (t, prop: string | symbol) => {
        if (typeof prop === "symbol") return undefined;
        if (prop in own) return own[prop];
        if (props.has(prop)) return props.get(prop);
        return t[prop];
      },
      set: (t, prop: string, value: unknown) => {
        if (CHECKED_ARRAYS.has(prop) && Array.isArray(value) && box) {
          const rows = value.length;
          const cols = Array.isArray(value[0]) ? (value[0] as unknown[]).length : -1;
          const ragged = (value as unknown[]).some((r) => !Array.isArray(r) || r.length !== cols);
          if (rows !== box.rows || cols !== box.cols || ragged)
            pendingErrors.push(
              new ExcelError(
                "InvalidArgument",
                `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop} of ${rows}×${cols} on ${target}, ${box.rows}×${box.cols}).`,
              ),
            );
        }
        t[prop] = value;
        return true;
      },
    }) as unknown as Excel.Range;
    addresses.set(proxy, `${sheet}!${target}`);
    return proxy;
  }

  /** A conditional format: only colour scales are checked (the only kind the adapter adds). */
  function conditionalFormat(sheet: string, target: string, type: string): unknown {
    write({ sheet, target, op: "conditionalFormats.add()", value: type });
    if (!boxOf(target)) pendingErrors.push(new ExcelError("InvalidArgument", `A conditional format needs a cell range, not ${target}.`));
    if (type !== "ColorScale") return recorder(sheet, target, `conditionalFormats.add(${type})`);
    return {
      colorScale: {
        set criteria(c: Excel.ConditionalColorScaleCriteria) {
          write({ sheet, target, op: "colorScale.criteria", value: c });
          const problem = scaleProblem(c);
          if (problem) pendingErrors.push(new ExcelError("InvalidArgument", `The colour scale on ${target} is not valid: ${problem}.`));
        },
      },
    };
  }

  /** tables.add: the table's name is checked when it is set, its range as it is added. */
  function addTable(sheet: string, address: string, hasHeaders: boolean): unknown {
    write({ sheet, target: address, op: "tables.add()", value: hasHeaders });
    const box = boxOf(address);
    const info: TableInfo = { sheet, name: `Table${tables.length + pendingTables.length + 1}`, range: address };
    if (!box) pendingErrors.push(new ExcelError("InvalidArgument", `A table needs a cell range, not ${address}.`));
    else if ([...tables, ...pendingTables].some((x) => x.sheet === sheet && overlaps(boxOf(x.range), box)))
      pendingErrors.push(new ExcelError("InvalidArgument", `A table can't overlap another table (${address} on ${sheet}).`));
    pendingTables.push(info);
    return {
      set name(name: string) {
        write({ sheet, target: address, op: "table.name", value: name });
        const taken = [...tables, ...pendingTables].some((x) => x !== info && x.name.toLowerCase() === name.toLowerCase());
        if (!validTableName(name)) pendingErrors.push(new ExcelError("InvalidArgument", `'${name}' is not a valid table name.`));
        else if (taken) pendingErrors.push(new ExcelError("ItemAlreadyExists", `A table named '${name}' already exists.`));
        info.name = name;
      },
      get name() {
        throw notLoaded("name");
      },
    };
  }

  /** "11:11" → 11: a whole row, the only kind of row the adapter inserts or copies. */
  const wholeRow = (address: unknown) => {
    const m = typeof address === "string" ? /^(?:.*!)?(\d+):(\d+)$/.exec(address) : null;
    return m && m[1] === m[2] ? Number(m[1]) : undefined;
  };
  const rowsOf = (b: Box, top: number, rows: number) => `${columnLetter(b.left)}${top}:${columnLetter(b.left + b.cols - 1)}${top + rows - 1}`;
  function moveValidations(w: Write): void {
    const row = wholeRow(w.target);
    if (row === undefined) return;
    const args = Array.isArray(w.value) ? (w.value as unknown[]) : [];
    const from = wholeRow(args[0]);
    for (const v of state.validations.filter((x) => x.sheet === w.sheet)) {
      const b = boxOf(v.range) as Box;
      const bottom = b.top + b.rows - 1;
      if (w.op === "insert()" && args[0] === "Down") {
        if (b.top >= row) v.range = rowsOf(b, b.top + 1, b.rows);
        else if (bottom >= row) v.range = rowsOf(b, b.top, b.rows + 1);
      } else if (w.op === "copyFrom()" && args[1] === "All" && from !== undefined && from >= b.top && from <= bottom) {
        if (row === b.top - 1) v.range = rowsOf(b, row, b.rows + 1);
        else if (row === bottom + 1) v.range = rowsOf(b, b.top, b.rows + 1);
        else if (row < b.top || row > bottom) state.validations.push({ sheet: w.sheet, range: rowsOf(b, row, 1) });
      }
    }
  }

  /** Puts a cell into the double's workbook (undefined: blank). */
  const setCell = (sheet: string, row: number, col: number, cell: Cell | undefined) => {
    const ws = sheetOf(sheet);
    if (!ws) return;
    while (ws.rows.length < row) ws.rows.push(undefined);
    const line = (ws.rows[row - 1] ??= []);
    while (line.length < col) line.push(undefined);
    line[col - 1] = cell;
  };
  const update = (sheet: string, row: number, col: number, f: (c: Cell | undefined) => Cell | undefined) =>
    setCell(sheet, row, col, f(cellAt(sheet, row, col)));
  /** Each cell of a box with its offset in the box. */
  const eachCell = (b: Box, f: (row: number, col: number, i: number, j: number) => void) => {
    for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.cols; j++) f(b.top + i, b.left + j, i, j);
  };
  /** A content (value or formula) typed into a cell: the cell keeps its formats. */
  const putTyped = (sheet: string, row: number, col: number, input: unknown) =>
    update(sheet, row, col, (old) => {
      const typedCell = typedInput(input, old?.numFmt);
      const formats = {
        ...(old?.numFmt ? { numFmt: old.numFmt } : {}),
        ...(old?.fill ? { fill: old.fill } : {}),
        ...(old?.fontColor ? { fontColor: old.fontColor } : {}),
      };
      if (!typedCell) return Object.keys(formats).length ? { value: null, ...formats } : undefined;
      return { ...formats, ...typedCell, ...(formats.numFmt && formats.numFmt !== "General" && typedCell.numFmt ? { numFmt: formats.numFmt } : {}) };
    });

  /** A synced write, applied to the double's workbook as Excel would. */
  function apply(w: Write): void {
    const box = boxOf(w.target);
    const row = wholeRow(w.target);
    const args = Array.isArray(w.value) ? (w.value as unknown[]) : [];
    if ((w.op === "values" || w.op === "formulas" || w.op === "numberFormat") && box && Array.isArray(w.value)) {
      const grid2 = w.value as unknown[][];
      eachCell(box, (r, c, i, j) => {
        const v = grid2[i]?.[j];
        if (w.op === "numberFormat")
          update(w.sheet, r, c, (old) => (v === "General" ? (old ? { ...old, numFmt: undefined } : old) : { ...(old ?? { value: null }), numFmt: String(v) }));
        else putTyped(w.sheet, r, c, v);
      });
    } else if (w.op === "format.fill.color" && box)
      eachCell(box, (r, c) => update(w.sheet, r, c, (old) => ({ ...(old ?? { value: null }), fill: String(w.value).replace(/^#/, "").toUpperCase() })));
    else if (w.op === "format.fill.clear()" && box) eachCell(box, (r, c) => update(w.sheet, r, c, (old) => (old ? { ...old, fill: undefined } : old)));
    else if (w.op === "format.font.color" && box)
      eachCell(box, (r, c) => update(w.sheet, r, c, (old) => ({ ...(old ?? { value: null }), fontColor: String(w.value).replace(/^#/, "").toUpperCase() })));
    else if (w.op === "insert()" && args[0] === "Down" && row !== undefined) sheetOf(w.sheet)?.rows.splice(row - 1, 0, undefined);
    else if (w.op === "clear()" && args[0] === "Contents" && row !== undefined) {
      const line = sheetOf(w.sheet)?.rows[row - 1];
      line?.forEach((c, j) => line && (line[j] = c && (c.fill || c.numFmt || c.fontColor) ? { ...c, value: null, formula: undefined } : undefined));
    } else if (w.op === "copyFrom()" && row !== undefined) {
      const from = wholeRow(args[0]);
      const source = from === undefined ? undefined : sheetOf(w.sheet)?.rows[from - 1];
      if (sheetOf(w.sheet)) sheetOf(w.sheet)!.rows[row - 1] = source ? source.map((c) => (c ? { ...c } : c)) : undefined;
    } else if (w.op === "copyFrom()" && box && args[1] === "Formats") {
      const src = boxOf(String(args[0]));
      if (src)
        eachCell(box, (r, c, i, j) => {
          const s2 = cellAt(w.sheet, src.top + Math.min(i, src.rows - 1), src.left + Math.min(j, src.cols - 1));
          update(w.sheet, r, c, (old) => ({ ...(old ?? { value: null }), numFmt: s2?.numFmt, fill: s2?.fill, fontColor: s2?.fontColor }));
        });
    }
  }

  /** Worksheets' onChanged handlers (WorksheetCollection.onChanged), called after each change as Excel calls them: later, not inside the sync. */
  const changed: Array<(e: Excel.WorksheetChangedEventArgs) => Promise<unknown> | void> = [];
  const fire = (sheet: string, address: string, triggerSource: "ThisLocalAddin" | "Unknown") => {
    const event = {
      type: "WorksheetChanged",
      address,
      worksheetId: sheet,
      source: "Local",
      changeType: "RangeEdited",
      triggerSource,
    } as unknown as Excel.WorksheetChangedEventArgs;
    for (const h of [...changed]) setTimeout(() => void h(event), 0);
  };

  /** A user or a co-author types into a cell between two syncs (parsed as Excel parses typing). */
  const type = (sheet: string, address: string, input: string | number | boolean | null) => {
    const p = parseA1(address);
    if (!p) throw new Error(`no cell address: ${address}`);
    putTyped(sheet, p.row, p.col, input);
    fire(sheet, address, "Unknown");
  };
  /** The double's cell as it now is. */
  const cell = (sheet: string, address: string) => {
    const p = parseA1(address);
    return p ? cellAt(sheet, p.row, p.col) : undefined;
  };

  const worksheets = new Map<string, Excel.Worksheet>();
  function worksheetObject(name: string): Excel.Worksheet {
    const known = worksheets.get(name);
    if (known) return known;
    const hidden = (opts.hiddenSheets ?? []).includes(name);
    const props = loadable({ name: () => name, visibility: () => (hidden ? "Hidden" : "Visible") });
    const protection = loadable({ protected: () => protectedSheets.has(name) });
    const frozen = (op: string, value: unknown) => {
      write({ sheet: name, target: "", op, value });
      if (hidden) pendingErrors.push(new ExcelError("InvalidOperation", `Panes cannot be frozen on the hidden sheet '${name}'.`));
    };
    const ws = {
      load: (p?: string) => props.load(p),
      get name() {
        return props.get("name");
      },
      get visibility() {
        return props.get("visibility");
      },
      protection: {
        load: (p?: string) => protection.load(p),
        get protected() {
          return protection.get("protected");
        },
      },
      getUsedRange: () => {
        const b = usedBox(name);
        return rangeObject(name, `${columnLetter(b.left)}${b.top}:${columnLetter(b.left + b.cols - 1)}${b.top + b.rows - 1}`);
      },
      getRange: (address: string) => rangeObject(name, address),
      freezePanes: {
        freezeRows: (n: number) => frozen("freezeRows", n),
        freezeColumns: (n: number) => frozen("freezeColumns", n),
        freezeAt: (r: Excel.Range) => frozen("freezeAt", addresses.get(r)),
      },
      // Page layout (ExcelApi 1.9): every set and call is logged as "pageLayout.…".
      get pageLayout() {
        return recorder(name, "", "pageLayout");
      },
      tables: { add: (address: string, hasHeaders: boolean) => addTable(name, address, hasHeaders) },
      activate: () => write({ sheet: name, target: "", op: "activate" }),
    } as unknown as Excel.Worksheet;
    worksheets.set(name, ws);
    return ws;
  }

  const names = loadable({ items: () => snap.sheets.map((s) => ({ name: s.name })) });
  let visibilityAsked = false;
  const bookProtection = loadable({ protected: () => !!opts.structureProtected });
  const collection = {
    load: (p: string) => {
      if (!/^items\/name(,\s*items\/visibility)?$/.test(p.trim()))
        throw new ExcelError("InvalidArgument", `this double loads only "items/name" and "items/visibility", not ${p}`);
      names.load("items");
      visibilityAsked = p.includes("visibility");
    },
    get items() {
      names.get("items");
      return snap.sheets.map((s) => worksheetObject(s.name));
    },
    getItem: (name: string) => worksheetObject(name),
    // ExcelApi 1.9: a change on any sheet. The handler is registered at once (Excel: at the next sync).
    onChanged: {
      add: (h: (e: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
        changed.push(h);
        return { remove: () => changed.splice(changed.indexOf(h), 1) };
      },
    },
    add: (name: string) => {
      write({ sheet: name, target: "", op: "add" });
      if (opts.structureProtected) pendingErrors.push(new ExcelError("AccessDenied", "You cannot perform the requested operation."));
      else if (snap.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase()))
        pendingErrors.push(new ExcelError("ItemAlreadyExists", `A sheet named '${name}' already exists.`));
      else if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
        pendingErrors.push(new ExcelError("InvalidArgument", `'${name}' is not a valid sheet name.`));
      snap = { ...snap, sheets: [...snap.sheets, { name, rows: [] }] };
      return worksheetObject(name);
    },
  };

  const tableNames = loadable({ items: () => tables.map((x) => ({ name: x.name })) });
  const tableCollection = {
    load: (p: string) => {
      if (!/^items\/name$/.test(p.trim())) throw new ExcelError("InvalidArgument", `this double loads only "items/name", not ${p}`);
      tableNames.load("items");
    },
    get items() {
      return (tableNames.get("items") as Array<{ name: string }>).map((x) => ({ name: x.name }));
    },
  };

  const context = {
    workbook: {
      worksheets: collection,
      protection: {
        load: (p?: string) => bookProtection.load(p),
        get protected() {
          return bookProtection.get("protected");
        },
      },
      tables: tableCollection,
      getSelectedRange: () => {
        const sel = opts.selected ?? { sheet: snap.sheets[0].name, row: 1 };
        return rangeObject(sel.sheet, `A${sel.row}`);
      },
    },
    sync: async () => {
      const batch = loads.map((l) => l());
      const response = batch.reduce((n, b) => n + b.bytes, 0);
      const sizes = { request, response };
      const errors = pendingErrors;
      const queued = pendingWrites;
      const addedTables = pendingTables;
      pendingTables = [];
      loads = [];
      pendingErrors = [];
      pendingWrites = [];
      request = 0;
      state.syncs.push(sizes);
      if (state.cellEditMode)
        throw new ExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.");
      if (sizes.request > PAYLOAD_LIMIT)
        throw new ExcelError("RequestPayloadSizeLimitExceeded", `The request payload size (${sizes.request} bytes) has exceeded the limit.`);
      if (errors.length) throw errors[0];
      if (sizes.response > PAYLOAD_LIMIT)
        throw new ExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size (${sizes.response} bytes) has exceeded the limit.`);
      for (const b of batch) b.commit();
      for (const w of queued) {
        moveValidations(w);
        apply(w);
      }
      writes.push(...queued);
      for (const w of queued) if (w.op === "values" || w.op === "formulas") fire(w.sheet, w.target, "ThisLocalAddin");
      tables.push(...addedTables);
    },
  };
  // Names loaded through "items/name" are committed with the items.
  const itemsLoad = collection.load;
  collection.load = (p: string) => {
    itemsLoad(p);
    for (const s of snap.sheets) (worksheetObject(s.name) as unknown as { load: (p: string) => void }).load(visibilityAsked ? "name,visibility" : "name");
  };
  return { context: context as unknown as Excel.RequestContext, writes, state, type, cell };
}
