// The gallery: contract workbooks written by other tools (openpyxl, LibreOffice) in the ways
// people really lay them out, each with the results domain.md decides, written down by someone
// who had not read the engine (test/gallery/README.md). Every workbook must give exactly its goal
// rows with their statuses, its issues and no false alarms, and a refresh may change only the
// cells the product owns.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { refresh } from "../../src/domain";
import { parseA1 } from "../../src/domain/snapshot";
import { editPackage } from "../../src/workbook/package-edit";
import { readSnapshot } from "../../src/workbook/package-read";
import { applyEdits, loadXlsx, toBytes } from "../../src/workbook/xlsx";

interface Expected {
  description: string;
  writer: string;
  goals: Array<{ sheet: string; row: number; goal?: string; status: string; forecast?: boolean; manual?: boolean }>;
  unread: Array<{ sheet: string; row: number }>;
  issues: Array<{ code: string; sheet?: string; cell?: string }>;
  absent: Array<{ code: string; sheet?: string; row?: number }>;
  fillRate: { average: number } | null;
  privateShare: number | null;
  owned: Array<{ sheet: string; range: string }>;
}

const DIR = __dirname;

function galleryFiles(): string[] {
  // Read synchronously so that jest can name one test per workbook.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const names: string[] = require("node:fs").readdirSync(DIR);
  return names.filter((n) => n.endsWith(".xlsx")).sort();
}

async function expectedOf(file: string): Promise<Expected> {
  return JSON.parse(await fs.readFile(path.join(DIR, file.replace(/\.xlsx$/, ".expected.json")), "utf8")) as Expected;
}

function inRange(range: string, row: number, col: number): boolean {
  const [a, b] = range.split(":");
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  if (!from || !to) throw new Error(`bad range ${range}`);
  return row >= from.row && row <= to.row && col >= from.col && col <= to.col;
}

/** What a reader sees of a cell: its value or formula, number format, font, fill, borders and alignment. */
function look(cell: ExcelJS.Cell): string {
  const s = cell.style ?? {};
  return JSON.stringify([
    cell.type === ExcelJS.ValueType.Merge ? "merge" : cell.value,
    cell.numFmt ?? null,
    s.font ?? null,
    s.fill ?? null,
    s.border ?? null,
    s.alignment ?? null,
  ]);
}

function looks(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = look(cell);
        if (v !== JSON.stringify([null, null, null, null, null, null])) out.set(`${ws.name}!${r}!${c}`, v);
      }),
    ),
  );
  return out;
}

const files = galleryFiles();

test("the gallery has at least 20 workbooks, each with its expectations", async () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
  for (const f of files) await expect(expectedOf(f)).resolves.toHaveProperty("goals");
});

describe.each(files)("%s", (file) => {
  let expected: Expected;
  let result: ReturnType<typeof refresh>;
  let input: Uint8Array;

  beforeAll(async () => {
    expected = await expectedOf(file);
    input = new Uint8Array(await fs.readFile(path.join(DIR, file)));
    // Read as the command line and file mode read it (package-read.ts, without ExcelJS).
    result = refresh(await readSnapshot(input), "fi");
  });

  test("every goal row is found, with the status domain.md decides", () => {
    const got = result.report.goals.map((g) => ({ sheet: g.sheet, row: g.row, status: g.status, forecast: g.forecast, manual: g.manual === true }));
    const want = expected.goals.map((g) => ({ sheet: g.sheet, row: g.row, status: g.status, forecast: g.forecast ?? false, manual: g.manual === true }));
    const key = (g: { sheet: string; row: number }) => `${g.sheet}!${g.row}`;
    expect(got.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(want.sort((a, b) => key(a).localeCompare(key(b))));
  });

  test("rows it cannot read are reported, and only those", () => {
    const unread = result.report.issues.filter((i) => i.code === "unread-row").map((i) => `${i.sheet}!${i.row}`);
    expect(unread.sort()).toEqual(expected.unread.map((u) => `${u.sheet}!${u.row}`).sort());
  });

  test("the issues it must report are there, and the false alarms are not", () => {
    const issues = result.report.issues;
    for (const want of expected.issues) {
      const found = issues.some(
        (i) => i.code === want.code && (want.sheet === undefined || i.sheet === want.sheet) && (want.cell === undefined || i.cell === want.cell),
      );
      expect({ want, found, issues: found ? [] : issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`) }).toMatchObject({ found: true });
    }
    for (const not of expected.absent) {
      const hits = issues.filter(
        (i) => i.code === not.code && (not.sheet === undefined || i.sheet === not.sheet) && (not.row === undefined || i.row === not.row),
      );
      expect({ not, hits: hits.map((i) => `${i.code} ${i.sheet}!${i.cell}: ${i.message}`) }).toEqual({ not, hits: [] });
    }
    expect(issues.some((i) => i.code === "unreadable-file")).toBe(false);
  });

  test("fill rate and production split", () => {
    expect(result.report.fillRate?.average ?? null).toEqual(expected.fillRate?.average ?? null);
    expect(result.report.productionShares?.privateShare ?? null).toEqual(expected.privateShare);
  });

  test("a refresh changes only the cells the product owns", async () => {
    // Both sides go through the same write and read, so only the edits can differ.
    const roundTrip = async (edited: boolean) => {
      const { workbook } = await loadXlsx(input);
      if (edited) applyEdits(workbook, result.edits);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await toBytes(workbook)) as unknown as ArrayBuffer);
      return wb;
    };
    const before = await roundTrip(false);
    const after = await roundTrip(true);
    const a = looks(before);
    const b = looks(after);
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    const notOwned = changed.filter((k) => {
      const [sheet, r, c] = k.split("!");
      return !expected.owned.some((o) => o.sheet === sheet && inRange(o.range, Number(r), Number(c)));
    });
    expect(notOwned.map((k) => `${k}: ${a.get(k) ?? "(empty)"} → ${b.get(k) ?? "(empty)"}`)).toEqual([]);
  });

  test("a refresh changes only the cells the product owns, written by the package editor as the command line and file mode write", async () => {
    // Both sides read the same way (loadXlsx finds parts where other writers put them).
    const read = async (bytes: Uint8Array) => (await loadXlsx(bytes)).workbook;
    const written = await editPackage(input, result.edits);
    expect(written === null).toBe(result.edits.length === 0);
    const a = looks(await read(input));
    const b = looks(await read(written ?? input));
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    const notOwned = changed.filter((k) => {
      const [sheet, r, c] = k.split("!");
      return !expected.owned.some((o) => o.sheet === sheet && inRange(o.range, Number(r), Number(c)));
    });
    expect(notOwned.map((k) => `${k}: ${a.get(k) ?? "(empty)"} → ${b.get(k) ?? "(empty)"}`)).toEqual([]);
  });
});
