// Inside Excel: the pane on the open workbook. Where the page was opened outside Excel it says so
// and links to file mode; where office.js did not load (blocked, or Microsoft's CDN out of reach)
// it says that instead, for the help desk looks in a different place (office-ready.ts).
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHost } from "./host";
import { whenOfficeReady } from "./office-ready";
import { NoOffice } from "./page-links";
import { isDark } from "./theme";
import { langOf } from "./text";

function root() {
  return createRoot(document.getElementById("root") as HTMLElement);
}

export function startInOffice(): void {
  void whenOfficeReady().then((start) => {
    if (start.kind === "excel") {
      root().render(
        <App host={officeHost()} initialLang={langOf(start.displayLanguage)} dark={isDark()} empty={(lang) => <NoOffice lang={lang} reason="notExcel" />} />,
      );
    } else startWithoutOffice(start.kind);
  });
}

/** The Office page without Excel: office.js did not load (the default), or the page is open outside Excel. */
export function startWithoutOffice(reason: "notLoaded" | "notExcel" = "notLoaded"): void {
  root().render(<App host={null} initialLang={langOf(navigator.language)} dark={isDark()} empty={(lang) => <NoOffice lang={lang} reason={reason} />} />);
}
