// Printed as LibreOffice prints it: each template's goal sheet, converted alone to PDF, is one
// page wide. With few goal rows it is one page tall too, so its PDF has exactly one page; before
// the page setup the 11-column goal sheet printed on 5 portrait pages. Skips, saying why, where
// LibreOffice (soffice) or poppler's pdfinfo is not installed.
import { promises as fs } from "node:fs";
import path from "node:path";
import { newContract } from "../../src/domain/template/contract";
import { hasProgram, pdfPages, sheetAlone, TEMPLATES, toPdf } from "../../src/scripts/render-templates";
import { toBytes, workbookOf } from "../../src/workbook/xlsx";
import { tempDir } from "../fixtures/xlsx";

const missing = ["soffice", "pdfinfo"].filter((p) => !hasProgram(p));
if (missing.length)
  process.stdout.write(
    `print.test.ts skipped: ${missing.join(" and ")} not installed (apt-get install -y --no-install-recommends libreoffice-calc poppler-utils)\n`,
  );
const withLibreOffice = missing.length ? test.skip : test;

withLibreOffice(
  "every template's goal sheet prints on one landscape page (one page wide, its few rows one page tall)",
  async () => {
    const dir = await tempDir();
    const files: string[] = [];
    for (const template of TEMPLATES) {
      const spec = newContract({ template, year: 2027, unit: "Keskusta", lang: "fi" });
      const file = path.join(dir, `${template}.xlsx`);
      await fs.writeFile(file, await sheetAlone(await toBytes(workbookOf(spec)), spec.sheets[0].name));
      files.push(file);
    }
    const pages = toPdf(files, dir).map((pdf) => pdfPages(pdf));
    expect(TEMPLATES.map((t, i) => [t, pages[i]])).toEqual(TEMPLATES.map((t) => [t, 1]));
  },
  240_000,
);
