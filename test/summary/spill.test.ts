// `sopimus summary` with flat memory (issue 12, "Speed and scale"): the goal rows and problems wait
// on disk in a private temporary folder while the units are read. The folder is removed after a
// run and after a failing one; the workbook and the --json document made from the spill are the
// ones the in-memory path (combineUnits, summaryWorkbook) makes.
import { promises as fs, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Io } from "../../src/cli/main";
import { printJson, SummarySpill } from "../../src/cli/summary-spill";
import { jsonText } from "../../src/cli/visible";
import { combineUnits, summariseUnit, type UnitPart } from "../../src/domain/summary";
import { goalRowCells, layoutOf, summaryWorkbook } from "../../src/domain/summary-workbook";
import { columnLetter } from "../../src/domain/snapshot";
import { diskOps } from "../../src/cli/write";
import { loadXlsx } from "../../src/workbook/xlsx";
import { specToBytesStreaming } from "../../src/workbook/xlsx-stream";
import { earlyChildhoodSample } from "../../src/samples/early-childhood";
import { librarySample } from "../../src/samples/library";
import { seed000 } from "../fixtures/seeds";
import { tempDir, xlsxOf, specOf } from "../fixtures/xlsx";
import { runCli } from "../fixtures/cli";

const run = runCli;

let root: string;
let units: string;
let files: string[];
let tmp: string;

beforeAll(async () => {
  root = await tempDir();
  units = path.join(root, "yksikot");
  await fs.mkdir(units);
  const specs = [earlyChildhoodSample(), librarySample(), specOf(seed000())];
  files = ["varhaiskasvatus.xlsx", "kirjasto.xlsx", "seed000.xlsx"].map((f) => path.join(units, f));
  for (const [i, f] of files.entries()) await fs.writeFile(f, await xlsxOf(specs[i]));
  await fs.writeFile(path.join(units, "rikki.xlsx"), "ei työkirja");
  // The spill folder is made under os.tmpdir(): here a folder of this test's own.
  tmp = path.join(root, "tmp");
  await fs.mkdir(tmp);
  jest.spyOn(os, "tmpdir").mockImplementation(() => tmpParent);
});
let tmpParent = "";
beforeEach(() => {
  tmpParent = tmp;
});
afterAll(() => jest.restoreAllMocks());

/** The spill folders standing under the temporary folder now. */
const spills = async () => (await fs.readdir(tmp)).filter((n) => n.startsWith("sopimus-summary-"));

/** An Io that notes, at each progress line (one per unit read), which spill folders stand. */
function watching(): { seen: string[][]; io: Partial<Io> } {
  const seen: string[][] = [];
  return {
    seen,
    io: {
      err: () => {
        seen.push(readdirSync(tmp).filter((n) => n.startsWith("sopimus-summary-")));
      },
    },
  };
}

/** The parts of the unit files, read as the command reads them, in the order given. */
async function parts(lang: "fi" | "en" = "fi"): Promise<UnitPart[]> {
  const out: UnitPart[] = [];
  for (const f of files) out.push(summariseUnit(f, (await loadXlsx(await fs.readFile(f))).snapshot, lang));
  return out;
}

