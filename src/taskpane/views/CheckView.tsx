// Check: every problem grouped by severity; each problem is one control naming its message and its
// cell (the issue code secondary), and choosing it selects the cell (in Excel, or in file mode's
// preview, scrolled into view). The check runs when the view opens; checking again keeps the
// chosen problem in place and in focus.
import { Button, Caption1, CounterBadge, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { check } from "../../domain";
import type { Lang } from "../../domain/i18n/lang";
import { sheetRef, type Issue, type Severity } from "../../domain/issues";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { visibleInline } from "../../domain/visible-text";
import type { Host } from "../host";
import { TaskStatus, useTask } from "../task";
import { checkSummary, t } from "../text";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  issue: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    justifyContent: "flex-start",
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  message: { overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground2 },
  code: { color: tokens.colorNeutralForeground3 },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  chosen: { backgroundColor: tokens.colorSubtleBackgroundSelected },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const keyOf = (i: Issue) => `${i.code}|${i.sheet}|${i.cell}`;

export function CheckView({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const { busy, problem, run } = useTask();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const report = useMemo(() => (snapshot ? check(snapshot, lang) : null), [snapshot, lang]);
  // Goals the year-end projection puts at risk or off track, off track first (domain.md, "Year-end forecast").
  const risky = useMemo(
    () =>
      (report?.goals ?? [])
        .filter((g) => g.projection && g.projection.risk !== "on-track")
        .sort((a, b) => Number(b.projection?.risk === "off-track") - Number(a.projection?.risk === "off-track")),
    [report],
  );
  const listRef = useRef<HTMLDivElement>(null);
  const doCheck = () => run(async () => setSnapshot((await host.read()).snapshot));

  // The check is what a user opens the pane for: run it at once.
  useEffect(() => {
    void doCheck();
  }, [host]);

  useEffect(() => {
    // After a re-check, the problem the user was at keeps the focus.
    if (!chosen || !listRef.current) return;
    listRef.current.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(chosen)}"]`)?.focus();
  }, [report, chosen]);

  const go = (i: Issue) => {
    setChosen(keyOf(i));
    void run(() => host.select(i.sheet, i.cell));
  };

  return (
    <section aria-label={t("tabCheck", lang)}>
      {/* The check runs as the view opens: checking again is no main action. */}
      <Button disabled={busy} onClick={doCheck}>
        {report ? t("recheck", lang) : t("check", lang)}
      </Button>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      {report && (
        <div ref={listRef}>
          <Text as="p" block>
            {checkSummary(report.summary.goalRows, report.summary.tables, lang)}
          </Text>
          {report.issues.length === 0 && (
            <Text as="p" block>
              {t("noIssues", lang)}
            </Text>
          )}
          {risky.length > 0 && (
            <section aria-label={`${t("riskGoals", lang)}: ${risky.length}`}>
              <Subtitle2 as="h2" className={styles.heading}>
                {t("riskGoals", lang)}
                <CounterBadge count={risky.length} appearance="ghost" color="informative" aria-hidden />
              </Subtitle2>
              <ul className={styles.list}>
                {risky.map((g) => (
                  <li key={`${g.sheet}!${g.row}`} data-risk={g.projection?.risk}>
                    <Text block weight="semibold">
                      {t(`risk.${g.projection?.risk ?? "at-risk"}`, lang)}: {visibleInline(g.goal)}
                    </Text>
                    <Caption1 block>{visibleInline(g.reason)}</Caption1>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {SEVERITIES.map((sev) => {
            const items = report.issues.filter((i) => i.severity === sev);
            if (items.length === 0) return null;
            return (
              <section key={sev} aria-label={`${t(sev, lang)}: ${items.length}`}>
                <Subtitle2 as="h2" className={styles.heading}>
                  {t(sev, lang)}
                  <CounterBadge count={items.length} appearance="ghost" color={sev === "error" ? "danger" : "informative"} aria-hidden />
                </Subtitle2>
                <ul className={styles.list}>
                  {items.map((i, n) => {
                    const where = i.cell === "" ? i.sheet : sheetRef(i.sheet, i.cell);
                    return (
                      <li key={`${keyOf(i)}|${n}`}>
                        <Button
                          appearance="subtle"
                          className={`${styles.issue} ${chosen === keyOf(i) ? styles.chosen : ""}`}
                          data-key={keyOf(i)}
                          aria-current={chosen === keyOf(i) || undefined}
                          onClick={() => go(i)}
                        >
                          <span className={styles.message}>{visibleInline(i.message)}</span>
                          <Caption1 className={styles.where}>
                            {t("goTo", lang, { cell: visibleInline(where) })} <span className={styles.code}>· {i.code}</span>
                          </Caption1>
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
