// "Files are never lost" (docs/cli-contract.md), case by case as issue 8 filed them: each test
// failed on the command line before the rules were built.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { diskOps, type FileOps } from "../../src/cli/write";
import { librarySample } from "../../src/samples/library";
import { LIMITS } from "../../src/workbook/xlsx";
import { rawEntriesOf, rawZip, rewrite, withParts, xlsxOf, zeros, zipBomb } from "../fixtures/xlsx";
import { runCli, sha } from "../fixtures/cli";
import { sampleBytes, testFolders } from "../fixtures/folders";

const run = runCli;
const hash = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const isRoot = process.getuid?.() === 0;

const { root, folder } = testFolders();
let early: Uint8Array;
let lib: Uint8Array;
beforeAll(async () => ({ early, lib } = await sampleBytes()));

/** Files in `dir` (recursively) whose bytes are `bytes`. */
async function holding(dir: string, bytes: Uint8Array): Promise<string[]> {
  const want = hash(bytes);
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath ?? dir, e.name);
    if (e.isFile() && (await sha(p)) === want) out.push(path.relative(dir, p));
  }
  return out.sort();
}

describe("1. an input is never an output", () => {
  test("refresh yksikot/ --out-dir yksikot/sub where sub/a.xlsx is an input: it is skipped with a message and never written over", async () => {
    const dir = await folder();
    const units = path.join(dir, "yksikot");
    await fs.mkdir(path.join(units, "sub"), { recursive: true });
    await fs.writeFile(path.join(units, "a.xlsx"), lib);
    await fs.writeFile(path.join(units, "b.xlsx"), lib);
    await fs.writeFile(path.join(units, "sub", "a.xlsx"), early); // the early-childhood workbook
    const r = await run(["refresh", units, "--out-dir", path.join(units, "sub"), "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(await sha(path.join(units, "sub", "a.xlsx"))).toBe(hash(early));
    expect(r.err).toContain(`Skipping ${path.join(units, "sub", "a.xlsx")}: it lies in the output folder`);
    expect(r.err).toContain(`Not writing over ${path.join(units, "sub", "a.xlsx")}: it is also an input`);
    const docs = r.json();
    type Doc = { file: string; output: string | null; skipped?: { reason: string } };
    expect(docs.map((d: Doc) => [path.relative(units, d.file), d.output && path.relative(units, d.output), d.skipped?.reason ?? null])).toEqual([
      ["a.xlsx", null, null],
      ["b.xlsx", path.join("sub", "b.xlsx"), null],
      [path.join("sub", "a.xlsx"), null, "in-output-folder"],
    ]);
  });

  test("-o naming a symbolic link to the input is refused", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    await fs.symlink(file, path.join(dir, "link.xlsx"));
    const r = await run(["refresh", file, "-o", path.join(dir, "link.xlsx"), "--force"]);
    expect(r.code).toBe(2);
    expect(await sha(file)).toBe(hash(early));
  });
});

describe("2. --in-place keeps the original", () => {
  test("run twice: the first backup still holds the original; the second run writes <name>.bak-2.xlsx", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    expect((await run(["refresh", file, "--in-place"])).code).toBe(0);
    // The refreshed file needs no second refresh (test below): the next run is on a workbook that does.
    await fs.writeFile(file, lib);
    const once = await fs.readFile(file);
    const second = await run(["refresh", file, "--in-place", "--lang", "en"]);
    expect(second.code).toBeLessThan(2); // written (the library sample keeps an error of its own: exit 1)
    expect(await sha(path.join(dir, "a.bak.xlsx"))).toBe(hash(early));
    expect(await sha(path.join(dir, "a.bak-2.xlsx"))).toBe(hash(once));
    expect(second.err).toContain(`Backup: ${path.join(dir, "a.bak-2.xlsx")}`);
  });

  test("a refreshed workbook run again: nothing to change, so no backup and the file is left alone, and it says so", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    expect((await run(["refresh", file, "--in-place"])).code).toBe(0);
    const once = await sha(file);
    const stat = await fs.stat(file);
    const second = await run(["refresh", file, "--in-place", "--lang", "en", "--json"]);
    expect(second.code).toBe(0);
    expect(second.json().output).toBeNull();
    expect(second.err).toContain(`Nothing to change, nothing was written: ${file}`);
    expect(await sha(file)).toBe(once);
    expect((await fs.stat(file)).mtimeMs).toBe(stat.mtimeMs);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.bak.xlsx", "a.xlsx"]);
  });

  test("an existing backup that already holds these bytes is left alone", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    await fs.writeFile(path.join(dir, "a.bak.xlsx"), early);
    const r = await run(["refresh", file, "--in-place", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.bak.xlsx", "a.xlsx"]);
    expect(r.err).toContain("The backup already exists");
  });

  test("two runs at once, the second reading before the first writes: the backup holds the original, and the second writes nothing", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    // The second run has read the file; the first one runs whole just as the second starts writing.
    let first: ReturnType<typeof run> | undefined;
    const meanwhile: FileOps = {
      ...diskOps,
      async create(f, data, mode) {
        first ??= run(["refresh", file, "--in-place", "--lang", "en"]);
        await first;
        return diskOps.create(f, data, mode);
      },
    };
    const second = await run(["refresh", file, "--in-place", "--lang", "en"], { fileOps: meanwhile });
    expect(first).toBeDefined();
    expect((await first!).code).toBe(0);
    expect(second.code).toBe(2);
    expect(second.err).toContain(`The file changed on disk after it was read, so nothing was written: ${file}`);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.bak.xlsx", "a.xlsx"]);
    expect(await sha(path.join(dir, "a.bak.xlsx"))).toBe(hash(early));
  });

  test("two runs started together: every backup holds the original, never a refreshed copy", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    const runs = await Promise.all([run(["refresh", file, "--in-place", "--lang", "en"]), run(["refresh", file, "--in-place", "--lang", "en"])]);
    expect((await fs.readdir(dir)).filter((f) => /\.bak/.test(f))).toEqual(["a.bak.xlsx"]);
    expect(await sha(path.join(dir, "a.bak.xlsx"))).toBe(hash(early));
    for (const r of runs) expect(r.code === 0 || (r.code === 2 && r.err.includes("changed on disk"))).toBe(true);
  });

  test("a full disk: the old backup is untouched, nothing is written, and the message names the file, not a temporary one", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    expect((await run(["refresh", file, "--in-place"])).code).toBe(0);
    // A workbook that needs a refresh (the refreshed one would be left alone without a write).
    await fs.writeFile(file, lib);
    const refreshed = await fs.readFile(file);
    const full: FileOps = {
      ...diskOps,
      async create(f, data, mode) {
        await diskOps.create(f, data.subarray(0, 100), mode); // a part lands, then the disk is full
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${f}'`), { code: "ENOSPC" });
      },
    };
    const r = await run(["refresh", file, "--in-place", "--lang", "en"], { fileOps: full });
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Writing failed, nothing was written: ${file} (the disk is full)\n`);
    expect(await sha(path.join(dir, "a.bak.xlsx"))).toBe(hash(early));
    expect(await sha(file)).toBe(hash(refreshed));
    expect((await fs.readdir(dir)).sort()).toEqual(["a.bak.xlsx", "a.xlsx"]); // no temporary file left
  });

  test("a save made by the user during the run is not replaced: nothing is written, and it says so", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early);
    const saved = await xlsxOf(librarySample());
    let saves = 0;
    const userSaves: FileOps = {
      ...diskOps,
      async create(f, data, mode) {
        if (saves++ === 0) await fs.writeFile(file, saved); // Excel saves while the backup is written
        return diskOps.create(f, data, mode);
      },
    };
    const r = await run(["refresh", file, "--in-place", "--lang", "en"], { fileOps: userSaves });
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The file changed on disk after it was read, so nothing was written: ${file}`);
    expect(await sha(file)).toBe(hash(saved));
    expect(await holding(dir, early)).toEqual(["a.bak.xlsx"]);
  });
});

