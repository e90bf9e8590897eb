// The fill rate per unit against its target: one bar per unit, the unit's name on its own line
// above it (names are long; at 320 px they wrap rather than squeeze the bar), the value written
// beside the bar, the unit's own target as an upright line across it, and a word ("below target")
// where the rate falls short, so that neither colour nor position alone carries the meaning.
// The same scale for every unit, its start said in words; each row is read out as one sentence.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import { st } from "../summary-text";
import { t } from "../text";
import type { FillBar } from "../views/summary-model";
import { rateScale } from "./data";
import { useWidth } from "./use-width";

const useStyles = makeStyles({
  box: { width: "100%", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  name: { display: "block", overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  svg: { display: "block", maxWidth: "100%", overflow: "visible" },
  text: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  below: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  bar: { fill: tokens.colorCompoundBrandBackground },
  track: { fill: tokens.colorNeutralBackground3 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2 },
  caption: { color: tokens.colorNeutralForeground2, margin: 0 },
});

const BAR = 16;
const HEIGHT = 22;
/** A rough width of one character of 12 px Segoe UI, for laying out labels before they are drawn. */
const CHAR = 7;

export function UnitFillChart({ bars, lang, labelledBy }: { bars: FillBar[]; lang: Lang; labelledBy: string }) {
  const styles = useStyles();
  const [ref, width] = useWidth<HTMLDivElement>(296);
  const targets = bars.flatMap((b) => (b.target === null ? [] : [b.target]));
  // Every rate and every target on one scale, so that each unit's target line falls on it.
  const scale = rateScale([...bars.map((b) => b.rate), ...targets], targets.length ? Math.max(...targets) : 100);
  const pct = (v: number) => `${formatNumber(v, lang, 1)}\u00a0%`;
  const valueText = (b: FillBar) => (b.target !== null && b.rate < b.target ? `${pct(b.rate)} ${st("belowTarget", lang)}` : pct(b.rate));
  const valueW = Math.max(...bars.map((b) => valueText(b).length * CHAR), 48) + 8;
  const x1 = Math.max(60, width - valueW);
  const x = (v: number) => ((Math.min(Math.max(v, scale.start), scale.end) - scale.start) / (scale.end - scale.start || 1)) * x1;
  const rowText = (b: FillBar) =>
    b.target === null
      ? `${b.name}: ${st("fillNoTarget", lang, { value: formatNumber(b.rate, lang, 1) })}`
      : st("fillRow", lang, { unit: b.name, value: formatNumber(b.rate, lang, 1), target: formatNumber(b.target, lang, 1) });
  return (
    <div className={styles.box} ref={ref}>
      <ul className={styles.list} aria-labelledby={labelledBy}>
        {bars.map((b) => (
          <li key={b.key}>
            <Text size={300} className={styles.name} aria-hidden="true">
              {b.name}
            </Text>
            <svg className={styles.svg} width={width} height={HEIGHT} role="img" aria-label={rowText(b)}>
              <rect className={styles.track} x={0} y={(HEIGHT - BAR) / 2} width={x1} height={BAR} />
              <rect className={styles.bar} x={0} y={(HEIGHT - BAR) / 2} width={Math.max(1, x(b.rate))} height={BAR} />
              {b.target !== null && <line className={styles.target} x1={x(b.target)} x2={x(b.target)} y1={0} y2={HEIGHT} />}
              <text
                className={b.target !== null && b.rate < b.target ? styles.below : styles.text}
                x={width - 2}
                y={HEIGHT / 2}
                textAnchor="end"
                dominantBaseline="central"
              >
                {valueText(b)}
              </text>
            </svg>
          </li>
        ))}
      </ul>
      <Text as="p" block size={200} className={styles.caption}>
        {st("targetMark", lang)} {scale.start > 0 ? t("axisStart", lang, { start: formatNumber(scale.start, lang) }) : t("axisFromZero", lang)}
      </Text>
    </div>
  );
}
