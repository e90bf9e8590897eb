// Refresh statuses: computed as soon as the view opens; the preview says what really changes (the
// goals whose status changes, from what to what, at their cells, each with its goal, target,
// actual and the engine's reason, grouped by the status they get; how many status cells only get
// a consistent label or colour; how many computed cells get a formula; any new column). The apply
// button stands above the list, never over it. After applying, the written column is selected (in
// file mode the grid preview shows it). Undo: Ctrl+Z where Excel merges the step, else a button
// that writes back exactly what the refresh overwrote. A workbook changed since the preview is
// computed again before anything is written.
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { refresh, type CellEdit, type Report } from "../../domain";
import { undoEdits, type Edit } from "../../domain/edits";
import { sheetRef } from "../../domain/issues";
import type { Lang } from "../../domain/i18n/lang";
import { parseStatusText, statusOfFill, type Status } from "../../domain/parse/words";
import { a1 } from "../../domain/snapshot";
import { visibleInline } from "../../domain/visible-text";
import { problemOf, type Host } from "../host";
import { useMainAppearance, usePaneMode } from "../pane-mode";
import { StatusBadge } from "../status-badge";
import { Done, TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", margin: 0, padding: 0, listStyleType: "none" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", margin: `${tokens.spacingVerticalS} 0` },
  kinds: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  group: { marginTop: tokens.spacingVerticalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  change: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  goal: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: "2px", minWidth: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fact: { margin: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, minWidth: 0 },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
});

/** The order a reader who must act looks at them: the worst first. */
const STATUSES: Status[] = ["red", "yellow", "green", "none"];

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

/** The cell to show after a refresh: a new column's header, else the first status written. */
function writtenCell(edits: readonly CellEdit[]): { sheet: string; cell: string } | null {
  const first = edits.find((e) => e.kind === "text") ?? edits.find((e) => e.kind === "status") ?? edits[0];
  return first ? { sheet: first.sheet, cell: a1(first.row, first.col) } : null;
}

