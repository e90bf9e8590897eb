// `sopimus summary` and the files it must never lose (issue 16, cli-contract.md "Files are never
// lost"): an output is never an input, --force or not, through links too and for last year's
// inputs; an interrupted run (Ctrl+C, a kill) leaves no working folder behind, and a rerun removes
// the ones an earlier killed run left, and only those.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { removeAbandoned } from "../../src/cli/summary-spill";
import { runCli, sha } from "../fixtures/cli";
import { testFolders, writeSamples } from "../fixtures/folders";

const BIN = path.join(__dirname, "..", "..", "bin", "sopimus.js");
const BUILT = path.join(__dirname, "..", "..", "lib", "cli", "main.js");

const { root, folder } = testFolders();
let units: string;
let kirjasto: string;
beforeAll(async () => {
  units = path.join(root(), "yksikot");
  await fs.mkdir(units);
  ({ lib: kirjasto } = await writeSamples(units));
});

describe("an output is never an input, --force or not", () => {
  test("a unit workbook found in the folder given is refused as the output (exit 2, untouched, nothing printed)", async () => {
    const before = await sha(kirjasto);
    const r = await runCli(["summary", units, "-o", kirjasto, "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Ei kirjoiteta tiedoston ${kirjasto} päälle: se on myös luettava työkirja.`);
    expect(r.out).toBe("");
    expect(await sha(kirjasto)).toBe(before);
  });

  test("a symbolic link to an input, inside the folder or elsewhere, is refused as the output", async () => {
    const before = await sha(kirjasto);
    const inside = path.join(units, "linkki.xlsx");
    await fs.symlink(kirjasto, inside);
    try {
      const elsewhere = path.join(await folder(), "linkki.xlsx");
      await fs.symlink(kirjasto, elsewhere);
      for (const out of [inside, elsewhere]) {
        const r = await runCli(["summary", units, "-o", out, "--force", "--lang", "en"]);
        expect(r.code).toBe(2);
        expect(r.err).toContain(`Not writing over ${out}: it is also one of the workbooks to read.`);
        expect((await fs.lstat(out)).isSymbolicLink()).toBe(true);
        expect(await sha(kirjasto)).toBe(before);
      }
    } finally {
      await fs.rm(inside);
    }
  });

  test("last year's inputs are inputs too", async () => {
    const last = await folder();
    const a = path.join(last, "a.xlsx");
    await fs.copyFile(kirjasto, a);
    const before = await sha(a);
    const r = await runCli(["summary", units, "--previous", last, "-o", a, "--force"]);
    expect(r.code).toBe(2);
    expect(await sha(a)).toBe(before);
  });
});

describe("working files", () => {
  const spills = async (dir: string) => (await fs.readdir(dir)).filter((f) => f.startsWith("sopimus-summary-"));

  test("Ctrl+C while reading leaves no $TMPDIR/sopimus-summary-* behind (the built command line, SIGINT and SIGTERM)", async () => {
    expect(existsSync(BUILT)).toBe(true); // npm run build:cli first (npm test does)
    const many = await folder();
    for (let i = 0; i < 40; i++) await fs.copyFile(kirjasto, path.join(many, `yksikko-${String(i).padStart(2, "0")}.xlsx`));
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const tmp = await folder();
      const out = path.join(await folder(), "yhteenveto.xlsx");
      const child = spawn(process.execPath, [BIN, "summary", many, "-o", out], { env: { ...process.env, TMPDIR: tmp }, stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      let sent = false;
      let seenSpill: string[] = [];
      child.stderr.on("data", (d: Buffer) => {
        err += d.toString();
        // Once it has read a few units, its working folder holds goal rows: interrupt it then.
        if (!sent && /Luetaan 3\/40/.test(err)) {
          sent = true;
          void spills(tmp).then((s) => {
            seenSpill = s;
            child.kill(signal);
          });
        }
      });
      const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("close", (code, sig) => resolve({ code, signal: sig })),
      );
      expect(sent).toBe(true);
      expect(seenSpill).toHaveLength(1); // the folder stood while it read
      expect(ended.signal).toBe(signal); // it ended as the signal ends a program
      expect(await spills(tmp)).toEqual([]);
      expect(existsSync(out)).toBe(false);
    }
  }, 60000);

  test("a rerun removes the folders an earlier killed run left, and nothing that is not provably ours and abandoned", async () => {
    const tmp = await folder();
    // A process that has ended: its number names no running process.
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    const note = (pid: number, host = os.hostname()) => JSON.stringify({ tool: "sopimus summary", pid, host });
    const make = async (name: string, files: Record<string, string>) => {
      await fs.mkdir(path.join(tmp, name));
      for (const [f, text] of Object.entries(files)) await fs.writeFile(path.join(tmp, name, f), text);
    };
    await make("sopimus-summary-Abc123", { "owner.json": note(gone), "goals.jsonl": '{"goal":"salainen"}\n', "issues-error.jsonl": "" });
    await make("sopimus-summary-Live12", { "owner.json": note(process.pid), "goals.jsonl": "" }); // running
    await make("sopimus-summary-Host12", { "owner.json": note(gone, "toinen-kone"), "goals.jsonl": "" }); // another machine's
    await make("sopimus-summary-Mine12", { "owner.json": note(gone), "muistiinpano.txt": "" }); // holds a file not ours
    await make("sopimus-summary-bench-x", { "goals.jsonl": "" }); // not a name mkdtemp gives us
    expect(await removeAbandoned(tmp)).toEqual([path.join(tmp, "sopimus-summary-Abc123")]);
    expect((await spills(tmp)).sort()).toEqual(["sopimus-summary-Host12", "sopimus-summary-Live12", "sopimus-summary-Mine12", "sopimus-summary-bench-x"]);

    // And the command does it on its own: a summary run under this temporary folder removes such a folder.
    await make("sopimus-summary-Def456", { "owner.json": note(gone), "goals.jsonl": "" });
    expect(existsSync(BUILT)).toBe(true);
    const r = spawnSync(process.execPath, [BIN, "summary", units, "--json"], { env: { ...process.env, TMPDIR: tmp }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(await spills(tmp)).not.toContain("sopimus-summary-Def456");
    expect((await spills(tmp)).sort()).toEqual(["sopimus-summary-Host12", "sopimus-summary-Live12", "sopimus-summary-Mine12", "sopimus-summary-bench-x"]);
  }, 30000);
});
