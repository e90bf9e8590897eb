/** @jest-environment jsdom */
// The manifest, checked offline (the online validator needs the internet): well-formed, the
// required elements in the schema's order, every resource id it references defined, every icon
// it names shipped in assets/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deployManifest } from "../src/devtools/manifest-url";

const root = path.join(__dirname, "..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const children = (el: Element) => Array.from(el.children).map((c) => c.localName);

test("well-formed XML: an Excel TaskPaneApp", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  const app = doc.documentElement;
  expect(app.localName).toBe("OfficeApp");
  expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
  expect(doc.querySelector("Hosts > Host")?.getAttribute("Name")).toBe("Workbook");
  expect(app.querySelector(":scope > Permissions")?.textContent).toBe("ReadWriteDocument");
});

test("top-level elements in the order of the TaskPaneApp schema", () => {
  const order = [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ];
  const present = children(doc.documentElement);
  expect(present).toEqual(order.filter((n) => present.includes(n)));
  for (const required of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
  ]) {
    expect(present).toContain(required);
  }
  expect(doc.documentElement.querySelector(":scope > Id")?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(doc.documentElement.querySelector(":scope > Version")?.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});

test("Finnish by default, with Swedish and English overrides", () => {
  expect(doc.documentElement.querySelector(":scope > DefaultLocale")?.textContent).toBe("fi-FI");
  for (const el of ["DisplayName", "Description"]) {
    const locales = Array.from(doc.documentElement.querySelectorAll(`:scope > ${el} > Override`)).map((o) => o.getAttribute("Locale"));
    expect(locales).toEqual(["sv-FI", "en-US"]);
  }
  const strings = Array.from(doc.getElementsByTagNameNS("*", "String"));
  expect(strings.length).toBeGreaterThan(0);
  for (const s of strings) expect(Array.from(s.children).map((o) => o.getAttribute("Locale"))).toEqual(["sv-FI", "en-US"]);
});

test("the minimum requirement set is declared: ExcelApi 1.9 (getCellProperties, copyFrom)", () => {
  const set = doc.querySelector("Requirements > Sets > Set");
  expect([set?.getAttribute("Name"), set?.getAttribute("MinVersion")]).toEqual(["ExcelApi", "1.9"]);
});

test("a Sopimus group on the Home tab with a button that opens the pane", () => {
  const tab = doc.querySelector('OfficeTab[id="TabHome"]');
  expect(tab).not.toBeNull();
  const actions = Array.from(tab!.querySelectorAll("Action")).map((a) => a.getAttribute("xsi:type"));
  expect(actions).toContain("ShowTaskpane");
});

test("every resid is defined once, and every icon exists in assets/", () => {
  const defined = Array.from(doc.querySelectorAll("[id]"))
    .filter((el) => ["Image", "Url", "String"].includes(el.localName))
    .map((el) => el.getAttribute("id"));
  expect(new Set(defined).size).toBe(defined.length);
  const used = Array.from(doc.querySelectorAll("[resid]")).map((el) => el.getAttribute("resid"));
  expect(used.length).toBeGreaterThan(5);
  expect(used.filter((id) => !defined.includes(id))).toEqual([]);
  const icons = Array.from(doc.querySelectorAll("[DefaultValue]"))
    .map((el) => el.getAttribute("DefaultValue") ?? "")
    .filter((v) => v.endsWith(".png"));
  expect(icons.length).toBeGreaterThan(3);
  for (const url of icons) expect(existsSync(path.join(root, "assets", path.basename(url)))).toBe(true);
  for (const size of [16, 32, 80]) expect(existsSync(path.join(root, "assets", `icon-${size}.png`))).toBe(true);
});

test("every ribbon icon in all eight sizes the schema allows (16, 32, 80 and 20, 24, 40, 48, 64), each a PNG of that size", () => {
  const icons = Array.from(doc.getElementsByTagNameNS("*", "Icon")).filter((el) => el.parentElement?.localName !== "OfficeApp");
  expect(icons.length).toBeGreaterThanOrEqual(3);
  for (const el of icons) expect(Array.from(el.children).map((i) => Number(i.getAttribute("size")))).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
  for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) {
    const png = readFileSync(path.join(root, "assets", `icon-${size}.png`));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]); // IHDR width and height
  }
});

