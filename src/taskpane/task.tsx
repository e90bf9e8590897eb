// Long work shows a progress bar; a failure shows what to do, in the reader's language.
import { MessageBar, MessageBarBody, ProgressBar, makeStyles } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Lang } from "../domain/i18n/lang";
import { problemOf, type HostProblem } from "./host";
import { problemText, t } from "./text";

// A message wraps inside the pane, however long a sheet's or file's name in it.
const useStyles = makeStyles({ wrap: { overflowWrap: "anywhere", minWidth: 0 } });

export function useTask() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<HostProblem | null>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setProblem(null);
    try {
      return await work();
    } catch (e) {
      setProblem(problemOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, run, setProblem };
}

export function TaskStatus({ busy, problem, lang }: { busy: boolean; problem: HostProblem | null; lang: Lang }) {
  const styles = useStyles();
  return (
    <>
      {busy && <ProgressBar aria-label={t("busy", lang)} />}
      {problem && (
        <MessageBar intent="error" role="alert" layout="multiline" className={styles.wrap}>
          <MessageBarBody className={styles.wrap}>{problemText(problem, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

export function Done({ text }: { text: string | null }) {
  const styles = useStyles();
  return text ? (
    <MessageBar intent="success" role="status" layout="multiline" className={styles.wrap}>
      <MessageBarBody className={styles.wrap}>{text}</MessageBarBody>
    </MessageBar>
  ) : null;
}
