import { day, type AuditContext } from "./context";
import { isContact } from "../customer-status";

/**
 * The archive's grade against the rep's last judgement: after every follow-up the rep re-grades
 * the customer (跟进后等级), and 客户档案's 客户等级 must follow, or the cadence and the quotas
 * read from a stale grade.
 */
export function auditArchiveGrade(ctx: AuditContext): void {
  const now = ctx.today.getTime();
  for (const [code, customer] of ctx.customers) {
    const list = ctx.followUps.get(code);
    if (!list) continue;
    let last;
    for (let i = list.length - 1; i >= 0; i--) {
      const f = list[i].record;
      if (f.occurredAt.getTime() <= now && isContact(f)) {
        last = f;
        break;
      }
    }
    if (!last || last.gradeAfter === customer.record.grade) continue;
    ctx.add({
      rule: "records.gradeNotUpdated",
      severity: "中",
      customer: code,
      rep: customer.record.rep,
      at: last.occurredAt,
      ref: { sheet: "customers", column: "grade", row: customer.row },
      message: {
        zh: `客户档案的等级是${customer.record.grade}，但${day(last.occurredAt)}最近一次跟进后评为${last.gradeAfter}，档案未更新。`,
        en: `The archive says grade ${customer.record.grade} but the last follow-up (${day(last.occurredAt)}) graded the customer ${last.gradeAfter}; the archive was not updated.`,
      },
    });
  }
}
