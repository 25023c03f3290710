import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateDemoLog } from "../../src/demo";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { openArchive } from "../../src/archive/open";
import type { SqlDriver } from "../../src/archive/driver";
import { WORKBOOK_ID_PROPERTY } from "../../src/archive/snapshot";
import { writeCustomProperty } from "../../src/io/xlsx/custom-properties";
import { complaintsSheet, followUpsSheet } from "../../src/workbook";

/** A PostgreSQL server for the archive tests, when CI (or you) started one: see .ci/run. */
export const SERVER_URL = process.env.KEHU_TEST_PG_URL;

/**
 * A schema of its own on the server for one test file (jest runs files in parallel), through the
 * URL's `options` (search_path), so the archive's tables are created there.
 */
async function serverSchema(url: string, name: string): Promise<string> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE; CREATE SCHEMA ${name}`);
  await client.end();
  return `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${name}`)}`;
}

/** The backends every archive test runs on: PGlite always, the server when its URL is set. `name` keeps test files apart. */
export const BACKENDS: [string, (name: string) => Promise<string>][] = [["PGlite", async () => mkdtempSync(join(tmpdir(), "kehu-archive-"))]];
if (SERVER_URL) BACKENDS.push(["PostgreSQL server", (name) => serverSchema(SERVER_URL, name)]);
else console.warn("archive tests: KEHU_TEST_PG_URL is not set, so they run on PGlite only (.ci/run starts a server and sets it)");

export const MADE_AT = new Date(Date.UTC(2026, 10, 23, 10, 30));

/** A demo 客户日志 of `customers` customers written to `file` as `kehu demo` writes it. */
export async function writeDemo(file: string, customers: number, seed: number): Promise<void> {
  const demo = generateDemoLog({ customers, seed, today: MADE_AT });
  const book = XlsxWorkbook.create();
  await setupWorkbook(book);
  await appendRecords(book, demo.records, demo.faults);
  await book.save(file, { overwrite: true });
}

/** Opens the archive and empties it, so each test starts from nothing (a server is shared by the runs). */
export async function emptyArchive(db: string): Promise<SqlDriver> {
  const driver = await openArchive(db);
  await driver.exec("TRUNCATE kh_row, kh_sync, kh_workbook");
  return driver;
}

export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

/**
 * What a rep does between two syncs, as Excel would save it (the workbook id kept): edits a closed
 * complaint's 处理结果, clears (deletes) a follow-up row, edits an open event, adds a follow-up.
 */
export async function editAsRep(file: string, id: string): Promise<{ closed: string; deleted: string; open: string; added: string }> {
  const book = await XlsxWorkbook.open(file);
  const tables = await book.readTables([complaintsSheet.name, followUpsSheet.name]);
  const complaints = tables[complaintsSheet.name]!;
  const status = complaints.headers.indexOf("处理状态");
  const idCol = complaints.headers.indexOf("事件编号");
  const closedAt = complaints.rows.findIndex((r) => r[status] === "已关闭" || r[status] === "已完成");
  const openAt = complaints.rows.findIndex((r) => r[status] === "处理中" || r[status] === "待处理");
  await book.updateCells(complaintsSheet.name, [
    { row: complaints.headerRow + 1 + closedAt, key: { header: "事件编号", value: String(complaints.rows[closedAt][idCol]) }, header: "处理结果", value: "（改写过的结果）" },
    { row: complaints.headerRow + 1 + openAt, key: { header: "事件编号", value: String(complaints.rows[openAt][idCol]) }, header: "总结", value: "跟进中" },
  ]);
  const follow = tables[followUpsSheet.name]!;
  const fid = follow.headers.indexOf("事件编号");
  const ws = book.book.getWorksheet(followUpsSheet.name)!;
  const row = ws.getRow(follow.headerRow + 1);
  follow.headers.forEach((_, c) => (row.getCell(follow.firstColumn + 1 + c).value = null));
  const copy = [...follow.rows[1]];
  copy[fid] = "GJ-ADDED-1";
  await book.appendRows(followUpsSheet.name, [copy]);
  await book.save(file, { overwrite: true });
  await writeCustomProperty(file, WORKBOOK_ID_PROPERTY, id);
  return { closed: String(complaints.rows[closedAt][idCol]), open: String(complaints.rows[openAt][idCol]), deleted: String(follow.rows[0][fid]), added: "GJ-ADDED-1" };
}
