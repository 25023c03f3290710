#!/usr/bin/env node
/**
 * The Node and npm versions package.json's "engines" asks for, checked with one line of output.
 *   - `npm install` refuses too old a Node or npm before it downloads anything: .npmrc sets
 *     engine-strict, so npm itself reports "Not compatible with your version of node/npm".
 *   - bin/kehu.js (and so `npm run demo`) calls nodeProblem() first, for a Node switched after install.
 *   - `node scripts/check-engines.js` checks both (npm's version from npm_config_user_agent when run
 *     by npm, else from `npm --version`) and exits 1 with one line when either is too old. It is
 *     package.json's `preinstall` too, where it adds one line when npm works but is older than
 *     LOCKFILE_NPM: such an npm installs the same versions but rewrites package-lock.json, dropping
 *     the `libc` fields npm writes from 11.11.0 on, so the clone no longer looks clean.
 * Written in the JavaScript that old Node versions still parse, so the message reaches them.
 */
"use strict";
var path = require("path");

var ENGINES = require(path.join(__dirname, "..", "package.json")).engines;

/** The first npm that writes package-lock.json's `libc` fields, so `npm install` leaves it as committed. */
var LOCKFILE_NPM = "11.11.0";

/** [major, minor, patch] of "v20.9.0", "20.9", ">=20.9.0" or "npm/10.8.2"; missing parts are 0. */
function parts(version) {
  var m = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(version));
  return m ? [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)] : null;
}

/** Whether `version` is at least the ">=x.y.z" bound (the only form package.json's engines uses). */
function atLeast(version, bound) {
  var have = parts(version);
  var need = parts(bound);
  if (!have || !need) return true;
  for (var i = 0; i < 3; i++) if (have[i] !== need[i]) return have[i] > need[i];
  return true;
}

/** One line when this Node is older than engines.node, else null. */
function nodeProblem(nodeVersion) {
  if (atLeast(nodeVersion, ENGINES.node)) return null;
  return "kehu-rizhi needs Node " + ENGINES.node + ", this is Node " + nodeVersion + ": install Node 20.9 or newer from https://nodejs.org/.";
}

/** One line when this npm is older than engines.npm (null when the version is unknown or recent enough). */
function npmProblem(npmVersion) {
  if (!npmVersion || atLeast(npmVersion, ENGINES.npm)) return null;
  return "kehu-rizhi needs npm " + ENGINES.npm + ", this is npm " + npmVersion + ": run `npm install -g npm@10`, or install a current Node 20 (it ships npm 10).";
}

/** One line when this npm works but will rewrite package-lock.json (see LOCKFILE_NPM), else null. */
function lockfileNote(npmVersion) {
  if (!npmVersion || atLeast(npmVersion, ">=" + LOCKFILE_NPM)) return null;
  return "note: npm " + npmVersion + " installs the same versions but drops package-lock.json's `libc` fields (npm " + LOCKFILE_NPM + " keeps them): `git checkout package-lock.json` afterwards, or `npm install -g npm@11` first.";
}

/** npm's version: from the user agent npm gives its scripts, else by asking npm. */
function currentNpmVersion() {
  var agent = /npm\/(\d[^\s]*)/.exec(process.env.npm_config_user_agent || "");
  if (agent) return agent[1];
  var result = require("child_process").spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
  return result.status === 0 ? String(result.stdout).trim() : null;
}

if (require.main === module) {
  var npmVersion = currentNpmVersion();
  var problem = nodeProblem(process.version) || npmProblem(npmVersion);
  if (problem) {
    process.stderr.write(problem + "\n");
    process.exit(1);
  }
  var note = lockfileNote(npmVersion);
  if (note) process.stderr.write(note + "\n");
}

module.exports = { nodeProblem: nodeProblem, npmProblem: npmProblem, lockfileNote: lockfileNote, atLeast: atLeast, ENGINES: ENGINES, LOCKFILE_NPM: LOCKFILE_NPM };
