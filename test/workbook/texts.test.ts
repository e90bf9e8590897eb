// Every reason a file cannot be read and every part the writer would drop has its words in
// Finnish, Swedish and English: a new code without them would reach the user as a bare code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { UNREADABLE_REASONS, UNSUPPORTED_NAMES } from "../../src/domain/i18n/messages";

const SRC = path.join(__dirname, "..", "..", "src");
const sources = ["workbook", "cli", "taskpane"].flatMap((d) =>
  readdirSync(path.join(SRC, d))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(path.join(SRC, d, f), "utf8")),
);

test("every unreadable reason the adapters and the command line use has fi, sv and en words", () => {
  const union = /export type UnreadableReason =([^;]+);/.exec(readFileSync(path.join(SRC, "workbook", "zip-parts.ts"), "utf8"))?.[1] ?? "";
  const codes = new Set([...union.matchAll(/"(\w+)"/g)].map((m) => m[1]));
  for (const s of sources) for (const m of s.matchAll(/new UnreadableFile\("(\w+)"/g)) codes.add(m[1]);
  expect(codes.size).toBeGreaterThan(8);
  const missing = [...codes].filter((c) => !UNREADABLE_REASONS[c] || !UNREADABLE_REASONS[c].fi || !UNREADABLE_REASONS[c].sv || !UNREADABLE_REASONS[c].en);
  expect(missing).toEqual([]);
});

test("every kind of dropped part has fi, sv and en words", () => {
  const union = /export type UnsupportedKind =([^;]+);/.exec(readFileSync(path.join(SRC, "workbook", "zip-parts.ts"), "utf8"))?.[1] ?? "";
  const kinds = [...union.matchAll(/"(\w+)"/g)].map((m) => m[1]);
  expect(kinds.length).toBeGreaterThan(8);
  expect(kinds.filter((k) => !UNSUPPORTED_NAMES[k]?.fi || !UNSUPPORTED_NAMES[k]?.sv || !UNSUPPORTED_NAMES[k]?.en)).toEqual([]);
});
