import type { Complaint } from "../log";
import { daysBetween } from "../time";
import { CALLBACK_SERVICE_TYPE } from "../vocabulary";
import { isBlankText, isClosed, money, day, type AuditContext } from "./context";

interface Step {
  n: number;
  zh: string;
  en: string;
  /** The complaint columns that must be filled for the step to count as done. */
  fields: readonly (keyof Complaint)[];
}

/** The 8 steps of a complaint (the 投诉 form's numbered sections, src/workbook/sheets/events.ts), each with the columns that show it was done. */
export const COMPLAINT_STEPS: readonly Step[] = [
  { n: 1, zh: "记录", en: "record", fields: ["object", "request"] },
  { n: 2, zh: "判定", en: "judge", fields: ["validity"] },
  { n: 3, zh: "分派", en: "assign", fields: ["responsibleDept", "responsiblePerson"] },
  { n: 4, zh: "分析", en: "analyse", fields: ["causeAnalysis", "liability"] },
  { n: 5, zh: "方案", en: "propose", fields: ["remedy"] },
  { n: 6, zh: "审批", en: "approve", fields: ["approver", "approvedAt"] },
  { n: 7, zh: "实施反馈", en: "implement and notify", fields: ["implementedAt", "notifiedAt", "customerFeedback"] },
  { n: 8, zh: "总结", en: "summarise", fields: ["lessons", "correctiveAction", "closedAt"] },
];

/** An invalid complaint is answered and closed after step 2: it needs the judgement note, not steps 3–8. */
const INVALID_STEPS: readonly Step[] = [COMPLAINT_STEPS[0], { ...COMPLAINT_STEPS[1], fields: ["validity", "validityNote"] }];

const COMPENSATION_REMEDY = "折价赔偿";

function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value === "string" ? value.trim() !== "" : true;
}

function isInvalid(c: Complaint): boolean {
  return c.validity === "无效";
}

/**
 * Rule 3, complaints: a closed complaint with a step missing; an open one older than the limit;
 * compensation or a discount without an approver; no callback within the limit after closing
 * (回访时间 on the complaint, or a 跟进记录 row of 服务类型 回访).
 */
export function auditComplaints(ctx: AuditContext): void {
  const { today, settings } = ctx;
  for (const { row, record: c } of ctx.log.complaints) {
    if (c.occurredAt.getTime() > today.getTime()) continue;
    const closed = isClosed(c.status);
    const base = { customer: c.customer, rep: c.rep, at: c.occurredAt };

    const limit = settings.audit.openComplaintDays;
    if (closed || daysBetween(c.occurredAt, today) > limit) {
      const t = ctx.tally(c.rep, c.occurredAt);
      t.closingsJudged++;
      // closed with no 结案时间: closed in time as far as the log can tell
      if (closed && (!c.closedAt || daysBetween(c.occurredAt, c.closedAt) <= limit)) t.closingsInLimit++;
    }
    if (closed) {
      const steps = isInvalid(c) ? INVALID_STEPS : COMPLAINT_STEPS;
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
    if ((c.remedy === COMPENSATION_REMEDY || compensation > 0) && isBlankText(c.approver)) {
      const what = compensation > 0 ? `赔偿¥${money(compensation)}` : "折价赔偿";
      ctx.add({
        ...base,
        rule: "complaint.approval",
        severity: "高",
        ref: { sheet: "complaints", column: "approver", row },
        message: {
          zh: `处理方案含${what}，但没有主管审批。`,
          en: `The remedy includes ${compensation > 0 ? `compensation of ¥${money(compensation)}` : "a discount or compensation"} but no supervisor approved it.`,
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
