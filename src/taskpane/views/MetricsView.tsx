// Metrics: the fill rate by month against the target line, the production split against its
// target, and the statuses per section; drawn small, every figure also written out.
import { Button, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { check } from "../../domain";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import { parseTarget } from "../../domain/parse/target";
import type { Status } from "../../domain/parse/words";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import type { Host } from "../host";
import { StatusBadge } from "../status-badge";
import { TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: "320px", height: "auto", display: "block" },
  bar: { fill: tokens.colorBrandBackground },
  target: { stroke: tokens.colorPaletteRedBorderActive, strokeWidth: 1.5, strokeDasharray: "4 2" },
  axis: { fill: tokens.colorNeutralForeground2, fontSize: "9px" },
});

const STATUSES: Status[] = ["green", "yellow", "red", "none"];

function FillChart({ months, target, lang }: { months: Array<{ month: string; rate: number | null }>; target: number; lang: Lang }) {
  const styles = useStyles();
  const rates = months.map((m) => m.rate ?? 0);
  const lo = Math.floor(Math.min(target, ...rates) - 2);
  const hi = Math.ceil(Math.max(target, ...rates) + 1);
  const w = 300;
  const h = 110;
  const y = (v: number) => h - 16 - ((v - lo) / (hi - lo)) * (h - 24);
  const step = w / Math.max(1, months.length);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={t("fillRate", lang)}>
      {months.map((m, i) => (
        <g key={m.month}>
          <rect className={styles.bar} x={i * step + 3} width={step - 6} y={y(m.rate ?? lo)} height={h - 16 - y(m.rate ?? lo)}>
            <title>{`${m.month}: ${formatNumber(m.rate ?? 0, lang)} %`}</title>
          </rect>
          <text className={styles.axis} x={i * step + step / 2} y={h - 4} textAnchor="middle">
            {m.month.slice(-2)}
          </text>
        </g>
      ))}
      <line className={styles.target} x1={0} x2={w} y1={y(target)} y2={y(target)} />
    </svg>
  );
}

export function MetricsView({ host, lang }: { host: Host; lang: Lang }) {
  const { busy, problem, run } = useTask();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const report = useMemo(() => (snapshot ? check(snapshot, lang) : null), [snapshot, lang]);

  const sections = useMemo(() => {
    if (!report) return [];
    const sectionOf = new Map<string, string>();
    for (const table of report.detail.tables) for (const r of table.rows) sectionOf.set(`${table.sheet.name}!${r.row}`, r.section ?? "");
    const out = new Map<string, Record<Status, number>>();
    for (const g of report.goals) {
      // A section row reads "title – strategic goals": the title names the section.
      const name = (sectionOf.get(`${g.sheet}!${g.row}`) ?? "").split(" – ")[0] || t("noSection", lang);
      const counts = out.get(name) ?? { green: 0, yellow: 0, red: 0, none: 0 };
      counts[g.status]++;
      out.set(name, counts);
    }
    return [...out.entries()];
  }, [report, lang]);

  // The target line is the fill-rate goal's own level ("Vähintään 100 % täyttöaste"); 100 % without one.
  const fillGoal = report?.goals.map((g) => parseTarget(g.target)).find((x) => x.topic === "fillRate")?.target;
  const fillTarget = fillGoal?.kind === "bound" ? fillGoal.value : 100;
  const p = report?.productionShares;
  return (
    <section aria-label={t("tabMetrics", lang)}>
      <Button appearance="primary" disabled={busy} onClick={() => run(async () => setSnapshot((await host.read()).snapshot))}>
        {t("metricsLoad", lang)}
      </Button>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      {report && (
        <>
          <Subtitle2 as="h2" block>
            {t("fillRate", lang)}
          </Subtitle2>
          {report.fillRate && report.fillRate.average !== null ? (
            <>
              <FillChart months={report.fillRate.months} target={fillTarget} lang={lang} />
              <Text as="p" block>
                {t("fillMean", lang, { value: formatNumber(report.fillRate.average, lang), target: fillTarget })}
              </Text>
            </>
          ) : (
            <Text as="p" block>
              {t("noFillRate", lang)}
            </Text>
          )}
          <Subtitle2 as="h2" block>
            {t("production", lang)}
          </Subtitle2>
          {p ? (
            <Text as="p" block>
              {t("productionText", lang, {
                private: formatNumber(p.privateShare, lang),
                own: formatNumber(p.ownShare, lang),
                target: p.target ? formatNumber(p.target.private, lang) : "–",
              })}
            </Text>
          ) : (
            <Text as="p" block>
              {t("noProduction", lang)}
            </Text>
          )}
          <Subtitle2 as="h2" block>
            {t("bySection", lang)}
          </Subtitle2>
          <Table size="small" aria-label={t("bySection", lang)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("section", lang)}</TableHeaderCell>
                {STATUSES.map((s) => (
                  <TableHeaderCell key={s}>
                    <StatusBadge status={s} lang={lang} />
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {sections.map(([name, counts]) => (
                <TableRow key={name}>
                  <TableCell>{name}</TableCell>
                  {STATUSES.map((s) => (
                    <TableCell key={s}>{counts[s]}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
