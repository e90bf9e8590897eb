// Metrics: the fill rate by month against its target, the production split against its target,
// and the statuses per section, as pictures a reader takes in at a glance in a 320–350 px pane,
// every figure also written out and available as text to screen readers. Read as the tab opens.
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import { check } from "../../domain";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import { parseTarget } from "../../domain/parse/target";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { fillMonths, sectionGroups } from "../charts/data";
import { FillRateChart } from "../charts/FillRateChart";
import { ProductionChart } from "../charts/ProductionChart";
import { SectionBars } from "../charts/SectionBars";
import type { Host } from "../host";
import { TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  load: { alignSelf: "flex-start" },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, marginTop: tokens.spacingVerticalL },
  heading: { margin: 0 },
  para: { margin: 0 },
});

export function MetricsView({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const sectionsId = useId();
  const { busy, problem, run } = useTask();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const report = useMemo(() => (snapshot ? check(snapshot, lang) : null), [snapshot, lang]);
  const months = useMemo(() => (report ? fillMonths(report) : []), [report]);
  const sections = useMemo(() => (report ? sectionGroups(report, lang) : []), [report, lang]);
  const load = () => run(async () => setSnapshot((await host.read()).snapshot));
  // Reading the workbook costs little: the metrics show as soon as the tab opens.
  useEffect(() => {
    void load();
  }, [host]);

  // The target line is the fill-rate goal's own level ("Vähintään 100 % täyttöaste"); 100 % without one.
  const fillGoal = report?.goals.map((g) => parseTarget(g.target)).find((x) => x.topic === "fillRate")?.target;
  const fillTarget = fillGoal?.kind === "bound" ? fillGoal.value : 100;
  const p = report?.productionShares;
  return (
    <section className={styles.view} aria-label={t("tabMetrics", lang)}>
      <Button className={styles.load} disabled={busy} onClick={load}>
        {t("metricsLoad", lang)}
      </Button>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      {report && (
        <>
          <div className={styles.part}>
            <Subtitle2 as="h2" block className={styles.heading}>
              {t("fillRate", lang)}
            </Subtitle2>
            {report.fillRate && report.fillRate.average !== null && months.some((m) => m.rate !== null) ? (
              <FillRateChart
                months={months}
                target={fillTarget}
                mean={report.fillRate.average}
                lang={lang}
                label={t("fillRate", lang)}
                summary={t("fillMean", lang, { value: formatNumber(report.fillRate.average, lang), target: formatNumber(fillTarget, lang) })}
              />
            ) : (
              <Text as="p" block className={styles.para}>
                {t("noFillRate", lang)}
              </Text>
            )}
          </div>
          <div className={styles.part}>
            <Subtitle2 as="h2" block className={styles.heading}>
              {t("production", lang)}
            </Subtitle2>
            {p ? (
              <ProductionChart
                p={p}
                lang={lang}
                summary={t("productionText", lang, {
                  private: formatNumber(p.privateShare, lang),
                  own: formatNumber(p.ownShare, lang),
                  target: p.target ? formatNumber(p.target.private, lang) : "–",
                })}
              />
            ) : (
              <Text as="p" block className={styles.para}>
                {t("noProduction", lang)}
              </Text>
            )}
          </div>
          <div className={styles.part}>
            <Subtitle2 as="h2" block id={sectionsId} className={styles.heading}>
              {t("bySection", lang)}
            </Subtitle2>
            {sections.length > 0 ? (
              <SectionBars groups={sections} lang={lang} labelledBy={sectionsId} />
            ) : (
              <Text as="p" block className={styles.para}>
                {t("noGoals", lang)}
              </Text>
            )}
          </div>
        </>
      )}
    </section>
  );
}
