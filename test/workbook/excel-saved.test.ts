// Workbooks saved by real Microsoft Excel (XlsxWriter's comparison files, BSD licence in
// LICENSE.txt beside them): a refresh edits their package, it does not re-create it. As they
// are, none holds a goal table: nothing is written. With a goal sheet added to the package
// (test/fixtures/goal-sheet.ts), the refresh writes the statuses and every part other than the
// goal sheet, styles.xml, the shared strings, the content types and the workbook's relationships
// comes back byte for byte; workbook.xml keeps its defined names and protection; every written
// part is well-formed XML. Runs over the project's own copies (test/fixtures/excel-saved/) and,
// where ../shared exists, over the whole folder.
import { existsSync, readdirSync } from "node:fs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { refresh } from "../../src/domain";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { editPackage } from "../../src/workbook/package-edit";
import { openZip, readText, type ZipPackage } from "../../src/workbook/package-zip";
import { readSnapshot } from "../../src/workbook/package-read";
import { GOAL_SHEET, withGoalSheet } from "../fixtures/goal-sheet";
import { xmlProblem } from "../fixtures/xml-check";

const OWN = path.join(__dirname, "..", "fixtures", "excel-saved");
const SHARED = path.join(__dirname, "..", "..", "..", "shared", "corpus", "excel-saved");

function filesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith(".xlsx"))
        .sort()
        .map((n) => path.join(dir, n))
    : [];
}

const snapshotOf = (bytes: Uint8Array): Promise<WorkbookSnapshot> => readSnapshot(bytes);

/** The parts a refresh that adds statuses to a new sheet may change. */
function mayChange(name: string, goalPart: string): boolean {
  return name === goalPart || /^xl\/styles\.xml$|^xl\/sharedStrings\.xml$|^\[Content_Types\]\.xml$|^xl\/_rels\/workbook\.xml\.rels$/.test(name);
}

function raw(pkg: ZipPackage, name: string): Buffer {
  const e = pkg.byName.get(name)!;
  return Buffer.from(pkg.bytes.subarray(e.localStart, e.localEnd));
}

const own = filesIn(OWN);
const shared = filesIn(SHARED);
const all = [...own, ...shared.filter((f) => !own.some((o) => path.basename(o) === path.basename(f)))];

test("the project's own Excel-saved fixtures are there, with their licence", () => {
  expect(own.length).toBeGreaterThanOrEqual(12);
  expect(existsSync(path.join(OWN, "LICENSE.txt"))).toBe(true);
  // eslint-disable-next-line no-console -- says what was skipped
  if (shared.length === 0) console.log(`skipped the shared corpus: ${SHARED} is not there; tested the ${own.length} own copies only`);
});

describe.each(all.map((f) => [path.relative(path.join(__dirname, "..", ".."), f), f]))("%s", (_name, file) => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = new Uint8Array(await fs.readFile(file));
  });

  test("as it is: nothing to change, nothing written", async () => {
    const { edits } = refresh(await snapshotOf(input), "fi");
    expect(await editPackage(input, edits)).toBeNull();
  });

  test("with a goal sheet: statuses written, every other part byte for byte, well-formed XML", async () => {
    const { bytes, part } = await withGoalSheet(input);
    const { edits } = refresh(await snapshotOf(bytes), "fi");
    expect(edits.filter((e) => e.kind === "status").length).toBe(4);
    const out = (await editPackage(bytes, edits)) as Uint8Array;
    expect(out).not.toBeNull();
    const before = openZip(bytes);
    const after = openZip(out);
    expect(after.entries.map((e) => e.name)).toEqual(before.entries.map((e) => e.name));
    const differ = before.entries.filter((e) => !mayChange(e.name, part) && !raw(before, e.name).equals(raw(after, e.name))).map((e) => e.name);
    expect(differ).toEqual([]);
    const wbBefore = (await readText(before, "xl/workbook.xml")) ?? "";
    const wbAfter = (await readText(after, "xl/workbook.xml")) ?? "";
    for (const m of wbBefore.matchAll(/<(?:\w+:)?(definedName|workbookProtection)\b[^>]*(?:\/>|>[^<]*<\/(?:\w+:)?definedName>)/g))
      expect(wbAfter).toContain(m[0]);
    const problems: string[] = [];
    for (const e of after.entries) {
      if (!/\.(xml|rels)$/.test(e.name)) continue;
      const p = xmlProblem((await readText(after, e.name)) ?? "");
      if (p) problems.push(`${e.name}: ${p}`);
    }
    expect(problems).toEqual([]);
    // Read back: the statuses are there, and a second refresh has nothing to change.
    const again = await snapshotOf(out);
    const goal = again.sheets.find((s) => s.name === GOAL_SHEET)!;
    expect(goal.rows.slice(1, 5).map((r) => r?.[4]?.value)).toEqual(["Vihreä", "Punainen", "Keltainen", "Punainen"]);
    expect(refresh(again, "fi").edits).toEqual([]);
  });
});
