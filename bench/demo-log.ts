/** The demo's records as a Log held in memory (as readLog would give it), for compute-only benches. */
import { generateDemoLog } from "../src/demo";
import { EVENT_SHEET_KEYS, type Log } from "../src/domain/log";
import { settingsFromRows } from "../src/workbook/settings-rows";

export const BENCH_TODAY = new Date(Date.UTC(2026, 10, 23));
const MADE_AT = new Date(Date.UTC(2026, 10, 23, 10, 30));

export function demoLog(customers: number, seed = 1): { log: Log; rows: number } {
  const demo = generateDemoLog({ customers, seed, today: MADE_AT });
  const rowed = (key: string) => (demo.records[key] ?? []).map((record, i) => ({ row: i + 2, record }));
  const log: Record<string, unknown> = { settings: settingsFromRows([]), customers: rowed("customers") };
  for (const key of ["staff", "staffTraining", "staffExperience", "departments", "plans", "suggestions"]) log[key] = rowed(key);
  let rows = demo.records.customers.length;
  for (const key of EVENT_SHEET_KEYS) {
    log[key] = rowed(key);
    rows += demo.records[key].length;
  }
  return { log: log as unknown as Log, rows };
}
