// `npm run bench [-- --json]`: engine time for validate + refresh at 1,000 / 10,000 / 100,000
// goal rows, and the command line end to end (refresh of a 1,000-row workbook; validate of 100
// 50-row workbooks in one call). Wall-clock medians on this machine; targets in docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { refresh } from "../domain/index";
import { GOAL_HEADER_ROW, goalHeaders } from "../domain/template/contract";
import { putRow, specToSnapshot, type SpecSheet, type WorkbookSpec } from "../domain/template/spec";
import { toBytes, workbookOf } from "../workbook/xlsx";
import { bombPeakMB } from "./bench-bomb";
import { worstCellMs } from "./bench-hostile";
import { fileModeTimes } from "./bench-browser";
import { bundleSizes, paneLines, syncCounts } from "./bench-pane";
import { summaryBench } from "./bench-summary";
import { readBench, readLines } from "./bench-read";
import { writeBench, writeLines } from "./bench-write";

// Goal rows as the seeds write them, with figures that vary per row so that no text repeats
// more than real workbooks repeat them.
function row(i: number): Array<string | null> {
  const n = 3 + (i % 7);
  const forms: Array<[target: string, interim: string, actual: string]> = [
    ["Vähintään 100 % täyttöaste", `tammi 98,${10 + (i % 80)} % helmi 98,25 %`, `loka 98,97 % marras 99,${i % 90} % joulu 99,29 %`],
    [
      "Tavoitetaso 4 (asteikolla 1-5)",
      `Asiakaspalaute ”Saamani palvelu on vastannut tarpeitani”, 4,${i % 9}`,
      `Saamani palvelu (12_2012) 4,${(i + 3) % 9}; keskiarvo 4,15.`,
    ],
    [`tavoitetaso 50–${60 + n} (CAF-arvioinnissa, pisteet 0-100)`, "", String(48 + (i % 30))],
    [
      "yksityinen tuotanto 23 % oma tuotanto 77 %",
      `•Omassa tuotannossa ${5400 + i}, 78% •Palveluseteli ja yksityinen tuki 1539, 22 %`,
      `Omassa tuotannossa ${5500 + i}, 77% Palveluseteli ja yksityinen tuki 1641, 23%`,
    ],
    [`${100 * n} tapahtumaa`, String(70 * n), String(90 * n + (i % 17))],
    [`Tehtävänkuvat päivitetty > ${70 + n}%`, "", `${72 + (i % 20)} %`],
    [`enintään ${n} %`, `${n - 1} %`, `${n + (i % 3)} %`],
    [`100 % ikäluokista elämyspolussa, kirjastokursseja ${10 + n}/vuosi`, "", `100 % ikäluokista, kirjastokursseja ${9 + n}`],
    ["Toiminta on vakiintunut", "TEKEILLÄ", "TEHTY"],
    [
      "Prosessikuvauksen mukainen toiminta",
      `Suunnitelman laadinta alkuvaiheessa, ${n} yksikköä mukana.`,
      `Yhteistyöpalaverit pidetty ${n} kertaa lastensuojelun kanssa.`,
    ],
  ];
  const [target, interim, actual] = forms[i % forms.length];
  return [
    `Kehitetään ennaltaehkäisevää toimintaa ja hyvinvointia, alue ${1 + Math.floor(i / 50)}`,
    `Palveluohjauksella asiakas ohjataan tarvetta vastaavan palvelun piiriin (${i + 1})`,
    `Palveluohjauksen arviointi ja tarvetta vastaavan toimintamallin käyttöönotto, vaihe ${i % 5}`,
    i % 3 ? "Tulosaluejohtaja" : "Palvelujohtaja",
    i % 2 ? "K" : "E",
    `Asiakaspalaute ja Effican tiedot, kohde ${i + 1}`,
    target,
    null,
    interim,
    actual,
  ];
}

