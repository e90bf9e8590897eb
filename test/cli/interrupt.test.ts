// Ctrl+C while a file is being written (docs/cli-contract.md § Files are never lost: temporary
// files are removed however the command ends, Ctrl+C included; an interrupted run leaves no data
// behind). The built command line runs in a child process whose disk writes pause right after a
// temporary file is made; the test then sends the signal, as a controller's Ctrl+C would.
// Failed before the fix: the temporary file stayed beside the output.
import { spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { sampleBytes, testFolders } from "../fixtures/folders";
import { sha } from "../fixtures/cli";

const LIB = path.join(__dirname, "..", "..", "lib", "cli");

const { folder } = testFolders();
let early: Uint8Array;
beforeAll(async () => ({ early } = await sampleBytes()));

/** Runs the built main() with `argv`; its `pauseAt`-th file creation waits after writing, and then the signal comes. */
async function interrupted(argv: string[], pauseAt: number, signal: NodeJS.Signals, cwd: string) {
  const script = `
    const { main } = require(${JSON.stringify(path.join(LIB, "main.js"))});
    const { diskOps } = require(${JSON.stringify(path.join(LIB, "write.js"))});
    let made = 0;
    const fileOps = { ...diskOps, async create(file, data, mode) {
      await diskOps.create(file, data, mode);
      if (++made === ${pauseAt}) { process.stderr.write("PAUSED " + file + "\\n"); await new Promise((r) => setTimeout(r, 20000)); }
    } };
    main(${JSON.stringify(argv)}, { out: () => {}, err: (s) => process.stderr.write(s), tty: false, fileOps });
  `;
  const child = spawn(process.execPath, ["-e", script], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  let temp = "";
  child.stderr.on("data", (d: Buffer) => {
    err += d.toString();
    const m = /PAUSED (.*)\n/.exec(err);
    if (m && !temp) {
      temp = m[1];
      child.kill(signal);
    }
  });
  const ended = await new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, sig) => resolve(sig)));
  return { ended, temp, err };
}

/** Every file under `dir`, at any depth, as relative paths. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await fs.readdir(dir, { recursive: true })).map(String).sort();
}

describe.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("%s while a file is written", (signal) => {
  test("refresh -o: the temporary file is removed, no output, the input as it was", async () => {
    expect(existsSync(path.join(LIB, "main.js"))).toBe(true); // npm run build:cli first (npm test does)
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    const before = await sha(path.join(dir, "a.xlsx"));
    const r = await interrupted(["refresh", "a.xlsx", "-o", "kopio.xlsx"], 1, signal, dir);
    expect(r.temp).not.toBe("");
    expect(r.ended).toBe(signal);
    expect(await filesUnder(dir)).toEqual(["a.xlsx"]);
    expect(await sha(path.join(dir, "a.xlsx"))).toBe(before);
  });

  test.each([
    [1, "the backup's temporary file", ["a.xlsx"]],
    [2, "the new content's temporary file (the backup is complete)", ["a.bak.xlsx", "a.xlsx"]],
  ])("refresh --in-place, stopped at write %i, %s: removed, the input as it was", async (at, _, left) => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    const before = await sha(path.join(dir, "a.xlsx"));
    const r = await interrupted(["refresh", "a.xlsx", "--in-place"], at, signal, dir);
    expect(r.temp).not.toBe("");
    expect(r.ended).toBe(signal);
    expect(await filesUnder(dir)).toEqual(left);
    expect(await sha(path.join(dir, "a.xlsx"))).toBe(before);
    if (at === 2) expect(await sha(path.join(dir, "a.bak.xlsx"))).toBe(before);
  });

  test("new: the temporary file is removed, no workbook", async () => {
    const dir = await folder();
    const r = await interrupted(["new", "uusi.xlsx"], 1, signal, dir);
    expect(r.temp).not.toBe("");
    expect(r.ended).toBe(signal);
    expect(await filesUnder(dir)).toEqual([]);
  });
});
