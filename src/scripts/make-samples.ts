// Writes the bundled sample workbooks (assets/samples) from the seed-based specs in src/samples.
import { promises as fs } from "node:fs";
import path from "node:path";
import { earlyChildhoodSample } from "../samples/early-childhood";
import { librarySample } from "../samples/library";
import { toBytes, workbookOf } from "../workbook/xlsx";

export const SAMPLE_FILES = {
  "varhaiskasvatus-2012.xlsx": earlyChildhoodSample,
  "kirjasto-2020.xlsx": librarySample,
};

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "..", "assets", "samples");
  await fs.mkdir(dir, { recursive: true });
  for (const [name, make] of Object.entries(SAMPLE_FILES)) {
    await fs.writeFile(path.join(dir, name), await toBytes(workbookOf(make())));
    process.stderr.write(`${path.join(dir, name)}\n`);
  }
}

if (require.main === module) void main();
