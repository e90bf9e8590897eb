// What a folder run leaves out is in its --json document too, not only on stderr (docs/cli-contract.md:
// nothing silent; a script reads stdout), .xltm is named as the macro template it is, and a refresh
// -o that writes nothing names the file it did not write. Each test failed before its fix.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { sampleBytes, testFolders } from "../fixtures/folders";
import { runCli as run } from "../fixtures/cli";

const { folder } = testFolders();
let early: Uint8Array;
beforeAll(async () => ({ early } = await sampleBytes()));

/** Each file a folder run leaves out, and the reason code its JSON gives. */
const LEFT_OUT: Array<[string, string]> = [
  ["a.bak.xlsx", "backup"],
  ["a.refreshed.xlsx", "refreshed-copy"],
  ["makrot.xlsm", "macros"],
  ["pohja.xltm", "macro-template"],
  ["pohja.xltx", "template"],
  ["vanha.xls", "xls"],
  ["binaari.xlsb", "xlsb"],
  ["~$a.xlsx", "lock-file"],
];

/** A folder with one unit workbook and one file of each kind a folder run leaves out. */
async function unitsWithLeftOut(): Promise<string> {
  const dir = await folder();
  await fs.writeFile(path.join(dir, "a.xlsx"), early);
  for (const [name] of LEFT_OUT) await fs.writeFile(path.join(dir, name), early);
  return dir;
}

interface SkippedDoc {
  file: string;
  skipped?: { reason: string; message: string };
}

const expected = (dir: string) => LEFT_OUT.map(([name, reason]) => ({ file: path.join(dir, name), reason })).sort((a, b) => a.file.localeCompare(b.file));
const listed = (docs: SkippedDoc[]) =>
  docs
    .filter((d) => d.skipped)
    .map((d) => ({ file: d.file, reason: d.skipped!.reason }))
    .sort((a, b) => a.file.localeCompare(b.file));

describe("files a folder run leaves out are in the --json document", () => {
  test("validate: one document per file left out, with the reason and the line stderr gives; the exit code is the same as without them", async () => {
    const dir = await unitsWithLeftOut();
    const r = await run(["validate", dir, "--json", "--lang", "en"]);
    const docs = r.json() as Array<SkippedDoc & { summary: { errors: number }; issues: unknown[] }>;
    expect(listed(docs)).toEqual(expected(dir));
    for (const d of docs.filter((x) => x.skipped)) {
      expect(r.err).toContain(d.skipped!.message);
      expect(d.skipped!.message).toMatch(new RegExp(`^Skipping .*${path.basename(d.file).replace(/[$.]/g, "\\$&")}: `));
      expect(d.issues).toEqual([]);
      expect(d.summary.errors).toBe(0);
    }
    expect(docs.filter((d) => !d.skipped).map((d) => d.file)).toEqual([path.join(dir, "a.xlsx")]);
    const alone = await folder();
    await fs.writeFile(path.join(alone, "a.xlsx"), early);
    expect(r.code).toBe((await run(["validate", alone, "--json"])).code);
  });

  test("refresh --out-dir: one document per file left out (output null), an input under the output folder among them", async () => {
    const dir = await unitsWithLeftOut();
    const out = path.join(dir, "kopiot");
    await fs.mkdir(out);
    await fs.writeFile(path.join(out, "b.xlsx"), early);
    const r = await run(["refresh", dir, "--out-dir", out, "--json", "--lang", "sv"]);
    const docs = r.json() as Array<SkippedDoc & { output: string | null }>;
    expect(listed(docs)).toEqual(
      [...expected(dir), { file: path.join(out, "b.xlsx"), reason: "in-output-folder" }].sort((a, b) => a.file.localeCompare(b.file)),
    );
    for (const d of docs.filter((x) => x.skipped)) {
      expect(d.output).toBeNull();
      expect(r.err).toContain(d.skipped!.message);
      expect(d.skipped!.message).toMatch(/^Hoppar över /);
    }
    expect(docs.filter((d) => !d.skipped).map((d) => d.output)).toEqual([path.join(out, "a.xlsx")]);
    expect(r.code).toBeLessThan(2);
  });

  test("summary: a 'skipped' list of file, reason and message, an earlier summary workbook among them", async () => {
    const dir = await unitsWithLeftOut();
    const earlier = path.join(dir, "yhteenveto-2024.xlsx");
    expect((await run(["summary", path.join(dir, "a.xlsx"), "-o", earlier])).code).toBeLessThan(2);
    const r = await run(["summary", dir, "--json"]);
    const doc = r.json() as { skipped: Array<{ file: string; reason: string; message: string }>; units: unknown[] };
    expect(doc.skipped.map(({ file, reason }) => ({ file, reason })).sort((a, b) => a.file.localeCompare(b.file))).toEqual(
      [...expected(dir), { file: earlier, reason: "summary-workbook" }].sort((a, b) => a.file.localeCompare(b.file)),
    );
    for (const s of doc.skipped) expect(r.err).toContain(s.message);
    expect(doc.units).toHaveLength(1);
  });

  test("summary of a folder with nothing left out: an empty 'skipped' list", async () => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    expect((await run(["summary", dir, "--json"])).json().skipped).toEqual([]);
  });
});

