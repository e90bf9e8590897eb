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

const useStyles = makeStyles({
  // The page's own box. Not on FluentProvider: Fluent copies the provider's class onto its portal
  // layer, and a full-height background there covers the whole pane when a drop-down opens.
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
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

type TabName = "check" | "refresh" | "structure" | "insert" | "metrics";
const TABS: Array<[TabName, TextKey]> = [
  ["check", "tabCheck"],
  ["refresh", "tabRefresh"],
  ["structure", "tabStructure"],
  ["insert", "tabInsert"],
  ["metrics", "tabMetrics"],
];

interface AppProps {
  host: Host | null;
  initialLang: Lang;
  dark?: boolean;
  /** Shown when there is no workbook to work on (file mode: the file picker). */
  empty?: (lang: Lang) => ReactNode;
  /** Above and below the tabs (file mode: the file bar and the grid preview). */
  top?: (lang: Lang) => ReactNode;
  bottom?: (lang: Lang) => ReactNode;
}

export function App({ host, initialLang, dark = false, empty, top, bottom }: AppProps) {
  const styles = useStyles();
  const theme = dark ? webDarkTheme : webLightTheme;
  // The body behind the pane takes the theme's background and no margin (no white frame in dark).
  useEffect(() => {
    document.body.style.margin = "0";
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [theme]);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabName>("check");
  const views: Record<TabName, (h: Host) => ReactElement> = {
    check: (h) => <CheckView host={h} lang={lang} />,
    refresh: (h) => <RefreshView host={h} lang={lang} />,
    structure: (h) => <StructureView host={h} lang={lang} />,
    insert: (h) => <InsertView host={h} lang={lang} />,
    metrics: (h) => <MetricsView host={h} lang={lang} />,
  };
  return (
    <FluentProvider theme={theme} lang={lang}>
      <div className={styles.root}>
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
              <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} size="small">
                {TABS.map(([name, key]) => (
                  <Tab key={name} value={name}>
                    {t(key, lang)}
                  </Tab>
                ))}
              </TabList>
              <div className={styles.body} role="tabpanel" aria-label={t(TABS.find(([n]) => n === tab)![1], lang)}>
                {views[tab](host)}
              </div>
              {bottom?.(lang)}
            </>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
