// The task pane: one pane, four things a user does (check, refresh statuses, structure, insert a
// standard goal row) and the metrics, in Finnish, Swedish or English, in Office's light or dark theme.
import {
  Dropdown,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Option,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactElement, type ReactNode } from "react";
import type { Lang } from "../domain/i18n/lang";
import type { Host } from "./host";
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
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
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
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // At a task pane's 320–350 px the five tabs take two rows rather than running off the side.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
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

const TAB_KEY = "sopimus.tab";

/** The tab the user was on last time (this browser's storage; none in a private window). */
function rememberedTab(): TabName {
  try {
    const saved = window.localStorage.getItem(TAB_KEY);
    return TABS.some(([name]) => name === saved) ? (saved as TabName) : "check";
  } catch {
    return "check";
  }
}

function rememberTab(tab: TabName): TabName {
  try {
    window.localStorage.setItem(TAB_KEY, tab);
  } catch {
    // Storage refused (private mode, policy): the tab is simply not remembered.
  }
  return tab;
}

interface AppProps {
  host: Host | null;
  initialLang: Lang;
  dark?: boolean;
  /** Shown when there is no workbook to work on (file mode: the file picker). */
  empty?: (lang: Lang) => ReactNode;
  /** Above the tabs, and below them or, on a wide page, beside them (file mode: the file bar and the grid preview). */
  top?: (lang: Lang) => ReactNode;
  bottom?: (lang: Lang) => ReactNode;
  /** The Yhteenveto tab's view where it differs from Excel's (file mode: downloads the summary). */
  summaryView?: (lang: Lang) => ReactNode;
}

export function App({ host, initialLang, dark = false, empty, top, bottom, summaryView }: AppProps) {
  const styles = useStyles();
  const theme = dark ? webDarkTheme : webLightTheme;
  // The body behind the pane takes the theme's background and no margin (no white frame in dark).
  useEffect(() => {
    document.body.style.margin = "0";
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [theme]);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabName>(rememberedTab);
  const [summaryOpened, setSummaryOpened] = useState(false);
  if (tab === "summary" && !summaryOpened) setSummaryOpened(true);
  const views: Record<TabName, (h: Host) => ReactElement> = {
    check: (h) => <CheckView host={h} lang={lang} />,
    refresh: (h) => <RefreshView host={h} lang={lang} />,
    structure: (h) => <StructureView host={h} lang={lang} />,
    insert: (h) => <InsertView host={h} lang={lang} />,
    metrics: (h) => <MetricsView host={h} lang={lang} />,
    summary: (h) => <>{summaryView ? summaryView(lang) : <SummaryView host={h} lang={lang} />}</>,
  };
  return (
    <FluentProvider theme={theme} lang={lang}>
      <div className={`${styles.root} ${host !== null && bottom ? styles.split : ""}`}>
        <main className={styles.main}>
          <header className={styles.header}>
            <Title3 as="h1">{t("title", lang)}</Title3>
            <Field label={t("language", lang)}>
              <Dropdown value={LANGUAGES.find(([l]) => l === lang)?.[1]} selectedOptions={[lang]} onOptionSelect={(_, d) => setLang(d.optionValue as Lang)}>
                {LANGUAGES.map(([l, name]) => (
                  <Option key={l} value={l}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </header>
          {host === null ? (
            (empty?.(lang) ?? (
              <MessageBar intent="warning">
                <MessageBarBody>{t("noOffice", lang)}</MessageBarBody>
              </MessageBar>
            ))
          ) : (
            <>
              {top?.(lang)}
              <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(rememberTab(d.value as TabName))} size="small">
                {TABS.map(([name, key]) => (
                  <Tab key={name} value={name}>
                    {t(key, lang)}
                  </Tab>
                ))}
              </TabList>
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
    </FluentProvider>
  );
}
