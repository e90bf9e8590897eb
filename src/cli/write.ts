// The command line's writes, so that no file is ever lost (docs/cli-contract.md § Files are never
// lost): every file is written to a temporary file in its folder, flushed, and then renamed or
// linked into place; a new file never replaces one that appeared meanwhile; `--in-place` writes a
// backup that no later run overwrites, keeps the file's permissions and a symbolic link's target,
// and writes nothing when the file changed on disk since it was read.
//
// Every step that changes the disk goes through a FileOps object, so that a test can stop a run
// after any step (as a kill would) and check that the original still exists.
import { createHash, randomBytes } from "node:crypto";
import { promises as fs, rmSync } from "node:fs";
import path from "node:path";
import { fingerprintOf, sameVersion, type Fingerprint, type ReadFile } from "./files";

export interface FileOps {
  /**
   * Creates `file`, which must not exist, holding `data`, flushed to disk: with exactly `mode`, or
   * with null the mode the umask gives a new file (0644 under 022).
   */
  create(file: string, data: Uint8Array, mode: number | null): Promise<void>;
  /** Gives `file` to `uid`:`gid` (only where allowed; a failure is ignored by the caller). */
  chown(file: string, uid: number, gid: number): Promise<void>;
  /** A second name for `existing`; fails with EEXIST when `name` exists (never replaces it). */
  link(existing: string, name: string): Promise<void>;
  /** Renames `from` to `to`, replacing `to` in one step. */
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Flushes a folder's entries (so that a rename survives a power cut). */
  syncDir(dir: string): Promise<void>;
}

export const diskOps: FileOps = {
  async create(file, data, mode) {
    const handle = await fs.open(file, "wx", mode ?? NEW_FILE_MODE);
    try {
      await handle.writeFile(data);
      if (mode !== null) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  chown: (file, uid, gid) => fs.chown(file, uid, gid),
  link: (existing, name) => fs.link(existing, name),
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
  async syncDir(dir) {
    const handle = await fs.open(dir, "r").catch(() => null);
    if (!handle) return;
    await handle.sync().catch(() => undefined);
    await handle.close();
  },
};

/** Why a write was refused; `path` is always a name the user gave or will see, never a temporary file. */
export class Refused extends Error {
  constructor(
    readonly why: "exists" | "changed" | "notAFile",
    readonly path: string,
  ) {
    super(`${why}: ${path}`);
  }
}

/** A failed write step: the file system's code (ENOSPC, EACCES, …) and the user's path. */
export class WriteFailed extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? "EIO";
}

/** Runs one write step; a failure is reported for `shown`, the path the user knows. */
async function step<T>(shown: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (e instanceof Refused || e instanceof WriteFailed) throw e;
    throw new WriteFailed(codeOf(e), shown);
  }
}

/** The longest file name most file systems take, in bytes of UTF-8 (NAME_MAX). */
const NAME_MAX = 255;

/** `text` cut at a character boundary to at most `max` bytes of UTF-8. */
function cutToBytes(text: string, max: number): string {
  let out = "";
  let used = 0;
  for (const ch of text) {
    used += Buffer.byteLength(ch);
    if (used > max) break;
    out += ch;
  }
  return out;
}

/**
 * `stem + suffix`, within NAME_MAX bytes: a stem too long for it is cut, and a short hash of the
 * whole stem added, so that files whose names differ only past the cut still get names apart.
 */
export function fitName(stem: string, suffix: string): string {
  if (Buffer.byteLength(stem + suffix) <= NAME_MAX) return stem + suffix;
  const tag = "~" + createHash("sha256").update(stem).digest("hex").slice(0, 8);
  return cutToBytes(stem, NAME_MAX - Buffer.byteLength(tag + suffix)) + tag + suffix;
}

/** A temporary file's name beside `file`, counted as pending (removed on a signal) until done() or dropped(). */
function tempBeside(file: string): string {
  const tmp = path.join(path.dirname(file), fitName(`.${path.basename(file)}`, `.sopimus-${process.pid}-${randomBytes(4).toString("hex")}.tmp`));
  pending.add(tmp);
  if (pending.size === 1) watch();
  return tmp;
}

/** A temporary file renamed into place or removed: no longer ours to remove. */
function settled(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) unwatch();
}

