/**
 * What a new entry (an event, a customer, a handover) must agree with in the workbook beyond its
 * cells' types: the rep is on the staff list and still active, nothing happened further in the
 * future than 设置 allows, a promise is not due before the event that made it, a finished
 * follow-up says what came of it, a customer code is new, a complaint's remedy is approved by
 * someone who may (domain/approval-authority.ts, as the audit judges it). Pure: the staff list, the codes in use
 * and the clock are passed in. Each issue names its field and says what to type, in both languages.
 */
import { addDays, isoDate, startOfDay } from "./time";
import { isClosed } from "./event-closing";
import { findStaff } from "./staff-roster";
import { approvalRefusal, approvalStanding, mayApprove } from "./approval-authority";
import type { Staff } from "./log";

export interface StaffMember {
  id: string;
  name?: string;
  active?: boolean;
}

export type EntryIssueCode = "unknownRep" | "inactiveRep" | "futureDate" | "promiseBeforeEvent" | "resultMissing" | "codeTaken" | "approverNotEntitled";

export interface EntryIssue {
  /** The record's field (column key) the issue is about. */
  field: string;
  code: EntryIssueCode;
  /** What the field holds, as text. */
  value: string;
  zh: string;
  en: string;
}

export interface EntryLimits {
  /** How many days after today an event may be dated (设置; default 1: tomorrow at the latest). */
  futureDays: number;
}

const norm = (id: string) => id.trim().toUpperCase();

/**
 * The rep must be in 员工 and not marked 在职 = 否. An empty staff list checks nothing: a workbook
 * just set up has nobody listed yet, and refusing every rep would block its first entries.
 */
export function repIssue(rep: string, staff: readonly StaffMember[], field = "rep"): EntryIssue | undefined {
  if (staff.length === 0 || rep.trim() === "") return undefined;
  const found = findStaff(staff, rep);
  const examples = staff.filter((s) => s.active !== false).slice(0, 3).map((s) => s.id).join("、");
  if (!found) {
    return { field, code: "unknownRep", value: rep, zh: `员工表中没有工号“${rep}”，请填写在职员工的工号（如 ${examples}）`, en: `no staff member has the ID "${rep}"; type an active rep's ID (e.g. ${examples.replace(/、/g, ", ")})` };
  }
  if (found.active === false) {
    const who = found.name ? `${found.name}（${found.id}）` : found.id;
    return { field, code: "inactiveRep", value: rep, zh: `${who}已不在职，请填写在职员工的工号（如 ${examples}）`, en: `${found.name ?? found.id} (${found.id}) no longer works here; type an active rep's ID (e.g. ${examples.replace(/、/g, ", ")})` };
  }
  return undefined;
}

/** A date that happened may lie at most `futureDays` days after today (whole days). */
export function futureDateIssue(field: string, at: Date | undefined, today: Date, limits: EntryLimits): EntryIssue | undefined {
  if (!at) return undefined;
  const latest = addDays(startOfDay(today), limits.futureDays + 1);
  if (at.getTime() < latest.getTime()) return undefined;
  const last = isoDate(addDays(latest, -1));
  return { field, code: "futureDate", value: isoDate(at), zh: `${isoDate(at)} 太靠后：最晚只能填 ${last}（今天之后 ${limits.futureDays} 天，见“设置”）`, en: `${isoDate(at)} is too far ahead: ${last} at the latest (${limits.futureDays} ${limits.futureDays === 1 ? "day" : "days"} after today, see Settings)` };
}

export interface EventEntry {
  rep: string;
  occurredAt: Date;
  status?: string;
  feedbackAt?: Date;
  /** A follow-up's 跟进结果, or another event's 处理结果. */
  result?: string;
  promise?: string;
  promiseDue?: Date;
}

/**
 * An event's issues against the workbook. `resultField` is where a finished event says what came
 * of it: 跟进结果 for a follow-up, 处理结果 for other events.
 */
export function eventIssues(entry: EventEntry, staff: readonly StaffMember[], today: Date, limits: EntryLimits, resultField = "resolution"): EntryIssue[] {
  const issues: (EntryIssue | undefined)[] = [
    repIssue(entry.rep, staff),
    futureDateIssue("occurredAt", entry.occurredAt, today, limits),
    futureDateIssue("feedbackAt", entry.feedbackAt, today, limits),
  ];
  if (entry.promiseDue && entry.promiseDue.getTime() < startOfDay(entry.occurredAt).getTime()) {
    const due = isoDate(entry.promiseDue);
    const day = isoDate(entry.occurredAt);
    issues.push({ field: "promiseDue", code: "promiseBeforeEvent", value: due, zh: `承诺期限 ${due} 早于发生时间 ${day}，请填写 ${day} 或之后的日期`, en: `the promise is due ${due}, before the event on ${day}; type ${day} or later` });
  }
  if (isClosed(entry.status) && !(entry.result ?? "").trim()) {
    issues.push({ field: resultField, code: "resultMissing", value: "", zh: `状态为“${entry.status}”时必须填写结果：写下这次的结论，或把状态改为“处理中”`, en: `a ${entry.status === "已关闭" ? "closed" : "done"} entry needs its result: write what came of it, or set the status to In progress` });
  }
  return issues.filter((i): i is EntryIssue => i !== undefined);
}

/** A new customer: the code is not in use yet (compared as typed, ignoring case and spaces), the rep exists. */
export function customerIssues(entry: { code: string; rep: string; createdAt?: Date }, codesInUse: Iterable<string>, staff: readonly StaffMember[], today: Date, limits: EntryLimits): EntryIssue[] {
  const issues: (EntryIssue | undefined)[] = [repIssue(entry.rep, staff), futureDateIssue("createdAt", entry.createdAt, today, limits)];
  const code = norm(entry.code);
  for (const used of codesInUse) {
    if (norm(used) === code) {
      issues.unshift({ field: "code", code: "codeTaken", value: entry.code, zh: `客户编码“${entry.code}”已被使用，请换一个未用过的编码`, en: `the customer code "${entry.code}" is taken; type a code not used yet` });
      break;
    }
  }
  return issues.filter((i): i is EntryIssue => i !== undefined);
}

/**
 * A complaint's 审批人 must be the rep's 上级 or a supervisor in 员工, working there on the day of
 * the approval (审批时间, else the complaint's own day): the audit's complaint.approver rule, asked
 * before the row is written. The text says who may, by 工号. A blank approver or an empty 员工 checks nothing.
 */
export function approverIssue(entry: { rep: string; occurredAt: Date; approver?: string; approvedAt?: Date }, staff: readonly Staff[], field = "approver"): EntryIssue | undefined {
  const on = entry.approvedAt ?? entry.occurredAt;
  const standing = approvalStanding(entry.approver, entry.rep, staff, on);
  if (!standing || standing.ok) return undefined;
  const why = approvalRefusal(standing, entry.approver!, entry.rep, on);
  const may = mayApprove(entry.rep, staff, on).slice(0, 3).map((s) => s.id);
  const zhWho = may.length > 0 ? `（如 ${may.join("、")}）` : "（员工表中还没有，请先在员工表填写上级或职务）";
  const enWho = may.length > 0 ? ` (e.g. ${may.join(", ")})` : " (the Staff sheet has none yet: fill in 上级 or 职务 there first)";
  return {
    field,
    code: "approverNotEntitled",
    value: entry.approver!,
    zh: `${why.zh}请填写${entry.rep}的上级或主管的工号${zhWho}`,
    en: `${why.en} Type the staff ID of the manager of "${entry.rep}" or of a supervisor${enWho}`,
  };
}
