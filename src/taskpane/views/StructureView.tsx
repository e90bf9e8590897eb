// Structure: the status column, drop-down lists, number formats and frozen header on the open
// workbook. The view lists what it will add, where, before anything is written; a sheet with more
// than one goal table asks which table's header stays in view (Excel freezes one place per sheet);
// the result says what was added. Or a new standard contract (the sheets `sopimus new` writes)
// added to the workbook, after asking when it already holds a contract.
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { check, type Report } from "../../domain";
import type { TemplateName } from "../../domain/catalogue/standard-goals";
import type { Edit } from "../../domain/edits";
import type { Lang } from "../../domain/i18n/lang";
import { sheetRef } from "../../domain/issues";
import { freezeChoices, structureEdits } from "../../domain/structure";
import { newContract } from "../../domain/template/contract";
import { a1 } from "../../domain/snapshot";
import type { Host } from "../host";
import { useMainAppearance } from "../pane-mode";
import { TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXL, alignItems: "stretch" },
  para: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  plan: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere", alignSelf: "stretch" },
  freeze: { alignSelf: "stretch", minWidth: 0 },
  // Fluent greys an unchecked radio's label: too faint in dark.
  option: { "& input:enabled:not(:checked) ~ .fui-Radio__label": { color: tokens.colorNeutralForeground1 } },
});

const TEMPLATES: Array<[TemplateName, Record<Lang, string>]> = [
  ["varhaiskasvatus", { fi: "Varhaiskasvatus", sv: "Småbarnspedagogik", en: "Early childhood education" }],
  ["kirjasto", { fi: "Kirjasto", sv: "Bibliotek", en: "Library" }],
  ["yleinen", { fi: "Yleinen", sv: "Allmän", en: "General" }],
  ["tuloskortti", { fi: "Tuloskortti", sv: "Resultatkort", en: "Result card" }],
];

/** What a structure step did, line by line, with the cells it touched. */
export function describeStructure(edits: readonly Edit[], lang: Lang): string[] {
  const lines: string[] = [];
  const headers = edits.filter((e) => e.kind === "text").map((e) => sheetRef(e.sheet, a1(e.row, e.col)));
  if (headers.length) lines.push(t("addedColumn", lang, { cells: headers.join(", ") }));
  const lists = edits.flatMap((e) => (e.kind === "list" ? [sheetRef(e.sheet, `${a1(e.row, e.col)}:${a1(e.row + e.rows - 1, e.col)}`)] : []));
  if (lists.length) lines.push(t("addedLists", lang, { ranges: lists.join(", ") }));
  const frozen = edits.flatMap((e) => (e.kind === "freeze" ? [e.sheet] : []));
  if (frozen.length) lines.push(t("frozeHeader", lang, { sheets: frozen.join(", ") }));
  const formulas = edits.filter((e) => e.kind === "formula").length;
  if (formulas) lines.push(t("changeFormula", lang, { n: formulas }));
  return lines;
}

export function StructureView({ host, lang }: { host: Host; lang: Lang }) {
  const styles = useStyles();
  const shape = useTask();
  const make = useTask();
  const [shaped, setShaped] = useState<string[] | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<number | null>(null);
  const [template, setTemplate] = useState<TemplateName>("yleinen");
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [unit, setUnit] = useState("");

  const [report, setReport] = useState<Report | null>(null);
  const [freeze, setFreeze] = useState<Record<string, number | null>>({});
  const main = useMainAppearance();
  // What is missing is read as the view opens, and listed before anything is added.
  const read = () => shape.run(async () => setReport(check((await host.read()).snapshot, lang)));
  useEffect(() => {
    void read();
  }, [host]);
  const planned = useMemo(() => (report ? describeStructure(structureEdits(report, freeze), lang) : []), [report, freeze, lang]);
  const choices = useMemo(() => (report ? freezeChoices(report).filter((c) => c.headers.length > 1) : []), [report]);

  const structure = () =>
    shape.run(async () => {
      setShaped(null);
      const edits = structureEdits(check((await host.read()).snapshot, lang), freeze);
      await host.write(edits, lang);
      setShaped(describeStructure(edits, lang));
      setReport(null);
    });

  const create = (confirmed: boolean) =>
    make.run(async () => {
      setCreated(null);
      const snapshot = (await host.read()).snapshot;
      const tables = check(snapshot, lang).summary.tables;
      // A workbook that already holds a contract gets new sheets only when the user says so.
      if (tables > 0 && !confirmed) {
        setConfirm(tables);
        return;
      }
      setConfirm(null);
      const existing = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
      const spec = newContract({ template, year: Number(year) || new Date().getFullYear() + 1, unit, lang });
      const clash = spec.sheets.find((s) => existing.has(s.name.toLowerCase()));
      if (clash) throw new Error(t("sheetExists", lang, { sheet: clash.name }));
      await host.write(
        spec.sheets.map((s) => ({ kind: "addSheet", spec: s })),
        lang,
      );
      setCreated(t("created", lang, { sheets: spec.sheets.map((s) => s.name).join(", ") }));
    });

  return (
    <section aria-label={t("tabStructure", lang)}>
      <div className={styles.part}>
        <Subtitle2 as="h2" block>
          {t("structureTitle", lang)}
        </Subtitle2>
        <Text as="p" block className={styles.para}>
          {t("structureHelp", lang)}
        </Text>
        {report && planned.length > 0 && (
          <>
            <Text as="p" block weight="semibold" className={styles.para}>
              {t("structurePlan", lang)}
            </Text>
            <ul className={styles.plan}>
              {planned.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {report && planned.length === 0 && (
          <Text as="p" block>
            {t("structureNothing", lang)}
          </Text>
        )}
        {report &&
          choices.map((c) => (
            <Field key={c.sheet} className={styles.freeze} label={t("freezeTitle", lang, { sheet: c.sheet })} hint={t("freezeHelp", lang)}>
              <RadioGroup
                value={String(c.sheet in freeze ? freeze[c.sheet] : c.headers[0] <= 30 ? c.headers[0] : "none")}
                onChange={(_, d) => setFreeze({ ...freeze, [c.sheet]: d.value === "none" ? null : Number(d.value) })}
              >
                {c.headers.map((row) => (
                  <Radio key={row} value={String(row)} className={styles.option} label={t("freezeRow", lang, { row })} />
                ))}
                <Radio value="none" className={styles.option} label={t("freezeNone", lang)} />
              </RadioGroup>
            </Field>
          ))}
        {report && planned.length > 0 && (
          <Button appearance={main} disabled={shape.busy} onClick={structure}>
            {t("structure", lang)}
          </Button>
        )}
        <TaskStatus busy={shape.busy} problem={shape.problem} lang={lang} />
        {shaped && (
          <MessageBar intent="success" role="status" layout="multiline">
            <MessageBarBody>
              {shaped.length === 0 ? (
                t("structureNothing", lang)
              ) : (
                <>
                  {t("structureDone", lang)}
                  <ul className={styles.list}>
                    {shaped.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
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
        <div>
          <Button disabled={make.busy} onClick={() => create(false)}>
            {t("create", lang)}
          </Button>
        </div>
        {confirm !== null && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("contractExists", lang, { n: confirm })}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => create(true)}>
                {t("createAnyway", lang)}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => setConfirm(null)}>
                {t("cancel", lang)}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <TaskStatus busy={make.busy} problem={make.problem} lang={lang} />
        {created && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{created}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
