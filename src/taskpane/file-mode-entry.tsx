// In a plain browser: the pane in file mode on a local .xlsx, and below it a link to the Office
// page for those who have the add-in.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { FileMode } from "./FileMode";
import { ToOffice } from "./page-links";
import { isDark } from "./theme";
import { langOf } from "./text";

export function startFileMode(): void {
  const lang = langOf(navigator.language);
  const dark = isDark();
  createRoot(document.getElementById("root") as HTMLElement).render(
    <>
      <FileMode initialLang={lang} dark={dark} />
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
        <footer style={{ padding: "8px 16px" }}>
          <ToOffice lang={lang} />
        </footer>
      </FluentProvider>
    </>,
  );
}
