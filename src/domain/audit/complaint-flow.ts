import { approvalRefusal, approvalStanding } from "../approval-authority";
import { stepsOutOfOrder } from "../complaint-steps";
import type { Complaint, Staff } from "../log";
import { day, type AuditContext } from "./context";
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
    message: approvalRefusal(standing, c.approver!, c.rep, on),
  });
}
