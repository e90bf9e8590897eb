// This year against last on two years of the summary gallery (issue 21, cli-contract.md `summary
// --previous`): edellinen/ holds last year's copies with changed figures, a renamed goal, a goal
// dropped, a unit saved under another file name, a unit of last year only, and no copy of a unit
// new this year (make_previous.py). expected-previous.json says what each change must be, worked
// out by hand there. Last year is given as its folder of unit workbooks and as its summary
// workbook; both say the same, and a summary made with --previous is itself readable next year.
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { tempDir } from "../fixtures/xlsx";
import { runCli } from "../fixtures/cli";

const HERE = __dirname;
const NOW = path.join(HERE, "yksikot");
const LAST = path.join(HERE, "edellinen");

interface Expected {
  units: Record<string, { previous: unknown; change: unknown }>;
  goals: Array<{ unit: string; goal: string; previous: { status: string; actual: string | null } | null; change: string | null }>;
  unmatched: { current: Ref[]; previous: Ref[] };
  changes: Record<"better" | "same" | "worse" | "null", number>;
}
interface Ref {
  unit: string;
  goal: string;
  sheet: string;
  row: number;
}
interface Doc {
  units: Array<{ unit: string; file: string; previous?: unknown; change?: unknown }>;
  goals: Array<{ unit: string; goal: string; previous?: unknown; change?: unknown }>;
  unmatched: { current: Array<Ref & { file: string }>; previous: Array<Ref & { file: string }> };
}

let expected: Expected;
let tmp: string;
let fromFolder: Doc;
let out: string;

const refs = (list: Ref[]) => list.map((r) => `${r.unit} | ${r.goal} | ${r.sheet} | ${r.row}`).sort();

beforeAll(async () => {
  expected = JSON.parse(await fs.readFile(path.join(HERE, "expected-previous.json"), "utf8"));
  tmp = await tempDir();
  out = path.join(tmp, "yhteenveto-2025.xlsx");
  const r = await runCli(["summary", NOW, "--previous", LAST, "-o", out, "--json"]);
  expect(r.code).toBe(1); // as without --previous: units with errors, one unreadable
  fromFolder = r.json();
}, 60000);

describe("last year given as its folder of unit workbooks", () => {
  test("every unit has last year's figures and the change in points, or null when it is new", () => {
    for (const [unit, e] of Object.entries(expected.units)) {
      const u = fromFolder.units.find((x) => x.unit === unit);
      expect({ unit, previous: u?.previous, change: u?.change }).toEqual({ unit, ...e });
    }
  });

  test("every goal row has last year's status and figure and the change, null where a status is none or nothing matched", () => {
    expect(fromFolder.goals).toHaveLength(expected.goals.length);
    for (const e of expected.goals) {
      const g = fromFolder.goals.find((x) => x.unit === e.unit && x.goal === e.goal);
      expect({ unit: e.unit, goal: e.goal, previous: g?.previous, change: g?.change }).toEqual(e);
    }
    const counts = { better: 0, same: 0, worse: 0, null: 0 };
    for (const g of fromFolder.goals) if (g.previous) counts[(g.change as keyof typeof counts) ?? "null"]++;
    expect(counts).toEqual(expected.changes);
  });

  test("the goals that matched nothing are named, this year's and last year's, and none is guessed", () => {
    expect(refs(fromFolder.unmatched.current)).toEqual(refs(expected.unmatched.current));
    expect(refs(fromFolder.unmatched.previous)).toEqual(refs(expected.unmatched.previous));
    expect(fromFolder.unmatched.previous.find((r) => r.unit === "Puistola")?.file).toBe(path.join(LAST, "puistola.xlsx"));
  });

  test("the workbook shows last year's status and the change per goal, and lists the unmatched goals", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Yksiköt", "Tavoitteet", "Täyttöaste", "Ongelmat", "Ei vastinetta", "Tiedot"]);
    const goals = wb.getWorksheet("Tavoitteet")!;
    const heads = (goals.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const col = (h: string) => heads.indexOf(h);
    for (const h of ["Toteuma edellisenä vuonna", "Tila edellisenä vuonna", "Muutos"]) expect(col(h)).toBeGreaterThan(0);
    const words: Record<string, string> = { better: "Parempi", same: "Sama", worse: "Huonompi" };
    for (let r = 2; r <= goals.rowCount; r++) {
      const row = goals.getRow(r);
      const e = expected.goals.find((g) => g.unit === row.getCell(col("Yksikkö")).text && g.goal === row.getCell(col("Tavoite")).text)!;
      expect(e).toBeDefined();
      const shown = row.getCell(col("Muutos")).text;
      expect(shown).toBe(e.previous === null ? "Ei vastinetta" : e.change === null ? "–" : words[e.change]);
    }
    const ws = wb.getWorksheet("Ei vastinetta")!;
    const listed: string[] = [];
    ws.eachRow((row, r) => {
      if (r > 4) listed.push(`${row.getCell(1).text}: ${row.getCell(2).text} | ${row.getCell(3).text}`);
    });
    expect(listed.sort()).toEqual(
      [
        ...expected.unmatched.current.map((g) => `Tämä vuosi: ${g.unit} | ${g.goal}`),
        ...expected.unmatched.previous.map((g) => `Edellinen vuosi: ${g.unit} | ${g.goal}`),
      ].sort(),
    );
    const units = wb.getWorksheet("Yksiköt")!;
    const uh = (units.getRow(4).values as unknown[]).map((v) => String(v ?? ""));
    const keskusta = [...Array(units.rowCount).keys()].map((i) => units.getRow(i + 1)).find((r) => r.getCell(1).text === "Keskusta")!;
    expect(keskusta.getCell(uh.indexOf("Täyttöaste % edellisenä vuonna")).value).toBe(93.24);
    expect(keskusta.getCell(uh.indexOf("Täyttöasteen muutos, prosenttiyksikköä")).value).toBe(2.45);
  });
});

