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
const ICON_SIZES = [16, 32, 64, 80, 128];

/** @param {number} size */
function iconFile(size) {
  return `assets/icon-${size}.png`;
}

/** Every file a build writes to dist/ (paths relative to dist/, with forward slashes). */
function emittedFiles() {
  return [
    PAGE.file,
    ...Object.keys(ENTRIES).map((name) => `${name}.js`),
    FUNCTIONS_METADATA,
    MANIFEST,
    ...ICON_SIZES.map(iconFile),
  ];
}

module.exports = {
  DEV_ORIGIN,
  ENTRIES,
  PAGE,
  FUNCTIONS_SOURCE,
  FUNCTIONS_METADATA,
  MANIFEST,
  ICON_SIZES,
  iconFile,
  emittedFiles,
};
