import { addDays, daysBetween } from "../time";
import { isBlankText, quote, day, type AuditContext } from "./context";

/**
 * Rule 6, promises, on follow-ups that record a promise not marked kept: one whose 承诺期限 has
 * passed (promise.unkept), and one with no 承诺期限 at all (promise.noDue), which is taken as due
 * 设置's 承诺默认期限 days after the follow-up, as its message says; it is high once that day has
 * passed. A kept promise needs no due date any more.
 */
export function auditPromises(ctx: AuditContext): void {
  const defaultDays = ctx.settings.audit.promiseDefaultDays;
  for (const { row, record: f } of ctx.log.followUps) {
    if (isBlankText(f.promise) || f.promiseKept === true) continue;
    const what = quote(f.promise!);
    if (!f.promiseDue) {
      if (f.occurredAt.getTime() > ctx.today.getTime()) continue;
      const due = addDays(f.occurredAt, defaultDays);
      const late = daysBetween(due, ctx.today);
      const zhLate = late > 0 ? `已逾期${late}天仍未标记兑现` : "请补填期限";
      const enLate = late > 0 ? `${late} days past that and not marked kept` : "fill in the due date";
      ctx.add({
        rule: "promise.noDue",
        severity: late > 0 ? "高" : "低",
        customer: f.customer,
        rep: f.rep,
        at: f.occurredAt,
        ...(late > 0 ? { daysLate: late } : {}),
        ref: { sheet: "followUps", column: "promiseDue", row },
        message: {
          zh: `承诺“${what}”（${day(f.occurredAt)}）未填承诺期限，按默认${defaultDays}天应于${day(due)}兑现，${zhLate}。`,
          en: `The promise "${what}" (${day(f.occurredAt)}) has no due date; by the default of ${defaultDays} days it falls due on ${day(due)}: ${enLate}.`,
        },
      });
      continue;
    }
    const late = daysBetween(f.promiseDue, ctx.today);
    if (late <= 0) continue;
    ctx.add({
      rule: "promise.unkept",
      severity: "高",
      customer: f.customer,
      rep: f.rep,
      at: f.promiseDue,
      daysLate: late,
      ref: { sheet: "followUps", column: "promiseKept", row },
      message: {
        zh: `承诺“${what}”的期限是${day(f.promiseDue)}，已逾期${late}天仍未标记兑现。`,
        en: `The promise "${what}" was due on ${day(f.promiseDue)}; ${late} days later it is still not marked kept.`,
      },
    });
  }
}
