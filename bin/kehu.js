#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const tooOld = require("../scripts/check-engines").nodeProblem(process.version);
if (tooOld) {
  process.stderr.write(tooOld + "\n");
  process.exit(3);
}
const entry = path.join(__dirname, "..", "lib", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("kehu: the command line is not built yet; run `npm install` (or `npm run build:node`) first.\n");
  process.exit(3);
}
require(entry).main(process.argv.slice(2)).then((code) => process.exit(code));
