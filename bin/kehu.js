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
// A reader that stops early (`kehu audit x.xlsx | head`) closes the pipe. Stop there without a stack
// trace, with the code a shell gives a command ended by SIGPIPE (128 + 13), as `yes | head` ends.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(141);
    throw err;
  });
}
require(entry).main(process.argv.slice(2)).then((code) => process.exit(code));
