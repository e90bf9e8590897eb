// File mode's small read-only view of a sheet around the selected cell: the cell an issue names is
// highlighted; choosing a row selects it (for inserting a goal row). Cell text is shown as text,
// its invisible and direction characters made visible.
import { Button, Caption1, Field, Input, Select, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Lang } from "../domain/i18n/lang";
import { cellAt, cellText, columnLetter, type WorkbookSnapshot } from "../domain/snapshot";
import type { Selection } from "./file-host";
import { visibleInline } from "../domain/visible-text";
import { t } from "./text";

const useStyles = makeStyles({
  // The row numbers stay at the left edge while the grid scrolls sideways to a chosen cell.
  wrap: {
    overflowX: "auto",
    scrollPaddingLeft: "3.5em",
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 4px",
    textAlign: "center",
  },
  rowHead: { position: "sticky", left: 0, zIndex: 1 },
  // The corner above the row numbers stays with them, so no column letter slides under it.
  corner: { position: "sticky", left: 0, zIndex: 2 },
  cell: {
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    padding: "2px 4px",
    maxWidth: "7em",
    // A wide window has room for a whole status word ("Punainen (ennuste)").
    "@media (min-width: 860px)": { maxWidth: "12em" },
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  selectedRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
  controls: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap", marginBottom: tokens.spacingVerticalXS },
  rowField: { width: "7em" },
  // Fluent's Input has a minimum width of its own; in a 320 px pane the row field must stay narrow.
  rowInput: { minWidth: 0, width: "100%" },
});

const ROWS = 14;
const COLS = 9;

export function GridPreview({
  snapshot,
  selection,
  onSelect,
  lang,
}: {
  snapshot: WorkbookSnapshot;
  selection: Selection;
  onSelect(s: Selection): void;
  lang: Lang;
}) {
  const styles = useStyles();
  const here = useRef<HTMLTableCellElement>(null);
  const first = useRef(true);
  // A new selection (a problem chosen in Check, a row typed here) brings its cell into view; the
  // first render does not pull the page down to the preview.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    here.current?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selection.sheet, selection.row, selection.col]);
  const sheet = snapshot.sheets.find((s) => s.name === selection.sheet) ?? snapshot.sheets[0];
  if (!sheet) return null;
  const top = Math.max(1, selection.row - 4);
  const left = Math.max(1, selection.col - COLS + 2);
  const rows = Array.from({ length: ROWS }, (_, i) => top + i);
  const cols = Array.from({ length: COLS }, (_, i) => left + i);
  return (
    <section aria-label={t("gridPreview", lang, { sheet: sheet.name })}>
      <Caption1 as="h2" block>
        {t("gridPreview", lang, { sheet: sheet.name })}
      </Caption1>
      <div className={styles.controls}>
        <Field label={t("sheet", lang)}>
          <Select value={sheet.name} onChange={(_, d) => onSelect({ sheet: d.value, row: 1, col: 1 })}>
            {snapshot.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("row", lang)} className={styles.rowField}>
          <Input
            className={styles.rowInput}
            type="number"
            min={1}
            value={String(selection.row)}
            onChange={(_, d) => {
              const row = Number(d.value);
              if (Number.isInteger(row) && row >= 1) onSelect({ sheet: sheet.name, row, col: selection.col });
            }}
          />
        </Field>
      </div>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.head} ${styles.corner}`} />
              {cols.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r} className={r === selection.row ? styles.selectedRow : undefined}>
                <th className={`${styles.head} ${styles.rowHead}`} scope="row">
                  <Button
                    size="small"
                    appearance="transparent"
                    aria-label={t("selectRow", lang, { row: r })}
                    aria-pressed={r === selection.row}
                    onClick={() => onSelect({ sheet: sheet.name, row: r, col: selection.col })}
                  >
                    {r}
                  </Button>
                </th>
                {cols.map((c) => {
                  const cell = cellAt(sheet, r, c);
                  const isHere = r === selection.row && c === selection.col;
                  return (
                    <td
                      key={c}
                      ref={isHere ? here : undefined}
                      className={`${styles.cell} ${isHere ? styles.selected : ""}`}
                      aria-current={isHere || undefined}
                      title={visibleInline(cellText(cell))}
                      style={cell?.fill ? { backgroundColor: `#${cell.fill}`, color: "#000000" } : undefined}
                    >
                      {visibleInline(cellText(cell))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
