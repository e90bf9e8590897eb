// --help, --version, validate and catalogue never load ExcelJS (~0.4 s per process) nor JSZip
// (issue 16): they read with package-read.ts. Any require of either fails this file's runs.
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../fixtures/cli";

jest.mock("exceljs", () => {
  throw new Error("ExcelJS was loaded");
});
jest.mock("jszip", () => {
  throw new Error("JSZip was loaded");
});

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "samples", "kirjasto-2020.xlsx");

test.each([
  [["--help"]],
  [["--version"]],
  [["validate", SAMPLE]],
  [["validate", SAMPLE, "--json"]],
  [["catalogue", "--catalogue", SAMPLE]],
  [["validate", "--help"]],
])("sopimus %j runs without ExcelJS or JSZip", async (argv) => {
  const r = await runCli(argv);
  expect(r.err).not.toMatch(/was loaded/);
  expect(r.code).toBeLessThan(2);
});

test("a file that cannot be read is still refused with its reason without them", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-noexceljs-"));
  const file = path.join(dir, "x.xlsx");
  await fs.writeFile(file, "not a zip");
  const r = await runCli(["validate", file, "--json", "--lang", "en"]);
  expect(r.code).toBe(2);
  expect(r.json().issues[0].code).toBe("unreadable-file");
  await fs.rm(dir, { recursive: true, force: true });
});

/** The built command line (npm test builds lib/ first), with a hook that says which libraries a run loaded. */
const BUILT = path.join(ROOT, "lib", "cli", "main.js");
(existsSync(BUILT) ? test : test.skip)("the built command line: --version, --help and validate load neither library (require.cache at exit)", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-noexceljs-"));
  const hook = path.join(dir, "hook.js");
  await fs.writeFile(
    hook,
    `process.on("exit", () => process.stderr.write("\\nLOADED " + Object.keys(require.cache).filter((k) => /node_modules[\\\\/](exceljs|jszip)[\\\\/]/.test(k)).length + "\\n"));`,
  );
  for (const args of [["--version"], ["--help"], ["validate", SAMPLE]]) {
    const r = spawnSync(process.execPath, ["-r", hook, path.join(ROOT, "bin", "sopimus.js"), ...args], { encoding: "utf8" });
    expect(r.stderr.trim().split("\n").pop()).toBe("LOADED 0");
  }
  // bin/sopimus.js answers --version alone before loading the command line: the same line as main's.
  const fast = spawnSync(process.execPath, [path.join(ROOT, "bin", "sopimus.js"), "--version"], { encoding: "utf8" });
  expect(fast.stdout).toBe((await runCli(["--version"])).out);
  // The hook does see a load: `new` writes with ExcelJS.
  const out = path.join(dir, "uusi.xlsx");
  const r = spawnSync(process.execPath, ["-r", hook, path.join(ROOT, "bin", "sopimus.js"), "new", out], { encoding: "utf8" });
  expect(r.stderr.trim().split("\n").pop()).not.toBe("LOADED 0");
  await fs.rm(dir, { recursive: true, force: true });
});
