// The README's outputs are the program's (issue 20: its demo table no longer matched `npm run demo`).
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./fixtures/cli";

const README = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

/** The "Yhteenveto" block: its title and table, up to the blank line after it. */
function summaryBlock(lines: string[]): string[] {
  const start = lines.findIndex((l) => l.trim() === "Yhteenveto");
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start, end < 0 ? undefined : end);
}

/** The table without its last column (the copies' paths, which depend on --out). */
function withoutPaths(block: string[]): string[] {
  const cut = block[1].indexOf("päivitetty kopio");
  return block.map((l) => l.slice(0, cut).trimEnd());
}

test("the demo's summary in the README is what `npm run demo` prints", async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), "sopimus-readme-"));
  try {
    const r = await runCli(["demo", "--out", out, "--lang", "fi"]);
    expect(r.code).toBeLessThan(2);
    const printed = summaryBlock(r.out.split("\n"));
    const readme = summaryBlock(README.split("\n").map((l) => l.replace(/^ {4}/, "")));
    expect(printed.length).toBeGreaterThan(3);
    expect(withoutPaths(readme)).toEqual(withoutPaths(printed));
    // The copies' paths as the default --out (sopimus-demo) prints them.
    expect(readme.slice(3).map((l) => l.split(/\s+/).pop())).toEqual(printed.slice(3).map((l) => `sopimus-demo/${path.basename(l.split(/\s+/).pop()!)}`));
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
}, 120_000);
