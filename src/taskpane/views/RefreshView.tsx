// Refresh statuses: compute, preview what turns green / yellow / red and which rows change from
// what, then apply in one step. Undo: Ctrl+Z where Excel merges the step, else a button that
// writes back exactly what the refresh overwrote.
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { refresh, type CellEdit, type Report } from "../../domain";
import { undoEdits } from "../../domain/edits";
import { sheetRef } from "../../domain/issues";
import { a1 } from "../../domain/snapshot";
import type { Lang } from "../../domain/i18n/lang";
import { parseStatusText, type Status } from "../../domain/parse/words";
import type { Host } from "../host";
import { StatusBadge } from "../status-badge";
import { Done, TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", margin: `${tokens.spacingVerticalS} 0` },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const STATUSES: Status[] = ["green", "yellow", "red", "none"];

function statusOf(text: string): Status | null {
  const s = parseStatusText(text);
  return s === undefined || s === "invalid" ? null : s;
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

  const changes = plan?.edits.filter((e) => e.kind === "status") ?? [];
  const goalAt = (sheet: string, row: number) => plan?.report.goals.find((g) => g.sheet === sheet && g.row === row)?.goal ?? "";
  return (
    <section aria-label={t("tabRefresh", lang)}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={compute}>
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
      {plan && (
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
              <Text as="p" block>
                {t("changes", lang, { n: plan.edits.length })}
              </Text>
              <Table size="small" aria-label={t("preview", lang)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t("row", lang)}</TableHeaderCell>
                    <TableHeaderCell>{t("goal", lang)}</TableHeaderCell>
                    <TableHeaderCell>{t("change", lang)}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {changes.map((e) => {
                    const before = statusOf(String(e.before.value ?? ""));
                    const after = statusOf(e.kind === "status" ? e.label : "");
                    return (
                      <TableRow key={`${e.sheet}!${e.row}`}>
                        <TableCell>{sheetRef(e.sheet, a1(e.row, e.col))}</TableCell>
                        <TableCell>{goalAt(e.sheet, e.row)}</TableCell>
                        <TableCell>
                          {before ? <StatusBadge status={before} lang={lang} /> : "—"} → {after ? <StatusBadge status={after} lang={lang} /> : "—"}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
              <Button appearance="primary" disabled={busy} onClick={apply}>
                {t("apply", lang)}
              </Button>
            </>
          )}
        </section>
      )}
    </section>
  );
}
