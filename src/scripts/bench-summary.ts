// The city-wide summary's benchmark (issue 12): typical unit workbooks (a goal table of 50 rows
// in the standard layout with a "Tulosyksikkö:" line, a fill-rate sheet of 12 months and a
// production table), written into a temporary folder this script makes; then the real summary
// path (`sopimus summary <folder> -o <out.xlsx>`: read each file, summariseUnit, spill its goal
// rows and problems to disk, drop it; then write the workbook row by row from the spill) in a child
// process, whose wall time and peak memory (VmHWM or maxRSS) are measured. Also `unitWorkbook` for the README's picture (src/scripts/make-summary-picture).
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { GOAL_HEADER_ROW, goalHeaders } from "../domain/template/contract";
import { putRow, type SpecSheet, type WorkbookSpec } from "../domain/template/spec";
import { toBytes, workbookOf } from "../workbook/xlsx";

const DISTRICTS = [
  "Keskusta",
  "Hirvensalo",
  "Runosmäki",
  "Varissuo",
  "Nummi",
  "Halinen",
  "Maaria",
  "Paattinen",
  "Kaerla",
  "Pansio",
  "Lauste",
  "Uittamo",
  "Skanssi",
  "Martti",
  "Impivaara",
  "Ilpoinen",
];

const SECTIONS = ["Toiminnan tehostaminen", "Asiakaslähtöisyys", "Henkilöstö ja osaaminen", "Talous", "Yhteistyö ja kumppanuudet"];

/** The unit's name: a district, numbered once the districts run out. */
export function unitName(i: number): string {
  const base = DISTRICTS[i % DISTRICTS.length];
  const round = Math.floor(i / DISTRICTS.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}

/** A small deterministic spread per unit and row, so that units differ as real ones do. */
function spread(i: number, k: number, n: number): number {
  return (i * 7 + k * 13 + ((i * k) % 5)) % n;
}

/** Goal row k of unit i: goal, means, responsible, portfolio flag, metric, target, baseline, 9-month and 12-month review. */
function goalRow(i: number, k: number, name = i): Array<string | number | null> {
  // Mostly the unit's own level, a little different in each section.
  const s = (i * 3 + Math.floor(k / 10)) % 10;
  const section = SECTIONS[Math.floor(k / 10) % SECTIONS.length];
  const forms: Array<[metric: string, target: string, interim: string, actual: string]> = [
    ["Täyttöaste", "Vähintään 100 % täyttöaste", "", ""],
    ["Oman ja yksityisen tuotannon osuudet", "yksityinen tuotanto 23 % oma tuotanto 77 %", "", ""],
    ["Asiakaspalaute: Saamani palvelu on vastannut tarpeitani", "Tavoitetaso 4 (asteikolla 1-5)", `4,${s}`, `${3 + Math.floor(s / 4)},${(s * 3) % 10}`],
    ["CAF-arviointi, pisteet 0-100", `tavoitetaso 50–70 (CAF-arvioinnissa, pisteet 0-100)`, "", String(40 + 3 * s)],
    ["Tapahtumien määrä", `${100 + 10 * (k % 5)} tapahtumaa`, String(60 + 5 * s), String(80 + 4 * s + (k % 5) * 10)],
    ["Koulutetun henkilöstön osuus", "Vähintään 15 % henkilöstöstä", "", `${10 + s} %`],
    ["Sairauspoissaolot", "enintään 4 %", `${3 + s / 4} %`.replace(".", ","), `${2 + s / 3} %`.replace(".", ",").slice(0, 4)],
    ["Prosessin eteneminen", "Toimintamalli käytössä", "TEKEILLÄ", s < 6 ? "TEHTY" : s < 9 ? "TEKEILLÄ" : "TEKEMÄTTÄ"],
    ["Auditoidut digipalvelut", "Kaikki palvelut auditoitu", "", `${7 - (s % 3)} / 7`],
    ["Asiakasraadin kokoukset", "Toiminta on vakiintunut", "Raati perustettu", "Raati kokoontui neljä kertaa."],
  ];
  const [metric, target, interim, actual] = forms[k % forms.length];
  return [
    section,
    `${metric}: tavoite ${k + 1}, ${unitName(name)}`,
    `Toimintamallin käyttöönotto ja seuranta, vaihe ${k % 4}`,
    k % 3 ? "Päiväkodin johtaja" : "Varhaiskasvatusjohtaja",
    k % 2 ? "K" : "E",
    metric,
    target,
    null,
    interim,
    actual,
  ];
}

/**
 * A typical unit workbook: goal table, fill rate by month (places and children), production.
 * `name`: the unit named (and its goals' texts) when its figures are another unit's (`i`'s).
 */
export function unitWorkbook(i: number, goals = 50, year = 2027, name = i): WorkbookSpec {
  const g: SpecSheet = { name: "Tavoitteet", cells: [] };
  putRow(g, 1, [`PALVELUTUOTANTOSOPIMUS ${year}`]);
  putRow(g, 2, [`Tulosyksikkö: ${unitName(name)}`]);
  putRow(g, GOAL_HEADER_ROW, goalHeaders("fi", year).slice(0, 10));
  for (let k = 0; k < goals; k++) putRow(g, GOAL_HEADER_ROW + 1 + k, goalRow(i, k, name));

  const f: SpecSheet = { name: "Täyttöaste", cells: [] };
  putRow(f, 1, [`Varhaiskasvatuksen täyttöaste ${year}`]);
  putRow(f, 3, ["Kuukausi", "Paikat", "Kokopäiväiset", "Osapäiväiset"]);
  const places = 60 + 20 * (i % 8);
  const months = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"];
  months.forEach((m, k) => {
    // Around the target: from 4 points under to 4 over.
    const pct = 96 + spread(i, k, 9);
    const part = Math.round(places * 0.1);
    const full = Math.max(0, Math.round((places * pct) / 100 - part * 0.5));
    putRow(f, 4 + k, [m, places, full, part]);
  });

  const p: SpecSheet = { name: "Tuotanto", cells: [] };
  putRow(p, 1, [`Oma ja yksityinen tuotanto ${year}`]);
  putRow(p, 3, ["Tuotantotapa", "Lapsia"]);
  const own = 4 * places + 10 * (i % 7);
  putRow(p, 4, ["Oma tuotanto", own]);
  putRow(p, 5, ["Palveluseteli", Math.round(own * (0.22 + (i % 5) / 100))]);
  putRow(p, 6, ["Yksityisen hoidon tuki", 20 + (i % 9)]);
  return { sheets: [g, f, p] };
}

/** Writes `n` unit workbooks into `dir`. */
export async function writeUnits(dir: string, n: number, goals = 50): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    await fs.writeFile(path.join(dir, `yksikko-${String(i + 1).padStart(4, "0")}.xlsx`), await toBytes(workbookOf(unitWorkbook(i, goals))));
  }
}

