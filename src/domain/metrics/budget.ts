// The resources block: Netto must equal Menot − Tulot (either sign convention, 1 € rounding).
// A block line takes its figure from the first numeric cell right of its label on the same row,
// wherever it stands (a "TA 2025" heading with the figures in column F); a label found whose
// row holds no figure is reported (`unread-row`), never skipped without a word.
import type { Lang } from "../i18n/lang";
import type { IssueList } from "../issues";
import { cellNumber, looksNumeric } from "../parse/number";
import { cellAt, cellText, type Sheet } from "../snapshot";
import { loose } from "../text";
import { formatAmount as amount } from "../i18n/lang";

type BudgetKey = "income" | "expenditure" | "net";

/** The budget lines' labels, per language. Data: add a label here and every workbook with it is read. */
export const BUDGET_LABELS: Record<BudgetKey, Record<Lang, string[]>> = {
  income: { fi: ["tulot", "toimintatuotot"], sv: ["intäkter", "verksamhetens intäkter"], en: ["income", "revenue", "operating income"] },
  expenditure: {
    fi: ["menot", "toimintakulut"],
    sv: ["kostnader", "utgifter", "verksamhetens kostnader"],
    en: ["expenditure", "expenses", "costs", "operating expenses"],
  },
  net: { fi: ["netto", "nettomenot", "toimintakate"], sv: ["netto", "verksamhetsbidrag"], en: ["net", "net expenditure", "operating margin"] },
};

const LABELS: ReadonlyArray<readonly [string, BudgetKey]> = (Object.keys(BUDGET_LABELS) as BudgetKey[])
  .flatMap((k) => Object.values(BUDGET_LABELS[k]).flatMap((ws) => ws.map((w) => [w, k] as const)))
  .sort((a, b) => b[0].length - a[0].length);
const FIRST_WORDS = new Set(LABELS.map(([w]) => w.split(" ")[0]));
/** What may follow a label in its cell: a unit, "yhteensä", a year ("Netto 2025"). */
const LABEL_TAIL = /^(\s*(€|eur|euroa|e|1000 €|t€|yhteensä|totalt|total|(19|20)\d\d|ta|tp|budget))*\s*$/u;

/** The budget line a cell labels: its whole text is a label, with a unit or a year at most. */
function budgetLabel(text: string): BudgetKey | null {
  if (text.length > 40) return null;
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1].toLowerCase();
  if (first === undefined || !FIRST_WORDS.has(first)) return null;
  const t = loose(text);
  for (const [w, k] of LABELS) {
    if (t === w || (t.startsWith(w + " ") && LABEL_TAIL.test(t.slice(w.length)))) return k;
  }
  return null;
}

interface Found {
  value: number;
  row: number;
  col: number;
}

/** The first numeric cell right of the label on its row; "invalid" when a figure there does not parse; null when the row has none. */
function valueRightOf(sheet: Sheet, r: number, c: number, issues: IssueList): Found | null | "invalid" {
  const row = sheet.rows[r - 1] ?? [];
  for (let x = c + 1; x <= row.length; x++) {
    const cell = row[x - 1];
    const text = cellText(cell).trim();
    if (text === "") continue;
    const n = cellNumber(cell);
    if (n) return { value: n.value, row: r, col: x };
    if (looksNumeric(text) || /^[-−]?[\d\s,.]+(€|e|eur)$/iu.test(text)) {
      issues.add("invalid-number", sheet.name, r, x, { value: text });
      return "invalid";
    }
  }
  return null;
}

/**
 * Checks the sheet's budget block. `inGoalRow` tells rows read as goal rows: a goal text such as
 * "Tulot kasvavat" is no block line.
 */
export function checkBudget(sheet: Sheet, issues: IssueList, inGoalRow: (row: number) => boolean = () => false): void {
  const found: Partial<Record<BudgetKey, Found>> = {};
  for (let r = 1; r <= sheet.rows.length; r++) {
    if (inGoalRow(r)) continue;
    const row = sheet.rows[r - 1] ?? [];
    const labels: Array<[number, BudgetKey]> = [];
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1]?.value;
      const key = typeof v === "string" ? budgetLabel(v) : null;
      if (key !== null) labels.push([c, key]);
    }
    // Labels side by side head columns: each figure stands below its label.
    if (labels.length > 1) {
      for (const [c, key] of labels) {
        const n = cellNumber(cellAt(sheet, r + 1, c));
        if (n && !found[key]) found[key] = { value: n.value, row: r + 1, col: c };
      }
      continue;
    }
    if (labels.length === 0 || found[labels[0][1]]) continue;
    const [c, key] = labels[0];
    const v = valueRightOf(sheet, r, c, issues);
    if (v === "invalid") continue;
    if (v) {
      found[key] = v;
      continue;
    }
    const n = cellNumber(cellAt(sheet, r + 1, c));
    if (n) found[key] = { value: n.value, row: r + 1, col: c };
    else issues.add("unread-row", sheet.name, r, c, { text: cellText(cellAt(sheet, r, c)).trim() }, "unread-row.budget");
  }
  const { income, expenditure, net } = found;
  if (!income || !expenditure || !net) return;
  const expected = Math.abs(Math.abs(expenditure.value) - Math.abs(income.value));
  if (Math.abs(Math.abs(net.value) - expected) > 1) {
    issues.add("budget-mismatch", sheet.name, net.row, net.col, { net: amount(net.value, issues.lang), expected: amount(expected, issues.lang) });
  }
}
