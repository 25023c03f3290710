#!/usr/bin/env node
/**
 * The locales manifest.xml translates into, and the tool that keeps its overrides complete.
 *
 * Office picks a manifest string by the exact display language (Office.context.displayLanguage)
 * and falls back to DefaultValue (zh-CN) when no override has that locale; it does not fall back
 * from en-GB to en-US. The task pane speaks English for any en-* and Chinese otherwise
 * (src/i18n/lang.ts), so every English locale Office reports needs the English strings, or the
 * ribbon stays Chinese beside an English pane. Hong Kong and Macao read Traditional Chinese, as
 * Taiwan does; zh-SG reads Simplified and so takes the default.
 *
 * en-US and zh-TW are written by hand in manifest.xml; `node scripts/manifest-locales.js` copies
 * them to the locales below that lack an override (an existing one, e.g. a British spelling, stays)
 * and puts every string's overrides in this order. scripts/manifest-check.js reports a missing one.
 */
"use strict";
const fs = require("fs");
const path = require("path");

/** English display languages of Office and Microsoft 365; en-US first (the hand-written one). */
const ENGLISH = ["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA", "en-HK", "en-MY", "en-PH"];
/** Traditional Chinese locales; zh-TW first (the hand-written one). */
const TRADITIONAL = ["zh-TW", "zh-HK", "zh-MO"];
/** Every locale each string must have an override for, in the order they are written. */
const LOCALES = [...ENGLISH, ...TRADITIONAL];
/** locale -> the locale whose text it copies when it has none of its own. */
const SOURCE = Object.fromEntries([...ENGLISH.map((l) => [l, ENGLISH[0]]), ...TRADITIONAL.map((l) => [l, TRADITIONAL[0]])]);

const OVERRIDE = /^(\s*)<((?:bt:)?)Override Locale="([^"]+)" Value="([^"]*)"\/>\s*$/;

/**
 * The manifest with every run of <Override> lines completed and ordered as LOCALES. Text-based, so
 * comments, indentation and the rest of the file stay exactly as written.
 * @param {string} xml
 * @returns {string}
 */
function completeOverrides(xml) {
  const lines = xml.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; ) {
    if (!OVERRIDE.test(lines[i])) {
      out.push(lines[i++]);
      continue;
    }
    const run = [];
    while (i < lines.length && OVERRIDE.test(lines[i])) run.push(OVERRIDE.exec(lines[i++]));
    const [, indent, prefix] = run[0];
    const values = new Map(run.map((m) => [m[3], m[4]]));
    for (const locale of LOCALES) {
      if (!values.has(locale) && values.has(SOURCE[locale])) values.set(locale, values.get(SOURCE[locale]));
    }
    const order = [...LOCALES.filter((l) => values.has(l)), ...[...values.keys()].filter((l) => !LOCALES.includes(l))];
    for (const locale of order) out.push(`${indent}<${prefix}Override Locale="${locale}" Value="${values.get(locale)}"/>`);
  }
  return out.join("\n");
}

function main() {
  const file = path.resolve(process.argv[2] || path.join(__dirname, "..", "manifest.xml"));
  const before = fs.readFileSync(file, "utf8");
  const after = completeOverrides(before);
  if (after === before) {
    console.log(`${path.relative(process.cwd(), file)}: every string already has an override for ${LOCALES.length} locales`);
    return;
  }
  fs.writeFileSync(file, after);
  console.log(`${path.relative(process.cwd(), file)}: overrides completed for ${LOCALES.join(", ")}`);
}

if (require.main === module) main();
module.exports = { ENGLISH, TRADITIONAL, LOCALES, SOURCE, completeOverrides };
