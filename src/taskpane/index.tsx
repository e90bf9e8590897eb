// The pane's entry: inside Excel it works on the open workbook; where office.js did not load or
// the page is not hosted by Excel, it says so.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { officeHost } from "./host";
import { langOf } from "./text";

function isDark(): boolean {
  const bg = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  if (bg && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const n = parseInt(bg.replace("#", ""), 16);
    return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255) < 128;
  }
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

function render(inExcel: boolean): void {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const locale = inExcel ? Office.context.displayLanguage : navigator.language;
  root.render(<App host={inExcel ? officeHost() : null} initialLang={langOf(locale)} dark={isDark()} />);
}

if (typeof Office === "undefined") render(false);
else void Office.onReady((info) => render(info.host === Office.HostType.Excel));
