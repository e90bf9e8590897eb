// The command line's inputs: folders to .xlsx lists, and reading a file within bounds (a regular
// file no larger than LIMITS.fileBytes, read from one open handle, whatever it is named).
import { constants, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { LIMITS, UnreadableFile } from "../workbook/zip-parts";

/** What identifies a file's version on disk: a save, by rename or in place, changes one of these. */
export interface Fingerprint {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  mode: number;
  uid: number;
  gid: number;
}

export function fingerprintOf(st: Stats): Fingerprint {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, mode: st.mode, uid: st.uid, gid: st.gid };
}

export function sameVersion(a: Fingerprint, b: Fingerprint): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

export interface ReadFile {
  data: Uint8Array;
  /** The file as it was when read (of the file a symbolic link points to). */
  fingerprint: Fingerprint;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a pipe";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Reads an input within bounds: a FIFO, a device or a folder is `notRegular` without opening it
 * for reading (a FIFO would block, /dev/zero would never end), a file past LIMITS.fileBytes is
 * `tooLarge` without reading it, and what is read is at most the size checked on the open handle.
 */
export async function readInput(file: string): Promise<ReadFile> {
  const st = await fs.stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new UnreadableFile("notFound", e.code ?? "");
  });
  if (!st.isFile()) throw new UnreadableFile("notRegular", kindOf(st));
  if (st.size > LIMITS.fileBytes) throw new UnreadableFile("tooLarge", `${st.size} bytes`);
  // O_NONBLOCK: should the name be swapped for a FIFO after the stat, the open does not wait for a writer.
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((e: NodeJS.ErrnoException) => {
    throw new UnreadableFile("notFound", e.code ?? "");
  });
  try {
    const hst = await handle.stat();
    if (!hst.isFile()) throw new UnreadableFile("notRegular", kindOf(hst));
    if (hst.size > LIMITS.fileBytes) throw new UnreadableFile("tooLarge", `${hst.size} bytes`);
    const data = Buffer.alloc(hst.size);
    let got = 0;
    while (got < data.length) {
      const { bytesRead } = await handle.read(data, got, data.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { data: got === data.length ? data : data.subarray(0, got), fingerprint: fingerprintOf(hst) };
  } finally {
    await handle.close();
  }
}

/**
 * The files to work on: a file as given; a folder's .xlsx files, at any depth, in name order
 * (not Excel's "~$" lock files, nor backups). Anything named .xlsx is an input, even a folder or a
 * pipe (readInput then says what it is); links to folders are not followed. A folder that cannot
 * be listed is given as an input, which then cannot be read.
 */
export async function expandInputs(inputs: string[], skipped: Skipped[] = []): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory() && !/\.xlsx$/i.test(input.replace(/[\\/]+$/, ""))) out.push(...(await xlsxUnder(input, skipped)));
    else out.push(input);
  }
  return out;
}

export function isBackupName(name: string): boolean {
  return /\.bak(-\d+)?\.xlsx$/i.test(name);
}

/** A file in a folder that a folder run leaves out, and why (the command names each one, on stderr and in --json). */
export interface Skipped {
  path: string;
  why: SkipReason;
  /** The output folder an input lies in ("in-output-folder"). */
  dir?: string;
}
/** The reasons, as --json gives them (docs/cli-contract.md: a public interface, keep them stable). */
export type SkipReason =
  "lock-file" | "backup" | "refreshed-copy" | "macros" | "macro-template" | "xls" | "xlsb" | "template" | "in-output-folder" | "summary-workbook";

/** The suffix of the refreshed copies `demo` writes, per language; all three are ours. */
export const REFRESHED_SUFFIX = { fi: ".paivitetty.xlsx", sv: ".uppdaterad.xlsx", en: ".refreshed.xlsx" } as const;

/** Why a file in a folder is left out, or null for a workbook to check. Files of other kinds are not named. */
export function skipReason(name: string): SkipReason | null {
  if (name.startsWith("~$")) return "lock-file";
  if (/\.xlsm$/i.test(name)) return "macros";
  if (/\.xltm$/i.test(name)) return "macro-template";
  if (/\.xls$/i.test(name)) return "xls";
  if (/\.xlsb$/i.test(name)) return "xlsb";
  // A template opens in Excel as a new workbook; a refreshed copy of one would be a template named
  // .xlsx, which Excel refuses. Named, not read (docs/cli-contract.md: nothing left out silently).
  if (/\.xltx$/i.test(name)) return "template";
  if (isBackupName(name)) return "backup";
  const lower = name.toLowerCase();
  if (Object.values(REFRESHED_SUFFIX).some((s) => lower.endsWith(s))) return "refreshed-copy";
  return null;
}

async function xlsxUnder(dir: string, skipped: Skipped[]): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => null);
  if (!entries) return [dir];
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    const why = skipReason(e.name);
    if (why !== null && !e.isDirectory()) skipped.push({ path: p, why });
    else if (why === null && /\.xlsx$/i.test(e.name)) files.push(p);
    else if (e.isDirectory()) files.push(...(await xlsxUnder(p, skipped)));
  }
  return files;
}

/** The real path of a file that may not exist yet: its folder's real path and its name. */
export async function realTarget(p: string): Promise<string> {
  const real = await fs.realpath(p).catch(() => null);
  if (real) return real;
  const dir = path.dirname(path.resolve(p));
  const realDir = await fs.realpath(dir).catch(() => dir);
  return path.join(realDir, path.basename(p));
}

/** True when `p` is `dir` or lies under it (both real paths). */
export function isUnder(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  if ((await realTarget(a)) === (await realTarget(b))) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.ino === sb.ino && sa.dev === sb.dev;
}
