// The fill rate by month: one horizontal bar per month (a month per line reads at 320 px, where
// twelve columns would not), every value written beside its bar, the target as a labelled line,
// the scale's start said in words, and the same figures as a table for screen readers. While the
// year is not whole, the year-end projection stands under the months: its value marked, its
// interval drawn as a band, labelled, and the method and the risk said in words below.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Projection } from "../../domain/forecast";
import { METHOD_WORDS, riskWord } from "../../domain/i18n/forecast-text";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import { render } from "../../domain/i18n/messages";
import { MONTH_LABELS } from "../../domain/i18n/messages";
import { t } from "../text";
import { formatCount, monthLabel, rateScale, type FillSeries, type MonthPoint } from "./data";
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
  band: { fill: tokens.colorBrandBackground2, stroke: tokens.colorBrandStroke1, strokeWidth: 1 },
  mark: { fill: tokens.colorNeutralForeground1, stroke: tokens.colorNeutralBackground1, strokeWidth: 1.5 },
  divider: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
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

/** The chart's own words for the projection (the method's name comes from the engine's i18n). */
const PROJECTION_TEXT = {
  label: { fi: "Ennuste", sv: "Prognos", en: "Projection" },
  "mean-of-months": {
    fi: "Vuoden lopun ennuste on {value}, mitattujen kuukausien keskiarvo; vaihteluväli {low}–{high}.",
    sv: "Prognosen för årets slut är {value}, medelvärdet av de uppmätta månaderna; intervall {low}–{high}.",
    en: "The year-end projection is {value}, the mean of the months measured; interval {low}–{high}.",
  },
  other: {
    fi: "Vuoden lopun ennuste on {value} ({method}); vaihteluväli {low}–{high}.",
    sv: "Prognosen för årets slut är {value} ({method}); intervall {low}–{high}.",
    en: "The year-end projection is {value} ({method}); interval {low}–{high}.",
  },
  // The risk in the engine's words (RISK_LABELS), as the pane's lists and the summary say it.
  risk: { fi: "Tavoite: {risk}.", sv: "Målet: {risk}.", en: "Target: {risk}." },
  row: { fi: "Ennuste, {method} ({low}–{high})", sv: "Prognos, {method} ({low}–{high})", en: "Projection, {method} ({low}–{high})" },
} satisfies Record<string, Record<Lang, string>>;

/** The projection in words: its value, how it was made, its interval and the risk. */
export function projectionSentence(p: Projection, lang: Lang): string {
  const pct = (v: number) => `${formatNumber(v, lang)}\u00a0%`;
  const how = p.method === "mean-of-months" ? PROJECTION_TEXT["mean-of-months"] : PROJECTION_TEXT.other;
  const said = render(how[lang], { value: pct(p.value), low: pct(p.low), high: pct(p.high), method: METHOD_WORDS[p.method][lang] });
  return `${said} ${render(PROJECTION_TEXT.risk[lang], { risk: riskWord(p.risk, lang) })}`;
}

const ROW = 22;
/** Space between the last month and the projection's row. */
const GAP = 10;
const BAR = 14;
const TOP = 24;
/** A rough width of one character of 12 px Segoe UI, for laying out labels before they are drawn. */
const CHAR = 7;

export function FillRateChart(props: { months: FillSeries; target: number; mean: number | null; lang: Lang; label: string; summary: string }) {
  const { months, target, mean, lang, label, summary } = props;
  const projection = months.projection;
  const styles = useStyles();
  const captionId = useId();
  const [ref, width] = useWidth<HTMLDivElement>(296);
  const withYear = new Set(months.map((m) => m.year)).size > 1;
  const labels = months.map((m) => monthLabel(m, lang, withYear));
  const rates = months.flatMap((m) => (m.rate === null ? [] : [m.rate]));
  const shown = projection ? [...rates, projection.value] : rates;
  const scale = rateScale(projection ? [...rates, projection.low, projection.high] : rates, target);
  const projLabel = PROJECTION_TEXT.label[lang];
  const pct = (v: number) => `${formatNumber(v, lang)}\u00a0%`;

  const labelW = Math.max(36, ...[...labels, ...(projection ? [projLabel] : [])].map((l) => l.length * CHAR)) + 8;
  const valueW = Math.max(...shown.map((r) => pct(r).length * CHAR), 40) + 4;
  const x0 = labelW;
  const x1 = Math.max(x0 + 60, width - valueW - 8);
  const x = (v: number) => x0 + ((v - scale.start) / (scale.end - scale.start || 1)) * (x1 - x0);
  const monthsEnd = TOP + months.length * ROW;
  const bottom = projection ? monthsEnd + GAP + ROW : monthsEnd;
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
        {projection && (
          <ProjectionRow projection={projection} y={monthsEnd + GAP + ROW / 2} x={x} x0={x0} width={width} labelW={labelW} label={projLabel} pct={pct} />
        )}
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
      {projection && (
        <Text as="p" block className={styles.para}>
          {projectionSentence(projection, lang)}
        </Text>
      )}
      <FillTable months={months} target={target} mean={mean} lang={lang} withYear={withYear} projection={projection} />
    </div>
  );
}

/** The projection under the months: its interval as a band, its value as a mark and written at the right. */
function ProjectionRow(props: {
  projection: Projection;
  y: number;
  x: (v: number) => number;
  x0: number;
  width: number;
  labelW: number;
  label: string;
  pct: (v: number) => string;
}) {
  const { projection: p, y, x, x0, width, labelW, label, pct } = props;
  const styles = useStyles();
  const low = x(p.low);
  const high = Math.max(x(p.high), low + 2);
  return (
    <g>
      <line className={styles.divider} x1={x0} x2={width - 2} y1={y - ROW / 2 - GAP / 2} y2={y - ROW / 2 - GAP / 2} />
      <text className={styles.strong} x={labelW - 8} y={y} textAnchor="end" dominantBaseline="central">
        {label}
      </text>
      <rect className={styles.band} x={low} y={y - BAR / 2} width={high - low} height={BAR} rx={2} />
      <circle className={styles.mark} cx={x(p.value)} cy={y} r={4.5} />
      <text className={styles.strong} x={width - 2} y={y} textAnchor="end" dominantBaseline="central">
        {pct(p.value)}
      </text>
    </g>
  );
}

function FillTable(props: { months: MonthPoint[]; target: number; mean: number | null; lang: Lang; withYear: boolean; projection?: Projection }) {
  const { months, target, mean, lang, withYear, projection } = props;
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
          {projection && (
            <TableRow>
              {/* The label spans the count columns: a narrow month column would break it into many lines. */}
              <TableCell colSpan={counts ? 3 : 1}>
                {render(PROJECTION_TEXT.row[lang], {
                  method: METHOD_WORDS[projection.method][lang],
                  low: formatNumber(projection.low, lang),
                  high: formatNumber(projection.high, lang),
                })}
              </TableCell>
              <TableCell className={styles.num}>{formatNumber(projection.value, lang)}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </details>
  );
}
