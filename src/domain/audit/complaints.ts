import type { Complaint } from "../log";
import { daysBetween } from "../time";
import { CALLBACK_SERVICE_TYPE, COMPENSATING_REMEDIES, REMEDIES, REMEDIES_EN } from "../vocabulary";
import { isFilled as filled, isInvalidComplaint as isInvalid, stepsOf } from "../complaint-steps";
import { auditApprover, auditStepOrder } from "./complaint-flow";
import { isBlankText, money, day, type AuditContext } from "./context";
import { isClosed } from "../event-closing";

/**
 * Rule 3, complaints: a closed complaint with a step missing (a service remedy such as 道歉 is a
 * remedy: it completes step 5); an open one older than the limit; a remedy that gives something of
 * value (折价赔偿, 补偿服务, or any 赔偿金额) without an approver; no callback within the limit after closing
 * (回访时间 on the complaint, or a 跟进记录 row of 服务类型 回访); steps out of order; an approver
 * who may not approve (complaint-flow.ts).
 */
export function auditComplaints(ctx: AuditContext): void {
  const { today, settings } = ctx;
  const staff = ctx.log.staff.map((s) => s.record);
  for (const { row, record: c } of ctx.log.complaints) {
    if (c.occurredAt.getTime() > today.getTime()) continue;
    const closed = isClosed(c.status);
    const base = { customer: c.customer, rep: c.rep, at: c.occurredAt };
    auditStepOrder(ctx, row, c, closed);
    auditApprover(ctx, row, c, staff);

    const limit = settings.audit.openComplaintDays;
    if (closed || daysBetween(c.occurredAt, today) > limit) {
      const t = ctx.tally(c.rep, c.occurredAt);
      t.closingsJudged++;
      // closed with no 结案时间: closed in time as far as the log can tell
      if (closed && (!c.closedAt || daysBetween(c.occurredAt, c.closedAt) <= limit)) t.closingsInLimit++;
    }
    if (closed) {
      const steps = stepsOf(c);
      const missing = steps.filter((s) => s.fields.some((f) => !filled(c[f])));
      if (missing.length > 0) {
        const firstField = missing[0].fields.find((f) => !filled(c[f]))!;
        ctx.add({
          ...base,
          rule: "complaint.steps",
          severity: "中",
          ref: { sheet: "complaints", column: firstField, row },
          message: {
            zh: `投诉已结案，但${missing.map((s) => `第${s.n}步（${s.zh}）`).join("、")}没有做完。`,
            en: `The complaint is closed but ${missing.map((s) => `step ${s.n} (${s.en})`).join(", ")} ${missing.length > 1 ? "are" : "is"} not complete.`,
          },
        });
      }
    } else {
      const age = daysBetween(c.occurredAt, today);
      if (age > settings.audit.openComplaintDays) {
        ctx.add({
          ...base,
          rule: "complaint.open",
          severity: "高",
          ref: { sheet: "complaints", column: "status", row },
          daysLate: age - settings.audit.openComplaintDays,
          message: {
            zh: `投诉于${day(c.occurredAt)}受理，已${age}天仍未结案（时限${settings.audit.openComplaintDays}天）。`,
            en: `Received on ${day(c.occurredAt)} and still open after ${age} days (limit ${settings.audit.openComplaintDays} days).`,
          },
        });
      }
    }

    const compensation = c.compensation ?? 0;
    const compensating = c.remedy !== undefined && COMPENSATING_REMEDIES.includes(c.remedy);
    if ((compensating || compensation > 0) && isBlankText(c.approver)) {
      const what = compensation > 0 ? `赔偿¥${money(compensation)}` : c.remedy!;
      ctx.add({
        ...base,
        rule: "complaint.approval",
        severity: "高",
        ref: { sheet: "complaints", column: "approver", row },
        message: {
          zh: `处理方案含${what}，但没有主管审批。`,
          en: `The remedy includes ${compensation > 0 ? `compensation of ¥${money(compensation)}` : `a ${REMEDIES_EN[REMEDIES.indexOf(c.remedy!)].toLowerCase()}`} but no supervisor approved it.`,
        },
      });
    }

    if (closed && !isInvalid(c) && c.closedAt) {
      auditCallback(ctx, row, c, c.closedAt);
    }
  }
}

function auditCallback(ctx: AuditContext, row: number, c: Complaint, closedAt: Date): void {
  const limit = ctx.settings.audit.callbackDays;
  const within = (d: Date) => {
    const n = daysBetween(closedAt, d);
    return n >= 0 && n <= limit;
  };
  if (c.callbackAt && within(c.callbackAt)) return;
  const calls = ctx.followUps.get(c.customer) ?? [];
  if (calls.some((f) => f.record.serviceType === CALLBACK_SERVICE_TYPE && within(f.record.occurredAt))) return;
  const since = daysBetween(closedAt, ctx.today);
  const late = c.callbackAt && daysBetween(closedAt, c.callbackAt) > limit;
  if (!late && since <= limit) return;
  const base = { rule: "complaint.callback" as const, severity: "中" as const, customer: c.customer, rep: c.rep, at: closedAt, ref: { sheet: "complaints" as const, column: "callbackAt", row } };
  if (late) {
    const days = daysBetween(closedAt, c.callbackAt!);
    ctx.add({
      ...base,
      daysLate: days - limit,
      message: {
        zh: `投诉于${day(closedAt)}结案，${days}天后（${day(c.callbackAt!)}）才回访，超过${limit}天时限。`,
        en: `Closed on ${day(closedAt)}; the callback came ${days} days later (${day(c.callbackAt!)}), past the ${limit}-day limit.`,
      },
    });
  } else {
    ctx.add({
      ...base,
      daysLate: since - limit,
      message: {
        zh: `投诉于${day(closedAt)}结案，${limit}天内没有回访记录。`,
        en: `Closed on ${day(closedAt)} with no callback within ${limit} days.`,
      },
    });
  }
}
