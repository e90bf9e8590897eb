// Zips written byte by byte, with whatever sizes their headers declare: zip bombs and lying
// entries for the bounded-reading tests and the benchmark's hostile figure.
import zlib from "node:zlib";
import JSZip from "jszip";

/** Raw deflate data that inflates to `bytes` zero bytes: 1 MB blocks of about 1 KB each, repeated. */
export function zeros(bytes: number): Uint8Array {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const blocks: Buffer[] = [];
  for (let left = bytes; left > 0; left -= 1 << 20)
    blocks.push(left >= 1 << 20 ? block : zlib.deflateRawSync(Buffer.alloc(left), { finishFlush: zlib.constants.Z_FULL_FLUSH }));
  blocks.push(Buffer.from([0x03, 0x00])); // an empty final block
  return Buffer.concat(blocks);
}

export interface RawEntry {
  name: string;
  /** Raw deflate data (method 8), or the bytes themselves (method 0) when `stored`. */
  data: Uint8Array;
  stored?: boolean;
  /** The uncompressed size written in the headers: the truth, or a lie. */
  declared: number;
}

/** A zip written byte by byte, with whatever sizes the headers should declare (for bombs and lies). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(e.stored ? 0 : 8, 8);
    head.writeUInt32LE(0, 14); // CRC-32: JSZip and ExcelJS do not check it
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(Math.min(e.declared, 0xffffffff), 22);
    head.writeUInt16LE(name.length, 26);
    locals.push(head, name, Buffer.from(e.data));
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.stored ? 0 : 8, 10);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(Math.min(e.declared, 0xffffffff), 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of an .xlsx as RawEntry values (deflated, true sizes), to add hostile ones beside them. */
export async function rawEntriesOf(xlsx: Uint8Array): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const out: RawEntry[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const data = await f.async("nodebuffer");
    out.push({ name: f.name, data: zlib.deflateRawSync(data), declared: data.length });
  }
  return out;
}

/** A zip bomb: a real workbook plus one entry that inflates to `bytes` zero bytes and says so. */
export async function zipBomb(xlsx: Uint8Array, bytes: number): Promise<Uint8Array> {
  return rawZip([...(await rawEntriesOf(xlsx)), { name: "xl/media/zeros.bin", data: zeros(bytes), declared: bytes }]);
}
