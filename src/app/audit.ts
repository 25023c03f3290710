import type { WorkbookPort } from "../io/port";
import type { Lang } from "../i18n/lang";
import { audit, emptyFamilyCounts, type AuditResult, type RuleFamily, type Severity } from "../domain/audit";
import { readLog, type LogRead } from "./read-log";
import { AUDIT_SHEET, auditReportSheet, countBySeverity, findingView, type FindingView } from "./audit-report";

export interface AuditRun {
  log: LogRead;
  result: AuditResult;
}

/** Reads the whole log in one batch and runs every audit rule as of `today`. */
export async function runAudit(port: WorkbookPort, today: Date): Promise<AuditRun> {
  const log = await readLog(port);
  return { log, result: audit(log, today) };
}

/** What the 审计 panel shows after a run. */
export interface AuditSummary {
  sheet: string;
  today: Date;
  findings: FindingView[];
  bySeverity: Record<Severity, number>;
  byFamily: Record<RuleFamily, number>;
  /** Reps in the scorecard, and the on-time rate over all judged follow-up intervals (undefined when none). */
  reps: number;
  onTimeRate?: number;
  /** Cells that could not be read: their rows were left out of the audit. */
  problems: number;
}

export function summarize(run: AuditRun, lang: Lang = "zh"): AuditSummary {
  const { log, result } = run;
  const findings = result.findings.map((f) => findingView(f, log.letters, lang));
  const byFamily = emptyFamilyCounts();
  for (const f of findings) byFamily[f.family]++;
  let gaps = 0;
  let onTime = 0;
  for (const c of result.scorecards) {
    gaps += c.followUpGaps;
    onTime += c.followUpGapsOnTime;
  }
  return {
    sheet: AUDIT_SHEET,
    today: result.today,
    findings,
    bySeverity: countBySeverity(result.findings),
    byFamily,
    reps: result.scorecards.length,
    onTimeRate: gaps > 0 ? onTime / gaps : undefined,
    problems: log.problems.length,
  };
}

/**
 * The 审计 panel's action: reads the log, audits it, replaces the 审计 sheet (findings linked to
 * their cells, the scorecard, the on-time chart) and returns the summary to show.
 * Costs one read and one report write, whatever the size of the log.
 */
export async function auditWorkbook(port: WorkbookPort, today: Date, lang: Lang = "zh"): Promise<AuditSummary> {
  const run = await runAudit(port, today);
  await port.writeReport(auditReportSheet(run.result, run.log.letters, run.log.problems.length, lang));
  return summarize(run, lang);
}
