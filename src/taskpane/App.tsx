// The task pane: one pane, four things a user does (check, refresh statuses, structure, insert a
// standard goal row), the metrics and the summary, in Finnish, Swedish or English, in Office's
// light or dark theme. Laid out as Office's own Fluent 2 panes: no title of its own (the task
// pane has one), one row of tabs with the views that do not fit in an overflow menu, language and
// theme in a settings menu at the row's end, and the view's content right below.
import {
  Button,
  FluentProvider,
  Menu,
  MenuButton,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MenuDivider,
  MessageBar,
  MessageBarBody,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactElement, type ReactNode } from "react";
import type { Lang } from "../domain/i18n/lang";
import { paneStorage } from "./pane-storage";
import type { Host } from "./host";
import { MoreIcon, SettingsIcon } from "./icons";
import { PaneModeContext } from "./pane-mode";
import { t, type TextKey } from "./text";
import { CheckView } from "./views/CheckView";
import { InsertView } from "./views/InsertView";
import { MetricsView } from "./views/MetricsView";
import { RefreshView } from "./views/RefreshView";
import { StructureView } from "./views/StructureView";
import { SummaryView } from "./views/SummaryView";

const useStyles = makeStyles({
  // The page's own box. Not on FluentProvider: Fluent copies the provider's class onto its portal
  // layer, and a full-height background there covers the whole pane when a drop-down opens.
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    minWidth: 0,
  },
  // A task pane is 320–350 px: one column. A wide browser window (file mode) shows the preview
  // beside the list, where choosing a problem shows its cell without scrolling away.
  split: {
    "@media (min-width: 860px)": { display: "grid", gridTemplateColumns: "minmax(320px, 1fr) minmax(360px, 1.2fr)", alignItems: "start" },
  },
  aside: {
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    "@media (min-width: 860px)": { position: "sticky", top: 0, maxHeight: "100vh", overflowY: "auto", paddingTop: tokens.spacingHorizontalM },
  },
  // One row: the tabs that fit, the overflow menu, the settings menu. Never wraps.
  nav: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // No padding of its own: the overflow manager then measures exactly what the row holds.
  tabs: { flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0, overflow: "hidden", flexWrap: "nowrap", padding: 0 },
  tab: { flexShrink: 0 },
  settingsOnly: { display: "flex", justifyContent: "flex-end" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

const LANGUAGES: Array<[Lang, string]> = [
  ["fi", "Suomi"],
  ["sv", "Svenska"],
  ["en", "English"],
];

type TabName = "check" | "refresh" | "structure" | "insert" | "metrics" | "summary";
const TABS: Array<[TabName, TextKey]> = [
  ["check", "tabCheck"],
  ["refresh", "tabRefresh"],
  ["structure", "tabStructure"],
  ["insert", "tabInsert"],
  ["metrics", "tabMetrics"],
  ["summary", "tabSummary"],
];

export type ThemeChoice = "system" | "light" | "dark";
const THEMES: Array<[ThemeChoice, TextKey]> = [
  ["system", "themeSystem"],
  ["light", "themeLight"],
  ["dark", "themeDark"],
];

const TAB_KEY = "sopimus.tab";
const THEME_KEY = "sopimus.theme";

/** What this browser's storage remembers (none in a private window). */
function remembered<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    // Keyed with Office.context.partitionKey where Office gives one (pane-storage.ts).
    const saved = paneStorage()?.getItem(key) ?? null;
    return allowed.includes(saved as T) ? (saved as T) : fallback;
  } catch {
    return fallback;
  }
}

function remember<T extends string>(key: string, value: T): T {
  try {
    paneStorage()?.setItem(key, value);
  } catch {
    // Storage refused (private mode, policy): the choice is simply not remembered.
  }
  return value;
}