/**
 * File operations that stop for good after `steps` steps, as a kill would: the step that is cut
 * leaves what a kill leaves (half a file), and no later step (clean-up included) runs.
 */
function killedAfter(steps: number): { ops: FileOps; taken: () => number } {
  let taken = 0;
  const killed = () => Object.assign(new Error("killed"), { code: "EKILLED" });
  const guard = async <T>(op: () => Promise<T>, partly?: () => Promise<unknown>): Promise<T> => {
    if (taken++ >= steps) {
      if (taken === steps + 1 && partly) await partly();
      throw killed();
    }
    return op();
  };
  const ops: FileOps = {
    create: (f, data, mode) =>
      guard(
        () => diskOps.create(f, data, mode),
        () => fs.writeFile(f, data.subarray(0, data.length >> 1)),
      ),
    chown: (f, u, g) => guard(() => diskOps.chown(f, u, g)),
    link: (a, b) => guard(() => diskOps.link(a, b)),
    rename: (a, b) => guard(() => diskOps.rename(a, b)),
    unlink: (f) => guard(() => diskOps.unlink(f)),
    syncDir: (d) => guard(() => diskOps.syncDir(d)),
  };
  return { ops, taken: () => taken };
}

describe("fault injection: an --in-place run killed after any step", () => {
  test.each([
    ["a first run", false],
    ["a later run, an older backup beside it", true],
  ])("%s: the original bytes always exist afterwards, in the input or a backup, and no backup is partial", async (_, olderBackup) => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "x.xlsx"), early);
    const full = killedAfter(Infinity);
    expect((await run(["refresh", path.join(dir, "x.xlsx"), "--in-place"], { fileOps: full.ops })).code).toBe(0);
    const steps = full.taken();
    expect(steps).toBeGreaterThanOrEqual(5);
    for (let k = 0; k <= steps; k++) {
      const at = path.join(dir, `k${k}`);
      await fs.mkdir(at);
      const file = path.join(at, "a.xlsx");
      await fs.writeFile(file, early);
      const other = olderBackup ? await xlsxOf(librarySample()) : null;
      if (other) await fs.writeFile(path.join(at, "a.bak.xlsx"), other);
      const r = await run(["refresh", file, "--in-place"], { fileOps: killedAfter(k).ops });
      expect(r.err).not.toMatch(/\.tmp|\n\s+at /);
      const copies = await holding(at, early);
      expect([k, copies.filter((c) => !c.endsWith(".tmp")).length > 0]).toEqual([k, true]);
      if (other) expect([k, await sha(path.join(at, "a.bak.xlsx"))]).toEqual([k, hash(other)]);
      // Every backup is whole: the original, or (the older one) what it was.
      for (const b of (await fs.readdir(at)).filter((f) => /\.bak(-\d+)?\.xlsx$/.test(f))) {
        expect([k, b, [hash(early), other && hash(other)]]).toEqual([k, b, expect.arrayContaining([await sha(path.join(at, b))])]);
      }
      // The input is the original or the whole refreshed workbook, never part of one.
      const now = await fs.readFile(file);
      expect([k, hash(now) === hash(early) || (await run(["validate", file])).code !== 2]).toEqual([k, true]);
    }
  });
});

