// Plain ES5, not bundled: the Office page's second script, after office.js and before the pane.
// Office on Windows still opens add-ins in the webviews of Internet Explorer 11 ("Trident") and
// Edge Legacy ("EdgeHTML") in some combinations: perpetual Office 2016 and 2019 without the
// WebView2 control, old Microsoft 365 builds (Browsers and webview controls used by Office
// Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
// The pane's bundle (ES2017) and its libraries (React, Fluent UI) do not run there, so the page
// says so, as Microsoft recommends (Support older Microsoft webviews and Office versions,
// learn.microsoft.com/office/dev/add-ins/develop/support-ie-11), instead of staying blank.
(function () {
  var ua = navigator.userAgent;
  if (ua.indexOf("Trident") === -1 && ua.indexOf("Edge/") === -1) return;
  window.sopimusOldWebview = true;
  var texts = {
    fi: "Sopimus ei toimi tässä Excelissä: Excel avaa tehtäväruudun vanhalla selainosalla (Internet Explorer tai vanha Edge). Pyydä IT-tukea asentamaan Microsoft Edge WebView2 tai käytä Sopimusta Excelin verkkoversiossa.",
    sv: "Sopimus fungerar inte i den här versionen av Excel: Excel öppnar aktivitetsfönstret med en gammal webbläsarkomponent (Internet Explorer eller gamla Edge). Be IT-supporten installera Microsoft Edge WebView2 eller använd Sopimus i Excel på webben.",
    en: "Sopimus does not work in this Excel: Excel opens the task pane in an old browser component (Internet Explorer or the old Edge). Ask IT support to install Microsoft Edge WebView2, or use Sopimus in Excel on the web.",
  };
  var lang = (navigator.language || "fi").slice(0, 2).toLowerCase();
  var text = texts[lang] || texts.fi;
  function show() {
    var root = document.getElementById("root");
    if (!root) return;
    var p = document.createElement("p");
    p.appendChild(document.createTextNode(text));
    p.style.font = "14px 'Segoe UI', sans-serif";
    p.style.margin = "16px";
    root.appendChild(p);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
