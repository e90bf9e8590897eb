// The development server's two needs, in plain CommonJS for webpack.config.js:
// - its certificate: made by this project (no sudo, nothing installed), in the folder Office's own
//   tools use, each step said on stderr;
// - its reload socket: allowed by the pages' Content-Security-Policy in development builds only
//   (the production policy in the .html sources is left as written).
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
const VALID_DAYS = 30;

/** Where the certificate lives: $SOPIMUS_DEV_CERTS, else the folder office-addin-dev-certs uses (so `npm start` finds the same one). */
function certDir() {
  return process.env.SOPIMUS_DEV_CERTS || path.join(os.homedir(), ".office-addin-dev-certs");
}

/** The certificate's last day, or undefined when it cannot be read. */
function validTo(certPem) {
  try {
    return new Date(new crypto.X509Certificate(certPem).validTo);
  } catch {
    return undefined;
  }
}

/**
 * The dev server's https options: the certificate in certDir() when it is there and valid for
 * another day, else a new one written there (ca.crt, localhost.crt, localhost.key, 30 days) with
 * mkcert, as office-addin-dev-certs makes it, but without installing anything. Never runs sudo.
 * @param {(line: string) => void} [say] where the steps are said (stderr)
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer }>}
 */
async function devHttpsOptions(say = (line) => process.stderr.write(line + "\n")) {
  const dir = certDir();
  const file = (name) => path.join(dir, FILES[name]);
  const present = Object.keys(FILES).every((name) => fs.existsSync(file(name)));
  const until = present ? validTo(fs.readFileSync(file("cert"))) : undefined;
  if (until && until.getTime() > Date.now() + 24 * 3600 * 1000) {
    say(`Dev server: using the development certificate in ${dir} (${FILES.cert}, ${FILES.key}; valid until ${until.toISOString().slice(0, 10)}).`);
  } else {
    say(
      `Dev server: writing a new development certificate to ${dir}: ${FILES.ca}, ${FILES.cert} and ${FILES.key}, valid ${VALID_DAYS} days` +
        `${present ? " (the one there has expired or cannot be read)" : ""}. Nothing is installed.`,
    );
    // mkcert is what office-addin-dev-certs makes its certificates with (one of its dependencies).
    const mkcert = require(require.resolve("mkcert", { paths: [path.dirname(require.resolve("office-addin-dev-certs/package.json"))] }));
    const ca = await mkcert.createCA({
      organization: "Developer CA for Microsoft Office Add-ins",
      // The fields office-addin-dev-certs gives its CA, so that its install and verify know it.
      countryCode: "US",
      state: "WA",
      locality: "Redmond",
      validity: VALID_DAYS,
    });
    const cert = await mkcert.createCert({ ca, domains: ["127.0.0.1", "localhost"], validity: VALID_DAYS });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file("ca"), ca.cert);
    fs.writeFileSync(file("cert"), cert.cert);
    fs.writeFileSync(file("key"), cert.key, { mode: 0o600 });
  }
  say(
    `Dev server: browsers and Office trust it once ${file("ca")} is trusted: import it in your browser, or run ` +
      "`npx office-addin-dev-certs install` yourself (it asks for an administrator's password).",
  );
  return { ca: fs.readFileSync(file("ca")), cert: fs.readFileSync(file("cert")), key: fs.readFileSync(file("key")) };
}

/** The origins of the dev server's reload socket (webpack-dev-server's client connects to wss://<page's host>/ws). */
function socketSources(port) {
  return ["'self'", `wss://localhost:${port}`, `wss://127.0.0.1:${port}`];
}

/**
 * The page with its Content-Security-Policy's connect-src allowing the dev server's reload socket
 * and hot updates (for development builds only): 'none' replaced, other sources kept.
 * @param {string} html a page as HtmlWebpackPlugin emits it
 * @param {number} port the dev server's port
 * @returns {string}
 */
function allowDevSocket(html, port) {
  return html.replace(/(<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*\bcontent=")([^"]*)(")/i, (_, before, policy, after) => {
    const directives = policy
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean);
    const at = directives.findIndex((d) => /^connect-src\b/i.test(d));
    const current =
      at >= 0
        ? directives[at]
            .split(/\s+/)
            .slice(1)
            .filter((s) => s !== "'none'")
        : [];
    const sources = [...current, ...socketSources(port).filter((s) => !current.includes(s))];
    const directive = ["connect-src", ...sources].join(" ");
    if (at >= 0) directives[at] = directive;
    else directives.push(directive);
    return before + directives.join("; ") + after;
  });
}

/** A webpack plugin: every page HtmlWebpackPlugin emits gets allowDevSocket (use in development mode only). */
class DevSocketCsp {
  constructor(port) {
    this.port = port;
  }
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    compiler.hooks.compilation.tap("DevSocketCsp", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("DevSocketCsp", (data) => {
        data.html = allowDevSocket(data.html, this.port);
        return data;
      });
    });
  }
}

module.exports = { devHttpsOptions, allowDevSocket, DevSocketCsp, certDir };
