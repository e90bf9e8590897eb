// The first script of the Office page (taskpane.html, the manifest's SourceLocation). office.js is
// already loaded by the page's <head>, as Microsoft requires; this starts the pane on the open
// workbook. Where office.js did not load (no connection to Microsoft's CDN) or the page was opened
// outside Excel, the pane says so and links to file mode (index.html), which is its own page.
function officeLoaded(): boolean {
  return typeof (globalThis as { Office?: unknown }).Office !== "undefined";
}

void import(/* webpackChunkName: "pane" */ "./index").then((m) => (officeLoaded() ? m.startInOffice() : m.startWithoutOffice()));