test.each([
  [
    "fi",
    "Ohitetaan {p}: Excelin mallipohja, jossa on makroja (.xltm); sitä ei lueta, koska mallipohja avautuu Excelissä uutena työkirjana. Avaa se Excelissä ja tallenna työkirjana (.xlsx), niin se tarkistetaan.",
  ],
  [
    "sv",
    "Hoppar över {p}: en Excel-mall med makron (.xltm); den läses inte, eftersom en mall öppnas i Excel som en ny arbetsbok. Öppna den i Excel och spara den som arbetsbok (.xlsx) för att få den kontrollerad.",
  ],
  [
    "en",
    "Skipping {p}: an Excel template with macros (.xltm); it is not read, as a template opens in Excel as a new workbook. Open it in Excel and save it as a workbook (.xlsx) to have it checked.",
  ],
])("a .xltm in a folder is named as a macro template, with why it is left out (%s)", async (lang, text) => {
  const dir = await folder();
  await fs.writeFile(path.join(dir, "a.xlsx"), early);
  await fs.writeFile(path.join(dir, "pohja.xltm"), early);
  const r = await run(["validate", dir, "--lang", lang]);
  expect(r.err).toContain(text.replace("{p}", path.join(dir, "pohja.xltm")));
});

describe("refresh -o of a workbook with no goal table", () => {
  const NO_GOALS = path.join(__dirname, "..", "fixtures", "excel-saved", "chart_bar01.xlsx");

  test.each([
    ["fi", "Ei muutettavaa tiedostossa {in}, joten tiedostoa {out} ei kirjoitettu. Työkirjassa on edelleen 1 virhe."],
    ["sv", "Inget att ändra i {in}, så {out} skrevs inte. Arbetsboken har fortfarande 1 fel."],
    ["en", "Nothing to change in {in}, so {out} was not written. The workbook still has 1 error."],
  ])("exit 1 (errors remain), nothing written, and the message names the file not written (%s)", async (lang, text) => {
    const out = path.join(await folder(), "out.xlsx");
    const r = await run(["refresh", NO_GOALS, "-o", out, "--lang", lang]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.err).toContain(text.replace("{in}", NO_GOALS).replace("{out}", out));
    expect(r.out).toContain("no-goal-table");
    const j = await run(["refresh", NO_GOALS, "-o", out, "--json", "--lang", lang]);
    expect(j.code).toBe(1);
    expect(j.json().output).toBeNull();
    expect(j.json().issues.map((i: { code: string }) => i.code)).toEqual(["no-goal-table"]);
  });
});

describe("--json prints its one document even when there is nothing to read or the output is refused (exit 2)", () => {
  /** A folder holding only files a folder run leaves out. */
  async function onlyLeftOut(): Promise<string> {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "makrot.xlsm"), early);
    return dir;
  }

  test.each([
    ["validate", (dir: string) => ["validate", dir]],
    ["refresh --out-dir", (dir: string) => ["refresh", dir, "--out-dir", path.join(dir, "kopiot")]],
    ["refresh --in-place", (dir: string) => ["refresh", dir, "--in-place"]],
  ])("%s of a folder with no .xlsx to read: the array of what was left out", async (_, argv) => {
    const dir = await onlyLeftOut();
    const r = await run([...argv(dir), "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`No .xlsx files: ${dir}`);
    expect((r.json() as SkippedDoc[]).map((d) => [d.file, d.skipped?.reason])).toEqual([[path.join(dir, "makrot.xlsm"), "macros"]]);
  });

  test("summary of a folder with no .xlsx to read: an empty summary with what was left out", async () => {
    const dir = await onlyLeftOut();
    const r = await run(["summary", dir, "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    const doc = r.json();
    expect(doc).toMatchObject({ output: null, units: [], goals: [], issues: [], unreadable: [], totals: { units: 0, unreadable: 0 } });
    expect(doc.skipped.map((s: { reason: string }) => s.reason)).toEqual(["macros"]);
  });

  test("summary -o over an existing file without --force: refused, the file kept, an empty summary printed", async () => {
    const dir = await folder();
    await fs.writeFile(path.join(dir, "a.xlsx"), early);
    const out = path.join(await folder(), "yhteenveto.xlsx");
    await fs.writeFile(out, "mine");
    const r = await run(["summary", dir, "-o", out, "--json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(out);
    expect(r.json()).toMatchObject({ output: null, units: [], skipped: [] });
    expect(await fs.readFile(out, "utf8")).toBe("mine");
  });
});

test("refresh --json of a folder holding one workbook prints an array (as validate), of one file named as such one document", async () => {
  const dir = await folder();
  await fs.writeFile(path.join(dir, "a.xlsx"), early);
  const r = await run(["refresh", dir, "--in-place", "--json"]);
  expect(Array.isArray(r.json())).toBe(true);
  expect(r.json().map((d: { file: string }) => d.file)).toEqual([path.join(dir, "a.xlsx")]);
  const one = await run(["refresh", path.join(dir, "a.xlsx"), "--in-place", "--json"]);
  expect(one.json()).toMatchObject({ file: path.join(dir, "a.xlsx") });
});
