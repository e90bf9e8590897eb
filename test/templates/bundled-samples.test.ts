// The bundled samples (assets/samples, what `npm run demo` and the README use) are what
// src/samples writes today: the same cells, fonts and page setup. Regenerate with `npm run samples`.
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_FILES } from "../../src/scripts/make-samples";
import { toBytes, workbookOf } from "../../src/workbook/xlsx";

async function read(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** Every cell's address, value, font name and size, and vertical alignment; each sheet's page setup. */
function look(wb: ExcelJS.Workbook): unknown[] {
  const out: unknown[] = [];
  wb.eachSheet((ws) => {
    out.push([ws.name, ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.printTitlesRow ?? null]);
    ws.eachRow((row) =>
      row.eachCell((c) => out.push([ws.name, c.address, JSON.stringify(c.value), c.font?.name ?? null, c.font?.size ?? null, c.alignment?.vertical ?? null])),
    );
  });
  return out;
}

test.each(Object.entries(SAMPLE_FILES))("assets/samples/%s is what src/samples writes (npm run samples)", async (name, make) => {
  const bundled = await read(new Uint8Array(await fs.readFile(path.join(__dirname, "..", "..", "assets", "samples", name))));
  const fresh = await read(await toBytes(workbookOf(make())));
  expect(look(bundled)).toEqual(look(fresh));
});