const BIN = path.join(__dirname, "..", "..", "bin", "sopimus.js");

/** Runs `sopimus summary <dir> -o <out>` as a new process: wall time, and its peak memory from /proc (VmHWM) or maxRSS. */
function runSummary(dir: string, out: string, extra: string[] = []): { ms: number; peakMB: number } {
  const probe = path.join(__dirname, "bench-summary-child.js");
  const t = performance.now();
  const r = spawnSync(process.execPath, [probe, BIN, "summary", dir, "-o", out, "--force", ...extra], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  const peak = /peakKB=(\d+)/.exec(r.stderr ?? "");
  if ((r.status !== 0 && r.status !== 1) || !peak) throw new Error(`sopimus summary failed (${r.status}): ${r.stderr}`);
  return { ms, peakMB: Math.round(Number(peak[1]) / 1024) };
}

export interface SummaryBench {
  units100: number;
  units1000: number;
  peakMB100: number;
  peakMB1000: number;
  /** 1,000 units with `--previous <last year's folder of 1,000 unit workbooks>`: 2,000 workbooks read. */
  previousFolder1000: number;
  peakMBPreviousFolder1000: number;
  /** 1,000 units with `--previous <last year's summary workbook of 1,000 units>`. */
  previousBook1000: number;
  peakMBPreviousBook1000: number;
}

/** Generates 100 and 1,000 unit workbooks of 50 goal rows and times `sopimus summary` on each folder. */
export async function summaryBench(): Promise<SummaryBench> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-summary-bench-"));
  try {
    const units = path.join(dir, "units");
    await writeUnits(units, 100);
    const r100 = runSummary(units, path.join(dir, "yhteenveto-100.xlsx"));
    // 900 more: the same 100 typical files are not copied, each unit is its own workbook.
    for (let i = 100; i < 1000; i++) {
      await fs.writeFile(path.join(units, `yksikko-${String(i + 1).padStart(4, "0")}.xlsx`), await toBytes(workbookOf(unitWorkbook(i))));
    }
    const book = path.join(dir, "yhteenveto-1000.xlsx");
    const r1000 = runSummary(units, book);
    // Last year: the same units a year earlier, every figure one step lower, so that the
    // comparison has changes to report; its folder, and its summary workbook.
    const last = path.join(dir, "last");
    await fs.mkdir(last);
    for (let i = 0; i < 1000; i++) {
      await fs.writeFile(path.join(last, `yksikko-${String(i + 1).padStart(4, "0")}.xlsx`), await toBytes(workbookOf(unitWorkbook(i + 1, 50, 2026, i))));
    }
    const lastBook = path.join(dir, "yhteenveto-edellinen.xlsx");
    runSummary(last, lastBook);
    const folder = runSummary(units, path.join(dir, "yhteenveto-1000-kansio.xlsx"), ["--previous", last]);
    const fromBook = runSummary(units, path.join(dir, "yhteenveto-1000-tyokirja.xlsx"), ["--previous", lastBook]);
    return {
      units100: Math.round(r100.ms),
      units1000: Math.round(r1000.ms),
      peakMB100: r100.peakMB,
      peakMB1000: r1000.peakMB,
      previousFolder1000: Math.round(folder.ms),
      peakMBPreviousFolder1000: folder.peakMB,
      previousBook1000: Math.round(fromBook.ms),
      peakMBPreviousBook1000: fromBook.peakMB,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void summaryBench().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + "\n"));
}
