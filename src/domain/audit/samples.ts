import type { Rowed, SampleIssue } from "../log";
import { monthIndex, monthLabel, money, type AuditContext } from "./context";

/**
 * Rule 5, samples and materials: the value a customer received in a calendar month above the
 * quota of its grade (设置 样品额度, the grade in force when the quota was crossed). One finding
 * per customer and month, pointing at the issue that crossed the quota.
 */
export function auditSamples(ctx: AuditContext): void {
  const buckets = new Map<string, Rowed<SampleIssue>[]>();
  const now = ctx.today.getTime();
  for (const r of ctx.log.samples) {
    if (r.record.occurredAt.getTime() > now) continue;
    const key = `${r.record.customer}\u0000${monthIndex(r.record.occurredAt)}`;
    const list = buckets.get(key);
    if (list) list.push(r);
    else buckets.set(key, [r]);
  }
  for (const list of buckets.values()) {
    list.sort((a, b) => a.record.occurredAt.getTime() - b.record.occurredAt.getTime() || a.row - b.row);
    const total = list.reduce((s, r) => s + r.record.value, 0);
    let running = 0;
    for (const r of list) {
      running += r.record.value;
      const grade = ctx.gradeAt(r.record.customer, r.record.occurredAt);
      if (!grade) break;
      const quota = ctx.settings.sampleQuota[grade];
      if (running <= quota) continue;
      const month = monthLabel(monthIndex(r.record.occurredAt));
      ctx.add({
        rule: "samples.quota",
        severity: total > quota * 2 ? "高" : "中",
        customer: r.record.customer,
        rep: r.record.rep,
        at: r.record.occurredAt,
        ref: { sheet: "samples", column: "value", row: r.row },
        message: {
          zh: `${month}共发放样品物料¥${money(total)}，超出${grade}级客户每月额度¥${money(quota)}。`,
          en: `Samples and materials worth ¥${money(total)} in ${month}, above the monthly quota of ¥${money(quota)} for grade ${grade}.`,
        },
      });
      break;
    }
  }
}
