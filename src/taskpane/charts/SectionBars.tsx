// Statuses per section as stacked bars. The bars are a table to assistive technology (a row per
// section: its name as the row header, a cell per status); on screen each section's name stands on
// its own line above its bar, and every segment carries its count, so colour is never the only signal.
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/i18n/lang";
import type { Status } from "../../domain/parse/words";
import { t } from "../text";
import { STATUSES, type SectionGroup } from "./data";

/** The product's status colours (the fills it writes into the workbook); text on them is black. */
const FILL: Record<Exclude<Status, "none">, string> = { green: "#00B050", yellow: "#FFC000", red: "#FF0000" };

const hidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

const useStyles = makeStyles({
  table: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  legend: { position: "relative", display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  key: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  swatch: { width: "12px", height: "12px", boxSizing: "border-box", flexShrink: 0 },
  row: { position: "relative", display: "flex", flexWrap: "wrap", columnGap: "2px", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: {
    flexBasis: "100%",
    minWidth: 0,
    overflowWrap: "anywhere",
    textAlign: "start",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  segment: {
    flexShrink: 1,
    flexBasis: 0,
    minWidth: "28px",
    height: "24px",
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  lit: { color: "#000000" },
  none: { backgroundColor: tokens.colorNeutralBackground6, color: tokens.colorNeutralForeground1, border: `1px dashed ${tokens.colorNeutralStrokeAccessible}` },
  hidden,
  help: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/** `rowHeader` names what a bar stands for (a section; the Yhteenveto view's bars are units). */
export function SectionBars({ groups, lang, labelledBy, rowHeader }: { groups: SectionGroup[]; lang: Lang; labelledBy: string; rowHeader?: string }) {
  const styles = useStyles();
  const fillOf = (s: Status) => (s === "none" ? undefined : { backgroundColor: FILL[s] });
  const segmentClass = (s: Status) => mergeClasses(styles.segment, s === "none" ? styles.none : styles.lit);
  return (
    <>
      <Text as="p" block size={200} className={styles.help}>
        {t("sectionHelp", lang)}
      </Text>
      <div className={styles.table} role="table" aria-labelledby={labelledBy}>
        <div className={styles.legend} role="row">
          <span className={styles.hidden} role="columnheader">
            {rowHeader ?? t("section", lang)}
          </span>
          {STATUSES.map((s) => (
            <span key={s} className={styles.key} role="columnheader">
              <span className={mergeClasses(styles.swatch, s === "none" && styles.none)} style={fillOf(s)} aria-hidden="true" />
              {t(s, lang)}
            </span>
          ))}
        </div>
        {groups.map((g) => (
          <div key={g.key} className={styles.row} role="row">
            <span className={styles.name} role="rowheader">
              {g.name}
            </span>
            {STATUSES.map((s) =>
              g.counts[s] > 0 ? (
                <span key={s} className={segmentClass(s)} style={{ ...fillOf(s), flexGrow: g.counts[s] }} role="cell">
                  {g.counts[s]}
                </span>
              ) : (
                <span key={s} className={styles.hidden} role="cell">
                  0
                </span>
              ),
            )}
          </div>
        ))}
      </div>
    </>
  );
}
