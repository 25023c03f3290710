#!/usr/bin/env node
/**
 * manifest.xml's <Version> is package.json's version with a fourth part, 0 (0.1.0 -> 0.1.0.0):
 * Office and the Microsoft 365 admin center compare it to decide that a manifest is new, so it
 * moves whenever the package's version does. package.json's `version` script runs this during
 * `npm version patch|minor|major`, after npm has bumped package.json and before it commits, and
 * stages manifest.xml into that commit; scripts/manifest-check.js reports the two out of step.
 * Usage: node scripts/manifest-version.js [manifest.xml]
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");

/** "0.1.0" -> "0.1.0.0"; a prerelease or build suffix is dropped (Office takes digits only). */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(packageVersion);
  if (!m) throw new Error(`package.json's version "${packageVersion}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The manifest with its <Version> set to `version`. */
function withVersion(xml, version) {
  const pattern = /(<OfficeApp\b[\s\S]*?<Version>)([^<]*)(<\/Version>)/;
  if (!pattern.test(xml)) throw new Error("manifest.xml has no <Version>");
  return xml.replace(pattern, `$1${version}$3`);
}

function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  const version = manifestVersion(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
  const before = fs.readFileSync(file, "utf8");
  const after = withVersion(before, version);
  if (after !== before) fs.writeFileSync(file, after);
  console.log(`${path.relative(process.cwd(), file)}: <Version>${version}</Version>`);
}

if (require.main === module) main();
module.exports = { manifestVersion, withVersion };
