// What a refresh leaves: the written workbook is checked again, so that the report lists the
// problems that remain in it, not those the refresh has just fixed (a status-mismatch it rewrote).
import { check } from "../domain/index";
import type { Lang } from "../domain/i18n/lang";
import type { Issue } from "../domain/issues";
import type { Report } from "../domain/validate";
import { loadXlsx } from "../workbook/xlsx";

export interface AfterRefresh {
  /** The problems of the written workbook. */
  remaining: Issue[];
  /** The problems of the input that the written workbook no longer has. */
  fixed: Issue[];
}

const key = (i: Issue) => `${i.code}\u0000${i.sheet}\u0000${i.cell}`;

/**
 * Checks the bytes about to be written. `unsupported-content` is about the copy itself (the
 * charts or images it lacks), which a check of the copy can no longer see: it stays.
 */
export async function recheck(data: Uint8Array, before: Report, lang: Lang): Promise<AfterRefresh> {
  const written = check((await loadXlsx(data)).snapshot, lang);
  const remaining = [...before.issues.filter((i) => i.code === "unsupported-content"), ...written.issues];
  const left = new Set(remaining.map(key));
  return { remaining, fixed: before.issues.filter((i) => !left.has(key(i))) };
}
