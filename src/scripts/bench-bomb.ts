// The benchmark's hostile figure for reading files: the peak memory of `sopimus validate` on a
// 2 MB zip bomb (a real workbook plus one entry that inflates to 2 GB of zeros and says so), which
// took 2.26 GB before the limits of src/workbook/zip-limits.ts and is refused from the zip's directory.
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import JSZip from "jszip";

/** A zip written byte by byte: each entry deflated, with the uncompressed size it declares. */
function rawZip(entries: Array<{ name: string; deflated: Uint8Array; size: number }>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(e.deflated.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.deflated.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, name, Buffer.from(e.deflated));
    central.push(dir, name);
    offset += 30 + name.length + e.deflated.length;
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

/** `workbook` plus an entry of `mb` MB of zeros: 1 MB deflate blocks (~1 KB each), repeated. */
async function zipBomb(workbook: Uint8Array, mb: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const entries = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const data = await f.async("nodebuffer");
    entries.push({ name: f.name, deflated: zlib.deflateRawSync(data), size: data.length });
  }
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const zeros = Buffer.concat([...Array.from({ length: mb }, () => block), Buffer.from([0x03, 0x00])]);
  entries.push({ name: "xl/media/zeros.bin", deflated: zeros, size: Math.min(mb * 2 ** 20, 0xffffffff) });
  return rawZip(entries);
}

/** Peak resident memory (MB) of a command-line process that validates a 2 GB zip bomb. */
export async function bombPeakMB(dir: string, workbook: Uint8Array): Promise<number> {
  const file = path.join(dir, "pommi.xlsx");
  await fs.writeFile(file, await zipBomb(workbook, 2047));
  const cli = path.join(__dirname, "..", "cli", "main.js");
  const script = `require(${JSON.stringify(cli)}).main(["validate", ${JSON.stringify(file)}, "--json"], { out() {}, err() {}, tty: false })
    .then(() => process.stdout.write(String(process.resourceUsage().maxRSS)))`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bomb run failed: ${r.stderr}`);
  return Math.round(Number(r.stdout) / 1024);
}