describe("last year given as its summary workbook", () => {
  test("says what its folder says, goal for goal and unit for unit", async () => {
    const lastBook = path.join(tmp, "yhteenveto-2024.xlsx");
    expect((await runCli(["summary", LAST, "-o", lastBook])).code).toBe(1);
    const r = await runCli(["summary", NOW, "--previous", lastBook, "--json"]);
    const doc: Doc = r.json();
    const view = (d: Doc) => ({
      units: d.units.map((u) => [u.unit, u.previous, u.change]),
      goals: d.goals.map((g) => [g.unit, g.goal, g.previous, g.change]),
      current: refs(d.unmatched.current),
      previous: refs(d.unmatched.previous),
    });
    expect(view(doc)).toEqual(view(fromFolder));
  }, 60000);

  test("a summary made with --previous is next year's --previous: its own year's columns are read, not last year's", async () => {
    // This year's summary (with last year's columns beside) read as the previous year of the same files: nothing changed.
    const r = await runCli(["summary", NOW, "--previous", out, "--json", "--lang", "en"]);
    const doc: Doc = r.json();
    expect(doc.unmatched).toEqual({ current: [], previous: [] });
    for (const g of doc.goals) expect(g.change === "same" || g.change === null).toBe(true);
    const withStatus = fromFolder.goals.length - 5; // the five rows with no status
    expect(doc.goals.filter((g) => g.change === "same")).toHaveLength(withStatus);
    for (const u of doc.units) {
      const c = u.change as { fillRate: number | null; privateShare: number | null };
      expect([c.fillRate, c.privateShare].every((x) => x === null || x === 0)).toBe(true);
    }
  }, 60000);
});

test("the built command line (last year read in a worker thread) says the same as the sources", async () => {
  const root = path.join(HERE, "..", "..");
  expect(existsSync(path.join(root, "lib", "cli", "summary-last-year.js"))).toBe(true); // npm run build:cli first (npm test does)
  const lastBook = path.join(tmp, "edellinen-cli.xlsx");
  expect((await runCli(["summary", LAST, "-o", lastBook])).code).toBe(1);
  for (const previous of [LAST, lastBook]) {
    const r = spawnSync(process.execPath, [path.join(root, "bin", "sopimus.js"), "summary", NOW, "--previous", previous, "--json"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    const doc: Doc = JSON.parse(r.stdout);
    expect(doc.goals.map((g) => [g.unit, g.goal, g.previous, g.change])).toEqual(fromFolder.goals.map((g) => [g.unit, g.goal, g.previous, g.change]));
    expect(refs(doc.unmatched.previous)).toEqual(refs(expected.unmatched.previous));
  }
}, 60000);