/** `from` shifts the figures, so that each timed run reads texts the engine's memo has not seen (parse/memo.ts). */
export function benchSpec(rows: number, from = 0): WorkbookSpec {
  const s: SpecSheet = { name: "Tavoitteet", cells: [] };
  putRow(s, 1, [`PALVELUTUOTANTOSOPIMUS 2027`]);
  putRow(s, GOAL_HEADER_ROW, goalHeaders("fi", 2027).slice(0, 10));
  for (let i = 0; i < rows; i++) putRow(s, GOAL_HEADER_ROW + 1 + i, row(from + i));
  return { sheets: [s] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const BIN = path.join(__dirname, "..", "..", "bin", "sopimus.js");

function runCli(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`sopimus ${args.join(" ")} failed: ${r.stderr}`);
  return ms;
}

async function main(): Promise<void> {
  const reading = await readBench(benchSpec);
  const writing = await writeBench(benchSpec);
  const json = process.argv.includes("--json");
  const engine: Record<string, number> = {};
  for (const n of [1000, 10000, 100000]) {
    refresh(specToSnapshot(benchSpec(n))); // warm-up
    // Every run on texts not read before (the parsers remember texts): the first pass's cost.
    const runs = n >= 100000 ? 3 : 5;
    const snaps = Array.from({ length: runs }, (_, k) => specToSnapshot(benchSpec(n, (k + 1) * n)));
    let k = 0;
    engine[n] = Math.round(time(() => refresh(snaps[k++]), runs));
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-bench-"));
  const big = path.join(dir, "rows-1000.xlsx");
  await fs.writeFile(big, await toBytes(workbookOf(benchSpec(1000))));
  const refresh1000 = median([0, 1, 2].map(() => runCli(["refresh", big, "-o", path.join(dir, "out.xlsx"), "--force", "--json"])));

  const folder = path.join(dir, "units");
  await fs.mkdir(folder);
  const typical = await toBytes(workbookOf(benchSpec(50)));
  for (let i = 1; i <= 100; i++) await fs.writeFile(path.join(folder, `yksikko-${String(i).padStart(3, "0")}.xlsx`), typical);
  const validate100 = median([0, 1, 2].map(() => runCli(["validate", folder, "--json"])));
  const worst = worstCellMs();
  const hostile = { worstCellMs: worst.ms, bombPeakMB: await bombPeakMB(dir, typical) };
  await fs.rm(dir, { recursive: true, force: true });

  const syncs = await syncCounts(benchSpec);
  const naive = { "10": 10, "10000": 10000 };
  const bundle = process.argv.includes("--no-bundle") ? null : bundleSizes();
  const browser = process.argv.includes("--no-browser") ? null : await fileModeTimes(benchSpec);

  // Issue 16's targets in one place: refresh / floor (both new processes) and --version / node -e 0.
  const ratios = {
    method: writing.method,
    refreshToFloorCpu: { "1000": writing.rows[1000]?.cpuRatio, "100000": writing.rows[100000]?.cpuRatio },
    refreshToFloorWall: { "1000": writing.rows[1000]?.wallRatio, "100000": writing.rows[100000]?.wallRatio },
    // Not a target: what writing adds to reading and checking the same file (validate --json).
    refreshToValidateCpu: { "1000": writing.rows[1000]?.checkCpuRatio, "100000": writing.rows[100000]?.checkCpuRatio },
    versionToNodeCpu: reading.version.cpuRatio,
    versionToNodeWall: reading.version.ratio,
    targets: { "1000": 1.5, "100000": 2, version: 2 },
  };
  const result = {
    ratios,
    engine,
    cli: { refresh1000Rows: Math.round(refresh1000), validate100Workbooks: Math.round(validate100) },
    syncs,
    naiveSyncs: naive,
    hostile,
    summary: await summaryBench(),
    reading,
    writing,
    ...(bundle ? { bundle } : {}),
    ...(browser ? { browser } : {}),
  };
  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    return;
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const lines = [
    `Sopimus benchmark — Node ${process.version}, ${os.cpus().length} × ${cpu}`,
    "",
    "what                                        ms      µs/row   target",
    ...[1000, 10000, 100000].map(
      (n) =>
        `engine validate + refresh, ${String(n).padStart(6)} rows  ${String(engine[n]).padStart(6)}  ${((1000 * engine[n]) / n).toFixed(1).padStart(8)}   ${n === 100000 ? "< 1000 ms" : ""}`,
    ),
    `cli refresh, 1,000-row workbook             ${String(result.cli.refresh1000Rows).padStart(6)}            < 2000 ms`,
    `cli validate, 100 workbooks of 50 rows      ${String(result.cli.validate100Workbooks).padStart(6)}            < 20000 ms`,
    `engine, worst goal row of hostile cells     ${String(hostile.worstCellMs).padStart(6)}            (was minutes: 21 KB took 18 min)  ${worst.text}`,
    `cli validate, a 2 MB zip bomb of 2 GB: peak ${String(hostile.bombPeakMB).padStart(5)} MB          < 300 MB (was 2,260 MB)`,
    `cli summary, 100 unit workbooks of 50 rows  ${String(result.summary.units100).padStart(6)}            < 5000 ms`,
    `cli summary, 1,000 unit workbooks           ${String(result.summary.units1000).padStart(6)}            < 60000 ms`,
    `cli summary, peak memory: 100 units ${String(result.summary.peakMB100).padStart(4)} MB, 1,000 units ${String(result.summary.peakMB1000).padStart(4)} MB   < 500 MB, not growing with the units`,
    `cli summary --previous <folder>, 1,000 units ${String(result.summary.previousFolder1000).padStart(5)}, peak ${result.summary.peakMBPreviousFolder1000} MB   < 60000 ms, < 500 MB`,
    `cli summary --previous <summary.xlsx>, 1,000 ${String(result.summary.previousBook1000).padStart(5)}, peak ${result.summary.peakMBPreviousBook1000} MB   < 60000 ms, < 500 MB`,
    ...readLines(reading),
    ...writeLines(writing),
    "",
    ...paneLines(syncs),
    ...(bundle
      ? [
          "",
          `pane JS in Excel (initial)   ${kb(bundle.excelMode.raw)} raw, ${kb(bundle.excelMode.gzip)} gzip   target < 350 KB gzip`,
          `file mode adds               ${kb(bundle.fileModeExtra.raw)} raw, ${kb(bundle.fileModeExtra.gzip)} gzip, and its ExcelJS worker ${kb(bundle.worker.raw)} raw, ${kb(bundle.worker.gzip)} gzip`,
          `template-like pane           ${kb(bundle.templateLike.raw)} raw, ${kb(bundle.templateLike.gzip)} gzip   (same React and Fluent UI versions)`,
        ]
      : []),
    ...(browser && "skipped" in browser
      ? ["", `file mode in headless Chromium: skipped (${browser.skipped})`]
      : browser
        ? [
            "",
            "file mode in headless Chromium            ms",
            `page load → pane usable             ${String(browser.pageUsable).padStart(8)}`,
            `open a 1,000-row workbook           ${String(browser.open1000Rows).padStart(8)}`,
            `check it                            ${String(browser.check1000Rows).padStart(8)}`,
            `refresh it (compute + apply)        ${String(browser.refresh1000Rows).padStart(8)}`,
            `summarise 100 unit workbooks        ${String(browser.summaryUnits100).padStart(8)}`,
            `  longest page stall meanwhile      ${String(browser.summaryLongestStall100).padStart(8)}`,
            `  download yhteenveto.xlsx          ${String(browser.summaryDownload100).padStart(8)}`,
          ]
        : []),
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

if (require.main === module) void main();
