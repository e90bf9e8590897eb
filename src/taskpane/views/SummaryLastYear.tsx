// The Yhteenveto view's year over year (issue 21): last year's files picked beside this year's
// (unit workbooks or last year's summary workbook), read one at a time in the worker, and the
// changes shown: how many goals got better, stayed, got worse; which ones; the units' fill rate and
// private share against last year's; and the goals that matched nothing, named, never guessed.
// Kept apart from SummaryView.tsx so that the view's chrome can change without it.
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { formatNumber, type Lang } from "../../domain/i18n/lang";
import { render } from "../../domain/i18n/messages";
import { STATUS_LABELS } from "../../domain/parse/words";
import { sharedNames, unitLabel, type Summary, type Unreadable } from "../../domain/summary";
import type { LastYearUnit } from "../../domain/summary-previous";
import { counted, LAST_YEAR_TEXT as LT, ST } from "../../domain/summary-text";
import { visible } from "../../domain/visible-text";
import { readLastYear, type PickedFile, type UnitReader } from "../summary-reader";
import { yearChanges } from "./summary-model";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, minWidth: 0 },
  hidden: { display: "none" },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, marginTop: tokens.spacingVerticalL },
  heading: { margin: 0 },
  para: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  toggle: {
    cursor: "pointer",
    width: "fit-content",
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase300,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/** Last year as read: its units and the files that could not be read. */
export interface LastYear {
  units: LastYearUnit[];
  unreadable: Unreadable[];
}

/**
 * The button that picks last year's files, the progress while they are read, and what was read.
 * `onRead(null)` removes the comparison.
 */
export function LastYearPicker({
  lang,
  reader,
  disabled,
  last,
  onRead,
}: {
  lang: Lang;
  reader: () => UnitReader;
  disabled: boolean;
  last: LastYear | null;
  onRead: (last: LastYear | null) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const read = async (files: PickedFile[]) => {
    if (files.length === 0 || progress) return;
    setProgress({ done: 0, total: files.length });
    try {
      onRead(await readLastYear(files, reader(), lang, (done, total) => setProgress({ done, total })));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className={styles.box}>
      <Caption1 block className={styles.para}>
        {LT.help[lang]}
      </Caption1>
      <Button appearance="secondary" onClick={() => input.current?.click()} disabled={disabled || progress !== null}>
        {(last ? LT.chooseAgain : LT.choose)[lang]}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={LT.choose[lang]}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          void read(files);
        }}
      />
      {progress && <Text role="status">{render(LT.progress[lang], progress)}</Text>}
      {last && (
        <>
          <Text role="status" className={styles.para}>
            {render(LT.read[lang], { units: counted("units", new Set(last.units.map((u) => `${u.file}\u0000${u.unit}`)).size, lang) })}
          </Text>
          <Button appearance="subtle" size="small" onClick={() => onRead(null)}>
            {LT.clear[lang]}
          </Button>
        </>
      )}
      {last && last.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>
              {last.unreadable.map((u, i) => (
                <li key={`${i}-${u.file}`}>{render(ST.previousUnreadable[lang], { path: visible(u.file), reason: u.reason })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

const points = (n: number, lang: Lang) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${formatNumber(Math.abs(n), lang)}`;

/** What changed since last year: counts, the goals that got worse and better, the units' figures, the unmatched goals. */
export function YearChanges({ summary, lang }: { summary: Summary; lang: Lang }) {
  const styles = useStyles();
  const ids = { title: useId(), worse: useId(), better: useId() };
  if (!summary.unmatched) return null;
  const c = yearChanges(summary);
  const shared = sharedNames(summary.units);
  const label = (u: { unit: string; file: string }) => visible(unitLabel(u, shared));
  const goalLine = (g: (typeof c.worse)[number]) =>
    render(LT.goalLine[lang], { unit: label(g), goal: visible(g.goal), before: STATUS_LABELS[g.previous!.status][lang], now: STATUS_LABELS[g.status][lang] });
  const { current, previous } = summary.unmatched;
  return (
    <div className={styles.part} role="region" aria-labelledby={ids.title}>
      <Subtitle2 as="h3" id={ids.title} className={styles.heading}>
        {LT.title[lang]}
      </Subtitle2>
      <Text as="p" block className={styles.para}>
        {render(LT.counts[lang], { better: c.better.length, same: c.same, worse: c.worse.length, none: c.notComparable })}
      </Text>
      {c.better.length + c.worse.length === 0 && (
        <Text as="p" block className={styles.para}>
          {LT.noneChanged[lang]}
        </Text>
      )}
      {(
        [
          [c.worse, LT.worse, ids.worse],
          [c.better, LT.better, ids.better],
        ] as const
      ).map(([goals, title, id]) =>
        goals.length === 0 ? null : (
          <div key={id}>
            <Text weight="semibold" block id={id}>
              {`${title[lang]} (${goals.length})`}
            </Text>
            <ul className={styles.list} aria-labelledby={id}>
              {goals.map((g, i) => (
                <li key={`${i}-${g.file}-${g.sheet}-${g.row}`}>{goalLine(g)}</li>
              ))}
            </ul>
          </div>
        ),
      )}
      {c.units.length > 0 && (
        <details>
          <summary className={styles.toggle}>{`${LT.unitsTitle[lang]} (${c.units.length})`}</summary>
          <ul className={styles.list}>
            {c.units.flatMap((u, i) => [
              u.change?.fillRate != null && u.fillRate !== null && u.previous?.fillRate != null ? (
                <li key={`f${i}`}>
                  {render(LT.fillLine[lang], {
                    unit: label(u),
                    now: formatNumber(u.fillRate, lang),
                    before: formatNumber(u.previous.fillRate, lang),
                    change: points(u.change.fillRate, lang),
                  })}
                </li>
              ) : null,
              u.change?.privateShare != null && u.privateShare !== null && u.previous?.privateShare != null ? (
                <li key={`p${i}`}>
                  {render(LT.shareLine[lang], {
                    unit: label(u),
                    now: formatNumber(u.privateShare, lang),
                    before: formatNumber(u.previous.privateShare, lang),
                    change: points(u.change.privateShare, lang),
                  })}
                </li>
              ) : null,
            ])}
          </ul>
        </details>
      )}
      {(
        [
          [current, LT.unmatchedNow],
          [previous, LT.unmatchedLast],
        ] as const
      ).map(([list, title]) => (
        <details key={title.en}>
          <summary className={styles.toggle}>{render(title[lang], { n: list.length })}</summary>
          {list.length === 0 ? (
            <Text as="p" block className={styles.para}>
              {LT.none[lang]}
            </Text>
          ) : (
            <ul className={styles.list}>
              {list.map((g, i) => (
                <li key={`${i}-${g.file}-${g.sheet}-${g.row}`}>{`${label(g)}: ${visible(g.goal)} (${visible(g.file)}, ${visible(g.sheet)}, ${g.row})`}</li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  );
}
