/**
 * The 8 steps of a complaint (the 投诉 form's numbered sections, src/workbook/sheets/events.ts): which
 * columns show each step was done, and whether the steps were taken in order — no step dated
 * before one it follows, and none filled in while an earlier one is still blank.
 */
import { dayNumber } from "./cadence";
import type { Complaint } from "./log";

export interface ComplaintStep {
  n: number;
  zh: string;
  en: string;
  /** The complaint columns that must be filled for the step to count as done. */
  fields: readonly (keyof Complaint)[];
}

export const COMPLAINT_STEPS: readonly ComplaintStep[] = [
  { n: 1, zh: "记录", en: "record", fields: ["object", "request"] },
  { n: 2, zh: "判定", en: "judge", fields: ["validity"] },
  { n: 3, zh: "分派", en: "assign", fields: ["responsibleDept", "responsiblePerson"] },
  { n: 4, zh: "分析", en: "analyse", fields: ["causeAnalysis", "liability"] },
  { n: 5, zh: "方案", en: "propose", fields: ["remedy"] },
  { n: 6, zh: "审批", en: "approve", fields: ["approver", "approvedAt"] },
  { n: 7, zh: "实施反馈", en: "implement and notify", fields: ["implementedAt", "notifiedAt", "customerFeedback"] },
  { n: 8, zh: "总结", en: "summarise", fields: ["lessons", "correctiveAction", "closedAt"] },
];

/** An invalid complaint is answered and closed after step 2: it needs the judgement note, not steps 3–8. */
export const INVALID_STEPS: readonly ComplaintStep[] = [COMPLAINT_STEPS[0], { ...COMPLAINT_STEPS[1], fields: ["validity", "validityNote"] }];

export function isInvalidComplaint(c: Complaint): boolean {
  return c.validity === "无效";
}

export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value === "string" ? value.trim() !== "" : true;
}

/** The steps a complaint must go through, given its judgement. */
export function stepsOf(c: Complaint): readonly ComplaintStep[] {
  return isInvalidComplaint(c) ? INVALID_STEPS : COMPLAINT_STEPS;
}

/** The dated columns in step order: received (1), approved (6), carried out and the customer told (7), closed (8). */
const DATED: readonly { key: keyof Complaint; n: number; zh: string; en: string }[] = [
  { key: "occurredAt", n: 1, zh: "受理", en: "received" },
  { key: "approvedAt", n: 6, zh: "审批", en: "approved" },
  { key: "implementedAt", n: 7, zh: "实施", en: "carried out" },
  { key: "notifiedAt", n: 7, zh: "通知客户", en: "customer told" },
  { key: "closedAt", n: 8, zh: "结案", en: "closed" },
];

export type StepsOutOfOrder =
  /** `column` is dated before `before`, a date of an earlier step (whole days: the same day is in order). */
  | { kind: "dated"; column: keyof Complaint; at: Date; step: { n: number; zh: string; en: string }; before: { n: number; zh: string; en: string; column: keyof Complaint; at: Date } }
  /** `later` has something filled in while `skipped`, an earlier step, has nothing; `column` is the skipped step's first column. */
  | { kind: "skipped"; column: keyof Complaint; later: ComplaintStep; skipped: ComplaintStep };

/** A date earlier than the latest date of the steps before it, in step order; undefined when the dates run forwards. */
function datedOutOfOrder(c: Complaint): StepsOutOfOrder | undefined {
  // the latest date of the steps before the current one, and of every step so far
  let before: { entry: (typeof DATED)[number]; at: Date; day: number } | undefined;
  let sofar = before;
  for (const entry of DATED) {
    // two dates of the same step (carried out, customer told) may come in either order
    if (sofar && sofar.entry.n < entry.n) before = sofar;
    const at = c[entry.key];
    if (!(at instanceof Date)) continue;
    const day = dayNumber(at);
    if (before && day < before.day) {
      return { kind: "dated", column: entry.key, at, step: entry, before: { ...before.entry, column: before.entry.key, at: before.at } };
    }
    if (!sofar || day > sofar.day) sofar = { entry, at, day };
  }
  return undefined;
}

/**
 * The first break of order in a complaint: a step dated before one it follows; or, while it is
 * still open, a step filled in with an earlier step not begun (a closed complaint's gaps are
 * missing steps, which the audit's steps rule lists in full). Undefined when the steps are in order.
 */
export function stepsOutOfOrder(c: Complaint, closed: boolean): StepsOutOfOrder | undefined {
  const dated = datedOutOfOrder(c);
  if (dated || closed) return dated;
  const steps = stepsOf(c);
  const started = (s: ComplaintStep) => s.fields.some((f) => isFilled(c[f]));
  let gap: ComplaintStep | undefined;
  for (const step of steps) {
    if (!started(step)) gap ??= step;
    else if (gap) return { kind: "skipped", column: gap.fields[0], later: step, skipped: gap };
  }
  return undefined;
}
