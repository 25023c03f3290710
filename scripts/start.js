#!/usr/bin/env node
/**
 * `npm start`: builds the add-in in development mode and serves it on https://localhost:3000 with the
 * office-addin-dev-certs certificates (created on first run), then
 *   - on Windows and macOS sideloads manifest.xml into Excel desktop with office-addin-debugging
 *     (fetched by npx on first use; it has a native dependency that does not build everywhere, so
 *     it is not a project dependency), and unloads it again on Ctrl+C;
 *   - on Linux, where Excel desktop does not exist and the certificate cannot be trusted
 *     automatically, it serves and prints how to sideload into Excel on the web.
 * It serves until Ctrl+C. `node scripts/start.js --check` starts the server, fetches every built
 * file from it once and exits (0 when all came back): a smoke test that never hangs.
 * CI never runs it; with CI set and no --check it refuses instead of serving forever.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const https = require("https");
const { spawn, spawnSync } = require("child_process");
const files = require("./addin-files");

const ROOT = path.join(__dirname, "..");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["localhost.key", "localhost.crt", "ca.crt"];
const PORT = Number(new URL(files.DEV_ORIGIN).port);
const CHECK = process.argv.includes("--check");
const READY_TIMEOUT_MS = 180_000;

function haveCertificates() {
  return CERT_FILES.every((name) => fs.existsSync(path.join(CERT_DIR, name)));
}

/** Creates the dev certificates if missing. Trusting them needs sudo / a keychain; without it they still get created. */
function ensureCertificates() {
  if (haveCertificates()) return true;
  console.log("Creating the development certificates (office-addin-dev-certs install)…");
  const cli = require.resolve("office-addin-dev-certs/cli.js");
  spawnSync(process.execPath, [cli, "install"], { stdio: ["ignore", "inherit", "inherit"], timeout: 120_000 });
  if (haveCertificates()) return true;
  console.warn(`No certificates in ${CERT_DIR}: serving plain http (Excel needs https; browser tests do not).`);
  return false;
}

function get(url) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve) => {
    const req = client.get(url, { rejectUnauthorized: false, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode || 0));
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
  });
}

async function waitUntilServing(origin, server) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return false;
    if ((await get(`${origin}/${files.PAGE.file}`)) === 200) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function npx(args, options = {}) {
  const command = process.platform === "win32" ? "npx.cmd" : "npx";
  return spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32", ...options });
}

function sideload() {
  console.log("Sideloading manifest.xml into Excel (office-addin-debugging)…");
  const result = npx(["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "excel", "--no-debug", "--no-live-reload", "--dev-server-port", String(PORT)]);
  if (result.status !== 0) {
    console.warn("Sideloading did not work; load the add-in by hand:");
    printSideloadHelp(files.DEV_ORIGIN, true);
    return false;
  }
  return true;
}

function unload() {
  npx(["--yes", "office-addin-debugging@7", "stop", "manifest.xml", "desktop", "--app", "excel"]);
}

function printSideloadHelp(origin, secure) {
  const lines = [
    "",
    `客户日志 is served on ${origin} (Ctrl+C stops it).`,
    "",
    "Excel on the web:",
    `  1. Open ${origin}/${files.PAGE.file} in the same browser once${secure ? " and accept the certificate" : ""}`,
    `     (or import ${path.join(CERT_DIR, "ca.crt")} as a trusted root).`,
    "  2. Open a workbook on office.com (OneDrive or SharePoint).",
    "  3. Home > Add-ins > More Add-ins (or Insert > Add-ins) > Upload My Add-in, and choose",
    `     ${path.join(ROOT, "manifest.xml")}`,
    "  4. The 客户日志 group appears on the Home tab: 客户日志, 登记, 今日跟进, 审计.",
    "",
    "Excel desktop:",
    "  Windows or macOS: run `npm start` there; it sideloads into Excel by itself.",
    "  By hand on Windows: share a folder holding manifest.xml, add it under File > Options > Trust Center >",
    "    Trust Center Settings > Trusted Add-in Catalogs (Show in Menu), restart Excel, then",
    "    Home > Add-ins > Advanced > SHARED FOLDER.",
    "  By hand on macOS: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "    and restart Excel; the add-in is under Home > Add-ins.",
    "",
  ];
  console.log(lines.join("\n"));
}

async function main() {
  if (process.env.CI && !CHECK) {
    console.error("npm start serves until it is stopped; it is not meant for CI (use `npm run build`).");
    process.exit(2);
  }
  const secure = ensureCertificates();
  const origin = `${secure ? "https" : "http"}://localhost:${PORT}`;
  const webpack = require.resolve("webpack/bin/webpack.js");
  const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  let sideloaded = false;
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    if (sideloaded) unload();
    if (server.exitCode === null) server.kill("SIGTERM");
    process.exitCode = code;
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`The dev server stopped (exit ${code}).`);
      stop(code || 1);
    }
  });

  if (!(await waitUntilServing(origin, server))) {
    console.error(`The dev server did not answer on ${origin} within ${READY_TIMEOUT_MS / 1000} s.`);
    stop(1);
    return;
  }

  if (CHECK) {
    const results = await Promise.all(files.emittedFiles().map(async (file) => [file, await get(`${origin}/${file}`)]));
    const bad = results.filter(([, status]) => status !== 200);
    for (const [file, status] of results) console.log(`${status === 200 ? "✓" : "✗"} ${origin}/${file} ${status || "no answer"}`);
    stop(bad.length === 0 ? 0 : 1);
    return;
  }

  if (process.platform === "win32" || process.platform === "darwin") {
    sideloaded = sideload();
    if (sideloaded) console.log(`客户日志 is served on ${origin} and loaded in Excel (Ctrl+C stops both).`);
  } else {
    printSideloadHelp(origin, secure);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
