import { daysBetween } from "../time";
import { isBlankText, quote, day, type AuditContext } from "./context";

/** Rule 6, promises: a promise recorded in a follow-up whose 承诺期限 has passed and is not marked kept. */
export function auditPromises(ctx: AuditContext): void {
  for (const { row, record: f } of ctx.log.followUps) {
    if (isBlankText(f.promise) || !f.promiseDue || f.promiseKept === true) continue;
    const late = daysBetween(f.promiseDue, ctx.today);
    if (late <= 0) continue;
    const what = quote(f.promise!);
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
