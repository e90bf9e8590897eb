// The resources block: Netto must equal Menot − Tulot (either sign convention, 1 € rounding).
import type { IssueList } from "../issues";
import { cellNumber, looksNumeric } from "../parse/number";
import { cellAt, cellText, type Sheet } from "../snapshot";
import { loose } from "../text";
import { formatAmount as amount } from "../i18n/lang";

type BudgetKey = "income" | "expenditure" | "net";

const ANY_LABEL = /^\s*(tulot|menot|netto|intäkter|kostnader|utgifter|income|revenue|expenditure|expenses|net)(?![\p{L}])/iu;
const LABELS: ReadonlyArray<readonly [RegExp, BudgetKey]> = [
  [/^(tulot|intäkter|income|revenue)( |$)/, "income"],
  [/^(menot|kostnader|utgifter|expenditure|expenses)( |$)/, "expenditure"],
  [/^(netto|net)( |$)/, "net"],
];

interface Found {
  value: number;
  row: number;
  col: number;
}

function valueRightOf(sheet: Sheet, r: number, c: number, issues: IssueList): Found | null | "invalid" {
  const row = sheet.rows[r - 1] ?? [];
  for (let x = c + 1; x <= Math.min(row.length, c + 4); x++) {
    const cell = row[x - 1];
    const text = cellText(cell).trim();
    if (text === "") continue;
    const n = cellNumber(cell);
    if (n) return { value: n.value, row: r, col: x };
    if (looksNumeric(text) || /^[\d\s,.-]+(€|e|eur)$/i.test(text)) {
      issues.add("invalid-number", sheet.name, r, x, { value: text });
      return "invalid";
    }
    return null;
  }
  return null;
}

export function checkBudget(sheet: Sheet, issues: IssueList): void {
  const found: Partial<Record<BudgetKey, Found>> = {};
  for (let r = 1; r <= sheet.rows.length; r++) {
    const row = sheet.rows[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const cell = row[c - 1];
      if (!cell || typeof cell.value !== "string" || cell.value.length > 40 || !ANY_LABEL.test(cell.value)) continue;
      const t = loose(cell.value);
      const label = LABELS.find(([re]) => re.test(t));
      if (!label || found[label[1]]) continue;
      const v = valueRightOf(sheet, r, c, issues);
      if (v && v !== "invalid") found[label[1]] = v;
      else if (v === null) {
        const below = cellAt(sheet, r + 1, c);
        const n = cellNumber(below);
        if (n) found[label[1]] = { value: n.value, row: r + 1, col: c };
      }
    }
  }
  const { income, expenditure, net } = found;
  if (!income || !expenditure || !net) return;
  const expected = Math.abs(Math.abs(expenditure.value) - Math.abs(income.value));
  if (Math.abs(Math.abs(net.value) - expected) > 1) {
    issues.add("budget-mismatch", sheet.name, net.row, net.col, { net: amount(net.value, issues.lang), expected: amount(expected, issues.lang) });
  }
}
