// Own / private production split: a block of rows "Oma tuotanto", "Palveluseteli", "Yksityisen
// hoidon tuki" (or "Palveluseteli ja yksityinen tuki"), "Ostopalvelu", each with a child count.
import { dec, round2 } from "../decimal";
import type { IssueList } from "../issues";
import { cellNumber, looksNumeric } from "../parse/number";
import type { Settings } from "../settings";
import { cellAt, cellText, type Sheet } from "../snapshot";
import { loose } from "../text";

export type ProductionKind = "own" | "private" | "purchased";

const LABELS: ReadonlyArray<readonly [RegExp, ProductionKind]> = [
  [
    /^(oma tuotanto|omassa tuotannossa|oma palvelutuotanto|kunnan oma tuotanto|egen produktion|kommunens egen produktion|own production|municipal production)/,
    "own",
  ],
  [
    /^(palveluseteli|yksityisen hoidon tuki|yksityinen tuotanto|yksityinen|servicesedel|stöd för privat vård|privat vårdstöd|privat|service voucher|private)/,
    "private",
  ],
  [/^(ostopalvelu|köpta tjänster|köptjänster|purchased services)/, "purchased"],
];
const COUNT_HEADER = /^(lapsia|lapset|lukumäärä|määrä|antal|barn|count|children|number)/;
const SHARE_HEADER = /^(osuus|andel|share)/;

export interface ProductionRow {
  row: number;
  kind: ProductionKind;
  count: number;
}

export interface ProductionBlock {
  sheet: Sheet;
  labelCol: number;
  countCol: number;
  shareCol?: number;
  headerRow?: number;
  /** The labelled rows, counted or not: the share formulas sum this range. */
  firstRow: number;
  lastRow: number;
  rows: ProductionRow[];
}

export interface ProductionShares {
  own: number;
  private: number;
  ownShare: number;
  privateShare: number;
}

function kindOf(text: string): ProductionKind | null {
  if (text.length > 60) return null;
  const t = loose(text);
  for (const [re, kind] of LABELS) if (re.test(t)) return kind;
  return null;
}

/** Finds the first production block of a sheet: two or more labelled rows with counts. */
export function findProduction(sheet: Sheet, issues: IssueList, skipRows: (row: number) => boolean): ProductionBlock | null {
  for (let r = 1; r <= sheet.rows.length; r++) {
    if (skipRows(r)) continue;
    const row = sheet.rows[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const cell = row[c - 1];
      if (!cell || typeof cell.value !== "string" || kindOf(cell.value) === null) continue;
      const block = blockAt(sheet, r, c, issues);
      if (block) return block;
    }
  }
  return null;
}

function blockAt(sheet: Sheet, firstRow: number, labelCol: number, issues: IssueList): ProductionBlock | null {
  // The header row just above names the count column; else the first number right of the label.
  const headerRow = firstRow > 1 ? firstRow - 1 : undefined;
  let countCol: number | undefined;
  let shareCol: number | undefined;
  if (headerRow) {
    const hr = sheet.rows[headerRow - 1] ?? [];
    for (let c = labelCol + 1; c <= hr.length; c++) {
      const t = loose(cellText(hr[c - 1]));
      if (COUNT_HEADER.test(t))
        countCol = c; // the rightmost count column: the latest figures
      else if (SHARE_HEADER.test(t)) shareCol ??= c;
    }
  }
  if (countCol === undefined) {
    const row = sheet.rows[firstRow - 1] ?? [];
    for (let c = labelCol + 1; c <= row.length && countCol === undefined; c++) if (cellNumber(row[c - 1])) countCol = c;
  }
  if (countCol === undefined) return null;

  const rows: ProductionRow[] = [];
  let lastRow = firstRow;
  for (let r = firstRow; r <= sheet.rows.length; r++) {
    const kind = kindOf(cellText(cellAt(sheet, r, labelCol)));
    if (kind === null) break;
    lastRow = r;
    const cell = cellAt(sheet, r, countCol);
    const n = cellNumber(cell);
    if (n) rows.push({ row: r, kind, count: n.value });
    else if (looksNumeric(cellText(cell))) issues.add("invalid-number", sheet.name, r, countCol, { value: cellText(cell) });
  }
  if (rows.length < 2 || !rows.some((x) => x.kind === "own")) return null;
  return { sheet, labelCol, countCol, shareCol, headerRow, firstRow, lastRow, rows };
}

export function isPrivate(kind: ProductionKind, s: Settings): boolean {
  return kind === "private" || (kind === "purchased" && s.purchasedIsPrivate);
}

export function productionShares(block: ProductionBlock, s: Settings): ProductionShares | null {
  let own = 0;
  let priv = 0;
  for (const r of block.rows) {
    if (isPrivate(r.kind, s)) priv += r.count;
    else own += r.count;
  }
  if (own + priv <= 0) return null;
  const privateShare = dec((100 * priv) / (own + priv));
  return { own, private: priv, privateShare: round2(privateShare), ownShare: round2(100 - privateShare) };
}

/** A stated share is right when it is within half a unit of its last written digit. */
export function statedShareOk(stated: number, decimals: number, computed: number): boolean {
  return Math.abs(dec(stated - computed)) <= dec(0.5 * Math.pow(10, -decimals)) + 1e-9;
}

/**
 * How many decimals a number format shows: a stated share is as exact as it is shown
 * (0,772 formatted "0.0%" is 77,2 %). Without a format, a plain number counts as written to 2 decimals.
 */
export function shownDecimals(numFmt: string | undefined, percent: boolean): number {
  if (!numFmt || numFmt === "General") return percent ? 0 : 2;
  const section = numFmt.split(";")[0].replace(/"[^"]*"|\\./g, "");
  const m = /[0#?]\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** Stated shares in the table's share column against its counts. */
export function checkStatedShares(block: ProductionBlock, issues: IssueList): void {
  if (block.shareCol === undefined) return;
  const total = block.rows.reduce((a, r) => a + r.count, 0);
  if (total <= 0) return;
  for (const r of block.rows) {
    const cell = cellAt(block.sheet, r.row, block.shareCol);
    if (!cell || cell.formula) continue;
    const n = cellNumber(cell);
    if (!n) continue;
    const computed = dec((100 * r.count) / total);
    const decimals = typeof cell.value === "string" ? (/[,.](\d+)/.exec(cell.value)?.[1].length ?? 0) : shownDecimals(cell.numFmt, n.percent);
    if (!statedShareOk(n.value, decimals, computed)) {
      issues.add("share-mismatch", block.sheet.name, r.row, block.shareCol, { stated: n.value, computed: round2(computed) });
    }
  }
}
