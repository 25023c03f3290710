import { isoDateTime } from "../time";
import type { AuditContext } from "./context";
import { isContact } from "../customer-status";
import { EVENT_SHEET_KEYS, type Rowed } from "../log";

/** The work-log fields every event row has (event-common.ts). */
export interface EventCommon {
  customer: string;
  rep: string;
  occurredAt: Date;
  serviceType?: string;
  description: string;
  status: string;
  resolution?: string;
  summary?: string;
  feedbackAt?: Date;
}

export function eventsOf(ctx: AuditContext, sheet: (typeof EVENT_SHEET_KEYS)[number]): readonly Rowed<EventCommon>[] {
  return ctx.log[sheet] as readonly Rowed<EventCommon>[];
}

const HOUR = 3_600_000;

function hours(ms: number): number {
  return Math.round((ms / HOUR) * 10) / 10;
}

/**
 * Rule 2, feedback time: 反馈时间 later than 发生时间 + the limit for its sheet (设置 反馈时限), or
 * still blank once the limit has passed. Complaints also feed the scorecard's "in limit" rate.
 */
export function auditFeedback(ctx: AuditContext): void {
  const now = ctx.today.getTime();
  for (const sheet of EVENT_SHEET_KEYS) {
    const limit = ctx.settings.feedbackHours[sheet];
    if (!(limit > 0)) continue;
    const limitMs = limit * HOUR;
    const isComplaint = sheet === "complaints";
    const rows = eventsOf(ctx, sheet);
    for (let i = 0; i < rows.length; i++) {
      const e = rows[i].record;
      const at = e.occurredAt.getTime();
      if (at > now) continue;
      const deadline = at + limitMs;
      const fb = e.feedbackAt;
      const fbAt = fb ? fb.getTime() : NaN;
      const overdue = fb ? fbAt > deadline : now > deadline;
      if (!isContact(e)) continue;
      if (fb || now > deadline) {
        const t = ctx.tally(e.rep, e.occurredAt);
        t.feedbackJudged++;
        if (!overdue) t.feedbackOnTime++;
        if (isComplaint) {
          t.complaintsJudged++;
          if (!overdue) t.complaintsInLimit++;
        }
      }
      if (!overdue) continue;
      const row = rows[i].row;
      const severity = isComplaint ? "高" : "中";
      const ref = { sheet, column: "feedbackAt", row } as const;
      if (fb) {
        const late = hours(fbAt - deadline);
        ctx.add({
          rule: "feedback.late",
          severity,
          customer: e.customer,
          rep: e.rep,
          ref,
          at: e.occurredAt,
          message: {
            zh: `发生于${isoDateTime(e.occurredAt)}，应在${limit}小时内反馈，实际${isoDateTime(fb)}才反馈，超时${late}小时。`,
            en: `Happened on ${isoDateTime(e.occurredAt)} with a ${limit}-hour feedback limit; feedback came on ${isoDateTime(fb)}, ${late} hours late.`,
          },
        });
      } else {
        const by = new Date(deadline);
        ctx.add({
          rule: "feedback.missing",
          severity,
          customer: e.customer,
          rep: e.rep,
          ref,
          at: e.occurredAt,
          message: {
            zh: `发生于${isoDateTime(e.occurredAt)}，应在${limit}小时内（${isoDateTime(by)}前）反馈，至今没有反馈时间。`,
            en: `Happened on ${isoDateTime(e.occurredAt)} with a ${limit}-hour feedback limit (by ${isoDateTime(by)}); there is still no feedback time.`,
          },
        });
      }
    }
  }
}
