// Insert a standard goal row: search the catalogue, pick one, insert it at the selected row of a
// goal table, in the table's language, its actual linked by formula where the workbook has it.
import { Button, Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { check } from "../../domain";
import { CATALOGUE, searchCatalogue } from "../../domain/catalogue/standard-goals";
import type { Lang } from "../../domain/i18n/lang";
import { insertGoalRow } from "../../domain/insert";
import type { Host } from "../host";
import { Done, TaskStatus, useTask } from "../task";
import { t } from "../text";

export function InsertView({ host, lang }: { host: Host; lang: Lang }) {
  const { busy, problem, run } = useTask();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string>(CATALOGUE[0].id);
  const [done, setDone] = useState<string | null>(null);
  const matches = useMemo(() => searchCatalogue(query), [query]);

  const insert = () =>
    run(async () => {
      setDone(null);
      const entry = CATALOGUE.find((e) => e.id === chosen);
      if (!entry) return;
      const at = await host.selectedRow();
      const result = insertGoalRow(check((await host.read()).snapshot, lang), entry, at);
      if ("error" in result) throw new Error(t("notInTable", lang));
      await host.write(result.edits);
      setDone(t("inserted", lang, { row: at.row, sheet: at.sheet }));
    });

  return (
    <section aria-label={t("tabInsert", lang)}>
      <Field label={t("search", lang)}>
        <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {matches.length === 0 ? (
        <Text as="p" block>
          {t("noMatch", lang)}
        </Text>
      ) : (
        <RadioGroup value={chosen} onChange={(_, d) => setChosen(d.value)} aria-label={t("tabInsert", lang)}>
          {matches.map((e) => (
            <Radio key={e.id} value={e.id} label={`${e.goal[lang]} — ${e.target[lang]}${e.link ? ` (${t("linked", lang)})` : ""}`} />
          ))}
        </RadioGroup>
      )}
      <Button appearance="primary" disabled={busy || !matches.some((e) => e.id === chosen)} onClick={insert}>
        {t("insert", lang)}
      </Button>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      <Done text={done} />
    </section>
  );
}
