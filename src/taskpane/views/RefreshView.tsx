// Refresh statuses: computed as soon as the view opens; the preview says what really changes (the
// goals whose status changes, from what to what, at their cells; how many status cells only get a
// consistent label or colour; how many computed cells get a formula; any new column), and one
// apply button stays in view. Undo: Ctrl+Z where Excel merges the step, else a button that writes
// back exactly what the refresh overwrote.
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { refresh, type CellEdit, type Report } from "../../domain";
import { undoEdits } from "../../domain/edits";
import { sheetRef } from "../../domain/issues";
import type { Lang } from "../../domain/i18n/lang";
import { parseStatusText, statusOfFill, type Status } from "../../domain/parse/words";
import { a1 } from "../../domain/snapshot";
import type { Host } from "../host";
import { StatusBadge } from "../status-badge";
import { Done, TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", margin: `${tokens.spacingVerticalS} 0` },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  kinds: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  change: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  goal: { overflowWrap: "anywhere" },
  // The apply button stays in view under a long list.
  apply: {
    position: "sticky",
    bottom: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    zIndex: 1,
  },
});

const STATUSES: Status[] = ["green", "yellow", "red", "none"];

/** What a status cell says: its word, else (no text) its colour or no status; null for text that is no status. */
function statusOf(label: string, fill: string | null | undefined): Status | null {
  const s = parseStatusText(label);
  if (s === "invalid") return null;
  if (s !== undefined) return s;
  return statusOfFill(fill ?? undefined) ?? "none";
}

/** The edits sorted by what a reader cares about. */
export function changeKinds(edits: readonly CellEdit[]) {
  const statusChanges: Array<{ edit: Extract<CellEdit, { kind: "status" }>; before: Status | null; after: Status | null }> = [];
  let relabelled = 0;
  let formulas = 0;
  const headers: string[] = [];
  for (const e of edits) {
    if (e.kind === "status") {
      const before = statusOf(String(e.before.value ?? ""), e.before.fill);
      const after = statusOf(e.label, e.fill);
      if (before === after) relabelled++;
      else statusChanges.push({ edit: e, before, after });
    } else if (e.kind === "formula") formulas++;
    else headers.push(sheetRef(e.sheet, a1(e.row, e.col)));
  }
  return { statusChanges, relabelled, formulas, headers };
}

export function RefreshView({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const { busy, problem, run } = useTask();
  const [plan, setPlan] = useState<{ report: Report; edits: CellEdit[] } | null>(null);
  const [applied, setApplied] = useState<CellEdit[] | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const compute = () =>
    run(async () => {
      setDone(null);
      setPlan(refresh((await host.read()).snapshot, lang));
    });
  // Computing the preview costs one read: do it when the view opens.
  useEffect(() => {
    void compute();
  }, [host]);

  const apply = () =>
    run(async () => {
      if (!plan) return;
      await host.write(plan.edits);
      setApplied(plan.edits);
      setDone(`${t("applied", lang, { n: plan.edits.length })}${host.undoMerges ? ` ${t("undoHint", lang)}` : ""}`);
      setPlan(null);
    });
  const undo = () =>
    run(async () => {
      if (!applied) return;
      await host.write(undoEdits(applied));
      setApplied(null);
      setDone(t("undone", lang));
    });

  const kinds = plan ? changeKinds(plan.edits) : null;
  const goalAt = (sheet: string, row: number) => plan?.report.goals.find((g) => g.sheet === sheet && g.row === row)?.goal ?? "";
  return (
    <section aria-label={t("tabRefresh", lang)}>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={compute}>
          {t("compute", lang)}
        </Button>
        {applied && !host.undoMerges && (
          <Button disabled={busy} onClick={undo}>
            {t("undo", lang)}
          </Button>
        )}
      </div>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      <Done text={done} />
      {plan && kinds && (
        <section aria-label={t("preview", lang)}>
          <div className={styles.counts}>
            {STATUSES.map((s) => (
              <span key={s}>
                <StatusBadge status={s} lang={lang} /> {plan.report.goals.filter((g) => g.status === s).length}
              </span>
            ))}
          </div>
          {plan.edits.length === 0 ? (
            <Text as="p" block>
              {t("noChanges", lang)}
            </Text>
          ) : (
            <>
              <Text as="p" block weight="semibold">
                {t("changes", lang, { n: plan.edits.length })}
              </Text>
              <ul className={styles.kinds}>
                {kinds.statusChanges.length > 0 && <li>{t("changeStatus", lang, { n: kinds.statusChanges.length })}</li>}
                {kinds.relabelled > 0 && <li>{t("changeLabel", lang, { n: kinds.relabelled })}</li>}
                {kinds.formulas > 0 && <li>{t("changeFormula", lang, { n: kinds.formulas })}</li>}
                {kinds.headers.length > 0 && <li>{t("changeHeader", lang, { cells: kinds.headers.join(", ") })}</li>}
              </ul>
              <ul className={styles.list} aria-label={t("changeStatusList", lang)}>
                {kinds.statusChanges.map(({ edit: e, before, after }) => (
                  <li key={`${e.sheet}!${e.row}!${e.col}`} className={styles.change}>
                    <span className={styles.line}>
                      <Caption1>{sheetRef(e.sheet, a1(e.row, e.col))}</Caption1>
                      {before ? <StatusBadge status={before} lang={lang} /> : <Caption1>{t("blank", lang)}</Caption1>}
                      <span aria-label={t("becomes", lang)}>→</span>
                      {after ? <StatusBadge status={after} lang={lang} /> : <Caption1>{t("blank", lang)}</Caption1>}
                    </span>
                    <Text className={styles.goal}>{goalAt(e.sheet, e.row)}</Text>
                  </li>
                ))}
              </ul>
              <div className={styles.apply}>
                <Button appearance="primary" disabled={busy} onClick={apply}>
                  {t("apply", lang)}
                </Button>
              </div>
            </>
          )}
        </section>
      )}
    </section>
  );
}