describe("3. bounded reading: a file of the wrong size or shape is unreadable-file, and the others go on", () => {
  test("a FIFO, a link to /dev/zero and a folder named .xlsx: unreadable-file with the reason, no hang, the folder run goes on", async () => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    execFileSync("mkfifo", [path.join(dir, "b-fifo.xlsx")]);
    await fs.symlink("/dev/zero", path.join(dir, "c-zero.xlsx"));
    await fs.mkdir(path.join(dir, "d-folder.xlsx"));
    await fs.writeFile(path.join(dir, "e.xlsx"), lib);
    const r = await run(["validate", dir, "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    const docs = r.json() as Array<{ file: string; summary: { goalRows: number }; issues: Array<{ code: string; message: string }> }>;
    expect(docs.map((d) => [path.basename(d.file), d.issues[0]?.code === "unreadable-file" ? "unreadable" : d.summary.goalRows])).toEqual([
      ["a.xlsx", 13],
      ["b-fifo.xlsx", "unreadable"],
      ["c-zero.xlsx", "unreadable"],
      ["d-folder.xlsx", "unreadable"],
      ["e.xlsx", 24],
    ]);
    for (const d of docs.slice(1, 4)) expect(d.issues[0].message).toMatch(/^The file cannot be read as an xlsx workbook: \S/);
  });

  test("a file past the size limit is refused without reading it", async () => {
    const dir = await folder();
    const big = path.join(dir, "big.xlsx");
    await fs.writeFile(big, early);
    await fs.truncate(big, LIMITS.fileBytes + 1); // sparse: no disk used
    // Not opened at all (a count of work, not a time: issue 20).
    const opened = jest.spyOn(fs, "open");
    try {
      const r = await run(["validate", big, "--json"]);
      expect(r.code).toBe(2);
      expect(r.json().issues[0].code).toBe("unreadable-file");
      expect(r.json().issues[0].message).toContain("liian suuri");
      expect(opened.mock.calls.filter(([p]) => String(p) === big)).toEqual([]);
    } finally {
      opened.mockRestore();
    }
  });

  test("the installed bin under a 256 MB heap: a 2 GB zip bomb, a lying one and 2 million cells are refused, the good files checked, the JSON printed", async () => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    await fs.writeFile(path.join(dir, "b-bomb.xlsx"), await zipBomb(early, 2 * 1024 ** 3));
    await fs.writeFile(
      path.join(dir, "c-liar.xlsx"),
      rawZip([...(await rawEntriesOf(early)), { name: "xl/media/z.bin", data: zeros(1024 ** 3), declared: 1000 }]),
    );
    const cells = await withParts(early, (zip) =>
      rewrite(zip, "xl/worksheets/sheet1.xml", (s) => s.replace("</sheetData>", `<row r="99999">${"<c/>".repeat(LIMITS.cells + 1)}</row></sheetData>`)),
    );
    await fs.writeFile(path.join(dir, "d-cells.xlsx"), cells);
    await fs.writeFile(path.join(dir, "e.xlsx"), lib);
    const bin = path.join(__dirname, "..", "..", "bin", "sopimus.js");
    if (!existsSync(path.join(__dirname, "..", "..", "lib", "cli", "main.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"]);
    const r = spawnSync(process.execPath, ["--max-old-space-size=256", bin, "validate", dir, "--json"], { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).not.toContain("heap out of memory");
    expect(r.status).toBe(2);
    const docs = JSON.parse(r.stdout) as Array<{ file: string; summary: { goalRows: number }; issues: Array<{ code: string }> }>;
    expect(docs.map((d) => [path.basename(d.file), d.issues[0]?.code === "unreadable-file" ? "unreadable" : d.summary.goalRows])).toEqual([
      ["a.xlsx", 13],
      ["b-bomb.xlsx", "unreadable"],
      ["c-liar.xlsx", "unreadable"],
      ["d-cells.xlsx", "unreadable"],
      ["e.xlsx", 24],
    ]);
  });
});

describe("5. content the writer would drop", () => {
  test("--in-place keeps custom document properties (sensitivity labels) byte for byte", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    const custom = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>`;
    await fs.writeFile(
      file,
      await withParts(early, (zip) => {
        zip.file("docProps/custom.xml", custom);
      }),
    );
    const before = await sha(file);
    const r = await run(["refresh", file, "--in-place"]);
    expect(r.code).toBe(0);
    expect(await sha(path.join(dir, "a.bak.xlsx"))).toBe(before);
    const entries = await rawEntriesOf(await fs.readFile(file));
    expect(entries.map((e) => e.name)).toContain("docProps/custom.xml");
  });
});

// eslint-disable-next-line no-control-regex -- what must never reach a terminal raw (the line break is the CLI's own)
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/;

describe("6. control characters from cells and names are shown, not obeyed", () => {
  // Retitles the window, rings, resets the terminal, clears the screen by the one-byte CSI, reverses the text.
  const TITLE = "\x1b]0;pwned\x07";
  const RESET = "\x1bc\u009b2J\u202e";
  test("in the table, in plain text and in JSON: a cell, a sheet name and a file name", async () => {
    const dir = await folder();
    const spec = librarySample();
    spec.sheets[0].name = "Sopimus\u009b2J\u202e"; // C1 and direction characters are valid XML; ESC is not
    spec.sheets[0].cells.find((c) => c.row === 31 && c.col === 7)!.value = "Vihreä@HOSTILE@";
    const file = path.join(dir, `yksikkö${TITLE}${RESET}.xlsx`);
    // In a cell, as Excel writes control characters in shared strings (and ExcelJS reads them back).
    const escaped = [...(TITLE + RESET)].map((c) => (c < " " ? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_` : c)).join("");
    await fs.writeFile(file, await withParts(await xlsxOf(spec), (zip) => rewrite(zip, "xl/sharedStrings.xml", (x) => x.replace("@HOSTILE@", escaped))));
    for (const argv of [
      ["validate", dir],
      ["refresh", dir, "--out-dir", path.join(dir, "out")],
      ["refresh", file, "-o", path.join(dir, `kopio${TITLE}.xlsm`)],
    ]) {
      const r = await run(argv);
      const printed = r.out + r.err;
      expect(printed).not.toMatch(RAW_CONTROL);
      if (argv[2] === "-o") expect(printed).toContain("kopio␛]0;pwned␇.xlsm");
      else {
        expect(printed).toContain("'Sopimus␡2J\\u202e'!");
        expect(printed).toContain("yksikkö␛]0;pwned␇␛c␡2J\\u202e.xlsx");
        // The hostile status cell: refresh rewrites it, so only the check still lists it (refresh shows what remains).
        if (argv[0] === "validate") expect(printed).toContain("'Sopimus␡2J\\u202e'!G31");
        if (argv[0] === "validate") expect(printed).toContain("”Vihreä␛]0;pwned␇␛c␡2J\\u202e”");
      }
    }
    const json = await run(["validate", file, "--json"]);
    expect(json.out).not.toMatch(/[\x7f-\x9f\u202e]/); // JSON.stringify escapes C0 itself
    expect(json.json().issues.find((i: { cell: string }) => i.cell === "G31").sheet).toBe("Sopimus\u009b2J\u202e");
  });
});

