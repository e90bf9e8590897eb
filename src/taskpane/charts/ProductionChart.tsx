// The own / private production split as one stacked bar, the target marked on it, every figure
// written out: the shares above the bar at the side of their segment, the target below it.
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import type { ProductionResult } from "../../domain/validate";
import { t } from "../text";
import { formatCount } from "./data";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  shares: { display: "flex", justifyContent: "space-between", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, fontWeight: tokens.fontWeightSemibold },
  track: { position: "relative", display: "flex", height: "24px", margin: "6px 0" },
  own: { backgroundColor: tokens.colorCompoundBrandBackground },
  private: {
    backgroundColor: tokens.colorBrandBackground2,
    boxSizing: "border-box",
    border: `1px solid ${tokens.colorCompoundBrandBackground}`,
    borderLeftWidth: 0,
  },
  marker: { position: "absolute", top: "-6px", bottom: "-10px", width: "0", borderLeft: `2px dashed ${tokens.colorNeutralForeground1}`, marginLeft: "-1px" },
  target: { display: "block", color: tokens.colorNeutralForeground1 },
  right: { textAlign: "end" },
  caption: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  para: { margin: 0 },
  counts: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export function ProductionChart({ p, lang, summary }: { p: ProductionResult; lang: Lang; summary: string }) {
  const styles = useStyles();
  const own = Math.min(100, Math.max(0, p.ownShare));
  const target = p.target ? Math.min(100, Math.max(0, p.target.own)) : null;
  // The target's words end at the marker when it stands right of the middle, else begin there.
  const targetStyle = target === null ? undefined : target >= 50 ? { paddingInlineEnd: `${100 - target}%` } : { paddingInlineStart: `${target}%` };
  return (
    <figure className={styles.figure}>
      <div className={styles.shares}>
        <span>{t("ownShare", lang, { value: formatNumber(p.ownShare, lang) })}</span>
        <span>{t("privateShare", lang, { value: formatNumber(p.privateShare, lang) })}</span>
      </div>
      <div className={styles.track} aria-hidden="true">
        <div className={styles.own} style={{ width: `${own}%` }} />
        <div className={styles.private} style={{ width: `${100 - own}%` }} />
        {target !== null && <div className={styles.marker} style={{ left: `${target}%` }} />}
      </div>
      {p.target && (
        <Text size={200} weight="semibold" className={mergeClasses(styles.target, target !== null && target >= 50 && styles.right)} style={targetStyle}>
          {t("productionTarget", lang, { own: formatNumber(p.target.own, lang), private: formatNumber(p.target.private, lang) })}
        </Text>
      )}
      <figcaption className={styles.caption}>
        <Text as="p" block className={styles.para}>
          {summary}
        </Text>
        <Text as="p" block size={200} className={styles.counts}>
          {t("productionCounts", lang, { own: formatCount(p.own, lang), private: formatCount(p.private, lang) })}
        </Text>
      </figcaption>
    </figure>
  );
}
