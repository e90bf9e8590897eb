// Check: every problem grouped by severity, with its message, code and cell; choosing one selects
// the cell in Excel. Checking again keeps the chosen problem in place and in focus.
import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { check } from "../../domain";
import type { Lang } from "../../domain/i18n/lang";
import { sheetRef, type Issue, type Severity } from "../../domain/issues";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import type { Host } from "../host";
import { TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  meta: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  issue: { textAlign: "start", justifyContent: "flex-start", minWidth: 0 },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const keyOf = (i: Issue) => `${i.code}|${i.sheet}|${i.cell}`;

export function CheckView({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const { busy, problem, run } = useTask();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const report = useMemo(() => (snapshot ? check(snapshot, lang) : null), [snapshot, lang]);
  const listRef = useRef<HTMLDivElement>(null);

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
      <Button appearance="primary" disabled={busy} onClick={() => run(async () => setSnapshot((await host.read()).snapshot))}>
        {report ? t("recheck", lang) : t("check", lang)}
      </Button>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      {report && (
        <div ref={listRef}>
          <Text as="p" block>
            {t("summary", lang, { goalRows: report.summary.goalRows, tables: report.summary.tables })}
          </Text>
          {report.issues.length === 0 && (
            <Text as="p" block>
              {t("noIssues", lang)}
            </Text>
          )}
          {SEVERITIES.map((sev) => {
            const items = report.issues.filter((i) => i.severity === sev);
            if (items.length === 0) return null;
            return (
              <section key={sev} aria-label={`${t(sev, lang)} ${items.length}`}>
                <Subtitle2 as="h2" block>
                  {t(sev, lang)} <Badge appearance="outline">{items.length}</Badge>
                </Subtitle2>
                <ul className={styles.list}>
                  {items.map((i, n) => (
                    <li key={`${keyOf(i)}|${n}`} className={styles.item}>
                      <Button
                        appearance="subtle"
                        className={styles.issue}
                        data-key={keyOf(i)}
                        onClick={() => go(i)}
                        title={t("goTo", lang, { cell: sheetRef(i.sheet, i.cell) })}
                      >
                        {i.message}
                      </Button>
                      <span className={styles.meta}>
                        <Badge appearance="tint" color={sev === "error" ? "danger" : sev === "warning" ? "warning" : "informative"}>
                          {i.code}
                        </Badge>
                        <Caption1>{sheetRef(i.sheet, i.cell)}</Caption1>
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
