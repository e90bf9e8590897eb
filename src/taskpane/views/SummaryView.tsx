// Yhteenveto: the city-wide roll-up over many unit workbooks (issue 12). The user picks or drops the
// files; the worker reads them one at a time while a progress bar counts them; the view shows the
// totals, the units needing attention first, and the statuses and fill rates per unit as charts.
// Then, in Excel, the summary's sheets are added to the open workbook (never over a sheet that
// exists); in file mode, yhteenveto.xlsx is downloaded. Nothing leaves the machine.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import type { Status } from "../../domain/parse/words";
import { cityFillRate, cityPrivateShare, type Summary, type UnitPart, type UnitSummary, type Unreadable } from "../../domain/summary";
import { SectionBars } from "../charts/SectionBars";
import { UnitFillChart } from "../charts/UnitFillChart";
import { visibleInline } from "../../domain/visible-text";
import type { Host } from "../host";
import { useMainAppearance } from "../pane-mode";
import { localStamp, readUnits, workerReader, type PickedFile, type UnitReader } from "../summary-reader";
import { count, st } from "../summary-text";
import { Done, TaskStatus, useTask } from "../task";
import { CountBadge, StatusBadge } from "../status-badge";
import { t } from "../text";
import { LastYearPicker, YearChanges, type LastYear } from "./SummaryLastYear";
import { attentionSplit, fillBars, fillBelow, summaryOf, unitGroups, writeSummary, type Renamed } from "./summary-model";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    ...shorthands.border("2px", "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorNeutralBackground2 },
  hidden: { display: "none" },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, marginTop: tokens.spacingVerticalL },
  heading: { margin: 0 },
  para: { margin: 0 },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
  units: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  unit: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  unitName: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
  summaryToggle: {
    cursor: "pointer",
    width: "fit-content",
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase300,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  action: { alignSelf: "flex-start" },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
});

/** The order a reader needing to act looks for them. */
const WORST_FIRST: Status[] = ["red", "yellow", "green", "none"];

/** A status count as a word and its figure ("punainen 2"), coloured as the status: never colour alone. */
function StatusCounts({ counts, lang, errors, warnings }: { counts: Record<Status, number>; lang: Lang; errors: number; warnings: number }) {
  const styles = useStyles();
  return (
    <ul className={styles.badges}>
      {errors > 0 && (
        <li>
          <CountBadge severity="error" text={count(errors, "errors", lang)} />
        </li>
      )}
      {WORST_FIRST.filter((s) => counts[s] > 0).map((s) => (
        <li key={s}>
          <StatusBadge status={s} lang={lang} count={counts[s]} />
        </li>
      ))}
      {warnings > 0 && (
        <li>
          <CountBadge severity="warning" text={count(warnings, "warnings", lang)} />
        </li>
      )}
    </ul>
  );
}

function reviewText(u: UnitSummary, lang: Lang): string {
  return st(u.review === 12 ? "review12" : u.review === 9 ? "review9" : "noReview", lang);
}

function UnitLine({ u, lang }: { u: UnitSummary; lang: Lang }) {
  const styles = useStyles();
  const meta = [u.year === null ? null : String(u.year), reviewText(u, lang)].filter(Boolean).join(", ");
  const n = (v: number) => formatNumber(v, lang, 1);
  return (
    <li className={styles.unit}>
      <Text weight="semibold" className={styles.unitName}>
        {visibleInline(u.unit)}
      </Text>
      <Caption1 className={styles.meta}>{meta}</Caption1>
      <StatusCounts counts={u.statuses} errors={u.errors} warnings={u.warnings} lang={lang} />
      {u.fillRate !== null && (
        <Caption1>
          {u.fillRateTarget === null
            ? st("fillNoTarget", lang, { value: n(u.fillRate) })
            : st("fillLine", lang, { value: n(u.fillRate), target: n(u.fillRateTarget) })}
          {fillBelow(u) ? `: ${st("belowTarget", lang)}` : ""}
        </Caption1>
      )}
      {u.privateShare !== null && u.privateShareTarget !== null && (
        <Caption1>{st("privateLine", lang, { value: n(u.privateShare), target: n(u.privateShareTarget) })}</Caption1>
      )}
    </li>
  );
}

