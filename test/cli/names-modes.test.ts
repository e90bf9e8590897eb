// Issue 16's "also found" items of file safety (docs/cli-contract.md § Files are never lost): long
// file names, the mode of what is written, .xltx templates in folder runs, and the report after an
// existing output was refused. Each test failed before its fix.
import { promises as fs } from "node:fs";
import path from "node:path";
import { backupName, writeBackup } from "../../src/cli/write";
import { readInput } from "../../src/cli/files";
import { sampleBytes, testFolders } from "../fixtures/folders";
import { runCli as run } from "../fixtures/cli";

const { folder } = testFolders();
let early: Uint8Array;
beforeAll(async () => ({ early } = await sampleBytes()));

const bytes = (name: string) => Buffer.byteLength(name);

describe("file names as long as the file system takes (255 bytes)", () => {
  // 250 characters; and 245 bytes in 125 characters (ä is two bytes in UTF-8).
  const LONG = ["k".repeat(245) + ".xlsx", "ä".repeat(120) + ".xlsx"];

  test.each(LONG)("refresh --in-place of a file named %#: the backup and temporary names fit, nothing left behind", async (name) => {
    const dir = await folder();
    const file = path.join(dir, name);
    await fs.writeFile(file, early);
    const r = await run(["refresh", file, "--in-place", "--lang", "en"]);
    expect(r.err).not.toContain("ENAMETOOLONG");
    expect(r.err).not.toContain("too long");
    expect(r.code).toBeLessThan(2);
    const names = await fs.readdir(dir);
    expect(names).toHaveLength(2); // the file and its backup, no temporary file
    for (const f of names) expect(bytes(f)).toBeLessThanOrEqual(255);
    expect(
      Buffer.compare(
        await fs.readFile(
          path.join(
            dir,
            names.find((f) => f !== name)!,
          ),
        ),
        early,
      ),
    ).toBe(0);
  });

  test("refresh -o to a 250-character name: written", async () => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    const out = path.join(dir, "o".repeat(245) + ".xlsx");
    const r = await run(["refresh", path.join(dir, "a.xlsx"), "-o", out, "--lang", "en"]);
    expect(r.err).not.toContain("ENAMETOOLONG");
    expect(r.code).toBeLessThan(2);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", path.basename(out)]);
  });

  test("backups of long names: a series of distinct names, each within 255 bytes, apart for names that differ only at their end", async () => {
    const dir = await folder();
    const a = path.join(dir, "k".repeat(244) + "a.xlsx");
    const b = path.join(dir, "k".repeat(244) + "b.xlsx");
    for (const f of [a, b]) await fs.writeFile(f, early);
    const names = [backupName(a, 1), backupName(a, 2), backupName(a, 10_000), backupName(b, 1)];
    for (const f of names) expect(bytes(path.basename(f))).toBeLessThanOrEqual(255);
    expect(new Set(names).size).toBe(names.length);
    // Two backups of a's different versions: both kept, under the series' names.
    const first = await writeBackup(a, await readInput(a));
    await fs.writeFile(a, Buffer.concat([early, Buffer.from("x")]));
    const second = await writeBackup(a, await readInput(a));
    expect([first.path, second.path]).toEqual([backupName(a, 1), backupName(a, 2)]);
  });
});

describe("the mode of what is written", () => {
  let umask: number;
  beforeAll(() => {
    umask = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(umask);
  });
  const modeOf = async (f: string) => (await fs.stat(f)).mode & 0o777;

  test("refresh -o, --out-dir and new create their files with the mode the umask gives (0644 under 022)", async () => {
    const dir = await folder();
    const input = path.join(dir, "a.xlsx");
    await fs.writeFile(input, early, { mode: 0o600 });
    await fs.chmod(input, 0o600);
    expect((await run(["refresh", input, "-o", path.join(dir, "out.xlsx")])).code).toBeLessThan(2);
    expect((await run(["refresh", input, "--out-dir", path.join(dir, "kopiot")])).code).toBeLessThan(2);
    expect((await run(["new", path.join(dir, "uusi.xlsx")])).code).toBe(0);
    expect(await modeOf(path.join(dir, "out.xlsx"))).toBe(0o644);
    expect(await modeOf(path.join(dir, "kopiot", "a.xlsx"))).toBe(0o644);
    expect(await modeOf(path.join(dir, "uusi.xlsx"))).toBe(0o644);
  });

  test("--in-place keeps the input's mode, and its backup has it too", async () => {
    const dir = await folder();
    const input = path.join(dir, "a.xlsx");
    await fs.writeFile(input, early);
    await fs.chmod(input, 0o640);
    expect((await run(["refresh", input, "--in-place"])).code).toBeLessThan(2);
    expect(await modeOf(input)).toBe(0o640);
    expect(await modeOf(backupName(input, 1))).toBe(0o640);
  });
});

describe(".xltx templates in a folder", () => {
  test.each([
    ["validate", (dir: string) => ["validate", dir]],
    ["refresh --out-dir", (dir: string) => ["refresh", dir, "--out-dir", path.join(dir, "..", `out-${path.basename(dir)}`)]],
    ["summary", (dir: string) => ["summary", dir, "-o", path.join(dir, "..", `yhteenveto-${path.basename(dir)}.xlsx`)]],
  ])("%s names each one it leaves out, and why", async (_, argv) => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    await fs.writeFile(path.join(dir, "pohja.xltx"), early);
    const r = await run([...argv(dir), "--lang", "en"]);
    expect(r.err).toContain(
      `Skipping ${path.join(dir, "pohja.xltx")}: an Excel template (.xltx); open it in Excel and save it as a workbook (.xlsx) to have it checked.`,
    );
    const fi = await run([...argv(dir), "--lang", "fi", ...(argv(dir)[0] === "validate" ? [] : ["--force"])]);
    expect(fi.err).toContain(`Ohitetaan ${path.join(dir, "pohja.xltx")}: Excelin mallipohja (.xltx)`);
  });
});

test("refresh -o over an existing file: refused, and no status line of zeros nor 'nothing to report' after it", async () => {
  const dir = await folder();
  const input = path.join(dir, "a.xlsx");
  await fs.writeFile(input, early);
  await fs.writeFile(path.join(dir, "out.xlsx"), "mine");
  for (const lang of ["fi", "en"]) {
    const r = await run(["refresh", input, "-o", path.join(dir, "out.xlsx"), "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(lang === "fi" ? /Tiedosto on jo olemassa/ : /The file already exists/);
    expect(r.out).not.toMatch(/vihreä 0|green 0|Ei huomautettavaa|Nothing to report/);
  }
  expect(await fs.readFile(path.join(dir, "out.xlsx"), "utf8")).toBe("mine");
});
