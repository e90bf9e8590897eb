// The entries of an .xlsx zip for reading, each inflated chunk by chunk into a sink: the
// platform's DecompressionStream ("deflate-raw", native zlib in Node and in the browser), no zip
// library to load. Every entry is counted against its declared size and the package's budget
// as it inflates (zip-limits.ts), so a lying or bombing entry stops at its first chunk past them.
// Runs in Node and in the browser's worker: no Node modules here.
import { Budget, LimitExceeded, zipDirectory, type Sink } from "./zip-limits";

export interface ReadEntry {
  name: string;
  method: number;
  /** The size the central directory declares, inflated. */
  size: number;
  /** The compressed bytes. */
  data: Uint8Array;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

function damaged(detail: string): LimitExceeded {
  return new LimitExceeded("damaged", detail);
}

/** The end-of-central-directory record: where the directory starts (bytes before the zip allowed), and how many entries. */
function directory(data: Uint8Array): { at: number; shift: number; count: number } {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (u32(data, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged("no end of central directory");
  let count = u16(data, eocd + 10);
  let size = u32(data, eocd + 12);
  let at = u32(data, eocd + 16);
  if (count === 0xffff || at === 0xffffffff) {
    const z64 = u64(data, eocd - 20 + 8);
    count = u64(data, z64 + 32);
    size = u64(data, z64 + 40);
    at = u64(data, z64 + 48);
  }
  if (count === 0 || u32(data, at) === 0x02014b50) return { at, shift: 0, count };
  const moved = eocd - size;
  if (moved < 0 || u32(data, moved) !== 0x02014b50) throw damaged("central directory not found");
  return { at: moved, shift: moved - at, count };
}

/** The zip64 extra field's values for the saturated 32-bit fields, in their order. */
function zip64(b: Uint8Array, from: number, to: number): number[] {
  for (let e = from; e + 4 <= to;) {
    const len = u16(b, e + 2);
    if (u16(b, e) === 1) return Array.from({ length: Math.floor(len / 8) }, (_, k) => u64(b, e + 4 + 8 * k));
    e += 4 + len;
  }
  return [];
}

/**
 * The entries of a zip in directory order, within LIMITS (zipDirectory checks the entry count and
 * the declared sizes first). Throws LimitExceeded ("damaged" for a directory or header that is not there).
 */
export function zipEntries(data: Uint8Array): ReadEntry[] {
  zipDirectory(data);
  const { at, shift, count } = directory(data);
  const decoder = new TextDecoder();
  const out: ReadEntry[] = [];
  let p = at;
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || u32(data, p) !== 0x02014b50) throw damaged("central directory truncated");
    const method = u16(data, p + 10);
    let compressed = u32(data, p + 20);
    let size = u32(data, p + 24);
    const nameLen = u16(data, p + 28);
    const extraLen = u16(data, p + 30);
    let local = u32(data, p + 42);
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff) {
      const values = zip64(data, p + 46 + nameLen, p + 46 + nameLen + extraLen);
      if (size === 0xffffffff) size = values.shift() ?? size;
      if (compressed === 0xffffffff) compressed = values.shift() ?? compressed;
      if (local === 0xffffffff) local = values.shift() ?? local;
    }
    local += shift;
    if (local + 30 > data.length || u32(data, local) !== 0x04034b50) throw damaged(`${name}: local header missing`);
    const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
    if (start + compressed > data.length) throw damaged(`${name}: truncated`);
    out.push({ name, method, size, data: data.subarray(start, start + compressed) });
    p += 46 + nameLen + extraLen + u16(data, p + 32);
  }
  return out;
}

const SLICE = 64 * 1024;

/** What this module uses of Node's zlib. */
export interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

/**
 * Node's zlib where the platform offers it without an import (process.getBuiltinModule, Node
 * 20.16 and later), so the browser bundle holds none: one synchronous call per entry, bounded by
 * its declared size. DecompressionStream elsewhere: in Node it hands back 16 KB at a time through
 * the thread pool, and a 40 MB sheet waited ~1 s on those hops (a 100,000-row read took ~3 s, ~1.6 s with this).
 */
const nodeZlib = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.("node:zlib") as NodeZlib | undefined;

/**
 * Inflates one entry into `sink` chunk by chunk, counting its bytes against its declared size and
 * the package's budget; stops at the first chunk past either. Nothing is kept unless the sink keeps it.
 */
export async function inflateEntry(entry: ReadEntry, budget: Budget, sink?: Sink, zlib: NodeZlib | null = nodeZlib ?? null): Promise<void> {
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > entry.size) throw damaged(`${entry.name} inflates past its declared size`);
    budget.addBytes(chunk.length);
    sink?.push(chunk);
  };
  if (entry.method === 0) {
    for (let i = 0; i < entry.data.length; i += SLICE) take(entry.data.subarray(i, i + SLICE));
  } else if (entry.method === 8 && zlib) {
    let out: Uint8Array;
    try {
      // One byte past the declared size is enough to tell a lying entry, without inflating the rest.
      out = zlib.inflateRawSync(entry.data, { maxOutputLength: entry.size + 1 });
    } catch (e) {
      const past = (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
      throw damaged(past ? `${entry.name} inflates past its declared size` : `${entry.name}: ${(e as Error)?.message ?? e}`);
    }
    for (let i = 0; i < out.length || i === 0; i += 16 * SLICE) take(out.subarray(i, i + 16 * SLICE));
  } else if (entry.method === 8) {
    const stream = new DecompressionStream("deflate-raw") as unknown as TransformStream<Uint8Array, Uint8Array>;
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    const feed = (async () => {
      for (let i = 0; i < entry.data.length; i += SLICE) await writer.write(entry.data.subarray(i, i + SLICE));
      await writer.close();
    })();
    feed.catch(() => undefined);
    try {
      for (;;) {
        const step = await reader.read();
        if (step.done) break;
        take(step.value);
      }
      await feed;
    } catch (e) {
      void reader.cancel().catch(() => undefined);
      void writer.abort().catch(() => undefined);
      throw e instanceof LimitExceeded ? e : damaged(`${entry.name}: ${(e as Error)?.message ?? e}`);
    }
  } else throw damaged(`${entry.name}: compression method ${entry.method}`);
  sink?.end();
}