interface Read {
  summary: Summary;
  /** This year's parts as read: the summary is made again from them when last year's files change. */
  parts: UnitPart[];
  unreadable: Unreadable[];
  /** The language the files were read in: the workbook is written in it, as its messages are. */
  lang: Lang;
  inputs: string[];
}

/**
 * `host` is the open Excel workbook the summary is written into; null in file mode, where the
 * summary is downloaded. `newReader` is the worker (tests pass their own).
 */
export function SummaryView({
  host,
  lang,
  newReader = workerReader,
  secondary = false,
}: {
  host: Host | null;
  lang: Lang;
  newReader?: () => UnitReader;
  /** Below file mode's picker, whose "open a file" is the page's primary action. */
  secondary?: boolean;
}) {
  const styles = useStyles();
  const main = useMainAppearance();
  const primary = secondary ? "secondary" : main;
  const ids = { title: useId(), byUnit: useId(), fill: useId(), attention: useId() };
  const input = useRef<HTMLInputElement>(null);
  const reader = useRef<UnitReader | null>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [last, setLast] = useState<LastYear | null>(null);
  const [written, setWritten] = useState<{ sheets: string[]; renamed: Renamed[] } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { busy, problem, run } = useTask();
  const gone = useRef(false);
  useEffect(
    () => () => {
      gone.current = true;
      reader.current?.close();
    },
    [],
  );
  const theReader = () => (reader.current ??= newReader());

  const readFiles = async (files: PickedFile[]) => {
    if (files.length === 0 || progress) return;
    setRead(null);
    setWritten(null);
    setFailed(null);
    setProgress({ done: 0, total: files.length });
    try {
      const { parts, unreadable } = await readUnits(
        files,
        theReader(),
        lang,
        (done, total) => !gone.current && setProgress({ done, total }),
        () => gone.current,
      );
      if (!gone.current) setRead({ summary: summaryOf(parts, unreadable, last?.units ?? null), parts, unreadable, lang, inputs: files.map((f) => f.name) });
    } catch (e) {
      if (!gone.current) setFailed((e as Error).message);
    } finally {
      if (!gone.current) setProgress(null);
    }
  };

  // Last year's files, picked before or after this year's: the summary is made again with them (or without).
  const onLast = (l: LastYear | null) => {
    setLast(l);
    setWritten(null);
    setRead((r) => r && { ...r, summary: summaryOf(r.parts, r.unreadable, l?.units ?? null) });
  };

  const made = (r: Read) => ({ at: localStamp(new Date()), inputs: r.inputs });
  const write = (r: Read) =>
    run(async () => {
      if (!host) return;
      setWritten(null);
      setWritten(await writeSummary(host, r.summary, r.lang, made(r)));
    });
  const download = (r: Read) =>
    run(async () => {
      const bytes = await theReader().book(r.summary, r.lang, made(r));
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = "yhteenveto.xlsx";
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void readFiles([...e.dataTransfer.files]);
  };

  const s = read?.summary;
  const split = s ? attentionSplit(s.units) : null;
  const bars = s ? fillBars(s.units) : [];
  const city = s ? cityFillRate(s.fillRates.mean) : null;
  const cityPrivate = s ? cityPrivateShare(s.units) : null;
  const goalRows = s ? s.totals.green + s.totals.yellow + s.totals.red + s.totals.none : 0;

  return (
    <section className={styles.view} aria-labelledby={ids.title}>
      <Subtitle2 as="h2" id={ids.title} className={styles.heading}>
        {t("tabSummary", lang)}
      </Subtitle2>
      <div
        role="group"
        aria-label={st("choose", lang)}
        className={mergeClasses(styles.drop, over && styles.over)}
        onDragOver={(e) => (e.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Text as="p" block className={styles.para}>
          {st("intro", lang)}
        </Text>
        <Button appearance={s ? "secondary" : primary} onClick={() => input.current?.click()} disabled={progress !== null}>
          {st(s ? "chooseAgain" : "choose", lang)}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={st("choose", lang)}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = ""; // the same files can be chosen again
            void readFiles(files);
          }}
        />
        <Caption1 block>{st("dropMany", lang)}</Caption1>
        <Caption1 block>{st("local", lang)}</Caption1>
      </div>
      <LastYearPicker lang={lang} reader={theReader} disabled={progress !== null} last={last} onRead={onLast} />
      {progress && (
        <>
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} aria-label={st("reading", lang)} />
          <Text role="status">{st("progress", lang, progress)}</Text>
        </>
      )}
      {failed && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody className={styles.wrap}>{st("failed", lang, { detail: failed })}</MessageBarBody>
        </MessageBar>
      )}
      {s && s.units.length === 0 && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{st("noneRead", lang)}</MessageBarBody>
        </MessageBar>
      )}
      {s && s.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text weight="semibold" block>
              {`${st("unreadableTitle", lang)} (${s.unreadable.length})`}
            </Text>
            <ul className={styles.files}>
              {s.unreadable.map((u, i) => (
                <li key={`${i}-${u.file}`}>{visibleInline(st("unreadableLine", lang, { name: u.file, reason: u.reason }))}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {s && read && s.units.length > 0 && (
        <>
          <div className={styles.part} role="region" aria-label={st("totals", lang)}>
            <Subtitle2 as="h3" className={styles.heading}>
              {st("totals", lang)}
            </Subtitle2>
            <Text as="p" block className={styles.para}>
              {[
                count(s.totals.units, "units", lang),
                count(goalRows, "goalRows", lang),
                s.totals.unreadable > 0 ? count(s.totals.unreadable, "unreadable", lang) : null,
              ]
                .filter(Boolean)
                .join(", ")}
            </Text>
            <StatusCounts counts={s.totals} errors={s.totals.errors} warnings={s.totals.warnings} lang={lang} />
            {city !== null && (
              <Text as="p" block className={styles.para}>
                {st("cityFill", lang, { value: formatNumber(city, lang, 1) })}
              </Text>
            )}
            {cityPrivate !== null && (
              <Text as="p" block className={styles.para}>
                {st("cityPrivate", lang, { value: formatNumber(cityPrivate, lang, 1) })}
              </Text>
            )}
            {host ? (
              <>
                <Caption1 block>{st("writeHelp", lang)}</Caption1>
                <Button className={styles.action} appearance={primary} disabled={busy} onClick={() => write(read)}>
                  {st("write", lang)}
                </Button>
              </>
            ) : (
              <Button className={styles.action} appearance={primary} disabled={busy} onClick={() => download(read)}>
                {st("download", lang, { name: "yhteenveto.xlsx" })}
              </Button>
            )}
            <TaskStatus busy={busy} problem={problem} lang={lang} />
            <Done text={written ? st("written", lang, { sheets: written.sheets.join(", ") }) : null} />
            {written?.renamed.map((r) => (
              <Caption1 block key={r.from}>
                {st("renamed", lang, { old: r.from, new: r.to })}
              </Caption1>
            ))}
          </div>
          <YearChanges summary={s} lang={lang} />
          <div className={styles.part}>
            <Subtitle2 as="h3" id={ids.attention} className={styles.heading}>
              {`${st("attention", lang)} (${split!.attention.length})`}
            </Subtitle2>
            {split!.attention.length === 0 ? (
              <Text as="p" block className={styles.para}>
                {st("allFine", lang)}
              </Text>
            ) : (
              <ul className={styles.units} aria-labelledby={ids.attention}>
                {split!.attention.map((u, i) => (
                  <UnitLine key={`${i}-${u.file}`} u={u} lang={lang} />
                ))}
              </ul>
            )}
            {split!.others.length > 0 && (
              <details>
                <summary className={styles.summaryToggle}>{st("others", lang, { n: split!.others.length })}</summary>
                <ul className={styles.units}>
                  {split!.others.map((u, i) => (
                    <UnitLine key={`${i}-${u.file}`} u={u} lang={lang} />
                  ))}
                </ul>
              </details>
            )}
          </div>
          <div className={styles.part}>
            <Subtitle2 as="h3" id={ids.byUnit} className={styles.heading}>
              {st("byUnit", lang)}
            </Subtitle2>
            <SectionBars groups={unitGroups(s.units)} lang={lang} labelledBy={ids.byUnit} rowHeader={st("unitCol", lang)} />
          </div>
          <div className={styles.part}>
            <Subtitle2 as="h3" id={ids.fill} className={styles.heading}>
              {st("fillByUnit", lang)}
            </Subtitle2>
            {bars.length > 0 ? (
              <UnitFillChart bars={bars} lang={lang} labelledBy={ids.fill} />
            ) : (
              <Text as="p" block className={styles.para}>
                {st("noFill", lang)}
              </Text>
            )}
          </div>
        </>
      )}
    </section>
  );
}
