// The fill rate by month: one horizontal bar per month (a month per line reads at 320 px, where
// twelve columns would not), every value written beside its bar, the target as a labelled line,
// the scale's start said in words, and the same figures as a table for screen readers.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import { MONTH_LABELS } from "../../domain/i18n/messages";
import { t } from "../text";
import { formatCount, monthLabel, rateScale, type MonthPoint } from "./data";
import { useWidth } from "./use-width";

const useStyles = makeStyles({
  box: { width: "100%", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  svg: { display: "block", maxWidth: "100%", overflow: "visible" },
  text: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  muted: { fill: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  note: { fill: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontStyle: "italic" },
  strong: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  bar: { fill: tokens.colorCompoundBrandBackground },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axis: { stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: 1 },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2, strokeDasharray: "5 3" },
  caption: { color: tokens.colorNeutralForeground2, margin: 0 },
  para: { margin: 0 },
  summary: {
    cursor: "pointer",
    width: "fit-content",
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase300,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  tableCaption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numHead: { justifyContent: "flex-end", textAlign: "end" },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
});

const ROW = 22;
const BAR = 14;
const TOP = 24;
/** A rough width of one character of 12 px Segoe UI, for laying out labels before they are drawn. */
const CHAR = 7;

export function FillRateChart(props: { months: MonthPoint[]; target: number; mean: number | null; lang: Lang; label: string; summary: string }) {
  const { months, target, mean, lang, label, summary } = props;
  const styles = useStyles();
  const captionId = useId();
  const [ref, width] = useWidth<HTMLDivElement>(296);
  const withYear = new Set(months.map((m) => m.year)).size > 1;
  const labels = months.map((m) => monthLabel(m, lang, withYear));
  const rates = months.flatMap((m) => (m.rate === null ? [] : [m.rate]));
  const scale = rateScale(rates, target);
  const pct = (v: number) => `${formatNumber(v, lang)}\u00a0%`;

  const labelW = Math.max(36, ...labels.map((l) => l.length * CHAR)) + 8;
  const valueW = Math.max(...rates.map((r) => pct(r).length * CHAR), 40) + 4;
  const x0 = labelW;
  const x1 = Math.max(x0 + 60, width - valueW - 8);
  const x = (v: number) => x0 + ((v - scale.start) / (scale.end - scale.start || 1)) * (x1 - x0);
  const bottom = TOP + months.length * ROW;
  const height = bottom + 40;
  const targetText = t("targetLine", lang, { value: formatNumber(target, lang) });
  const targetHalf = (targetText.length * CHAR) / 2;
  const targetX = Math.min(Math.max(x(target), targetHalf + 2), width - targetHalf - 2);

  return (
    <div className={styles.box} ref={ref}>
      <svg className={styles.svg} width={width} height={height} role="img" aria-label={label} aria-describedby={captionId}>
        {scale.ticks.map((v) => (
          <g key={v}>
            <line className={v === scale.start ? styles.axis : styles.grid} x1={x(v)} x2={x(v)} y1={TOP - 4} y2={bottom} />
            <text className={styles.muted} x={x(v)} y={bottom + 14} textAnchor="middle">
              {formatNumber(v, lang)}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={x0} x2={x1} y1={bottom} y2={bottom} />
        <text className={styles.muted} x={(x0 + x1) / 2} y={bottom + 32} textAnchor="middle">
          {t("fillAxis", lang)}
        </text>
        {months.map((m, i) => {
          const y = TOP + i * ROW + ROW / 2;
          return (
            <g key={`${m.year ?? ""}-${m.month}`}>
              <text className={styles.text} x={labelW - 8} y={y} textAnchor="end" dominantBaseline="central">
                {labels[i]}
              </text>
              {m.rate === null ? (
                <text className={styles.note} x={x0 + 6} y={y} dominantBaseline="central">
                  {t(m.notMeasured ? "notMeasured" : "noValue", lang)}
                </text>
              ) : (
                <>
                  <rect className={styles.bar} x={x0} y={y - BAR / 2} width={Math.max(1, x(m.rate) - x0)} height={BAR} />
                  <text className={styles.text} x={width - 2} y={y} textAnchor="end" dominantBaseline="central">
                    {pct(m.rate)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        <line className={styles.target} x1={x(target)} x2={x(target)} y1={TOP - 6} y2={bottom} />
        <text className={styles.strong} x={targetX} y={TOP - 10} textAnchor="middle">
          {targetText}
        </text>
      </svg>
      <Text id={captionId} as="p" block size={200} className={styles.caption}>
        {scale.start > 0 ? t("axisStart", lang, { start: formatNumber(scale.start, lang) }) : t("axisFromZero", lang)}
      </Text>
      <Text as="p" block weight="semibold" className={styles.para}>
        {summary}
      </Text>
      <FillTable months={months} target={target} mean={mean} lang={lang} withYear={withYear} />
    </div>
  );
}

function FillTable({ months, target, mean, lang, withYear }: { months: MonthPoint[]; target: number; mean: number | null; lang: Lang; withYear: boolean }) {
  const styles = useStyles();
  const counts = months.some((m) => m.places !== null || m.children !== null);
  const blank = (m: MonthPoint) => t(m.notMeasured ? "notMeasured" : "noValue", lang);
  return (
    <details>
      <summary className={styles.summary}>{t("showTable", lang)}</summary>
      <Table size="extra-small">
        <caption className={styles.tableCaption}>{t("fillCaption", lang, { target: formatNumber(target, lang) })}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("month", lang)}</TableHeaderCell>
            {counts && (
              <TableHeaderCell className={styles.num} button={{ className: styles.numHead }}>
                {t("places", lang)}
              </TableHeaderCell>
            )}
            {counts && (
              <TableHeaderCell className={styles.num} button={{ className: styles.numHead }}>
                {t("children", lang)}
              </TableHeaderCell>
            )}
            <TableHeaderCell className={styles.num} button={{ className: styles.numHead }}>
              {t("fillRateCol", lang)}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {months.map((m) => (
            <TableRow key={`${m.year ?? ""}-${m.month}`}>
              <TableCell>{`${MONTH_LABELS[lang][m.month - 1] ?? m.month}${withYear && m.year ? ` ${m.year}` : ""}`}</TableCell>
              {counts && <TableCell className={styles.num}>{m.places === null ? "" : formatCount(m.places, lang)}</TableCell>}
              {counts && <TableCell className={styles.num}>{m.children === null ? "" : formatCount(m.children, lang)}</TableCell>}
              <TableCell className={styles.num}>{m.rate === null ? blank(m) : formatNumber(m.rate, lang)}</TableCell>
            </TableRow>
          ))}
          {mean !== null && (
            <TableRow className={styles.total}>
              <TableCell>{t("mean", lang)}</TableCell>
              {counts && <TableCell />}
              {counts && <TableCell />}
              <TableCell className={styles.num}>{formatNumber(mean, lang)}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </details>
  );
}
