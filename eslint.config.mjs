/**
 * `npm run lint` (eslint src tests bench): the import rule between src/'s layers (local/layers), eslint's and typescript-eslint's recommended rules, plus the
 * Office rules of eslint-plugin-office-addins' recommended config (they catch a proxy read before
 * load + sync, a sync in a loop, ...). The plugin's own flat config also turns on prettier
 * formatting and an old bundled parser; we take only its office-addins/* rules and keep our parser.
 */
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import { layersRule } from "./scripts/eslint/layers.mjs";

/** The office-addins/* rules with the levels the plugin recommends. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["dist/", "lib/", "coverage/", "demo/", "templates/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // The layers of src/ (scripts/eslint/layers.mjs), and Office's globals only where Office.js is
    // driven: the adapter (io/office), the task pane's host and entry, the ribbon's entry.
    files: ["src/**/*.ts"],
    plugins: { local: { rules: { layers: layersRule } } },
    rules: {
      "local/layers": "error",
      "no-restricted-globals": ["error", { name: "Office", message: "Office.js only in src/io/office, taskpane/office-host.ts and the entry files" }, { name: "Excel", message: "Office.js only in src/io/office, taskpane/office-host.ts and the entry files" }],
    },
  },
  {
    files: ["src/io/office/**/*.ts", "src/taskpane/office-host.ts", "src/taskpane/index.ts", "src/commands/commands.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // Where Office.js code lives. Elsewhere (the exceljs adapter, the Excel fake in tests) the same
    // getCell(...).value shapes are plain objects, and these rules would flag them wrongly.
    files: ["src/io/office/**/*.ts", "src/taskpane/**/*.ts", "src/commands/**/*.ts", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    // Excel passes custom functions untyped matrices and the metadata generator reads `any` from the
    // signatures; column.ts uses `any` only as the bound of type-level generics (ColumnSpec<K, any, R>).
    files: ["src/functions/**/*.ts", "src/workbook/column.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
);
