// The .xlsx package as a zip, for editing part by part: the entries as the central directory
// declares them (within the limits of zip-limits.ts), one entry inflated on demand (byte-counted),
// and a writer that copies every unchanged entry byte for byte (its local header, compressed data
// and data descriptor as they were, names and order kept, nothing recompressed) and deflates only
// the replaced and new entries. Deflate and inflate are the platform's CompressionStream /
// DecompressionStream ("deflate-raw"): native zlib in Node and in the browser, no dependency
// (docs/decisions.md, "Editing the package"). Runs in Node and in the browser's worker.
import { Budget, LimitExceeded, LIMITS, zipDirectory } from "./zip-limits";

export interface ZipEntry {
  name: string;
  /** The entry's central directory record, as it was (46 bytes + name + extra + comment). */
  central: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the local header starts, and where the entry (header, data, descriptor) ends. */
  localStart: number;
  localEnd: number;
  /** Where the compressed data starts. */
  dataStart: number;
}

export interface ZipPackage {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  /** The bytes inflated so far, against LIMITS.unpackedBytes. */
  budget: Budget;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

function damaged(detail: string): LimitExceeded {
  return new LimitExceeded("damaged", detail);
}

/** The zip64 extra field's values, in the order the saturated 32-bit fields call for them. */
function zip64Values(b: Uint8Array, from: number, to: number, wanted: number): number[] {
  for (let e = from; e + 4 <= to;) {
    const id = u16(b, e);
    const len = u16(b, e + 2);
    if (id === 1) {
      const out: number[] = [];
      for (let k = 0; k < wanted && 8 * (k + 1) <= len; k++) out.push(u64(b, e + 4 + 8 * k));
      return out;
    }
    e += 4 + len;
  }
  return [];
}

/** Finds the end-of-central-directory record and the directory's start (zip64 too). */
function directoryStart(data: Uint8Array): { at: number; declared: number; count: number } {
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 0x05 && data[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged("no end of central directory");
  let count = u16(data, eocd + 10);
  let at = u32(data, eocd + 16);
  let size = u32(data, eocd + 12);
  if (count === 0xffff || at === 0xffffffff) {
    const loc = eocd - 20;
    const z64 = loc >= 0 && u32(data, loc) === 0x07064b50 ? u64(data, loc + 8) : -1;
    if (z64 < 0 || z64 + 56 > data.length || u32(data, z64) !== 0x06064b50) throw damaged("zip64 directory missing");
    count = u64(data, z64 + 32);
    size = u64(data, z64 + 40);
    at = u64(data, z64 + 48);
  }
  const declared = at;
  if (u32(data, at) !== 0x02014b50 && count > 0) {
    // Bytes before the zip: the directory lies where its size says, before the end record.
    at = eocd - size;
    if (at < 0 || u32(data, at) !== 0x02014b50) throw damaged("central directory not found");
  }
  return { at, declared, count };
}

/**
 * Reads a zip's entries from its central directory, within LIMITS (zip-limits.ts zipDirectory
 * checks the entry count and declared sizes first). Throws LimitExceeded.
 */
export function openZip(bytes: Uint8Array): ZipPackage {
  if (bytes.length > LIMITS.fileBytes) throw new LimitExceeded("tooLarge", `${bytes.length} bytes`);
  zipDirectory(bytes);
  const { at, declared, count } = directoryStart(bytes);
  // Bytes before the zip move every offset alike.
  const shift = at - declared;
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = at;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged("central directory truncated");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localStart = u32(bytes, p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const saturated = [size === 0xffffffff, compressedSize === 0xffffffff, localStart === 0xffffffff];
    if (saturated.some(Boolean)) {
      const values = zip64Values(bytes, p + 46 + nameLen, p + 46 + nameLen + extraLen, saturated.filter(Boolean).length);
      let k = 0;
      if (saturated[0]) size = values[k++] ?? size;
      if (saturated[1]) compressedSize = values[k++] ?? compressedSize;
      if (saturated[2]) localStart = values[k++] ?? localStart;
    }
    localStart += shift;
    const central = bytes.subarray(p, p + 46 + nameLen + extraLen + commentLen);
    if (localStart + 30 > bytes.length || u32(bytes, localStart) !== 0x04034b50) throw damaged(`${name}: local header missing`);
    const dataStart = localStart + 30 + u16(bytes, localStart + 26) + u16(bytes, localStart + 28);
    let localEnd = dataStart + compressedSize;
    if (localEnd > bytes.length) throw damaged(`${name}: truncated`);
    if (flags & 8) {
      // A data descriptor follows: with or without its signature, 32- or 64-bit sizes.
      const signed = u32(bytes, localEnd) === 0x08074b50;
      const wide = saturated[0] || saturated[1];
      localEnd += (signed ? 4 : 0) + 4 + (wide ? 16 : 8);
      if (localEnd > bytes.length) throw damaged(`${name}: truncated descriptor`);
    }
    entries.push({ name, central, method, flags, crc, compressedSize, size, localStart, localEnd, dataStart });
    p += central.length;
  }
  return { bytes, entries, byName: new Map(entries.map((e) => [e.name, e])), budget: new Budget() };
}

async function pipe(data: Uint8Array, stream: TransformStream<Uint8Array, Uint8Array>, limit: number, what: string): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(data).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let step: Awaited<ReturnType<typeof reader.read>>;
    try {
      step = await reader.read();
    } catch (e) {
      throw damaged(`${what}: ${(e as Error).message}`);
    }
    if (step.done) break;
    total += step.value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw damaged(`${what} inflates past its declared size`);
    }
    chunks.push(step.value);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total = chunks.reduce((n, c) => n + c.length, 0)): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One entry's bytes, inflated within its declared size and the package's budget. */
