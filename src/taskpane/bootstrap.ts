// The first script of the Office page (taskpane.html, the manifest's SourceLocation). office.js is
// already loaded by the page's <head>, as Microsoft requires; this starts the pane on the open
// workbook. Where office.js did not load (blocked, or no connection to Microsoft's CDN) or the page
// was opened outside Excel, the pane says which and links to file mode (index.html), its own page.
// In Internet Explorer's or Edge Legacy's webview old-webview.js has already said that the pane cannot run.
if (!(globalThis as { sopimusOldWebview?: boolean }).sopimusOldWebview) void import(/* webpackChunkName: "pane" */ "./index").then((m) => m.startInOffice());
