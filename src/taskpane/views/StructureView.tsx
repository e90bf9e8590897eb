// Structure: the status column, drop-down lists, number formats and frozen header on the open
// workbook; or a new standard contract (the sheets `sopimus new` writes) added to it.
import { Button, Dropdown, Field, Input, Option, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { check } from "../../domain";
import type { TemplateName } from "../../domain/catalogue/standard-goals";
import type { Lang } from "../../domain/i18n/lang";
import { structureEdits } from "../../domain/structure";
import { newContract } from "../../domain/template/contract";
import type { Host } from "../host";
import { Done, TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL } });

const TEMPLATES: Array<[TemplateName, Record<Lang, string>]> = [
  ["varhaiskasvatus", { fi: "Varhaiskasvatus", sv: "Småbarnspedagogik", en: "Early childhood education" }],
  ["kirjasto", { fi: "Kirjasto", sv: "Bibliotek", en: "Library" }],
  ["yleinen", { fi: "Yleinen", sv: "Allmän", en: "General" }],
];

export function StructureView({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const { busy, problem, run } = useTask();
  const [done, setDone] = useState<string | null>(null);
  const [template, setTemplate] = useState<TemplateName>("yleinen");
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [unit, setUnit] = useState("");

  const structure = () =>
    run(async () => {
      setDone(null);
      const edits = structureEdits(check((await host.read()).snapshot, lang));
      await host.write(edits);
      setDone(t("structured", lang, { n: edits.length }));
    });

  const create = () =>
    run(async () => {
      setDone(null);
      const existing = new Set((await host.read()).snapshot.sheets.map((s) => s.name.toLowerCase()));
      const spec = newContract({ template, year: Number(year) || new Date().getFullYear() + 1, unit, lang });
      const clash = spec.sheets.find((s) => existing.has(s.name.toLowerCase()));
      if (clash) throw new Error(t("sheetExists", lang, { sheet: clash.name }));
      await host.write(spec.sheets.map((s) => ({ kind: "addSheet", spec: s })));
      setDone(t("created", lang, { sheets: spec.sheets.map((s) => s.name).join(", ") }));
    });

  return (
    <section aria-label={t("tabStructure", lang)}>
      <Subtitle2 as="h2" block>
        {t("structureTitle", lang)}
      </Subtitle2>
      <Text as="p" block>
        {t("structureHelp", lang)}
      </Text>
      <Button appearance="primary" disabled={busy} onClick={structure}>
        {t("structure", lang)}
      </Button>
      <div className={styles.form}>
        <Subtitle2 as="h2" block>
          {t("newTitle", lang)}
        </Subtitle2>
        <Field label={t("template", lang)}>
          <Dropdown
            value={TEMPLATES.find(([k]) => k === template)?.[1][lang]}
            selectedOptions={[template]}
            onOptionSelect={(_, d) => setTemplate(d.optionValue as TemplateName)}
          >
            {TEMPLATES.map(([k, names]) => (
              <Option key={k} value={k}>
                {names[lang]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("year", lang)}>
          <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field label={t("unit", lang)}>
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
        </Field>
        <Button disabled={busy} onClick={create}>
          {t("create", lang)}
        </Button>
      </div>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      <Done text={done} />
    </section>
  );
}
