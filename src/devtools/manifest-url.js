// The manifest for a deployment: every URL that points at the development server
// (https://localhost:3000/) points at the address the add-in is hosted at instead, and the
// AppDomain is that address's origin. Plain CommonJS, so that webpack.config.js can use it as
// it copies manifest.xml into dist/ (ADDIN_URL=https://… npm run build).
const DEV = "https://localhost:3000";

/**
 * @param {string} xml the development manifest
 * @param {string} url where dist/ is served, e.g. "https://intra.example.fi/sopimus/"
 * @returns {string} the manifest pointing there
 */
function deployManifest(xml, url) {
  let base;
  try {
    base = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${url}`);
  }
  // Office loads add-ins only over https, and query strings or fragments would break the paths.
  if (base.protocol !== "https:") throw new Error(`ADDIN_URL must be an https:// address: ${url}`);
  if (base.search || base.hash) throw new Error(`ADDIN_URL must be a plain folder address, without ? or #: ${url}`);
  const folder = base.href.endsWith("/") ? base.href : `${base.href}/`;
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return xml
    .replace(`<AppDomain>${DEV}</AppDomain>`, `<AppDomain>${escape(base.origin)}</AppDomain>`)
    .split(`${DEV}/`)
    .join(escape(folder));
}

module.exports = { deployManifest };
