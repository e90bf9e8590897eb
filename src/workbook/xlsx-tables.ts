// The ExcelJS writer's tables and colour scales (spec.ts `tables`, `colourScales`): an Excel table
// (ListObject, with filter buttons) over cells already written, and a three-colour scale
// (red – yellow – green) with number thresholds. The cells keep their values and styles: the
// table is laid over them, never written in their place.
import type ExcelJS from "exceljs";
import type { SpecColourScale, SpecSheet, SpecTable } from "../domain/template/spec";

const RED = "FFF8696B";
const YELLOW = "FFFFEB84";
const GREEN = "FF63BE7B";

function decode(range: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(range.trim());
  if (!m) throw new Error(`not an A1 range: ${range}`);
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

/** A table's column names: the header texts, unique as Excel requires ("Tavoite %", "Tavoite % 2"). */
export function tableColumnNames(texts: Array<unknown>): string[] {
  const used = new Set<string>();
  return texts.map((v, i) => {
    const base = (typeof v === "string" || typeof v === "number" ? String(v) : "").replace(/\s+/g, " ").trim() || `Column${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function addTable(ws: ExcelJS.Worksheet, t: SpecTable): void {
  const { top, left, bottom, right } = decode(t.range);
  const headers: unknown[] = [];
  for (let c = left; c <= right; c++) headers.push(ws.getCell(top, c).value);
  const names = tableColumnNames(headers);
  // ExcelJS writes the header names and the rows back into the cells; the values it is given are
  // the cells' own, and it leaves their styles alone (no column style is set).
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = left; c <= right; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  const styles = names.map((_, j) => ws.getCell(top, left + j).style);
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: ws.getCell(top, left).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
  // The header cells keep the look the spec gave them (the table wrote their names as text).
  names.forEach((_, j) => (ws.getCell(top, left + j).style = styles[j]));
}

/** The three-colour scale as a conditional-format rule: red at `low` and below, yellow at `mid`, green at `high` and above. */
export function colourScaleRule(s: SpecColourScale, priority: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: "colorScale",
    priority,
    cfvo: [
      { type: "num", value: s.low },
      { type: "num", value: s.mid },
      { type: "num", value: s.high },
    ],
    color: [{ argb: RED }, { argb: YELLOW }, { argb: GREEN }],
  };
}

/** Adds the spec's tables and colour scales to a sheet whose cells are written. */
export function addTablesAndScales(ws: ExcelJS.Worksheet, s: SpecSheet): void {
  for (const t of s.tables ?? []) addTable(ws, t);
  (s.colourScales ?? []).forEach((c, i) => ws.addConditionalFormatting({ ref: c.range, rules: [colourScaleRule(c, i + 1)] }));
}