export async function readEntry(pkg: ZipPackage, name: string): Promise<Uint8Array | undefined> {
  const e = pkg.byName.get(name);
  if (!e) return undefined;
  const raw = pkg.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) out = raw;
  else if (e.method === 8) out = await pipe(raw, new DecompressionStream("deflate-raw") as TransformStream<Uint8Array, Uint8Array>, e.size, name);
  else throw damaged(`${name}: compression method ${e.method}`);
  if (out.length !== e.size) throw damaged(`${name}: ${out.length} bytes, declared ${e.size}`);
  pkg.budget.addBytes(out.length);
  return out;
}

/** One entry as text (UTF-8). */
export async function readText(pkg: ZipPackage, name: string): Promise<string | undefined> {
  const b = await readEntry(pkg, name);
  return b === undefined ? undefined : new TextDecoder().decode(b);
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

export async function deflate(data: Uint8Array): Promise<Uint8Array> {
  return pipe(data, new CompressionStream("deflate-raw") as TransformStream<Uint8Array, Uint8Array>, Infinity, "deflate");
}

class Out {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  bytes(): Uint8Array {
    return concat(this.chunks, this.length);
  }
}

function header(size: number): { b: Uint8Array; v: DataView } {
  const b = new Uint8Array(size);
  return { b, v: new DataView(b.buffer) };
}

/** A part to write anew: its bytes (deflated here). */
export type NewParts = Map<string, Uint8Array>;

/**
 * The package with `changed` parts replaced in place and new ones appended after the last entry;
 * every other entry is copied as it lies in the input. Parts in `removed` are left out.
 * Offsets past 4 GB cannot occur within LIMITS, so no zip64 record is written (an input's own
 * zip64 extra fields are kept, with their offset corrected).
 */
export async function writeZip(pkg: ZipPackage, changed: NewParts, removed: ReadonlySet<string> = new Set()): Promise<Uint8Array> {
  const out = new Out();
  const centrals: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const firstTime = pkg.entries[0] ? { time: u16(pkg.entries[0].central, 12), date: u16(pkg.entries[0].central, 14) } : { time: 0, date: 0x21 };
  const written = new Set<string>();
  const fresh = async (name: string, data: Uint8Array, like?: ZipEntry) => {
    const nameBytes = encoder.encode(name);
    const packed = await deflate(data);
    const crc = crc32(data);
    const utf8 = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
    const time = like ? u16(like.central, 12) : firstTime.time;
    const date = like ? u16(like.central, 14) : firstTime.date;
    const offset = out.length;
    const { b: local, v: lv } = header(30 + nameBytes.length);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, utf8, true);
    lv.setUint16(8, 8, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    out.push(local);
    out.push(packed);
    const { b: central, v: cv } = header(46 + nameBytes.length);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, like ? u16(like.central, 4) : 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, utf8, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint16(36, like ? u16(like.central, 36) : 0, true);
    cv.setUint32(38, like ? u32(like.central, 38) : 0, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    centrals.push(central);
  };
  for (const e of pkg.entries) {
    if (removed.has(e.name)) continue;
    written.add(e.name);
    const data = changed.get(e.name);
    if (data) {
      await fresh(e.name, data, e);
      continue;
    }
    const offset = out.length;
    out.push(pkg.bytes.subarray(e.localStart, e.localEnd));
    // A copy (a Node Buffer's slice() would share the input's memory).
    const central = new Uint8Array(e.central);
    const cv = new DataView(central.buffer, central.byteOffset, central.byteLength);
    if (u32(central, 42) === 0xffffffff) {
      // The offset lives in the zip64 extra field, after the saturated sizes.
      const nameLen = u16(central, 28);
      const from = 46 + nameLen;
      const to = from + u16(central, 30);
      for (let x = from; x + 4 <= to;) {
        const id = u16(central, x);
        const len = u16(central, x + 2);
        if (id === 1) {
          const skip = (u32(central, 24) === 0xffffffff ? 8 : 0) + (u32(central, 20) === 0xffffffff ? 8 : 0);
          cv.setUint32(x + 4 + skip, offset, true);
          cv.setUint32(x + 8 + skip, 0, true);
        }
        x += 4 + len;
      }
    } else cv.setUint32(42, offset, true);
    centrals.push(central);
  }
  for (const [name, data] of changed) if (!written.has(name)) await fresh(name, data);
  const dirStart = out.length;
  for (const c of centrals) out.push(c);
  const dirSize = out.length - dirStart;
  if (centrals.length > 0xffff || out.length > 0xffffffff) throw new LimitExceeded("unpacksTooLarge", "the written package would need zip64");
  const { b: end, v: ev } = header(22);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, dirStart, true);
  out.push(end);
  return out.bytes();
}
