// Insert a standard goal row: search the catalogue, pick one, insert it at the selected row of a
// goal table, in the table's language, its actual linked by formula where the workbook has it.
// The first row offered fits the workbook (no fill-rate row for a library); with no row of a
// table selected, the row goes to the end of the first table, and the message says where.
// The catalogue is the organisation's goal library first (a Tavoitekirjasto sheet in this
// workbook, or a library workbook picked once and remembered), then the built-in rows; the
// library's rows that were not taken are listed with their cells.
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { check, type Report } from "../../domain";
import { mergeCatalogue, readOrganisationCatalogue, type OrganisationCatalogue } from "../../domain/catalogue/organisation";
import { searchCatalogue, type CatalogueEntry } from "../../domain/catalogue/standard-goals";
import type { Lang } from "../../domain/i18n/lang";
import { insertGoalRow, tableAt } from "../../domain/insert";
import { sheetRef } from "../../domain/issues";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { ct, goalCount } from "../catalogue-text";
import { defaultStore, librarySheet, readInWorker, TooLargeToRemember, type CatalogueStore, type StoredCatalogue } from "../catalogue-store";
import { visibleInline } from "../../domain/visible-text";
import type { Host } from "../host";
import { useMainAppearance } from "../pane-mode";
import { unreadableReason } from "../summary-reader";
import { Done, TaskStatus, useTask } from "../task";
import { t } from "../text";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Fluent greys an unchecked radio's label: too faint to read a goal by, in dark above all.
  option: { "& input:enabled:not(:checked) ~ .fui-Radio__label": { color: tokens.colorNeutralForeground1 } },
  library: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  action: { alignSelf: "flex-start" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Does this workbook hold the figure the entry's actual links to? */
function fits(entry: CatalogueEntry, report: Report | null): boolean {
  if (entry.link === "fillRate") return report?.fillRate != null;
  if (entry.link === "production") return report?.productionShares != null;
  return true;
}

interface Props {
  host: Host;
  lang: Lang;
  /** Where a picked library is remembered (tests pass their own); by default Excel's document settings or the browser's storage. */
  store?: CatalogueStore;
  /** Reads a picked workbook (tests pass their own); by default in the pane's worker. */
  readBook?: (file: Blob) => Promise<WorkbookSnapshot>;
}

type Note = { intent: "warning" | "error"; text: string };

const readPicked = async (file: Blob) => readInWorker(new Uint8Array(await file.arrayBuffer()));

export function InsertView({ host, lang, store, readBook = readPicked }: Props) {
  const styles = useStyles();
  const { busy, problem, run } = useTask();
  const main = useMainAppearance();
  const libraryStore = useMemo(() => store ?? defaultStore(), [store]);
  const [query, setQuery] = useState("");
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [picked, setPicked] = useState<StoredCatalogue | null>(() => libraryStore.load());
  const [note, setNote] = useState<Note | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const report = useMemo(() => (snapshot ? check(snapshot, lang) : null), [snapshot, lang]);
  // The open workbook's own library wins over a remembered one.
  const own = useMemo(() => (snapshot ? readOrganisationCatalogue(snapshot, lang) : null), [snapshot, lang]);
  const fromFile = useMemo(() => (picked ? readOrganisationCatalogue({ sheets: [picked.sheet], unsupported: [] }, lang) : null), [picked, lang]);
  const library: { org: OrganisationCatalogue; source: "workbook" | "file" } | null =
    own?.sheet != null ? { org: own, source: "workbook" } : fromFile ? { org: fromFile, source: "file" } : null;
  const catalogue = useMemo(() => mergeCatalogue(library?.org ?? { entries: [], replaces: [] }), [library?.org]);
  const ownIds = useMemo(() => new Set(library?.org.entries.map((e) => e.id)), [library?.org]);
  const matches = useMemo(() => searchCatalogue(query, catalogue), [query, catalogue]);

  useEffect(() => {
    void run(async () => setSnapshot((await host.read()).snapshot));
  }, [host]);
  const selected = chosen ?? (report ? (catalogue.find((e) => fits(e, report)) ?? catalogue[0]).id : null);

  const insert = () =>
    run(async () => {
      setDone(null);
      const entry = catalogue.find((e) => e.id === selected);
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
      await host.write(result.edits, lang);
      setDone(t(inTable ? "inserted" : "insertedAtEnd", lang, { row: at.row, sheet: at.sheet }));
      setSnapshot((await host.read()).snapshot);
    });

  const pick = (file: File) =>
    run(async () => {
      setNote(null);
      let sheet;
      try {
        sheet = librarySheet(await readBook(file));
      } catch (e) {
        setNote({ intent: "error", text: ct("unreadable", lang, { name: file.name, reason: unreadableReason(e, lang) }) });
        return;
      }
      if (!sheet) {
        setNote({ intent: "error", text: ct("noSheet", lang, { name: file.name }) });
        return;
      }
      const stored = { name: file.name, sheet };
      setPicked(stored);
      setChosen(null);
      try {
        await libraryStore.save(stored);
      } catch (e) {
        setNote({ intent: "warning", text: e instanceof TooLargeToRemember ? ct("tooLarge", lang, { name: file.name }) : ct("notSaved", lang) });
      }
    });

  const forget = () =>
    run(async () => {
      setNote(null);
      setPicked(null);
      setChosen(null);
      await libraryStore.forget();
    });

  // Errors first (rows left out), then warnings and notes, each in the sheet's order.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const issues = [...(library?.org.issues ?? [])].sort((a, b) => rank[a.severity] - rank[b.severity] || a.row - b.row);
  const worst = issues.some((i) => i.severity === "error") ? "error" : issues.some((i) => i.severity === "warning") ? "warning" : "info";
  const label = (e: CatalogueEntry) => {
    const notes = [...(ownIds.has(e.id) ? [ct("own", lang)] : []), ...(e.link ? [t(fits(e, report) ? "linked" : "notLinked", lang)] : [])];
    // A library's goal is cell text: a direction override in it must not turn the note after it around.
    return `${visibleInline(e.goal[lang])} — ${visibleInline(e.target[lang])}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
  };

  return (
    <section className={styles.view} aria-label={t("tabInsert", lang)}>
      <section className={styles.library} aria-label={ct("libraryTitle", lang)}>
        <Text weight="semibold">{ct("libraryTitle", lang)}</Text>
        <Text size={200}>
          {library === null
            ? ct("none", lang)
            : library.source === "workbook"
              ? ct("fromWorkbook", lang, { sheet: library.org.sheet ?? "", count: goalCount(library.org.entries.length, lang) })
              : `${ct("fromFile", lang, { name: picked?.name ?? "", count: goalCount(library.org.entries.length, lang) })} ${ct(
                  libraryStore.where === "workbook" ? "savedInWorkbook" : "savedInBrowser",
                  lang,
                )}`}
        </Text>
        {library?.source === "workbook" && picked && <Caption1>{ct("notUsed", lang, { name: picked.name })}</Caption1>}
        <div className={styles.buttons}>
          <Button size="small" onClick={() => fileInput.current?.click()} disabled={busy}>
            {ct(picked ? "pickOther" : "pick", lang)}
          </Button>
          {picked && (
            <Button size="small" onClick={forget} disabled={busy}>
              {ct("forget", lang)}
            </Button>
          )}
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={ct("pick", lang)}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // The same file may be picked again after it was edited.
              e.target.value = "";
              if (file) void pick(file);
            }}
          />
        </div>
        {note && (
          <MessageBar intent={note.intent}>
            <MessageBarBody>{note.text}</MessageBarBody>
          </MessageBar>
        )}
        {issues.length > 0 && (
          <MessageBar intent={worst} layout="multiline">
            <MessageBarBody>
              <Text weight="semibold">{ct("problems", lang)}</Text>
              <ul className={styles.problems}>
                {issues.map((i) => (
                  <li key={`${i.code}|${i.cell}|${i.row}`}>{visibleInline(`${sheetRef(i.sheet, i.cell)}: ${i.message}`)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
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
            <Radio key={e.id} value={e.id} className={styles.option} label={label(e)} />
          ))}
        </RadioGroup>
      )}
      <Text as="p" block size={200} style={{ margin: 0 }}>
        {t("insertHelp", lang)}
      </Text>
      <Button className={styles.action} appearance={main} disabled={busy || !matches.some((e) => e.id === selected)} onClick={insert}>
        {t("insert", lang)}
      </Button>
      <TaskStatus busy={busy} problem={problem} lang={lang} />
      <Done text={done} />
    </section>
  );
}
