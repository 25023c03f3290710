/**
 * Jest runs modules in a VM that cannot serve native `import()` (without
 * --experimental-vm-modules). PGlite's CommonJS build loads Node built-ins that way
 * (`await import("fs/promises")`); this turns those into `require` for the tests (through an alias:
 * the bundle declares a `require` of its own in some scopes).
 */
const { createHash } = require("crypto");
const { readFileSync } = require("fs");

const SELF = readFileSync(__filename, "utf8");

module.exports = {
  process(source) {
    const code = source.replace(/\bimport\((["'])((?:node:)?[a-z_/]+)\1\)/g, "Promise.resolve(__jestRequire($1$2$1))");
    return { code: `var __jestRequire = require;${code}` };
  },
  getCacheKey(source, path) {
    return createHash("sha1").update(SELF).update(path).update(source).digest("hex");
  },
};
