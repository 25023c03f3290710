#!/usr/bin/env node
/**
 * `npm run validate`: checks the add-in manifest offline.
 *   1. office-addin-manifest's own offline parse (`office-addin-manifest info`);
 *   2. the checks of tests/manifest (scripts/manifest-check.js): XSD element order, resids of every
 *      Resources kind, https URLs that match built files, SupportUrl, AppDomains, ProviderName,
 *      icons (one set per ribbon button), shared-runtime wiring, namespace KH, zh-CN with overrides
 *      for every English and Traditional Chinese locale (scripts/manifest-locales.js), ribbon
 *      actions that the commands register.
 * Usage: node scripts/validate-manifest.js [manifest.xml]
 *   With PROD_URL set, URLs are expected on PROD_URL (for dist/manifest.xml of a production build).
 * Microsoft's schema validation (`npx office-addin-manifest validate manifest.xml`) sends the
 * manifest to a Microsoft service, so it needs the network; run it where you have one.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const ts = require("typescript");
const { checkManifest, projectOptions } = require("./manifest-check");
const { LOCALES } = require("./manifest-locales");
const { productionUrl } = require("./prod-manifest");

const ROOT = path.join(__dirname, "..");

/** The action ids src/app/panel-request.ts registers (RIBBON_ACTIONS), read by transpiling it. */
function ribbonActions() {
  const file = path.join(ROOT, "src", "app", "panel-request.ts");
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const mod = { exports: {} };
  new Function("module", "exports", "require", outputText)(mod, mod.exports, require);
  return Object.keys(mod.exports.RIBBON_ACTIONS);
}

function officeAddinManifestInfo(file) {
  const cli = require.resolve("office-addin-manifest/cli.js");
  const result = spawnSync(process.execPath, [cli, "info", file], { encoding: "utf8" });
  const output = `${result.stdout || ""}${result.stderr || ""}`.trim();
  // The CLI prints its errors but may still exit 0: look at both.
  const failed = result.status !== 0 || /error|unable|invalid/i.test(result.stderr || "") || !/Id:\s*\S/.test(result.stdout || "");
  return { failed, output };
}

function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  const rel = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) {
    console.error(`validate: ${rel} does not exist`);
    process.exit(2);
  }
  let failed = false;

  const info = officeAddinManifestInfo(file);
  if (info.failed) {
    failed = true;
    console.error(`✗ office-addin-manifest info ${rel} failed:\n${info.output}`);
  } else {
    const name = /Name:\s*(.*)/.exec(info.output);
    const version = /Version:\s*(.*)/.exec(info.output);
    console.log(`✓ office-addin-manifest info: ${name ? name[1] : "?"} ${version ? version[1] : ""}`.trimEnd());
  }

  const options = { ...projectOptions(ROOT), ribbonActions: ribbonActions() };
  if (process.env.PROD_URL) {
    try {
      options.origin = productionUrl(process.env.PROD_URL);
    } catch (e) {
      console.error(`validate: ${e.message}`);
      process.exit(2);
    }
  }
  const problems = checkManifest(fs.readFileSync(file, "utf8"), options);
  if (problems.length > 0) {
    failed = true;
    console.error(`✗ ${problems.length} problem(s) in ${rel}:`);
    for (const p of problems) console.error(`  - ${p}`);
  } else {
    console.log(`✓ offline checks: element order, resids, URLs and AppDomain on ${options.origin}, SupportUrl, ProviderName, icons per button, shared runtime, namespace ${options.namespace}, zh-CN + ${LOCALES.length} locale overrides`);
  }

  console.log("  (Microsoft's schema validation needs the network: npx office-addin-manifest validate manifest.xml)");
  process.exit(failed ? 1 : 0);
}

main();