describe("7. --in-place keeps permissions and links", () => {
  test("a 0600 file stays 0600, and so is its backup", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(file, early, { mode: 0o600 });
    await fs.chmod(file, 0o600);
    expect((await run(["refresh", file, "--in-place"])).code).toBe(0);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.join(dir, "a.bak.xlsx"))).mode & 0o777).toBe(0o600);
    await fs.chmod(file, 0o664);
    expect((await run(["refresh", file, "--in-place"])).code).toBe(0);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o664);
  });

  test("a symbolic link: its target is refreshed, the link stays a link, the backup lies beside the link", async () => {
    const dir = await folder();
    await fs.mkdir(path.join(dir, "real"));
    const target = path.join(dir, "real", "a.xlsx");
    await fs.writeFile(target, early);
    const link = path.join(dir, "a.xlsx");
    await fs.symlink(path.join("real", "a.xlsx"), link);
    expect((await run(["refresh", link, "--in-place"])).code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(link)).toBe(path.join("real", "a.xlsx"));
    expect(await sha(target)).not.toBe(hash(early));
    expect(await sha(path.join(dir, "a.bak.xlsx"))).toBe(hash(early));
    expect(await fs.readdir(path.join(dir, "real"))).toEqual(["a.xlsx"]);
  });
});

const UNUSABLE: Array<[string, (dir: string) => Promise<string>]> = [
  ["an existing file", (dir) => fs.writeFile(path.join(dir, "out"), "x").then(() => path.join(dir, "out"))],
  ["a folder under a file", (dir) => fs.writeFile(path.join(dir, "f"), "x").then(() => path.join(dir, "f", "out"))],
];
// root may write anywhere: the read-only case runs for other users only.
if (!isRoot) UNUSABLE.push(["a read-only folder", (dir) => fs.chmod(dir, 0o500).then(() => path.join(dir, "out"))]);

