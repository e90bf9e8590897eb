// Bounded reading of an .xlsx zip: what a package declares (the central directory) is checked
// before anything is inflated, and what it holds (every entry streamed, byte-counted) before ExcelJS
// reads it. ExcelJS reads every entry whole into one string and expands every merged or validated
// range cell by cell, so a zip bomb, a 12-million-cell sheet or one merge over a whole sheet would
// otherwise end the process (heap out of memory) instead of one file's `unreadable-file`.
// Runs in Node and in the browser's worker: no Node modules here.
import type JSZip from "jszip";

const MB = 1024 * 1024;

/**
 * The documented limits (README § Size limits). Chosen from measurements of ExcelJS 4.4 on Node 20:
 * a million cells take ~0.7 GB and ~6 s to read, a whole-column drop-down list (1,048,576 cells) ~0.25 GB.
 */
export const LIMITS = {
  /** The file as it lies on disk (or is dropped on the pane). */
  fileBytes: 100 * MB,
  /** All entries of the zip, inflated: declared in the central directory, and counted while inflating. */
  unpackedBytes: 200 * MB,
  /** Entries of the zip (a workbook has tens; Excel's largest have a few thousand). */
  entries: 10_000,
  /**
   * Cells, counting every cell a merged range, a data validation or a defined name covers, and
   * every row (ExcelJS makes an object of each).
   */
  cells: 2_000_000,
  /** Merged ranges in one sheet: ExcelJS checks each new one against all before it (2,000 take ~3.5 s, 4,000 ~12 s). */
  mergesPerSheet: 2_000,
} as const;

/** Why a package is refused; the codes are UnreadableReason values (zip-parts.ts). */
export type LimitReason = "tooLarge" | "unpacksTooLarge" | "tooManyCells" | "damaged";

export class LimitExceeded extends Error {
  constructor(
    readonly reason: LimitReason,
    detail: string,
  ) {
    super(detail);
  }
}

export interface ZipEntryInfo {
  name: string;
  /** The uncompressed size the central directory declares (a number; zip64 sizes included). */
  declared: number;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 2 ** 32;
}

/**
 * The entries of a zip as its central directory declares them, read without inflating anything.
 * Throws LimitExceeded past the entry or declared-size limits, "damaged" when there is no
 * readable directory.
 */
