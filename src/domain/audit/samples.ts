import type { Rowed, SampleIssue } from "../log";
import { daysBetween, monthKey } from "../time";
import { byTime, day, isBlankText, money, quote, type AuditContext } from "./context";

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
    const key = `${r.record.customer}\u0000${monthKey(r.record.occurredAt)}`;
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
      const month = monthKey(r.record.occurredAt);
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

/** How an item is told apart: the same words whatever the width, case or spacing (“试饮装 ” is 试饮装). */
export function sampleItemKey(item: string): string {
  return item.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Whether an issue `days` days after the last one of the same item to the same customer is a repeat (设置 样品重复发放天数; 0: never). */
export function isRepeatIssue(days: number, repeatDays: number): boolean {
  return repeatDays > 0 && days <= repeatDays;
}

/**
 * Rule 5, samples and materials, each issue on its own: one with a blank 审批人, and the same item
 * given to the same customer again within 设置's 样品重复发放天数 of the last issue of it (the
 * second row is the finding). Issues dated after today are not judged yet.
 */
export function auditSampleIssues(ctx: AuditContext): void {
  const repeatDays = ctx.settings.audit.sampleRepeatDays;
  const last = new Map<string, Rowed<SampleIssue>>();
  const now = ctx.today.getTime();
  const issues = ctx.log.samples.filter((r) => r.record.occurredAt.getTime() <= now).sort(byTime);
  for (const r of issues) {
    const s = r.record;
    const what = `${quote(s.item)}×${s.quantity}`;
    if (isBlankText(s.approver)) {
      ctx.add({
        rule: "samples.noApprover",
        severity: "中",
        customer: s.customer,
        rep: s.rep,
        at: s.occurredAt,
        ref: { sheet: "samples", column: "approver", row: r.row },
        message: {
          zh: `${day(s.occurredAt)}发放的${s.itemType}“${what}”（¥${money(s.value)}）未填审批人。`,
          en: `The issue "${what}" (¥${money(s.value)}) given on ${day(s.occurredAt)} has no approver.`,
        },
      });
    }
    const key = `${s.customer}\u0000${sampleItemKey(s.item)}`;
    const before = last.get(key);
    last.set(key, r);
    if (!before) continue;
    const days = daysBetween(before.record.occurredAt, s.occurredAt);
    if (!isRepeatIssue(days, repeatDays)) continue;
    ctx.add({
      rule: "samples.repeat",
      severity: "中",
      customer: s.customer,
      rep: s.rep,
      at: s.occurredAt,
      ref: { sheet: "samples", column: "item", row: r.row },
      message: {
        zh: `“${quote(s.item)}”${day(s.occurredAt)}再次发给该客户，距上次（${day(before.record.occurredAt)}）仅${days}天，在${repeatDays}天之内。`,
        en: `"${quote(s.item)}" was given to this customer again on ${day(s.occurredAt)}, ${days} days after the last time (${day(before.record.occurredAt)}), within ${repeatDays} days.`,
      },
    });
  }
}
