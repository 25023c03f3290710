/**
 * Who may approve what a rep proposes (a complaint's remedy): the rep's 上级 (员工's 上级 column) or
 * anyone 员工 marks as a supervisor (职务 主管 or 经理), never the rep themself, and only while
 * they work here (domain/staff.ts). The approver is written as a 工号 or a 姓名; IDs compare
 * ignoring case (domain/staff-roster.ts). An empty staff list or a blank approver judges nobody.
 */
import { day as dayText, quote } from "./audit/context";
import type { Staff } from "./log";
import { isActiveOn } from "./staff";
import { findStaff, sameStaffId } from "./staff-roster";
import { SUPERVISOR_ROLES } from "./vocabulary";

export type ApprovalStanding =
  | { ok: true; approver: Staff }
  /** No one in 员工 has this 工号 or 姓名. */
  | { ok: false; reason: "unknown" }
  /** The 姓名 belongs to more than one member, and no 工号 matches. */
  | { ok: false; reason: "ambiguous" }
  /** The rep approved their own proposal. */
  | { ok: false; reason: "self"; approver: Staff }
  /** The approver had left by the day of the approval. */
  | { ok: false; reason: "inactive"; approver: Staff }
  /** Neither the rep's 上级 nor a supervisor. */
  | { ok: false; reason: "notSupervisor"; approver: Staff };

/** The members an approver cell may name: the one with that 工号, else every member of that 姓名. */
function named(text: string, staff: readonly Staff[]): Staff[] {
  const byId = findStaff(staff, text);
  if (byId) return [byId];
  const name = text.trim();
  return staff.filter((s) => s.name.trim() === name);
}

export function isSupervisor(member: Pick<Staff, "role">): boolean {
  return member.role !== undefined && SUPERVISOR_ROLES.includes(member.role);
}

/**
 * Whether `approverText` may approve what `rep` proposed, judged on `day` (the approval's day);
 * undefined when there is nothing to judge.
 */
export function approvalStanding(approverText: string | undefined, rep: string, staff: readonly Staff[], day: Date): ApprovalStanding | undefined {
  if (staff.length === 0 || approverText === undefined || approverText.trim() === "") return undefined;
  const candidates = named(approverText, staff);
  if (candidates.length === 0) return { ok: false, reason: "unknown" };
  if (candidates.length > 1) return { ok: false, reason: "ambiguous" };
  const approver = candidates[0];
  if (sameStaffId(approver.id, rep)) return { ok: false, reason: "self", approver };
  if (!isActiveOn(approver, day)) return { ok: false, reason: "inactive", approver };
  const manager = findStaff(staff, rep)?.manager;
  if (isSupervisor(approver) || (manager !== undefined && sameStaffId(manager, approver.id))) return { ok: true, approver };
  return { ok: false, reason: "notSupervisor", approver };
}

/** Why an approver may not approve, naming them, in both languages: the audit's sentence and the entry form's (domain/entry-rules.ts). */
export function approvalRefusal(standing: Exclude<ApprovalStanding, { ok: true }>, approverText: string, rep: string, on: Date): { zh: string; en: string } {
  const who = quote(approverText);
  const roles = `Role "主管" or "经理" on the Staff sheet`;
  switch (standing.reason) {
    case "unknown":
      return {
        zh: `审批人“${who}”不在员工表中：处理方案须由经办客服的上级或主管（职务为主管或经理）审批。`,
        en: `The approver "${who}" is not on the Staff sheet: a remedy is approved by the rep's manager or a supervisor (${roles}).`,
      };
    case "ambiguous":
      return {
        zh: `员工表中有多人名为“${who}”：审批人请填写工号。`,
        en: `More than one member of the Staff sheet is called "${who}": write the approver's staff ID.`,
      };
    case "self":
      return {
        zh: `审批人${standing.approver.name}（${standing.approver.id}）就是经办客服本人：须由其上级或主管审批。`,
        en: `The rep "${standing.approver.name}" (${standing.approver.id}) approved their own remedy: their manager or a supervisor approves it.`,
      };
    case "inactive":
      return {
        zh: `审批人${standing.approver.name}（${standing.approver.id}）在审批日${dayText(on)}已不在职。`,
        en: `The approver "${standing.approver.name}" (${standing.approver.id}) had left by the day of the approval, ${dayText(on)}.`,
      };
    case "notSupervisor":
      return {
        zh: `审批人${standing.approver.name}（${standing.approver.id}）既不是${rep}的上级，也不是主管（员工表职务为主管或经理）。`,
        en: `The approver "${standing.approver.name}" (${standing.approver.id}) is neither the manager of "${rep}" nor a supervisor (${roles}).`,
      };
  }
}

/** Who may approve what `rep` proposes on `day`: the members whose 工号 approvalStanding accepts. */
export function mayApprove(rep: string, staff: readonly Staff[], day: Date): Staff[] {
  return staff.filter((s) => approvalStanding(s.id, rep, staff, day)?.ok === true);
}
