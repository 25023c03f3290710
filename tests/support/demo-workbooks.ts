import { join } from "path";
import { generateDemoLog } from "../../src/demo";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { departmentsSheet, staffSheet } from "../../src/workbook";

/** Sheets about the company rather than customers: every rep's workbook carries them whole. */
const COMPANY_SHEETS = new Set<string>([staffSheet.key, departmentsSheet.key]);

/**
 * One demo company split into `count` workbooks, as reps' logs are: each customer (with all of its
 * events) lives in exactly one workbook, round robin; 员工, 部门 and 设置 are in every one.
 */
export async function writeDemoWorkbooks(dir: string, count: number, customers: number, seed: number, today: Date): Promise<string[]> {
  const demo = generateDemoLog({ customers, seed, today });
  const book = new Map<string, number>();
  (demo.records.customers as { code: string }[]).forEach((c, i) => book.set(c.code, i % count));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const records: Record<string, Record<string, unknown>[]> = {};
    for (const [key, rows] of Object.entries(demo.records)) {
      records[key] = COMPANY_SHEETS.has(key) ? rows : rows.filter((r) => book.get(String(key === "customers" ? r.code : r.customer)) === i);
    }
    const workbook = XlsxWorkbook.create();
    await setupWorkbook(workbook);
    await appendRecords(workbook, records);
    const file = join(dir, `客服日志-${String(i + 1).padStart(2, "0")}.xlsx`);
    await workbook.save(file, { overwrite: true });
    files.push(file);
  }
  return files;
}