export function zipDirectory(data: Uint8Array): ZipEntryInfo[] {
  const minEocd = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= minEocd; i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 0x05 && data[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new LimitExceeded("damaged", "no end of central directory");
  let count = u16(data, eocd + 10);
  let offset = u32(data, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(data, loc) !== 0x07064b50) throw new LimitExceeded("damaged", "zip64 locator missing");
    const z64 = u64(data, loc + 8);
    if (z64 + 56 > data.length || u32(data, z64) !== 0x06064b50) throw new LimitExceeded("damaged", "zip64 directory missing");
    count = u64(data, z64 + 32);
    offset = u64(data, z64 + 48);
  }
  if (count > LIMITS.entries) throw new LimitExceeded("unpacksTooLarge", `${count} entries`);
  const decoder = new TextDecoder();
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let p = offset;
  // Some writers put bytes before the zip: then the directory lies later than it says.
  if (u32(data, p) !== 0x02014b50) {
    const cdSize = u32(data, eocd + 12);
    p = eocd - cdSize;
    if (p < 0 || u32(data, p) !== 0x02014b50) {
      if (count === 0) return [];
      throw new LimitExceeded("damaged", "central directory not found");
    }
  }
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw new LimitExceeded("damaged", "central directory truncated");
    let size = u32(data, p + 24);
    const nameLen = u16(data, p + 28);
    const extraLen = u16(data, p + 30);
    const commentLen = u16(data, p + 32);
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff) {
      // The zip64 extra field (id 1) holds the real size first when the 32-bit field is saturated.
      for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen;) {
        const id = u16(data, e);
        const len = u16(data, e + 2);
        if (id === 1 && len >= 8) size = u64(data, e + 4);
        e += 4 + len;
      }
    }
    total += size;
    if (total > LIMITS.unpackedBytes) throw new LimitExceeded("unpacksTooLarge", `declares more than ${LIMITS.unpackedBytes} bytes`);
    entries.push({ name, declared: size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes and cells a package has used so far, against LIMITS. */
export class Budget {
  unpacked = 0;
  cells = 0;

  addBytes(n: number): void {
    this.unpacked += n;
    if (this.unpacked > LIMITS.unpackedBytes) throw new LimitExceeded("unpacksTooLarge", `inflates to more than ${LIMITS.unpackedBytes} bytes`);
  }

  addCells(n: number): void {
    this.cells += n;
    if (this.cells > LIMITS.cells) throw new LimitExceeded("tooManyCells", `more than ${LIMITS.cells} cells`);
  }
}

/** Receives an entry's bytes as they inflate. */
export interface Sink {
  push(chunk: Uint8Array): void;
  end(): void;
}

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/**
 * Inflates one entry chunk by chunk (JSZip inflates 16 KB of input at a time, so one chunk is at
 * most ~16 MB), counting its bytes against its declared size and the package's budget; stops at
 * the first chunk past either. Nothing is kept unless the sink keeps it.
 */
export function inflateChecked(file: JSZip.JSZipObject, declared: number, budget: Budget, sink?: Sink): Promise<void> {
  return new Promise((resolve, reject) => {
    const helper = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    let size = 0;
    let done = false;
    const fail = (e: unknown) => {
      if (done) return;
      done = true;
      helper.pause();
      reject(e instanceof LimitExceeded ? e : new LimitExceeded("damaged", (e as Error)?.message ?? String(e)));
    };
    helper
      .on("data", (chunk) => {
        if (done) return;
        try {
          size += chunk.length;
          if (size > declared) throw new LimitExceeded("damaged", `${file.name} inflates past its declared size`);
          budget.addBytes(chunk.length);
          sink?.push(chunk);
        } catch (e) {
          fail(e);
        }
      })
      .on("error", fail)
      .on("end", () => {
        if (done) return;
        try {
          sink?.end();
          done = true;
          resolve();
        } catch (e) {
          fail(e);
        }
      })
      .resume();
  });
}

/** Keeps an entry's text (for the small parts the inspection reads: relationships, workbook.xml). */
export class TextSink implements Sink {
  private readonly decoder = new TextDecoder();
  private parts: string[] = [];
  text = "";
  push(chunk: Uint8Array): void {
    this.parts.push(this.decoder.decode(chunk, { stream: true }));
  }
  end(): void {
    this.parts.push(this.decoder.decode());
    this.text = this.parts.join("");
    this.parts = [];
  }
}

/**
 * A streaming look at XML tags: calls `tag` for every start or end tag, with the text that follows
 * it up to the next tag. Text is cut only before a "<", so a tag and its following text always
 * arrive whole. Comments, processing instructions and CDATA are skipped (worksheets rarely hold
 * them; this is counting, not parsing).
 */
export abstract class TagScanner implements Sink {
  private readonly decoder = new TextDecoder();
  private carry = "";
  private text = "";
  private at = 0;
  private tagEnd = 0;
  private textEnd = 0;

  /** Called per tag with its local name (the part after any prefix); body() and following() give its text. */
  protected abstract tag(local: string, closing: boolean, selfClosing: boolean): void;

  /** The current tag's text between "<" and ">". */
  protected body(): string {
    return this.text.slice(this.at + 1, this.tagEnd);
  }

  /** The text after the current tag, up to the next one. */
  protected following(): string {
    return this.text.slice(this.tagEnd + 1, this.textEnd);
  }

  push(chunk: Uint8Array): void {
    this.feed(this.carry + this.decoder.decode(chunk, { stream: true }), false);
  }

  end(): void {
    this.feed(this.carry + this.decoder.decode(), true);
  }

  private feed(text: string, final: boolean): void {
    const cut = final ? text.length : text.lastIndexOf("<");
    if (cut < 0) {
      this.carry = "";
      return;
    }
    this.scan(text, cut);
    this.carry = text.slice(cut);
    if (this.carry.length > MB) {
      // A text longer than any cell holds (32,767 characters, ~200 KB with every one escaped):
      // keep the tag, drop the text it starts.
      const end = this.carry.indexOf(">");
      if (end < 0) {
        if (this.carry.length > MB) throw new LimitExceeded("damaged", "an XML tag longer than 1 MB");
        return;
      }
      this.scan(this.carry, end + 1);
      this.carry = "";
    }
  }

  /** Every tag that starts before `limit`, with the text after it up to the next "<" (or limit). */
  private scan(text: string, limit: number): void {
    this.text = text;
    let i = text.indexOf("<");
    while (i >= 0 && i < limit) {
      const end = text.indexOf(">", i);
      if (end < 0 || end >= limit) break;
      let next = text.indexOf("<", end);
      if (next < 0 || next > limit) next = limit;
      let j = i + 1;
      const closing = text.charCodeAt(j) === 0x2f;
      if (closing) j++;
      const first = text.charCodeAt(j);
      if (first !== 0x3f && first !== 0x21) {
        let k = j;
        let colon = -1;
        for (; k < end; k++) {
          const ch = text.charCodeAt(k);
          if (ch === 0x3a) colon = k;
          else if (ch === 0x20 || ch === 0x2f || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
        }
        this.at = i;
        this.tagEnd = end;
        this.textEnd = next;
        this.tag(text.slice(colon < 0 ? j : colon + 1, k), closing, text.charCodeAt(end - 1) === 0x2f);
      }
      i = next === limit ? -1 : next;
    }
    this.text = "";
  }
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The number of cells a space-separated list of ranges covers ("A1:B2 D4", "C:C", "3:5"). */
export function areaOf(sqref: string): number {
  let sum = 0;
  for (const range of sqref.trim().split(/\s+/)) {
    if (!range) continue;
    const [a, b = a] = range.split(":");
    const p = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(a);
    const q = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(b);
    if (!p || !q) continue;
    const rows = p[2] && q[2] ? Math.abs(Number(q[2]) - Number(p[2])) + 1 : MAX_ROW;
    const cols = p[1] && q[1] ? Math.abs(colNumber(q[1]) - colNumber(p[1])) + 1 : MAX_COL;
    sum += Math.min(rows, MAX_ROW) * Math.min(cols, MAX_COL);
  }
  return sum;
}

const SHARED = /\st\s*=\s*["']s["']/;
const ATTR = new Map<string, RegExp>();

export function attr(body: string, name: string): string | undefined {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(body);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The cells the ranges of defined names cover ("Listat!$A$1:$A$100"): ExcelJS makes an object of each. */
export function definedNamesArea(workbookXml: string): number {
  let sum = 0;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b[^>]*>([^<]*)</g)) {
    for (const r of m[1].matchAll(/\$([A-Za-z]{1,3})\$(\d+)(?::\$([A-Za-z]{1,3})\$(\d+))?/g))
      sum += areaOf(r[3] ? `${r[1]}${r[2]}:${r[3]}${r[4]}` : `${r[1]}${r[2]}`);
  }
  return sum;
}

/** What one worksheet holds, as far as the limits and the dropped-content check need. */
export class SheetScan extends TagScanner {
  merges = 0;
  /** The largest shared-string index a cell uses, -1 for none. */
  sharedMax = -1;
  sparklines = false;
  extValidations = false;
  private extLst = 0;
  private sharedCell = false;

  constructor(
    protected readonly budget: Budget,
    private readonly part: string,
  ) {
    super();
  }

  protected tag(local: string, closing: boolean, selfClosing: boolean): void {
    switch (local) {
      case "row":
        if (!closing) this.budget.addCells(1);
        break;
      case "c":
        if (closing) this.sharedCell = false;
        else {
          this.budget.addCells(1);
          this.sharedCell = !selfClosing && SHARED.test(this.body());
        }
        break;
      case "v":
        if (!closing && this.sharedCell) {
          const text = this.following();
          if (/^\s*\d+\s*$/.test(text)) this.sharedMax = Math.max(this.sharedMax, Number(text));
        }
        break;
      case "mergeCell":
        if (closing) break;
        if (++this.merges > LIMITS.mergesPerSheet) throw new LimitExceeded("tooManyCells", `${this.part}: more than ${LIMITS.mergesPerSheet} merged ranges`);
        this.budget.addCells(Math.max(0, areaOf(attr(this.body(), "ref") ?? "") - 1));
        break;
      case "dataValidation":
        // Validations in an extLst (x14) have their ranges in an element, and ExcelJS skips them.
        if (!closing && this.extLst === 0) this.budget.addCells(areaOf(attr(this.body(), "sqref") ?? ""));
        break;
      case "dataValidations":
        if (!closing && this.extLst > 0) this.extValidations = true;
        break;
      case "sparklineGroups":
        this.sparklines = true;
        break;
      case "extLst":
        if (!selfClosing) this.extLst += closing ? -1 : 1;
        break;
    }
  }
}

/** The shared-strings part: how many strings it holds. */
export class SharedStringsScan extends TagScanner {
  count = 0;
  protected tag(local: string, closing: boolean): void {
    if (local === "si" && !closing) this.count++;
  }
}
