import { EVENT_SHEET_KEYS } from "../log";
import { auditAbcDuties } from "./abc-duties";
import { auditAftersales } from "./aftersales";
import { auditCadence } from "./cadence";
import { auditComplaints } from "./complaints";
import { AuditContext } from "./context";
import { auditFeedback } from "./feedback";
import { auditArchiveGrade } from "./grade";
import { auditPromises } from "./promises";
import { auditRecords } from "./records";
import { auditReps } from "./reps";
import { auditSales } from "./sales";
import { auditReceivables } from "./receivables";
import { auditPlans } from "./plans";
import { auditSampleIssues, auditSamples } from "./samples";
import { buildScorecards, type Scorecard } from "./scorecard";
import { SEVERITIES, type Finding } from "./types";
import type { Log } from "../log";
import type { PlanTracking } from "../plans/tracking";

export interface AuditResult {
  today: Date;
  /** Most severe first, then by customer, then by when it happened. */
  findings: Finding[];
  scorecards: Scorecard[];
  /** Event sheets (keys) whose 反馈时限 is 0 in 设置: feedback is not checked there. */
  feedbackNotChecked: string[];
}

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)! ||
    (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0) ||
    a.at.getTime() - b.at.getTime() ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    a.ref.row - b.ref.row
  );
}

/**
 * The supervisor audit: every rule over the log as of `today`, and a scorecard per rep.
 * Pure: the same log and day give the same findings. `plans`: the plans' tracking on `today`
 * (domain/plans/tracking.ts) when the caller has computed it already.
 */
export function audit(log: Log, today: Date, options: { window?: { from: Date; to: Date }; plans?: readonly PlanTracking[] } = {}): AuditResult {
  const ctx = new AuditContext(log, today, options.window);
  auditCadence(ctx);
  auditFeedback(ctx);
  auditComplaints(ctx);
  auditRecords(ctx);
  auditArchiveGrade(ctx);
  auditReps(ctx);
  auditSamples(ctx);
  auditSampleIssues(ctx);
  auditPromises(ctx);
  auditSales(ctx);
  auditReceivables(ctx);
  auditAftersales(ctx);
  auditAbcDuties(ctx);
  auditPlans(ctx, options.plans);
  const findings = ctx.findings.sort(compareFindings);
  const feedbackNotChecked = EVENT_SHEET_KEYS.filter((k) => !(log.settings.feedbackHours[k] > 0));
  return { today, findings, scorecards: buildScorecards(findings, ctx.tallies, log.customers, log.staff, today), feedbackNotChecked };
}

export { RULES, RULE_IDS, RULE_FAMILIES, FAMILY_NAMES, ruleName, emptyFamilyCounts, type RuleFamily, type RuleInfo } from "./rules";
export { COMPLAINT_STEPS } from "../complaint-steps";
export type { Scorecard } from "./scorecard";
export * from "./types";