describe("the spill folder", () => {
  test("is made while the units are read and removed after a run", async () => {
    const w = watching();
    const r = await run(["summary", units, "-o", path.join(root, "a.xlsx")], w.io);
    expect(r.code).toBe(1);
    expect(w.seen.some((s) => s.length === 1)).toBe(true);
    expect(await spills()).toEqual([]);
  });

  test("is removed after a run whose write fails (exit 2, the output named)", async () => {
    const w = watching();
    const out = path.join(root, "b.xlsx");
    const fileOps = {
      ...diskOps,
      create: async () => {
        throw Object.assign(new Error("no space"), { code: "ENOSPC" });
      },
    };
    const r = await run(["summary", units, "-o", out, "--json"], { ...w.io, fileOps });
    expect(r.code).toBe(2);
    expect(w.seen.some((s) => s.length === 1)).toBe(true);
    expect(await spills()).toEqual([]);
    await expect(fs.access(out)).rejects.toThrow();
    // --json still prints its document, with no output.
    expect(JSON.parse(r.out).output).toBeNull();
  });

  test("is removed when the command fails with an error of its own (stdout closed)", async () => {
    const w = watching();
    const broken = {
      ...w.io,
      out: () => {
        throw Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
      },
    };
    await expect(run(["summary", units, "--json"], broken)).rejects.toThrow("EPIPE");
    expect(w.seen.some((s) => s.length === 1)).toBe(true);
    expect(await spills()).toEqual([]);
  });

  test("that cannot be made is said, in the chosen language, and nothing is written", async () => {
    tmpParent = path.join(root, "ei-ole");
    {
      const out = path.join(root, "c.xlsx");
      const r = await run(["summary", units, "-o", out, "--lang", "en"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("The summary's working files could not be written to the temporary folder");
      expect(r.err).not.toContain("ei-ole");
      await expect(fs.access(out)).rejects.toThrow();
    }
  });
});

describe("read back from the spill", () => {
  test("goal rows and problems come in combineUnits' order: units attention first, problems errors first", async () => {
    const ps = await parts();
    const unreadable = [{ file: "yksikot/rikki.xlsx", reason: "vioittunut" }];
    const spill = await SummarySpill.open(tmp);
    try {
      for (const p of ps) await spill.add(p);
      const whole = combineUnits(ps, unreadable);
      const s = spill.summary(unreadable);
      expect(s.units).toEqual(whole.units);
      expect(s.fillRates).toEqual(whole.fillRates);
      expect(s.totals).toEqual(whole.totals);
      const goals = [];
      for await (const g of spill.goals(s)) goals.push(g);
      const issues = [];
      for await (const i of spill.issues(s)) issues.push(i);
      expect(goals).toEqual(whole.goals);
      expect(issues).toEqual(whole.issues);
      expect([spill.goalCount, spill.issueCount]).toEqual([whole.goals.length, whole.issues.length]);
      // Not a vacuous comparison: several units, both kinds of rows, more than one severity.
      expect(new Set(goals.map((g) => g.file)).size).toBe(3);
      expect(new Set(issues.map((i) => i.severity)).size).toBeGreaterThan(1);
    } finally {
      await spill.close();
    }
  });

  test("printJson streams an object exactly as jsonText prints it whole", async () => {
    const doc = { output: null, units: [{ a: 1, b: [1, 2], c: "x\u009b" }], empty: [], goals: [{ x: { y: null } }, { x: "z" }], none: {} };
    async function* items<T>(xs: T[]) {
      yield* xs;
    }
    let text = "";
    await printJson(
      [
        ["output", doc.output],
        ["units", doc.units],
        ["empty", items(doc.empty)],
        ["goals", items(doc.goals)],
        ["none", doc.none],
      ],
      jsonText,
      (s) => (text += s),
    );
    expect(text).toBe(jsonText(doc));
  });

  test("summary --json prints the very text the in-memory summary gives", async () => {
    const r = await run(["summary", ...files, path.join(units, "rikki.xlsx"), "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const ps = await parts("en");
    const unreadable = [{ file: path.join(units, "rikki.xlsx"), reason: "it is not an .xlsx file" }];
    const s = combineUnits(ps, unreadable);
    // No file was left out (files named one by one): an empty "skipped" list.
    const whole = {
      output: null,
      units: s.units,
      goals: s.goals,
      fillRates: s.fillRates,
      issues: s.issues,
      unreadable: s.unreadable,
      skipped: [],
      totals: s.totals,
    };
    expect(s.goals.length).toBeGreaterThan(20);
    expect(r.out).toBe(jsonText(whole) + "\n");
  });
});

/** Every cell of every sheet: value, fill, number format, bold, wrap; and the sheet's tables and merges. */
function look(wb: ExcelJS.Workbook, skip: (value: unknown) => boolean) {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const fill = c.fill?.type === "pattern" ? c.fill.fgColor?.argb : undefined;
        // An empty text reads back as "" from the shared strings and as no value inline: both are empty cells.
        const value = skip(c.value) ? "(skipped)" : c.value === "" ? null : c.value;
        cells.push([r, col, value, fill, c.numFmt, !!c.font?.bold, !!c.alignment?.wrapText, row.height]);
      });
    });
    const tables = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables).map((t) => [
      t.table.name,
      t.table.tableRef,
    ]);
    return { name: ws.name, cells, tables, merges: Object.keys((ws as unknown as { _merges: object })._merges).sort(), views: ws.views };
  });
}

test("the workbook written from the spill equals the in-memory one: values, fills, formats, tables", async () => {
  const out = path.join(root, "spilled.xlsx");
  const inputs = [...files, path.join(units, "rikki.xlsx")];
  const r = await run(["summary", ...inputs, "-o", out]);
  expect(r.code).toBe(1);
  const s = combineUnits(await parts(), [{ file: path.join(units, "rikki.xlsx"), reason: "se ei ole .xlsx-tiedosto" }]);
  const memory = await specToBytesStreaming(summaryWorkbook(s, "fi", { at: "2026-11-23T18:30", inputs }));
  const read = async (bytes: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return wb;
  };
  const spilled = await fs.readFile(out);
  // The time the summary was made differs (Tiedot and the Yksiköt line under the title); so does
  // the unreadable file's reason only if the texts moved: it is compared as well.
  const made = (v: unknown) => typeof v === "string" && /\d{1,2}\.\d{1,2}\.\d{4} klo \d\d\.\d\d/.test(v);
  const a = look(await read(spilled), made);
  const b = look(await read(memory), made);
  // A Riskit sheet and forecast columns come with the engine's projections (issue 21), where it gives them.
  const layout = layoutOf(s);
  expect(a.map((x) => x.name)).toEqual(["Yksiköt", "Tavoitteet", ...(layout.risks ? ["Riskit"] : []), "Täyttöaste", "Ongelmat", "Tiedot"]);
  expect(a).toEqual(b);
  const goals = a.find((x) => x.name === "Tavoitteet")!;
  const last = columnLetter(goalRowCells(s.goals[0], "fi", layout).length);
  expect(goals.tables).toEqual([["SummaryGoals", `A1:${last}${1 + s.goals.length}`]]);
  expect(a.find((x) => x.name === "Ongelmat")!.tables).toEqual([["SummaryProblems", `A1:G${1 + 1 + s.issues.length}`]]);
  // The big sheets' texts are inline strings, as the standard writes them: no shared-string table
  // to hold in memory, and no formula-result strings (t="str") standing for plain text.
  const zip = await JSZip.loadAsync(spilled);
  const sheet2 = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  expect(sheet2).toContain('t="inlineStr"');
  expect(sheet2).not.toContain('t="str"');
});
