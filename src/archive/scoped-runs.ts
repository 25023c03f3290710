/**
 * The appraisal, the audit and TopN of a scope over the archive. A scope chooses whose figures and
 * findings are shown, never which rows count as evidence: a customer's history is every row about
 * it, whoever logged it (the rep before a handover, the 经理 on a visit), as the workbooks hold it,
 * so a scope's figures are the company's figures for its reps, equal to what the workbooks give.
 */
import { runAppraisal, type AppraisalRun } from "../app/appraisal";
import { runAudit, type AuditRun } from "../app/audit";
import { runTop, type TopRun } from "../app/top";
import type { TopOptions } from "../domain/top";
import type { Period } from "../domain/periods";
import { inReps } from "../domain/staff-roster";
import { ArchivePort } from "./archive-port";
import type { SqlSession } from "./driver";
import type { Scope } from "./scope";

/** 业绩考核 of the scope's reps, their counts taken from every current row of the archive. */
export async function archiveAppraisal(db: SqlSession, scope: Scope, period: Period, today: Date): Promise<AppraisalRun> {
  return runAppraisal([async () => new ArchivePort(db)], period, today, { reps: scope.reps });
}

/** The audit over every current row of the archive, keeping the findings and scorecards of the scope's reps. */
export async function archiveAudit(db: SqlSession, scope: Scope, today: Date): Promise<AuditRun> {
  const run = await runAudit(new ArchivePort(db), today);
  if (!scope.reps) return run;
  const mine = inReps(scope.reps);
  return { log: run.log, result: { ...run.result, findings: run.result.findings.filter((f) => mine(f.rep)), scorecards: run.result.scorecards.filter((c) => mine(c.rep)) } };
}

/** TopN of what the scope's reps answer for (domain/top.ts TopOptions.reps), over every current row of the archive. */
export async function archiveTop(db: SqlSession, scope: Scope, options: Omit<TopOptions, "reps">): Promise<TopRun> {
  return runTop(new ArchivePort(db), { ...options, reps: scope.reps });
}
