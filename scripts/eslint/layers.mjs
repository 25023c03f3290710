/**
 * The import rule between src/'s layers, as an ESLint rule (`local/layers` in eslint.config.mjs):
 * an import that resolves into another top-level folder of src/ must be one the importing folder
 * may use. Arrows point inwards: domain imports nothing of ours; workbook imports domain; io
 * imports workbook and domain; app imports io, workbook and domain; the edges (functions,
 * taskpane, cli, commands) import app and below and never each other.
 */
import path from "node:path";

const BELOW_APP = ["app", "io", "workbook", "domain", "i18n"];

/** Top-level folder of src/ → the folders it may import from (its own always). */
export const LAYERS = {
  domain: [],
  // The zh/en string tables: a leaf any layer may read (problems and reports are worded in both).
  i18n: [],
  workbook: ["domain", "i18n"],
  io: ["workbook", "domain", "i18n"],
  app: ["io", "workbook", "domain", "i18n"],
  // The sample-log generator builds records; the company archive stores workbooks laid out as app/layout.ts says.
  demo: ["workbook", "domain"],
  archive: BELOW_APP,
  functions: BELOW_APP,
  taskpane: BELOW_APP,
  commands: BELOW_APP,
  cli: [...BELOW_APP, "demo", "archive"],
};

function layerOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  const [top] = rel.split(path.sep);
  return top in LAYERS ? top : undefined;
}

export const layersRule = {
  meta: { type: "problem", schema: [], messages: { wrong: "{{from}}/ may not import {{to}}/ (layers: see scripts/eslint/layers.mjs)" } },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, "src");
    const from = layerOf(file, srcRoot);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== "string" || !spec.startsWith(".")) return;
      const to = layerOf(path.resolve(path.dirname(file), spec), srcRoot);
      if (to && to !== from && !LAYERS[from].includes(to)) context.report({ node, messageId: "wrong", data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};
