/**
 * manifest.xml for a production host: `PROD_URL=https://host/path npm run build` writes
 * dist/manifest.xml through productionManifest(). Every URL in manifest.xml starts with the dev
 * origin (scripts/manifest-check.js insists), so the dev origin is replaced everywhere: by PROD_URL
 * in URLs, and by PROD_URL's origin alone in <AppDomain> (which takes no path). Nothing of the dev
 * server may survive; the function throws rather than write a manifest that still points at it.
 */
"use strict";
const { DEV_ORIGIN } = require("./addin-files");

/**
 * PROD_URL without its trailing slash; anything but an https URL is an error (Office loads add-ins
 * only over HTTPS, so an http host would fail only once deployed).
 * @param {string} raw
 */
function productionUrl(raw) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`PROD_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`PROD_URL must be an https URL (Office loads add-ins only over HTTPS): ${raw}`);
  if (url.search || url.hash) throw new Error(`PROD_URL must not have a query or fragment: ${raw}`);
  return url.href.replace(/\/+$/, "");
}

/**
 * @param {string} xml manifest.xml as written (URLs on DEV_ORIGIN)
 * @param {string} prodUrl e.g. "https://addins.example.com/kehu/"
 * @returns {string}
 */
function productionManifest(xml, prodUrl) {
  const base = productionUrl(prodUrl);
  const origin = new URL(base).origin;
  const devHost = new URL(DEV_ORIGIN).host;
  const rewritten = xml
    .replace(/(<AppDomain>\s*)([^<]*?)(\s*<\/AppDomain>)/g, (_m, open, domain, close) => `${open}${domain === DEV_ORIGIN ? origin : domain}${close}`)
    .split(DEV_ORIGIN)
    .join(base);
  if (rewritten.includes(devHost)) throw new Error(`manifest.xml still mentions ${devHost} after rewriting it for ${base}`);
  return rewritten;
}

module.exports = { productionManifest, productionUrl };
