// Issue 16, "Also found": a sheet name longer than 31 characters (LibreOffice writes them) made a
// workbook unreadable, and a raw name (a line break, U+202E, an escape sequence) reached the
// terminal. Such a workbook is read, and every name printed shows its control characters.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../fixtures/cli";
import { rewrite, withParts } from "../fixtures/xlsx";

const ROOT = path.join(__dirname, "..", "..");
/** 56 characters with a line break, a right-to-left override and an escape sequence, as workbook.xml writes them. */
const WRITTEN = "Palvelutuotantosopimuksen tavoitteet&#10;2027 &#x202E;gnp.exe &#x1b;[31m";
const NAME = "Palvelutuotantosopimuksen tavoitteet\n2027 \u202egnp.exe \u001b[31m";
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex -- what must not be printed

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-names-"));
  file = path.join(dir, "pitka-nimi.xlsx");
  const sample = await fs.readFile(path.join(ROOT, "assets", "samples", "kirjasto-2020.xlsx"));
  await fs.writeFile(file, await withParts(sample, (zip) => rewrite(zip, "xl/workbook.xml", (x) => x.replace(' name="Sopimus"', ` name="${WRITTEN}"`))));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test("a workbook whose goal sheet has a long name with control characters is read, and the name is shown with them visible", async () => {
  const r = await runCli(["validate", file, "--lang", "en"]);
  expect(r.code).toBe(1);
  expect(r.out).toContain("'Palvelutuotantosopimuksen tavoitteet\u240a2027 \\u202egnp.exe \u241b[31m'!D32");
  for (const line of (r.out + r.err).split("\n")) expect(line).not.toMatch(RAW);
});

test("--json keeps the name exact, escaped as JSON", async () => {
  const r = await runCli(["validate", file, "--json"]);
  expect(r.code).toBe(1);
  expect(r.out).not.toMatch(RAW);
  expect(r.json().issues.find((i: { code: string }) => i.code === "missing-target").sheet).toBe(NAME);
});

test("refresh and summary read it too, printing nothing raw", async () => {
  const refreshed = await runCli(["refresh", file, "-o", path.join(dir, "out.xlsx"), "--lang", "en"]);
  expect(refreshed.code).toBe(1);
  const summary = await runCli(["summary", file, "-o", path.join(dir, "yhteenveto.xlsx"), "--lang", "en"]);
  expect(summary.code).toBeLessThan(2);
  for (const r of [refreshed, summary]) for (const line of (r.out + r.err).split("\n")) expect(line).not.toMatch(RAW);
});
