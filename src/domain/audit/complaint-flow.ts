import { approvalStanding, type ApprovalStanding } from "../approval-authority";
import { stepsOutOfOrder } from "../complaint-steps";
import type { Complaint, Staff } from "../log";
import { day, quote, type AuditContext } from "./context";
import type { Message } from "./types";

/** complaint.order: a step dated before one it follows, or an open complaint with a step filled in past a blank one (domain/complaint-steps.ts). */
export function auditStepOrder(ctx: AuditContext, row: number, c: Complaint, closed: boolean): void {
  const broken = stepsOutOfOrder(c, closed);
  if (!broken) return;
  let message: Message;
  if (broken.kind === "dated") {
    const { step: s, before: b } = broken;
    message = {
      zh: `第${s.n}步${s.zh}日期${day(broken.at)}早于第${b.n}步${b.zh}日期${day(b.at)}：步骤顺序颠倒（先审批，再实施，后结案）。`,
      en: `Step ${s.n} (${s.en}) is dated ${day(broken.at)}, before step ${b.n} (${b.en}) on ${day(b.at)}: the steps are out of order (approve, then carry out, then close).`,
    };
  } else {
    const { later: l, skipped: k } = broken;
    message = {
      zh: `第${l.n}步（${l.zh}）已填写，但第${k.n}步（${k.zh}）还没有做：投诉须按步骤依次处理。`,
      en: `Step ${l.n} (${l.en}) is filled in but step ${k.n} (${k.en}) is not: a complaint's steps go in order.`,
    };
  }
  ctx.add({ rule: "complaint.order", severity: "中", customer: c.customer, rep: c.rep, at: c.occurredAt, ref: { sheet: "complaints", column: broken.column, row }, message });
}

function approverMessage(standing: Exclude<ApprovalStanding, { ok: true }>, text: string, rep: string, on: Date): Message {
  const who = quote(text);
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
        zh: `审批人${standing.approver.name}（${standing.approver.id}）在审批日${day(on)}已不在职。`,
        en: `The approver "${standing.approver.name}" (${standing.approver.id}) had left by the day of the approval, ${day(on)}.`,
      };
    case "notSupervisor":
      return {
        zh: `审批人${standing.approver.name}（${standing.approver.id}）既不是${rep}的上级，也不是主管（员工表职务为主管或经理）。`,
        en: `The approver "${standing.approver.name}" (${standing.approver.id}) is neither the manager of "${rep}" nor a supervisor (${roles}).`,
      };
  }
}

/** complaint.approver: the approver is not the rep's 上级 nor a supervisor in 员工 (domain/approval-authority.ts), judged on the approval's day. */
export function auditApprover(ctx: AuditContext, row: number, c: Complaint, staff: readonly Staff[]): void {
  const on = c.approvedAt ?? c.occurredAt;
  const standing = approvalStanding(c.approver, c.rep, staff, on);
  if (!standing || standing.ok) return;
  ctx.add({
    rule: "complaint.approver",
    severity: "中",
    customer: c.customer,
    rep: c.rep,
    at: c.occurredAt,
    ref: { sheet: "complaints", column: "approver", row },
    message: approverMessage(standing, c.approver!, c.rep, on),
  });
}
