// Draws the add-in's icons (assets/icon-16 … icon-128.png): three traffic lights on a dark
// blue tile. A tiny PNG encoder keeps this free of image packages.
import { promises as fs } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const TILE: [number, number, number] = [0x1f, 0x3a, 0x68];
const LIGHTS: Array<[number, number, number]> = [
  [0xff, 0x00, 0x00],
  [0xff, 0xc0, 0x00],
  [0x00, 0xb0, 0x50],
];

export function icon(size: number): Buffer {
  const r = size * 0.14;
  return png(size, (x, y) => {
    const u = x / size;
    const v = y / size;
    const corner = 0.18;
    const cx = Math.min(Math.max(u, corner), 1 - corner);
    const cy = Math.min(Math.max(v, corner), 1 - corner);
    if (Math.hypot(u - cx, v - cy) > corner) return [0, 0, 0, 0];
    for (const [i, c] of LIGHTS.entries()) {
      if (Math.hypot(x - size / 2, y - size * (0.22 + 0.28 * i)) <= r) return [...c, 255];
    }
    return [...TILE, 255];
  });
}

/**
 * The ribbon's sizes: "Mandatory values are 16, 32, and 80. Currently supported optional values
 * are 20, 24, 40, 48, and 64" (ImageResourceReference, OfficeAppBasicTypesV1_0.xsd), so Office
 * scales none at 125 %, 150 % or 200 %; 128 for the add-in's HighResolutionIconUrl and stores.
 */
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "..", "assets");
  for (const size of ICON_SIZES) await fs.writeFile(path.join(dir, `icon-${size}.png`), icon(size));
}

if (require.main === module) void main();
