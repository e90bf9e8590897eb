// The pane in a plain browser: open a local .xlsx (picker or drag-and-drop), work on it with the
// same four flows and the metrics, download the result under a new name. Nothing is uploaded.
import {
  Button,
  Caption1,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  Toolbar,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useRef, useState, type DragEvent } from "react";
import type { Lang } from "../domain/i18n/lang";
import { UNREADABLE_REASONS, UNSUPPORTED_NAMES } from "../domain/i18n/messages";
import { App } from "./App";
import { FileUnreadable, openWorkbook, type OpenedWorkbook, type Selection } from "./file-host";
import { GridPreview } from "./GridPreview";
import { MoreIcon } from "./icons";
import { t } from "./text";
import { visibleInline } from "../domain/visible-text";
import { SummaryView } from "./views/SummaryView";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ...shorthands.border("2px", "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorNeutralBackground2 },
  // The command bar: the file and its state, the download, the file menu, on one slim row.
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0, padding: 0 },
  file: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  state: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  changedState: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  // An error wraps inside the pane, however long the file's name (no sideways scroll at 320 px).
  message: { overflowWrap: "anywhere", minWidth: 0, alignSelf: "stretch", maxWidth: "100%", boxSizing: "border-box" },
  hidden: { display: "none" },
});

/** "kirjasto.xlsx" → "kirjasto-sopimus.xlsx": the download never takes the original's name. */
export function downloadName(name: string): string {
  return `${name.replace(/\.xlsx$/i, "")}-sopimus.xlsx`;
}

export function FileMode({ initialLang, dark }: { initialLang: Lang; dark: boolean }) {
  const styles = useStyles();
  const [opened, setOpened] = useState<{ name: string; workbook: OpenedWorkbook; unsupported: string[] } | null>(null);
  const [, setVersion] = useState(0);
  // Opened as it is, changed since (a write), or downloaded since the last change.
  const [state, setState] = useState<"opened" | "changed" | "downloaded">("opened");
  const lastSnapshot = useRef<object | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [failed, setFailed] = useState<{ name: string; reason: string } | null>(null);
  const [over, setOver] = useState(false);
  const selection = useRef<Selection>({ sheet: "", row: 1, col: 1 });
  const input = useRef<HTMLInputElement>(null);
  const workbookRef = useRef<OpenedWorkbook | null>(null);
  // Told on every write and selection: a new snapshot means the workbook changed.
  const refresh = useCallback(() => {
    const now = workbookRef.current?.snapshot() ?? null;
    if (now !== null && lastSnapshot.current !== null && now !== lastSnapshot.current) setState("changed");
    lastSnapshot.current = now;
    setVersion((v) => v + 1);
  }, []);

  const open = async (file: File) => {
    setFailed(null);
    setReading(file.name);
    opened?.workbook.close();
    setOpened(null);
    try {
      const workbook = await openWorkbook(
        new Uint8Array(await file.arrayBuffer()),
        { get: () => selection.current, set: (s) => (selection.current = s) },
        refresh,
      );
      workbookRef.current = workbook;
      lastSnapshot.current = workbook.snapshot();
      setState("opened");
      setOpened({ name: file.name, workbook, unsupported: workbook.snapshot().unsupported });
    } catch (e) {
      setFailed({ name: file.name, reason: e instanceof FileUnreadable ? e.reason : "unparsable" });
    } finally {
      setReading(null);
    }
  };

  const download = async () => {
    if (!opened) return;
    const bytes = await opened.workbook.save();
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = downloadName(opened.name);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setState("downloaded");
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  // One hidden input serves the picker and "open another file"; only one of them is on screen.
  const fileInput = (label: string) => (
    <input
      ref={input}
      className={styles.hidden}
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      aria-label={label}
      onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
    />
  );

  const picker = (lang: Lang) => (
    <section
      aria-label={t("openTitle", lang)}
      className={mergeClasses(styles.drop, over && styles.over)}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Subtitle2 as="h2" block>
        {t("openTitle", lang)}
      </Subtitle2>
      <Text block>{t("fileMode", lang)}</Text>
      <Button appearance="primary" onClick={() => input.current?.click()} disabled={reading !== null}>
        {t("openFile", lang)}
      </Button>
      <Caption1 block>{t("dropHere", lang)}</Caption1>
      <Caption1 block>{t("openHelp", lang)}</Caption1>
      {fileInput(t("openFile", lang))}
      {reading && <ProgressBar aria-label={t("reading", lang, { name: reading })} />}
      {reading && <Text role="status">{t("reading", lang, { name: reading })}</Text>}
      {failed && (
        <MessageBar intent="error" role="alert" layout="multiline" className={styles.message}>
          <MessageBarBody className={styles.message}>
            {t("unreadable", lang, { name: visibleInline(failed.name), reason: (UNREADABLE_REASONS[failed.reason] ?? UNREADABLE_REASONS.unparsable)[lang] })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );

  const bar = (lang: Lang) => {
    if (!opened) return null;
    const name = downloadName(opened.name);
    const stateText = state === "changed" ? t("stateChanged", lang) : state === "downloaded" ? t("stateDownloaded", lang, { name }) : t("stateOpened", lang);
    return (
      <section aria-label={visibleInline(opened.name)} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <Toolbar className={styles.bar} aria-label={t("fileActions", lang)} size="small">
          <div className={styles.file}>
            <Text size={200} className={styles.name} title={opened.name}>
              {visibleInline(opened.name)}
            </Text>
            <Caption1 role="status" className={mergeClasses(styles.state, state === "changed" && styles.changedState)}>
              {stateText}
            </Caption1>
          </div>
          {/* Primary only when there is something to download; the visible word starts its name. */}
          <Button
            appearance={state === "changed" ? "primary" : "secondary"}
            size="small"
            onClick={download}
            aria-label={t("download", lang, { name })}
            title={t("download", lang, { name })}
          >
            {t("downloadShort", lang)}
          </Button>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button appearance="subtle" size="small" icon={<MoreIcon />} aria-label={t("fileActions", lang)} />
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem onClick={() => input.current?.click()}>{t("openOther", lang)}</MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </Toolbar>
        {fileInput(t("openOther", lang))}
        {opened.unsupported.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody className={styles.message}>
              {t("dropped", lang, { parts: opened.unsupported.map((k) => UNSUPPORTED_NAMES[k]?.[lang] ?? k).join(", ") })}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
    );
  };

  const preview = (lang: Lang) =>
    opened && (
      <GridPreview
        snapshot={opened.workbook.snapshot()}
        selection={selection.current}
        onSelect={(s) => {
          selection.current = s;
          refresh();
        }}
        lang={lang}
      />
    );

  // With no workbook open, the page also offers the summary over many workbooks (downloaded, as in the tab).
  const summary = (lang: Lang) => <SummaryView host={null} lang={lang} />;
  const start = (lang: Lang) => (
    <>
      {picker(lang)}
      <SummaryView host={null} lang={lang} secondary />
    </>
  );
  return (
    <App
      host={opened?.workbook.host ?? null}
      initialLang={initialLang}
      dark={dark}
      mode="file"
      downloadWaiting={state === "changed"}
      empty={start}
      top={bar}
      bottom={preview}
      summaryView={summary}
    />
  );
}
