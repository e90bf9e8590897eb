// A status shown as a word with its colour beside it: never colour alone. A status badge is a
// tinted chip with a round light in the status colour; a count of problems (errors, warnings) is
// a plain outlined chip with no light, so "3 varoitusta" never reads as a yellow status.
import { Badge, makeStyles } from "@fluentui/react-components";
import type { Lang } from "../domain/i18n/lang";
import type { Status } from "../domain/parse/words";
import { t } from "./text";

const COLOR: Record<Status, "success" | "warning" | "danger" | "informative"> = { green: "success", yellow: "warning", red: "danger", none: "informative" };

const useStyles = makeStyles({
  light: { width: "8px", height: "8px", borderRadius: "50%", backgroundColor: "currentColor", flexShrink: 0 },
  // No status: a ring, not a light.
  ring: { width: "6px", height: "6px", borderRadius: "50%", border: "1px solid currentColor", flexShrink: 0 },
  nowrap: { whiteSpace: "nowrap" },
});

/** With `count`, the word and how many ("punainen 2"). */
export function StatusBadge({ status, lang, count }: { status: Status; lang: Lang; count?: number }) {
  const styles = useStyles();
  return (
    <Badge
      appearance="tint"
      color={COLOR[status]}
      shape="rounded"
      className={styles.nowrap}
      data-status={status}
      icon={<span className={status === "none" ? styles.ring : styles.light} aria-hidden="true" />}
    >
      {count === undefined ? t(status, lang) : `${t(status, lang)}\u00a0${count}`}
    </Badge>
  );
}

/** A count of problems ("2 virhettä"): outlined and neutral, an error count in the danger colour's outline. */
export function CountBadge({ text, severity }: { text: string; severity: "error" | "warning" }) {
  const styles = useStyles();
  return (
    <Badge appearance="outline" color={severity === "error" ? "danger" : "informative"} shape="circular" className={styles.nowrap} data-count={severity}>
      {text}
    </Badge>
  );
}
