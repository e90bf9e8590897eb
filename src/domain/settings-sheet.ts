// Reads the settings sheet (Asetukset / Inställningar / Settings): label in one cell, value right of it.
import type { IssueList } from "./issues";
import { cellNumber } from "./parse/number";
import { DEFAULT_SETTINGS, LEGACY_SETTING_LABELS, SETTING_LABELS, SETTINGS_SHEET_NAMES, type Settings } from "./settings";
import { cellText, type WorkbookSnapshot } from "./snapshot";
import { fold } from "./text";

const NAMES = new Set(Object.values(SETTINGS_SHEET_NAMES).map((n) => fold(n)));

export function isSettingsSheet(name: string): boolean {
  return NAMES.has(fold(name));
}

const LABEL_INDEX = new Map<string, keyof Settings>();
for (const key of Object.keys(SETTING_LABELS) as Array<keyof Settings>) {
  for (const label of Object.values(SETTING_LABELS[key])) LABEL_INDEX.set(fold(label), key);
  for (const label of LEGACY_SETTING_LABELS[key] ?? []) LABEL_INDEX.set(fold(label), key);
}

const YES = new Set(["k", "kyllä", "j", "ja", "y", "yes", "true", "1"]);
const NO = new Set(["e", "ei", "n", "nej", "no", "false", "0"]);

/** Where a setting's value stands on the settings sheet, for formulas that refer to it. */
export interface SettingCell {
  sheet: string;
  row: number;
  col: number;
}

/** The cells holding the settings' values (label in column A, value in B), where the workbook has a settings sheet. */
export function settingCells(snap: WorkbookSnapshot): Partial<Record<keyof Settings, SettingCell>> {
  const out: Partial<Record<keyof Settings, SettingCell>> = {};
  const sheet = snap.sheets.find((s) => isSettingsSheet(s.name));
  if (!sheet) return out;
  sheet.rows.forEach((row, i) => {
    const key = row ? LABEL_INDEX.get(fold(cellText(row[0]))) : undefined;
    if (key && out[key] === undefined && cellNumber(row?.[1]) !== null) out[key] = { sheet: sheet.name, row: i + 1, col: 2 };
  });
  return out;
}

/** A reference to a setting's cell as a formula writes it: 'Asetukset'!$B$6. */
export function settingRef(cell: SettingCell): string {
  return `'${cell.sheet.replace(/'/g, "''")}'!$${String.fromCharCode(64 + cell.col)}$${cell.row}`;
}

export function readSettings(snap: WorkbookSnapshot, issues: IssueList): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const sheet = snap.sheets.find((s) => isSettingsSheet(s.name));
  if (!sheet) return settings;
  sheet.rows.forEach((row, i) => {
    if (!row) return;
    const key = LABEL_INDEX.get(fold(cellText(row[0])));
    if (!key) return;
    const cell = row[1];
    const text = cellText(cell).trim();
    if (text === "") return;
    if (key === "purchasedIsPrivate") {
      const t = fold(text);
      if (YES.has(t)) settings.purchasedIsPrivate = true;
      else if (NO.has(t)) settings.purchasedIsPrivate = false;
      else issues.add("invalid-portfolio-flag", sheet.name, i + 1, 2, { value: text });
      return;
    }
    const n = cellNumber(cell);
    if (n && n.value >= 0) settings[key] = n.percent && key === "countYellowFactor" ? n.value / 100 : n.value;
    else issues.add("invalid-number", sheet.name, i + 1, 2, { value: text });
  });
  return settings;
}
