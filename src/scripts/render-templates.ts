// Shows the workbooks as a user sees them printed: writes every template (Finnish) and the
// refreshed samples to a temporary folder, converts each sheet alone to PDF with LibreOffice
// (`soffice --headless`), counts its pages, and keeps a small PNG of each sheet's first page in
// docs/templates/. `npm run render`; needs LibreOffice and poppler-utils (pdftoppm, pdfinfo).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { TemplateName } from "../domain/catalogue/standard-goals";
import { refresh } from "../domain";
import { newContract } from "../domain/template/contract";
import { earlyChildhoodSample } from "../samples/early-childhood";
import { librarySample } from "../samples/library";
import { applyEdits, loadXlsx, toBytes, workbookOf } from "../workbook/xlsx";

export const TEMPLATES: readonly TemplateName[] = ["varhaiskasvatus", "kirjasto", "yleinen", "tuloskortti"];

/** Whether a program is on the PATH. */
export function hasProgram(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).status === 0;
}

/** The workbook with every sheet but `sheet` hidden: LibreOffice then prints that sheet alone. */
export async function sheetAlone(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const index = wb.worksheets.findIndex((ws) => ws.name === sheet);
  if (index < 0) throw new Error(`no sheet ${sheet}`);
  wb.worksheets.forEach((ws, i) => (ws.state = i === index ? "visible" : "hidden"));
  wb.views = [{ activeTab: index, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
  return toBytes(wb);
}

/**
 * Converts .xlsx files to PDF in one LibreOffice run, with a profile of its own so that runs
 * side by side do not wait on each other's lock. Returns the PDFs' paths.
 */
export function toPdf(files: string[], outDir: string): string[] {
  const profile = path.join(os.tmpdir(), `sopimus-soffice-${process.pid}`);
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...files], {
    stdio: "pipe",
    timeout: 300_000,
  });
  return files.map((f) => path.join(outDir, path.basename(f).replace(/\.xlsx$/, ".pdf")));
}

/** Pages in a PDF (pdfinfo). */
export function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}

/** A workbook to render: its name and bytes. */
interface Book {
  name: string;
  bytes: Uint8Array;
}

async function books(): Promise<Book[]> {
  const out: Book[] = [];
  for (const template of TEMPLATES) {
    out.push({ name: template, bytes: await toBytes(workbookOf(newContract({ template, year: 2027, unit: "Keskusta", lang: "fi" }))) });
  }
  for (const [name, make] of [
    ["varhaiskasvatus-2012-paivitetty", earlyChildhoodSample],
    ["kirjasto-2020-paivitetty", librarySample],
  ] as const) {
    const loaded = await loadXlsx(await toBytes(workbookOf(make())));
    applyEdits(loaded.workbook, refresh(loaded.snapshot).edits);
    out.push({ name, bytes: await toBytes(loaded.workbook) });
  }
  return out;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

async function main(): Promise<void> {
  for (const p of ["soffice", "pdftoppm", "pdfinfo"]) {
    if (!hasProgram(p)) {
      process.stderr.write(`${p} is not installed: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils\n`);
      process.exitCode = 2;
      return;
    }
  }
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-render-"));
  const pictures = path.join(__dirname, "..", "..", "docs", "templates");
  await fs.mkdir(pictures, { recursive: true });
  const jobs: Array<{ book: string; sheet: string; xlsx: string; png: string }> = [];
  for (const b of await books()) {
    await fs.writeFile(path.join(tmp, `${b.name}.xlsx`), b.bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.bytes as unknown as ArrayBuffer);
    for (const [i, ws] of wb.worksheets.entries()) {
      const file = path.join(tmp, `${b.name}--${i + 1}.xlsx`);
      await fs.writeFile(file, await sheetAlone(b.bytes, ws.name));
      jobs.push({ book: b.name, sheet: ws.name, xlsx: file, png: path.join(pictures, `${b.name}-${i + 1}-${slug(ws.name)}`) });
    }
  }
  const pdfs = toPdf(
    jobs.map((j) => j.xlsx),
    tmp,
  );
  process.stdout.write(`${"workbook".padEnd(34)} ${"sheet".padEnd(16)} pages\n`);
  for (const [i, j] of jobs.entries()) {
    const pages = existsSync(pdfs[i]) ? pdfPages(pdfs[i]) : 0;
    process.stdout.write(`${j.book.padEnd(34)} ${j.sheet.padEnd(16)} ${pages}\n`);
    if (pages > 0) execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfs[i], j.png]);
  }
  process.stdout.write(`\nworkbooks and PDFs: ${tmp}\npictures: ${pictures}\n`);
}

if (require.main === module) void main();