test("the deployed manifest is an add-in of its own: its <Id> differs from the development one, stable for its address", () => {
  const id = (x: string) => new DOMParser().parseFromString(x, "application/xml").documentElement.querySelector(":scope > Id")?.textContent;
  const prod = deployManifest(xml, "https://intra.example.fi/sopimus/");
  const test2 = deployManifest(xml, "https://testi.example.fi/sopimus/");
  expect(id(prod)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(id(prod)).not.toBe(id(xml));
  expect(id(test2)).not.toBe(id(prod));
  expect(id(deployManifest(xml, "https://intra.example.fi/sopimus"))).toBe(id(prod));
});

describe("deployment: ADDIN_URL=https://… npm run build", () => {
  const url = "https://intra.example.fi/sopimus/";
  const deployed = deployManifest(xml, url);
  const schemas = path.join(root, "..", "shared", "schemas", "office-addin-manifest");
  const xmllint = spawnSync("xmllint", ["--version"]).status === 0;

  test("every URL of the written manifest points at the address, the AppDomain is its origin", () => {
    const d = new DOMParser().parseFromString(deployed, "application/xml");
    expect(d.getElementsByTagName("parsererror")).toHaveLength(0);
    const urls = Array.from(d.querySelectorAll("[DefaultValue]"))
      .map((el) => el.getAttribute("DefaultValue") ?? "")
      .filter((v) => /^https?:/.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(url)).toBe(true);
    expect(d.querySelector("AppDomain")?.textContent).toBe("https://intra.example.fi");
    expect(deployed).not.toContain("localhost");
    expect(deployManifest(xml, "https://intra.example.fi/sopimus")).toBe(deployed); // the trailing slash is optional
    expect(() => deployManifest(xml, "http://intra.example.fi/")).toThrow(/https/);
  });

  test("the development manifest and the deployed one are valid against Microsoft's XSDs", () => {
    if (!existsSync(schemas) || !xmllint) {
      // Not a failure: a machine without ../shared/schemas or xmllint (apt-get install libxml2-utils).
      // eslint-disable-next-line no-console -- a skipped check says why
      console.warn(`schema check skipped: ${existsSync(schemas) ? "no xmllint (apt-get install -y libxml2-utils)" : `no schemas at ${schemas}`}`);
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), "sopimus-manifest-"));
    const file = path.join(dir, "manifest.xml");
    writeFileSync(file, deployed);
    for (const f of [path.join(root, "manifest.xml"), file]) {
      const r = spawnSync("xmllint", ["--noout", "--schema", path.join(schemas, "OfficeAppManifestV1_1.xsd"), f], { encoding: "utf8" });
      expect(r.stderr.trim().split("\n").pop()).toBe(`${f} validates`);
    }
  });
});

