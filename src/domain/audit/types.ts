import type { LogSheetKey } from "../log";

/** The cell a finding points to, by sheet key, column key and Excel row; the app turns it into 投诉!F12. */
export interface CellRef {
  sheet: LogSheetKey;
  column: string;
  row: number;
}

export type Severity = "高" | "中" | "低";
export const SEVERITIES: readonly Severity[] = ["高", "中", "低"];
export const SEVERITY_EN: Record<Severity, string> = { 高: "High", 中: "Medium", 低: "Low" };

export type RuleId =
  | "cadence.lapse"
  | "feedback.late"
  | "feedback.missing"
  | "complaint.steps"
  | "complaint.open"
  | "complaint.approval"
  | "complaint.callback"
  | "complaint.order"
  | "complaint.approver"
  | "records.incomplete"
  | "records.gradeNotUpdated"
  | "records.repGone"
  | "samples.quota"
  | "samples.noApprover"
  | "samples.repeat"
  | "promise.unkept"
  | "promise.noDue"
  | "sales.drop"
  | "sales.categoryShift"
  | "sales.spike"
  | "sales.gradeMismatch"
  | "sales.abcMismatch"
  | "receivables.overdue"
  | "credit.overLimit"
  | "invoice.notReceived"
  | "return.open"
  | "abc.duty"
  | "plans.belowMinimum";

export interface Message {
  zh: string;
  en: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  customer: string;
  /** The rep (工号) the finding is charged to. */
  rep: string;
  message: Message;
  ref: CellRef;
  /** When the thing happened (or fell due): findings sort by it. */
  at: Date;
  /** Days late, where the rule counts them (cadence, feedback, open complaints, callbacks, promises). */
  daysLate?: number;
}

/** Counts a rule keeps for the scorecard besides its findings. */
export interface RepTally {
  /** Follow-up intervals that were judged (closed gaps, and open ones already overdue). */
  followUpGaps: number;
  followUpGapsOnTime: number;
  /** Complaints whose feedback limit has passed or that have feedback. */
  complaintsJudged: number;
  complaintsInLimit: number;
  /** Events whose feedback limit has passed or that have feedback, and of those, answered in time. */
  feedbackJudged: number;
  feedbackOnTime: number;
  /** Complaints closed, or open past 设置's limit; and of those, closed within it. */
  closingsJudged: number;
  closingsInLimit: number;
}
