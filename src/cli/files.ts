// File handling of the command line: folders to .xlsx lists, and writes that either land whole
// or not at all (a temporary file beside the target, then a rename).
import { promises as fs } from "node:fs";
import path from "node:path";

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) out.push(...(await xlsxUnder(input)));
    else out.push(input);
  }
  return out;
}

async function xlsxUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await xlsxUnder(p)));
    else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$") && !/\.bak\.xlsx$/i.test(e.name)) files.push(p);
  }
  return files;
}

export async function writeWhole(target: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export function backupPath(file: string): string {
  return file.replace(/(\.xlsx)?$/i, ".bak.xlsx");
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.ino === sb.ino && sa.dev === sb.dev;
}

export async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}