describe("9. an output folder that cannot be made", () => {
  test.each(UNUSABLE)("%s: one plain line naming the folder, exit 2", async (_, make) => {
    const dir = await folder();
    const input = path.join(root(), "in.xlsx");
    await fs.writeFile(input, early);
    const out = await make(dir);
    const r = await run(["refresh", input, "--out-dir", out, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^The output folder cannot be used: ${out.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")} \\([^)]+\\)\\n$`));
    const d = await run(["demo", "--out", out, "--lang", "en"]);
    expect(d.code).toBe(2);
    expect(d.err).toContain(`The output folder cannot be used: ${out}`);
  });
});

describe("10. a damaged package", () => {
  test("no shared strings: unreadable-file with the reason, and --in-place writes nothing", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(
      file,
      await withParts(early, (zip) => {
        zip.remove("xl/sharedStrings.xml");
      }),
    );
    const before = await sha(file);
    const r = await run(["refresh", file, "--in-place", "--json"]);
    expect(r.code).toBe(2);
    expect(r.json().issues).toEqual([expect.objectContaining({ code: "unreadable-file" })]);
    expect(await sha(file)).toBe(before);
    expect(await fs.readdir(dir)).toEqual(["a.xlsx"]);
  });

  test("a missing sheet part: unreadable-file", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsx");
    await fs.writeFile(
      file,
      await withParts(early, (zip) => {
        zip.remove("xl/worksheets/sheet2.xml");
      }),
    );
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(2);
    expect(r.json().issues).toEqual([expect.objectContaining({ code: "unreadable-file" })]);
  });
});

describe("11. no existing file is replaced unless asked, and the output is .xlsx", () => {
  test("refresh -o an existing workbook: refused (exit 2, naming it) without --force; replaced with it, keeping its permissions", async () => {
    const dir = await folder();
    const input = path.join(dir, "a.xlsx");
    const other = path.join(dir, "other.xlsx");
    await fs.writeFile(input, early);
    await fs.writeFile(other, lib, { mode: 0o640 });
    await fs.chmod(other, 0o640);
    const r = await run(["refresh", input, "-o", other, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The file already exists: ${other}. Choose another name or add --force.`);
    expect(await sha(other)).toBe(hash(lib));
    expect((await run(["refresh", input, "-o", other, "--force"])).code).toBe(0);
    expect(await sha(other)).not.toBe(hash(lib));
    expect((await fs.stat(other)).mode & 0o777).toBe(0o640);
  });

  test("--out-dir with an existing output: refused without --force", async () => {
    const dir = await folder();
    const input = path.join(dir, "a.xlsx");
    await fs.writeFile(input, early);
    await fs.mkdir(path.join(dir, "out"));
    await fs.writeFile(path.join(dir, "out", "a.xlsx"), lib);
    expect((await run(["refresh", input, "--out-dir", path.join(dir, "out")])).code).toBe(2);
    expect(await sha(path.join(dir, "out", "a.xlsx"))).toBe(hash(lib));
    expect((await run(["refresh", input, "--out-dir", path.join(dir, "out"), "--force"])).code).toBe(0);
    expect(await sha(path.join(dir, "out", "a.xlsx"))).not.toBe(hash(lib));
  });

  test("new over an existing file, or a dangling link, is refused without --force", async () => {
    const dir = await folder();
    await fs.symlink(path.join(dir, "nowhere.xlsx"), path.join(dir, "link.xlsx"));
    expect((await run(["new", path.join(dir, "link.xlsx")])).code).toBe(2);
    expect((await fs.lstat(path.join(dir, "link.xlsx"))).isSymbolicLink()).toBe(true);
  });

  test.each([
    ["refresh -o", (dir: string, input: string) => ["refresh", input, "-o", path.join(dir, "out.xlsm")]],
    ["new", (dir: string) => ["new", path.join(dir, "out.xlsm")]],
  ])("%s out.xlsm: refused, the output must be .xlsx", async (_, argv) => {
    const dir = await folder();
    const input = path.join(dir, "a.xlsx");
    await fs.writeFile(input, early);
    const r = await run([...argv(dir, input), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`The output must be an .xlsx file: ${path.join(dir, "out.xlsm")}`);
    expect(existsSync(path.join(dir, "out.xlsm"))).toBe(false);
  });

  test("--in-place on a file not named .xlsx is refused", async () => {
    const dir = await folder();
    const file = path.join(dir, "a.xlsm");
    await fs.writeFile(file, early);
    const r = await run(["refresh", file, "--in-place"]);
    expect(r.code).toBe(2);
    expect(await sha(file)).toBe(hash(early));
  });
});

test("an unreadable reason without a text yet is shown as its code, not a crash", async () => {
  const dir = await folder();
  execFileSync("mkfifo", [path.join(dir, "p.xlsx")]);
  const r = await run(["validate", path.join(dir, "p.xlsx"), "--json", "--lang", "en"]);
  expect(r.code).toBe(2);
  expect(r.json().issues[0].message).toMatch(/^The file cannot be read as an xlsx workbook: (notRegular|.*(pipe|file))/);
});
