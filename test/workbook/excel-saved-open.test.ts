// The package editor's outputs open in other programs: each of the project's Excel-saved fixtures,
// with a goal sheet added and refreshed, is read by openpyxl (its statuses checked) and converted
// by LibreOffice. Slower (one python3 and one soffice process for all files); skipped, saying so,
// where either program is missing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { refresh } from "../../src/domain";
import { editPackage } from "../../src/workbook/package-edit";
import { readSnapshot } from "../../src/workbook/package-read";
import { GOAL_SHEET, withGoalSheet } from "../fixtures/goal-sheet";
import { tempDir } from "../fixtures/xlsx";

const OWN = path.join(__dirname, "..", "fixtures", "excel-saved");
const PYTHON = "/usr/bin/python3";
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" }).status === 0;
const openpyxl = existsSync(PYTHON) && has(PYTHON, ["-c", "import openpyxl"]);
const soffice = has("soffice", ["--version"]);

let dir: string;
let outputs: string[] = [];

beforeAll(async () => {
  dir = await tempDir();
  for (const name of readdirSync(OWN)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()) {
    const { bytes } = await withGoalSheet(new Uint8Array(await fs.readFile(path.join(OWN, name))));
    const out = await editPackage(bytes, refresh(await readSnapshot(bytes), "fi").edits);
    const file = path.join(dir, name);
    await fs.writeFile(file, out as Uint8Array);
    outputs.push(file);
  }
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  outputs = [];
});

(openpyxl ? test : test.skip)("openpyxl reads every output, with the statuses on the goal sheet", () => {
  const script = `
import sys, openpyxl
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    ws = wb[${JSON.stringify(GOAL_SHEET)}]
    print(f.rsplit("/", 1)[-1], ",".join(str(ws.cell(row=r, column=5).value) for r in range(1, 6)), ws.cell(row=2, column=5).fill.fgColor.rgb)
`;
  const r = spawnSync(PYTHON, ["-c", script, ...outputs], { encoding: "utf8" });
  expect(r.stderr.split("\n").filter((l) => /Error|Traceback/.test(l))).toEqual([]);
  const lines = r.stdout.trim().split("\n");
  expect(lines.length).toBe(outputs.length);
  for (const l of lines) expect(l).toMatch(/ Värikoodi,Vihreä,Punainen,Keltainen,Punainen FF00B050$/);
});

(soffice ? test : test.skip)(
  "LibreOffice opens and converts every output",
  () => {
    const out = path.join(dir, "csv");
    const r = spawnSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--convert-to", "csv", "--outdir", out, ...outputs],
      {
        encoding: "utf8",
        timeout: 240_000,
      },
    );
    expect(r.status).toBe(0);
    const made = existsSync(out) ? readdirSync(out).sort() : [];
    expect(made).toEqual(outputs.map((f) => path.basename(f).replace(/\.xlsx$/, ".csv")).sort());
  },
  300_000,
);

test("says what was skipped", () => {
  // eslint-disable-next-line no-console -- a skipped check is said, not silent
  if (!openpyxl || !soffice) console.log(`skipped: ${[!openpyxl && "openpyxl", !soffice && "LibreOffice"].filter(Boolean).join(", ")} not installed`);
  expect(outputs.length).toBeGreaterThan(0);
});
