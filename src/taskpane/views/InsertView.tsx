// Insert a standard goal row: search the catalogue, pick one, insert it at the selected row of a
// goal table, in the table's language, its actual linked by formula where the workbook has it.
// The first row offered fits the workbook (no fill-rate row for a library); with no row of a
// table selected, the row goes to the end of the first table, and the message says where.
import { Button, Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { check, type Report } from "../../domain";
import { CATALOGUE, searchCatalogue, type CatalogueEntry } from "../../domain/catalogue/standard-goals";
import type { Lang } from "../../domain/i18n/lang";
import { insertGoalRow, tableAt } from "../../domain/insert";
import type { Host } from "../host";
import { Done, TaskStatus, useTask } from "../task";
import { t } from "../text";

/** Does this workbook hold the figure the entry's actual links to? */
function fits(entry: CatalogueEntry, report: Report | null): boolean {
  if (entry.link === "fillRate") return report?.fillRate != null;
  if (entry.link === "production") return report?.productionShares != null;
  return true;
}

export function InsertView({ host, lang }: { host: Host; lang: Lang }) {
  const { busy, problem, run } = useTask();
  const [query, setQuery] = useState("");
  const [report, setReport] = useState<Report | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const matches = useMemo(() => searchCatalogue(query), [query]);

  useEffect(() => {
    void run(async () => setReport(check((await host.read()).snapshot, lang)));
  }, [host]);
  const selected = chosen ?? (report ? (CATALOGUE.find((e) => fits(e, report)) ?? CATALOGUE[0]).id : null);

  const insert = () =>
    run(async () => {
      setDone(null);
      const entry = CATALOGUE.find((e) => e.id === selected);
      if (!entry) return;
      const picked = await host.selectedRow();
      const current = check((await host.read()).snapshot, lang);
      const first = current.detail.tables[0];
      if (!first) throw new Error(t("noTable", lang));
      // No row of a goal table selected: the end of the first table.
      const inTable = tableAt(current, picked.sheet, picked.row) !== undefined;
      const at = inTable ? picked : { sheet: first.sheet.name, row: first.lastRow + 1 };
      const result = insertGoalRow(current, entry, at);
      if ("error" in result) throw new Error(t("notInTable", lang));
      await host.write(result.edits);
      setDone(t(inTable ? "inserted" : "insertedAtEnd", lang, { row: at.row, sheet: at.sheet }));
      setReport(check((await host.read()).snapshot, lang));
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
        <RadioGroup value={selected ?? ""} onChange={(_, d) => setChosen(d.value)} aria-label={t("tabInsert", lang)}>
          {matches.map((e) => (
            <Radio
              key={e.id}
              value={e.id}
              label={`${e.goal[lang]} — ${e.target[lang]}${e.link ? ` (${t(fits(e, report) ? "linked" : "notLinked", lang)})` : ""}`}
            />
          ))}
        </RadioGroup>
      )}
      <Text as="p" block size={200}>
        {t("insertHelp", lang)}
      </Text>
      <Button appearance="primary" disabled={busy || !matches.some((e) => e.id === selected)} onClick={insert}>
        {t("insert", lang)}
      </Button>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      <Done text={done} />
    </section>
  );
}