/** The views that do not fit the row, as items of the overflow menu. */
function OverflowMenu({ lang, onSelect }: { lang: Lang; onSelect: (tab: TabName) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* Inside the tab list a tab itself (Fluent's TabList overflow pattern): a tab list holds only tabs. */}
        <Button ref={ref} role="tab" appearance="subtle" icon={<MoreIcon />} aria-label={t("moreViews", lang, { n: overflowCount })} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TABS.map(([name, key]) => (
            <OverflowMenuItem key={name} id={name} label={t(key, lang)} onClick={() => onSelect(name)} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function OverflowMenuItem({ id, label, onClick }: { id: string; label: string; onClick: () => void }) {
  const visible = useIsOverflowItemVisible(id);
  return visible ? null : <MenuItem onClick={onClick}>{label}</MenuItem>;
}

function SettingsMenu({ lang, theme, onLang, onTheme }: { lang: Lang; theme: ThemeChoice; onLang: (l: Lang) => void; onTheme: (t: ThemeChoice) => void }) {
  return (
    <Menu
      checkedValues={{ lang: [lang], theme: [theme] }}
      onCheckedValueChange={(_, d) => (d.name === "lang" ? onLang(d.checkedItems[0] as Lang) : onTheme(d.checkedItems[0] as ThemeChoice))}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle" icon={<SettingsIcon />} menuIcon={null} aria-label={t("settings", lang)} title={t("settings", lang)} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{t("language", lang)}</MenuGroupHeader>
            {LANGUAGES.map(([l, name]) => (
              <MenuItemRadio key={l} name="lang" value={l} lang={l}>
                {name}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{t("theme", lang)}</MenuGroupHeader>
            {THEMES.map(([value, key]) => (
              <MenuItemRadio key={value} name="theme" value={value}>
                {t(key, lang)}
              </MenuItemRadio>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

interface AppProps {
  host: Host | null;
  initialLang: Lang;
  /** Office's theme or the browser's preference: what "as the system" means. */
  dark?: boolean;
  /** In Excel (default) a write is in the workbook at once; in file mode it waits for the download. */
  mode?: "excel" | "file";
  /** File mode: a change waits to be downloaded, so the download is the one primary action. */
  downloadWaiting?: boolean;
  /** Shown when there is no workbook to work on (file mode: the file picker). */
  empty?: (lang: Lang) => ReactNode;
  /** Above the tabs (file mode: the command bar), and below them or, on a wide page, beside them (the grid preview). */
  top?: (lang: Lang) => ReactNode;
  bottom?: (lang: Lang) => ReactNode;
  /** The Yhteenveto tab's view where it differs from Excel's (file mode: downloads the summary). */
  summaryView?: (lang: Lang) => ReactNode;
}

export function App({ host, initialLang, dark = false, mode = "excel", downloadWaiting = false, empty, top, bottom, summaryView }: AppProps) {
  const styles = useStyles();
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>(() => remembered(THEME_KEY, ["system", "light", "dark"], "system"));
  const isDarkNow = themeChoice === "system" ? dark : themeChoice === "dark";
  const theme = isDarkNow ? webDarkTheme : webLightTheme;
  // The body behind the pane takes the theme's background and no margin (no white frame in dark).
  useEffect(() => {
    document.body.style.margin = "0";
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.documentElement.style.colorScheme = isDarkNow ? "dark" : "light";
  }, [theme, isDarkNow]);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabName>(() =>
    remembered(
      TAB_KEY,
      TABS.map(([n]) => n),
      "check",
    ),
  );
  const [summaryOpened, setSummaryOpened] = useState(false);
  if (tab === "summary" && !summaryOpened) setSummaryOpened(true);
  const choose = (next: TabName) => setTab(remember(TAB_KEY, next));
  const paneMode = useMemo(() => ({ mode, downloadWaiting }), [mode, downloadWaiting]);
  const views: Record<TabName, (h: Host) => ReactElement> = {
    check: (h) => <CheckView host={h} lang={lang} />,
    refresh: (h) => <RefreshView host={h} lang={lang} />,
    structure: (h) => <StructureView host={h} lang={lang} />,
    insert: (h) => <InsertView host={h} lang={lang} />,
    metrics: (h) => <MetricsView host={h} lang={lang} />,
    summary: (h) => <>{summaryView ? summaryView(lang) : <SummaryView host={h} lang={lang} />}</>,
  };
  const settings = <SettingsMenu lang={lang} theme={themeChoice} onLang={setLang} onTheme={(c) => setThemeChoice(remember(THEME_KEY, c))} />;
  return (
    <FluentProvider theme={theme} lang={lang}>
      <PaneModeContext.Provider value={paneMode}>
        <div className={`${styles.root} ${host !== null && bottom ? styles.split : ""}`}>
          <main className={styles.main}>
            {host === null ? (
              <>
                <div className={styles.settingsOnly}>{settings}</div>
                {empty?.(lang) ?? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{t("noOffice", lang)}</MessageBarBody>
                  </MessageBar>
                )}
              </>
            ) : (
              <>
                {top?.(lang)}
                <nav className={styles.nav} aria-label={t("views", lang)}>
                  <Overflow minimumVisible={1} padding={0}>
                    <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => choose(d.value as TabName)} size="small">
                      {TABS.map(([name, key]) => (
                        <OverflowItem key={name} id={name} priority={name === tab ? 2 : 1}>
                          <Tab className={styles.tab} value={name}>
                            {t(key, lang)}
                          </Tab>
                        </OverflowItem>
                      ))}
                      <OverflowMenu lang={lang} onSelect={choose} />
                    </TabList>
                  </Overflow>
                  {settings}
                </nav>
                {tab !== "summary" && (
                  <div className={styles.body} role="tabpanel" aria-label={t(TABS.find(([n]) => n === tab)![1], lang)}>
                    {views[tab](host)}
                  </div>
                )}
                {/* The summary stays mounted once opened: forty workbooks read are not forgotten on a look at another tab. */}
                {summaryOpened && (
                  <div className={styles.body} role="tabpanel" aria-label={t("tabSummary", lang)} style={tab === "summary" ? undefined : { display: "none" }}>
                    {views.summary(host)}
                  </div>
                )}
              </>
            )}
          </main>
          {host !== null && bottom && <aside className={styles.aside}>{bottom(lang)}</aside>}
        </div>
      </PaneModeContext.Provider>
    </FluentProvider>
  );
}
