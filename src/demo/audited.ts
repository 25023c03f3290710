import type { RuleId } from "../domain/audit";
import type { PlantKind } from "./context";

/**
 * The planted kinds each audit rule must find in the demo, one finding per planted case: every
 * rule of the audit has a plant (the type is total over RuleId), so the counts `kehu demo` prints
 * add up to what `kehu audit` finds, rule by rule. Kinds not listed (re-grades, handovers, faults)
 * are for the due list, the handover and `kehu check`, not the audit.
 */
export const AUDITED_PLANTS: Readonly<Record<RuleId, readonly PlantKind[]>> = {
  "cadence.lapse": ["followUpLapses", "followUpsOverdue", "lapseBeforeHandover"],
  "feedback.late": ["lateFeedback"],
  "feedback.missing": ["feedbackMissing"],
  "complaint.steps": ["complaintsMissingStep"],
  "complaint.open": ["complaintsOpenOverdue"],
  "complaint.approval": ["compensationWithoutApproval"],
  "complaint.callback": ["complaintsNoCallback"],
  "complaint.order": ["complaintsOutOfOrder"],
  "complaint.approver": ["approverNotEntitled"],
  "records.incomplete": ["recordsIncomplete"],
  "records.gradeNotUpdated": ["gradeNotUpdated"],
  "records.repGone": ["repGone"],
  "samples.quota": ["samplesOverQuota"],
  "samples.noApprover": ["samplesNoApprover"],
  "samples.repeat": ["samplesRepeat"],
  "promise.unkept": ["promisesOverdue"],
  "promise.noDue": ["promisesNoDue"],
  "sales.drop": ["salesDrop"],
  "sales.categoryShift": ["categoryShift"],
  "sales.spike": ["salesSpike"],
  "sales.gradeMismatch": ["gradeMismatch"],
  "sales.abcMismatch": ["abcStale"],
  "receivables.overdue": ["paymentsMissed"],
  "credit.overLimit": ["creditOverLimit"],
  "invoice.notReceived": ["invoicesUndelivered"],
  "return.open": ["returnsPending"],
  "abc.duty": ["abcDutyMissed"],
  "plans.belowMinimum": ["planBelowMinimum"],
};

/** The findings the audit must report per rule, from what was planted (`DemoLog.planted`). */
export function expectedFindings(planted: Readonly<Record<string, number>>): Record<RuleId, number> {
  return Object.fromEntries(Object.entries(AUDITED_PLANTS).map(([rule, kinds]) => [rule, kinds.reduce((n, k) => n + (planted[k] ?? 0), 0)])) as Record<RuleId, number>;
}
