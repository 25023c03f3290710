/**
 * What the add-in build puts in dist/, declared once. webpack.config.js builds from these entries,
 * this page and these icons (and fails the build if a listed file was not emitted);
 * tests/manifest checks every URL of manifest.xml against emittedFiles() without running webpack.
 */
"use strict";

/** Where `npm start` serves the add-in; manifest.xml's URLs all start with it. */
const DEV_ORIGIN = "https://localhost:3000";

/** webpack entry name -> source; each becomes dist/<name>.js. */
const ENTRIES = {
  functions: "./src/functions/functions.ts",
  commands: "./src/commands/commands.ts",
  taskpane: "./src/taskpane/index.ts",
};

/**
 * The shared-runtime page: the task pane, the ribbon commands and the custom functions all run in
 * it. Its scripts load in this order: functions register first, then the ribbon actions, then the UI.
 */
const PAGE = {
  file: "taskpane.html",
  template: "./src/taskpane/taskpane.html",
  chunks: ["functions", "commands", "taskpane"],
};

const FUNCTIONS_SOURCE = ENTRIES.functions;
const FUNCTIONS_METADATA = "functions.json";
const MANIFEST = "manifest.xml";
/**
 * Icon name -> the sizes scripts/make-icons.js draws as assets/<name>-<size>.png. "icon" is the
 * add-in's own (IconUrl 32, HighResolutionIconUrl 64, the ribbon group and the 客户日志 button
 * 16/32/80, 128 for catalogs); each other ribbon button has its own at the sizes a ribbon <Icon> needs.
 */
const ICONS = {
  icon: [16, 32, 64, 80, 128],
  register: [16, 32, 80],
  due: [16, 32, 80],
  audit: [16, 32, 80],
};
const ICON_SIZES = ICONS.icon;

/**
 * @param {number} size
 * @param {string} [name]
 */
function iconFile(size, name = "icon") {
  return `assets/${name}-${size}.png`;
}

/** Every icon file, as assets/<name>-<size>.png. */
function iconFiles() {
  return Object.entries(ICONS).flatMap(([name, sizes]) => sizes.map((size) => iconFile(size, name)));
}

/** The support page the manifest's SupportUrl names: static, copied as it is. */
const SUPPORT_PAGE = { file: "support.html", source: "src/support/support.html" };

/** Every file a build writes to dist/ (paths relative to dist/, with forward slashes). */
function emittedFiles() {
  return [
    PAGE.file,
    ...Object.keys(ENTRIES).map((name) => `${name}.js`),
    FUNCTIONS_METADATA,
    MANIFEST,
    SUPPORT_PAGE.file,
    ...iconFiles(),
  ];
}

module.exports = {
  DEV_ORIGIN,
  ENTRIES,
  PAGE,
  FUNCTIONS_SOURCE,
  FUNCTIONS_METADATA,
  MANIFEST,
  ICONS,
  ICON_SIZES,
  iconFile,
  iconFiles,
  SUPPORT_PAGE,
  emittedFiles,
};
