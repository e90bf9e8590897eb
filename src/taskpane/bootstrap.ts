// The pane's first script. Hosted by Office: load office.js (from Microsoft's CDN) and work on the
// open workbook. In a plain browser: file mode. office.js is never loaded there (outside Office it
// calls Microsoft's telemetry service), and a Content-Security-Policy allowing no outside
// connection is set before anything else loads.
const FILE_MODE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function hostedByOffice(): boolean {
  // Office opens the pane with ?_host_Info=… and keeps it in session storage across reloads.
  if (/[?&]_host_Info=/i.test(window.location.search)) return true;
  try {
    return window.sessionStorage.getItem("hostInfoValue") !== null;
  } catch {
    return false;
  }
}

if (hostedByOffice()) {
  const script = document.createElement("script");
  script.src = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  script.onload = () => void import(/* webpackChunkName: "pane" */ "./index").then((m) => m.startInOffice());
  script.onerror = () => void import(/* webpackChunkName: "pane" */ "./index").then((m) => m.startWithoutOffice());
  document.head.append(script);
} else {
  const csp = document.createElement("meta");
  csp.httpEquiv = "Content-Security-Policy";
  csp.content = FILE_MODE_CSP;
  document.head.prepend(csp);
  void import(/* webpackChunkName: "file-mode" */ "./file-mode-entry").then((m) => m.startFileMode());
}