export function RefreshView({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const { mode } = usePaneMode();
  const main = useMainAppearance();
  const { busy, problem, run } = useTask();
  const [plan, setPlan] = useState<{ report: Report; edits: CellEdit[] } | null>(null);
  const [applied, setApplied] = useState<CellEdit[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [changedSince, setChangedSince] = useState(false);
  const writing = useRef(false);

  const compute = () =>
    run(async () => {
      setDone(null);
      setNotice(null);
      setChangedSince(false);
      setPlan(refresh((await host.read()).snapshot, lang));
    });
  // Computing the preview costs one read: do it when the view opens.
  useEffect(() => {
    void compute();
  }, [host]);

  // A change in the workbook (typed by the user) makes the preview out of date: say so.
  useEffect(() => {
    if (!host.onChanged) return undefined;
    return host.onChanged(() => {
      if (!writing.current) setChangedSince(true);
    });
  }, [host]);

  const write = async (edits: readonly Edit[]) => {
    writing.current = true;
    try {
      await host.write(edits, lang);
    } finally {
      writing.current = false;
    }
  };

  const apply = () =>
    run(async () => {
      if (!plan) return;
      setNotice(null);
      try {
        await write(plan.edits);
      } catch (e) {
        // Cells changed since the preview: nothing was written; read again and show the new preview.
        const p = problemOf(e);
        if (p.kind !== "stale") throw e;
        setPlan(refresh((await host.read()).snapshot, lang));
        setChangedSince(false);
        setNotice(t("stale", lang, { cells: p.cells.length > 6 ? `${p.cells.slice(0, 5).join(", ")} (+${p.cells.length - 5})` : p.cells.join(", ") }));
        return;
      }
      setApplied(plan.edits);
      const n = plan.edits.length;
      setDone(mode === "file" ? t("appliedFile", lang, { n }) : `${t("applied", lang, { n })}${host.undoMerges ? ` ${t("undoHint", lang)}` : ""}`);
      setPlan(null);
      setChangedSince(false);
      const shown = writtenCell(plan.edits);
      if (shown) await host.select(shown.sheet, shown.cell).catch(() => undefined);
    });
  const undo = () =>
    run(async () => {
      if (!applied) return;
      await write(undoEdits(applied));
      setApplied(null);
      setDone(t("undone", lang));
    });

  const kinds = plan ? changeKinds(plan.edits) : null;
  const goalAt = (sheet: string, row: number) => plan?.report.goals.find((g) => g.sheet === sheet && g.row === row);
  const hasChanges = plan !== null && plan.edits.length > 0;
  return (
    <section aria-label={t("tabRefresh", lang)}>
      {plan && (
        <ul className={styles.counts}>
          {STATUSES.map((s) => (
            <li key={s}>
              <StatusBadge status={s} lang={lang} count={plan.report.goals.filter((g) => g.status === s).length} />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        {hasChanges && (
          <Button appearance={main} disabled={busy} onClick={apply}>
            {t("apply", lang)}
          </Button>
        )}
        <Button disabled={busy} onClick={compute}>
          {t("compute", lang)}
        </Button>
        {/* Also where Ctrl+Z would undo it: in Excel on the web the focus stays in the pane, and on a Mac the key is ⌘Z (issue 18). */}
        {applied && (
          <Button disabled={busy} onClick={undo}>
            {t("undo", lang)}
          </Button>
        )}
      </div>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      {notice && (
        <MessageBar intent="warning" layout="multiline" className={styles.wrap}>
          <MessageBarBody className={styles.wrap}>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {changedSince && plan && (
        <MessageBar intent="warning" layout="multiline" className={styles.wrap}>
          <MessageBarBody className={styles.wrap}>{t("changedSince", lang)}</MessageBarBody>
        </MessageBar>
      )}
      <Done text={done} />
      {plan && kinds && (
        <section aria-label={t("preview", lang)}>
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
              {STATUSES.map((status) => {
                const items = kinds.statusChanges.filter((c) => (c.after ?? "none") === status);
                if (items.length === 0) return null;
                const word = t(status, lang);
                return (
                  <section key={status} className={styles.group} aria-label={`${t("becomesGroup", lang, { status: word })}: ${items.length}`}>
                    <Subtitle2 as="h2" className={styles.heading}>
                      {t("becomesGroup", lang, { status: word })}
                      <Caption1>({items.length})</Caption1>
                    </Subtitle2>
                    <ul className={styles.list} aria-label={t("changeStatusList", lang)}>
                      {items.map(({ edit: e, before, after }) => {
                        const g = goalAt(e.sheet, e.row);
                        return (
                          <li key={`${e.sheet}!${e.row}!${e.col}`} className={styles.change}>
                            <span className={styles.line}>
                              <Caption1>{visibleInline(sheetRef(e.sheet, a1(e.row, e.col)))}</Caption1>
                              {before ? <StatusBadge status={before} lang={lang} /> : <Caption1>{t("blank", lang)}</Caption1>}
                              <span aria-label={t("becomes", lang)}>→</span>
                              {after ? <StatusBadge status={after} lang={lang} /> : <Caption1>{t("blank", lang)}</Caption1>}
                            </span>
                            <Text className={styles.goal}>{visibleInline(g?.goal ?? "")}</Text>
                            <dl className={styles.facts}>
                              <dt className={styles.term}>{t("targetLabel", lang)}</dt>
                              <dd className={styles.fact}>{visibleInline(g?.target ?? "")}</dd>
                              {g?.actual != null && g.actual !== "" && (
                                <>
                                  <dt className={styles.term}>{t("actualLabel", lang)}</dt>
                                  <dd className={styles.fact}>{visibleInline(g.actual)}</dd>
                                </>
                              )}
                              {g?.projection && (
                                <>
                                  <dt className={styles.term}>{t("riskLabel", lang)}</dt>
                                  <dd className={styles.fact} data-risk={g.projection.risk}>
                                    {t(`risk.${g.projection.risk}`, lang)}
                                  </dd>
                                </>
                              )}
                              <dt className={styles.term}>{t("reasonLabel", lang)}</dt>
                              <dd className={styles.fact} data-reason>
                                {visibleInline(g?.reason ?? "")}
                              </dd>
                            </dl>
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                );
              })}
            </>
          )}
        </section>
      )}
    </section>
  );
}