/** The temporary files this process has made and not yet renamed or removed. */
const pending = new Set<string>();
/** The signals a controller's Ctrl+C, a closed terminal or a stopped job send (as summary-spill.ts). */
const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function watch(): void {
  for (const s of SIGNALS) process.on(s, interrupted);
  process.on("exit", removePending);
}

function unwatch(): void {
  for (const s of SIGNALS) process.off(s, interrupted);
  process.off("exit", removePending);
}

function removePending(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/**
 * A signal while a file is written: its temporary file goes at once, and unless another part of
 * the program also listens (the summary's working folder), the process ends as the signal would
 * have ended it. The file being replaced is untouched: it changes only by the final rename.
 */
function interrupted(signal: NodeJS.Signals): void {
  unwatch();
  try {
    removePending();
  } catch {
    // Nothing more can be done while the process ends.
  }
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Link errors that mean "this file system has no hard links" (FAT, exFAT, some network shares). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK", "EXDEV", "EINVAL"]);

/** A new file's mode before the umask (which makes it 0644 under 022), as every program creates files. */
const NEW_FILE_MODE = 0o666;

/**
 * Writes `data` to a temporary file beside `target` and puts it in place: with `replace`, by a
 * rename over whatever is there; without, by a link that fails when `target` exists (where the file
 * system has no links, by a rename after checking that it still does not exist).
 */
async function publish(
  ops: FileOps,
  target: string,
  shown: string,
  data: Uint8Array,
  mode: number | null,
  owner: Fingerprint | null,
  replace: boolean,
): Promise<void> {
  const tmp = tempBeside(target);
  try {
    await step(shown, () => ops.create(tmp, data, mode));
    if (owner && (owner.uid !== process.getuid?.() || owner.gid !== process.getgid?.())) await ops.chown(tmp, owner.uid, owner.gid).catch(() => undefined);
    if (replace) {
      await step(shown, () => ops.rename(tmp, target));
      settled(tmp);
    } else {
      let linked = false;
      try {
        await ops.link(tmp, target);
        linked = true;
      } catch (e) {
        if (codeOf(e) === "EEXIST") throw new Refused("exists", shown);
        if (!NO_LINKS.has(codeOf(e))) throw new WriteFailed(codeOf(e), shown);
      }
      if (linked) await step(shown, () => ops.unlink(tmp));
      else {
        if (await fs.lstat(target).catch(() => null)) throw new Refused("exists", shown);
        await step(shown, () => ops.rename(tmp, target));
      }
      settled(tmp);
    }
    await ops.syncDir(path.dirname(target)).catch(() => undefined);
  } catch (e) {
    await ops.unlink(tmp).catch(() => undefined);
    settled(tmp);
    throw e;
  }
}

/**
 * Writes a new file `target` (refresh -o, --out-dir, new). An existing target is refused unless
 * `force`; then it is replaced in one step, keeping its permissions, and a symbolic link keeps
 * pointing where it did, its target replaced. Something that is not a file is never replaced.
 */
export async function writeNew(target: string, data: Uint8Array, force: boolean, ops: FileOps = diskOps): Promise<void> {
  const lst = await fs.lstat(target).catch(() => null);
  if (lst && !force) throw new Refused("exists", target);
  let dest = target;
  if (lst?.isSymbolicLink()) {
    dest = await fs.realpath(target).catch(async () => path.resolve(path.dirname(target), await fs.readlink(target)));
  }
  const st = lst ? await fs.stat(dest).catch(() => null) : null;
  if (st && !st.isFile()) throw new Refused("notAFile", target);
  // A new file gets the mode the umask gives; a replaced one keeps its own.
  await publish(ops, dest, target, data, st ? st.mode & 0o7777 : null, st ? fingerprintOf(st) : null, !!st);
}

/**
 * `<name>.bak.xlsx`, then `<name>.bak-2.xlsx`, `<name>.bak-3.xlsx`, … beside `file`; for a name too
 * long for that, `<name cut>~<hash>.bak.xlsx` (fitName).
 */
export function backupName(file: string, n: number): string {
  const stem = path.basename(file).replace(/\.xlsx$/i, "");
  return path.join(path.dirname(file), fitName(stem, n === 1 ? ".bak.xlsx" : `.bak-${n}.xlsx`));
}

async function holds(file: string, data: Uint8Array): Promise<boolean> {
  const st = await fs.stat(file).catch(() => null);
  if (!st?.isFile() || st.size !== data.length) return false;
  const bytes = await fs.readFile(file).catch(() => null);
  return !!bytes && Buffer.compare(bytes, data) === 0;
}

export interface Backup {
  path: string;
  /** False when an existing backup already held these bytes and was left as it was. */
  created: boolean;
}

/**
 * A backup of `original` beside `file`: an existing backup that holds these bytes, or the first
 * free name of backupName's series, created (never overwritten) with the original's permissions.
 */
export async function writeBackup(file: string, original: ReadFile, ops: FileOps = diskOps): Promise<Backup> {
  return writeFirstFree(file, (n) => backupName(file, n), original.data, original.fingerprint, ops);
}

/**
 * `demo`'s copy: `target` unless it holds something else, then `<name>-2.xlsx`, `<name>-3.xlsx`, …:
 * the first name that holds these bytes already (left as it is) or is free (created). A file the
 * user keeps under one of these names is never replaced.
 */
export async function writeCopy(target: string, data: Uint8Array, ops: FileOps = diskOps): Promise<Backup> {
  const stem = path.basename(target).replace(/\.xlsx$/i, "");
  const name = (n: number) => (n === 1 ? target : path.join(path.dirname(target), fitName(stem, `-${n}.xlsx`)));
  return writeFirstFree(target, name, data, null, ops);
}

/** The first of `name(1)`, `name(2)`, … that holds `data` already or is free, where `data` is then written (never over a file). */
async function writeFirstFree(shown: string, name: (n: number) => string, data: Uint8Array, like: Fingerprint | null, ops: FileOps): Promise<Backup> {
  let races = 0;
  for (let n = 1; n <= 10_000; n++) {
    const file = name(n);
    if (await holds(file, data)) return { path: file, created: false };
    if (await fs.lstat(file).catch(() => null)) continue;
    try {
      await publish(ops, file, file, data, like ? like.mode & 0o7777 : null, like, false);
      return { path: file, created: true };
    } catch (e) {
      // Another run made this name meanwhile: look at it again (it may hold these very bytes).
      if (e instanceof Refused && e.why === "exists" && races++ < 100) n--;
      else if (!(e instanceof Refused)) throw e;
    }
  }
  throw new WriteFailed("EEXIST", shown);
}

async function unchanged(real: string, since: Fingerprint): Promise<boolean> {
  const st = await fs.stat(real).catch(() => null);
  return !!st && sameVersion(fingerprintOf(st), since);
}

/**
 * `--in-place`: replaces `file` (a symbolic link's target, the link left as it is) with `data`,
 * after a backup of `original` (the bytes read, so a backup is never of a half-written file nor of
 * another run's output). Nothing is written when the file changed on disk since it was read; the
 * check is made before the backup and again just before the rename. The permissions and, where
 * allowed, the owner of the file are kept.
 */
export async function replaceInPlace(file: string, original: ReadFile, data: Uint8Array, ops: FileOps = diskOps): Promise<Backup> {
  const real = await step(file, () => fs.realpath(file));
  if (!(await unchanged(real, original.fingerprint))) throw new Refused("changed", file);
  const backup = await writeBackup(file, original, ops).catch((e: unknown) => {
    throw e instanceof WriteFailed ? new WriteFailed(e.code, file) : e;
  });
  const tmp = tempBeside(real);
  try {
    await step(file, () => ops.create(tmp, data, original.fingerprint.mode & 0o7777));
    const { uid, gid } = original.fingerprint;
    if (uid !== process.getuid?.() || gid !== process.getgid?.()) await ops.chown(tmp, uid, gid).catch(() => undefined);
    // A backup made by this run stays even so: another run may have found it and relied on it.
    if (!(await unchanged(real, original.fingerprint))) throw new Refused("changed", file);
    await step(file, () => ops.rename(tmp, real));
    settled(tmp);
  } catch (e) {
    await ops.unlink(tmp).catch(() => undefined);
    settled(tmp);
    throw e;
  }
  await ops.syncDir(path.dirname(real)).catch(() => undefined);
  return backup;
}
