// The manifest for a deployment: every URL that points at the development server
// (https://localhost:3000/) points at the address the add-in is hosted at instead, the
// AppDomain is that address's origin, and the add-in's <Id> is its own: derived from the
// address, so the development add-in and each deployment (a test and a production address) are
// distinct add-ins to Office and can be installed side by side (the Id identifies the add-in;
// "Id: the unique identifier for your add-in as a GUID", learn.microsoft.com/javascript/api/manifest/id).
// Plain CommonJS, so that webpack.config.js can use it as it copies manifest.xml into dist/
// (ADDIN_URL=https://… npm run build).
const { createHash } = require("crypto");

const DEV = "https://localhost:3000";

/** A GUID derived from the address (a name-based GUID: SHA-1, version 5 bits), stable for that address. */
function idFor(address) {
  const h = createHash("sha1").update(`sopimus:${address}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

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
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${idFor(folder)}</Id>`)
    .replace(`<AppDomain>${DEV}</AppDomain>`, `<AppDomain>${escape(base.origin)}</AppDomain>`)
    .split(`${DEV}/`)
    .join(escape(folder));
}

module.exports = { deployManifest, idFor };