describe("two pages: Office's with office.js in its head, file mode's without", () => {
  const page = (name: string) => new DOMParser().parseFromString(readFileSync(path.join(root, "src", "taskpane", name), "utf8"), "text/html");
  const office = page("taskpane.html");
  const file = page("index.html");
  const csp = (d: Document) => d.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
  // webpack.config.js: which template each page is built from, and which entry it runs.
  const config = readFileSync(path.join(root, "webpack.config.js"), "utf8");
  const built = (filename: string) => new RegExp(`filename: "${filename}", template: "\\./src/taskpane/${filename}", chunks: \\["(\\w+)"\\]`).exec(config)?.[1];

  test("the Office page references office.js in its head, before any other script, under its own CSP", () => {
    const scripts = Array.from(office.querySelectorAll("script"));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts[0].parentElement).toBe(office.head);
    expect(scripts[0].getAttribute("src")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // The CSP meta stands before the script, so that it covers it; it lets office.js come from Microsoft's CDN.
    const meta = office.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta && meta.compareDocumentPosition(scripts[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // What office.js loads itself (Microsoft publishes no list, OfficeDev/office-js#1005): its CDN
    // under the old and the new domain (OfficeDev/office-js-docs-pr#5882), and what testing found.
    const scripts2 = /script-src ([^;]*);/.exec(csp(office))?.[1].split(" ") ?? [];
    for (const origin of [
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://officeapis.public.onecdn.static.microsoft",
      "https://ajax.aspnetcdn.com",
      "https://browser.pipe.aria.microsoft.com",
    ])
      expect(scripts2).toContain(origin);
    expect(csp(office)).toMatch(/style-src 'self' 'unsafe-inline';/); // office.js's host files set inline styles (OfficeDev/office-js#1687)
    // html-webpack-plugin injects the bundle at the end of <head> (webpack 5's default): after office.js.
    expect(built("taskpane.html")).toBe("taskpane");
  });

  test("the pane is built for the webviews that run it (ES2017); in Internet Explorer's and Edge Legacy's an ES5 script says why it cannot run", () => {
    // webpack's runtime and ts-loader's output: ES2017 (README, "Supported Excel clients").
    expect(config).toMatch(/target: \["web", "es2017"\]/);
    expect(config).toMatch(/compilerOptions: \{[^}]*target: "ES2017"/);
    const scripts = Array.from(office.querySelectorAll("script")).map((x) => x.getAttribute("src"));
    expect(scripts.slice(0, 2)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "old-webview.js"]);
    expect(config).toContain('{ from: "src/taskpane/old-webview.js", to: "old-webview.js" }');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- acorn comes with webpack
    const acorn = require("acorn") as { parse: (src: string, o: { ecmaVersion: number }) => unknown };
    const legacy = readFileSync(path.join(root, "src", "taskpane", "old-webview.js"), "utf8");
    expect(() => acorn.parse(legacy, { ecmaVersion: 5 })).not.toThrow();
    for (const lang of ["fi", "sv", "en"]) expect(legacy).toMatch(new RegExp(`${lang}: "Sopimus `));
  });

  test("the built pane parses as ES2018, its libraries included: ES2017 syntax plus the engine's Unicode regular expressions (Safari 12 and WebView2 run it)", () => {
    // dist/ is built by `npm test` before Jest (test/global-setup.ts); SOPIMUS_DIST names another build.
    const dist = process.env.SOPIMUS_DIST ?? path.join(root, "dist");
    if (!existsSync(dist)) {
      // eslint-disable-next-line no-console -- a skipped check says why
      console.warn(`ES2018 check skipped: no build at ${dist} (npm run build)`);
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- acorn comes with webpack
    const acorn = require("acorn") as { parse: (src: string, o: { ecmaVersion: number }) => unknown };
    // The worker is file mode's, in a browser of the user's own choosing: not checked.
    const chunks = readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "xlsx-worker.js");
    expect(chunks.length).toBeGreaterThan(2);
    const newer = chunks.filter((f) => {
      try {
        // ES2017 syntax (webpack's and ts-loader's target) and \p{L} in regular expressions (ES2018).
        acorn.parse(readFileSync(path.join(dist, f), "utf8"), { ecmaVersion: 2018 });
        return false;
      } catch {
        return true;
      }
    });
    expect(newer).toEqual([]);
  });

  test("the file-mode page loads no office.js, no script at all of its own, and allows no outside connection", () => {
    expect(file.querySelectorAll("script")).toHaveLength(0);
    expect(file.documentElement.outerHTML.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/office\.js|appsforoffice/);
    expect(csp(file)).toContain("connect-src 'none'");
    expect(csp(file)).toContain("script-src 'self';");
    expect(built("index.html")).toBe("index");
  });

  test("each page links to the other", () => {
    const links = readFileSync(path.join(root, "src", "taskpane", "page-links.tsx"), "utf8");
    expect(links).toContain('OFFICE_PAGE = "taskpane.html"');
    expect(links).toContain('FILE_PAGE = "index.html"');
    expect(readFileSync(path.join(root, "src", "taskpane", "index.tsx"), "utf8")).toMatch(/<NoOffice /);
    expect(readFileSync(path.join(root, "src", "taskpane", "file-mode-entry.tsx"), "utf8")).toMatch(/<ToOffice /);
  });

  test("the manifest's SourceLocation is the Office page, also after ADDIN_URL rewriting", () => {
    const deployed = new DOMParser().parseFromString(deployManifest(xml, "https://intra.example.fi/sopimus/"), "application/xml");
    const source = (d: Document) => d.querySelector("DefaultSettings > SourceLocation")?.getAttribute("DefaultValue");
    const paneUrl = (d: Document) =>
      Array.from(d.getElementsByTagName("bt:Url"))
        .find((u) => u.getAttribute("id") === "Taskpane.Url")
        ?.getAttribute("DefaultValue");
    expect(source(doc)).toBe("https://localhost:3000/taskpane.html");
    expect(paneUrl(doc)).toBe("https://localhost:3000/taskpane.html");
    expect(source(deployed)).toBe("https://intra.example.fi/sopimus/taskpane.html");
    expect(paneUrl(deployed)).toBe("https://intra.example.fi/sopimus/taskpane.html");
  });
});
