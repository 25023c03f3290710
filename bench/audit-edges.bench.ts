/**
 * The rules at their edges (domain/audit/samples.ts auditSampleIssues, promises.ts, aftersales.ts,
 * abc-duties.ts) over the full 2,000-customer demo, each against the whole audit measured in the
 * same run: what the new rules add to it.
 */
import { generateDemoLog } from "../src/demo";
import { audit } from "../src/domain/audit";
import { AuditContext } from "../src/domain/audit/context";
import { auditAbcDuties } from "../src/domain/audit/abc-duties";
import { auditAftersales } from "../src/domain/audit/aftersales";
import { auditPromises } from "../src/domain/audit/promises";
import { auditSampleIssues } from "../src/domain/audit/samples";
import { LOG_SHEET_KEYS, type Log } from "../src/domain/log";
import { settingsFromRows } from "../src/workbook/settings-rows";
import { timed } from "./timing";

const TODAY = new Date(Date.UTC(2026, 10, 23));

export async function run(print: (line: string) => void): Promise<void> {
  const demo = generateDemoLog({ customers: 2000, seed: 1, today: new Date(Date.UTC(2026, 10, 23, 10, 30)) });
  const log = Object.fromEntries([["settings", settingsFromRows([])], ...LOG_SHEET_KEYS.map((k) => [k, (demo.records[k] ?? []).map((record, i) => ({ row: i + 2, record }))])]) as unknown as Log;
  const whole = timed(() => audit(log, TODAY), 5);
  const rules: [string, (ctx: AuditContext) => void, number][] = [
    ["samples (approver, repeats)", auditSampleIssues, log.samples.length],
    ["promises (unkept, no due date)", auditPromises, log.followUps.length],
    ["invoices and returns", auditAftersales, log.invoices.length + log.returns.length],
    ["ABC duties", auditAbcDuties, log.customers.length],
  ];
  for (const [name, rule, n] of rules) {
    const t = timed(() => {
      const ctx = new AuditContext(log, TODAY);
      rule(ctx);
      return ctx.findings.length;
    }, 5);
    const context = timed(() => new AuditContext(log, TODAY), 5);
    const own = Math.max(0, t.median - context.median);
    print(`audit ${name} n=${n} rows: ${own.toFixed(1)} ms beyond building the context (whole audit ${whole.median.toFixed(0)} ms, ${((own / whole.median) * 100).toFixed(1)}%)`);
  }
}
