// Inside Excel: the pane on the open workbook; where office.js did not load or Excel is not the
// host, it says so and links to file mode.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHost } from "./host";
import { NoOffice } from "./page-links";
import { isDark } from "./theme";
import { langOf } from "./text";

function root() {
  return createRoot(document.getElementById("root") as HTMLElement);
}

export function startInOffice(): void {
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    root().render(
      <App
        host={inExcel ? officeHost() : null}
        initialLang={langOf(inExcel ? Office.context.displayLanguage : navigator.language)}
        dark={isDark()}
        empty={(lang) => <NoOffice lang={lang} />}
      />,
    );
  });
}

export function startWithoutOffice(): void {
  root().render(<App host={null} initialLang={langOf(navigator.language)} dark={isDark()} empty={(lang) => <NoOffice lang={lang} />} />);
}
