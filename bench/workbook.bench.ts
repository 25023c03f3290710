import { execFile } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { promisify } from "util";
import { tmpdir } from "os";
import { join } from "path";
import { transactionsSheet } from "../src/workbook";
import type { AnyColumn } from "../src/workbook/column";
import type { Cell } from "../src/workbook/cell";
import { parseSheet } from "../src/workbook/codec/parse";
import { coercerFor } from "../src/workbook/codec/coerce";
import { encodeRecordInSpecOrder } from "../src/workbook/codec/record";
import { XlsxWorkbook } from "../src/io/xlsx/xlsx-workbook";
import { setupWorkbook } from "../src/app/setup";
import { seededRandom, newId } from "../src/domain/ids";
import { utcDate, addDays } from "../src/domain/time";

function eventRows(n: number): Cell[][] {
  const random = seededRandom(7);
  const start = utcDate(2025, 11, 1, 9);
  const categories = ["饮料", "食品", "日化", "家电"];
  const rows: Cell[][] = [];
  for (let i = 0; i < n; i++) {
    const at = addDays(start, Math.floor(random() * 365));
    rows.push(
      encodeRecordInSpecOrder(transactionsSheet, {
        id: newId("WL", at, random),
        customer: `C${String(Math.floor(random() * 2000)).padStart(4, "0")}`,
        rep: "S001",
        occurredAt: at,
        source: "电话",
        description: "订单 饮料 200 箱",
        txType: "订单",
        productCategory: categories[i % 4],
        quantity: 200,
        unitPrice: 35.5,
        amount: Math.round(random() * 100000) / 100,
        status: "已完成",
        feedbackAt: addDays(at, 1),
      }),
    );
  }
  return rows;
}

interface ChildRead {
  ms: number;
  rows: number;
  peakMb: number;
  startMb: number;
}

/** readLog over the file in a fresh node: XlsxReader ("fast", read-only commands) or XlsxWorkbook ("exceljs"). */
async function readInChild(file: string, mode: "fast" | "exceljs"): Promise<ChildRead> {
  const root = join(__dirname, "..");
  const { stdout } = await promisify(execFile)(process.execPath, ["-r", join(root, "scripts/register-ts.js"), join(__dirname, "xlsx-read-child.ts"), file, mode], { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as ChildRead;
}

function time<T>(fn: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const out = fn();
  return [out, Number(process.hrtime.bigint() - t) / 1e6];
}

/** The obvious alternative: every cell through its column's zod schema. */
function zodPerCell(rows: Cell[][]): number {
  const columns: readonly AnyColumn[] = transactionsSheet.columns;
  const readers = columns.map((c) => coercerFor(c));
  let ok = 0;
  for (const row of rows) {
    columns.forEach((c, i) => {
      const v = row[i];
      if (v === null) return;
      const coerced = readers[i](v);
      if (coerced.ok && c.schema.safeParse(coerced.value).success) ok++;
    });
  }
  return ok;
}

export async function run(print: (line: string) => void): Promise<void> {
  const n = 100_000;
  const rows = eventRows(n);
  const headers = transactionsSheet.columns.map((c) => c.header);
  const table = { sheet: transactionsSheet.name, headers, rows, headerRow: 1, firstColumn: 0 };
  parseSheet(transactionsSheet, { ...table, rows: rows.slice(0, 2000) });
  const [parsed, ms] = time(() => parseSheet(transactionsSheet, table));
  const [, baseline] = time(() => zodPerCell(rows));
  if (parsed.rows.length !== n) throw new Error(`parsed ${parsed.rows.length} of ${n}`);
  print(`codec parse n=${n} event rows: ${ms.toFixed(0)} ms (zod-per-cell baseline ${baseline.toFixed(0)} ms, ${(ms / baseline).toFixed(2)}x; target ≤ 1000 ms)`);

  const dir = mkdtempSync(join(tmpdir(), "kehu-bench-"));
  const file = join(dir, "100k.xlsx");
  const wb = XlsxWorkbook.create();
  await setupWorkbook(wb);
  await wb.appendRows(transactionsSheet.name, rows);
  await wb.save(file, { overwrite: true });
  rows.length = 0;
  // Each way of reading runs in a fresh process, so each has its own peak RSS (the file above was made here).
  const fast = await readInChild(file, "fast");
  const slow = await readInChild(file, "exceljs");
  print(`xlsx read n=${fast.rows} rows: ${(fast.ms / 1000).toFixed(2)} s (exceljs path ${(slow.ms / 1000).toFixed(2)} s, ${(fast.ms / slow.ms).toFixed(2)}x; target ≤ 10 s)`);
  print(`xlsx read peak memory n=${fast.rows} rows: ${fast.peakMb.toFixed(0)} MB rss (exceljs path ${slow.peakMb.toFixed(0)} MB, ${(fast.peakMb / slow.peakMb).toFixed(2)}x; process start ${fast.startMb.toFixed(0)} MB; target ≤ 1024 MB)`);
  rmSync(dir, { recursive: true, force: true });
}
