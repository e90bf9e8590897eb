// A status shown as a word with its colour beside it: never colour alone.
import { Badge } from "@fluentui/react-components";
import type { Lang } from "../domain/i18n/lang";
import type { Status } from "../domain/parse/words";
import { t } from "./text";

const COLOR: Record<Status, "success" | "warning" | "danger" | "informative"> = { green: "success", yellow: "warning", red: "danger", none: "informative" };

/** With `count`, the word and how many ("punainen 2"). */
export function StatusBadge({ status, lang, count }: { status: Status; lang: Lang; count?: number }) {
  return (
    <Badge appearance="tint" color={COLOR[status]} shape="rounded">
      {count === undefined ? t(status, lang) : `${t(status, lang)} ${count}`}
    </Badge>
  );
}
