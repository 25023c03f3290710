import type { FollowUp, Rowed } from "../log";
import { daysBetween } from "../time";
import { isHandover, day, type AuditContext } from "./context";
import type { Severity } from "./types";

function severity(daysLate: number, cadence: number): Severity {
  return daysLate >= cadence && daysLate >= 3 ? "高" : "中";
}

/** The rep who had the customer on `at`: the rep of the last follow-up or handover row by then. */
function repAt(stream: readonly Rowed<FollowUp>[], at: Date, fallback: string): string {
  const t = at.getTime();
  let lo = 0;
  let hi = stream.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stream[mid].record.occurredAt.getTime() <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? fallback : stream[lo - 1].record.rep;
}

/**
 * Rule 1, cadence: every gap between a customer's follow-ups, and from the last one to today,
 * longer than the cadence of the grade in force at the time (the 跟进后等级 of the follow-up that
 * opened the gap). A customer never followed up counts from 建档日期 with its archive grade.
 * Handover rows (服务类型 交接) change who has the customer, they are not contacts.
 */
export function auditCadence(ctx: AuditContext): void {
  const { today } = ctx;
  const codes = new Set<string>([...ctx.customers.keys(), ...ctx.followUps.keys()]);
  for (const code of codes) {
    const stream = (ctx.followUps.get(code) ?? []).filter((r) => r.record.occurredAt.getTime() <= today.getTime());
    const contacts = stream.filter((r) => !isHandover(r.record));
    const customer = ctx.customers.get(code);
    const archiveRep = customer?.record.rep ?? "";

    if (contacts.length === 0) {
      const created = customer?.record.createdAt;
      if (!customer || !created) continue;
      const grade = customer.record.grade;
      const cadence = ctx.cadence(grade);
      const due = ctx.dueAfter(created, grade);
      const late = daysBetween(due, today);
      if (late <= 0) continue;
      ctx.tally(archiveRep).followUpGaps++;
      ctx.add({
        rule: "cadence.lapse",
        severity: severity(late, cadence),
        customer: code,
        rep: archiveRep,
        ref: { sheet: "customers", column: "nextDue", row: customer.row },
        at: due,
        daysLate: late,
        message: {
          zh: `${grade}级客户应每${cadence}天跟进；${day(created)}建档后从未跟进，应于${day(due)}前跟进，已超期${late}天。`,
          en: `Grade ${grade} calls for a follow-up every ${cadence} days; created on ${day(created)} and never followed up, due by ${day(due)}, now ${late} days late.`,
        },
      });
      continue;
    }

    for (let i = 1; i < contacts.length; i++) {
      const prev = contacts[i - 1].record;
      const next = contacts[i];
      const grade = prev.gradeAfter;
      const cadence = ctx.cadence(grade);
      const due = ctx.dueAfter(prev.occurredAt, grade);
      const late = daysBetween(due, next.record.occurredAt);
      const rep = repAt(stream, due, archiveRep);
      const tally = ctx.tally(rep);
      tally.followUpGaps++;
      if (late <= 0) {
        tally.followUpGapsOnTime++;
        continue;
      }
      ctx.add({
        rule: "cadence.lapse",
        severity: severity(late, cadence),
        customer: code,
        rep,
        ref: { sheet: "followUps", column: "occurredAt", row: next.row },
        at: due,
        daysLate: late,
        message: {
          zh: `${grade}级客户应每${cadence}天跟进；${day(prev.occurredAt)}跟进后，应于${day(due)}前再次跟进，实际${day(next.record.occurredAt)}才跟进，超期${late}天。`,
          en: `Grade ${grade} calls for a follow-up every ${cadence} days; after ${day(prev.occurredAt)} the next was due by ${day(due)} but came on ${day(next.record.occurredAt)}, ${late} days late.`,
        },
      });
    }

    const last = contacts[contacts.length - 1];
    const grade = last.record.gradeAfter;
    const cadence = ctx.cadence(grade);
    const due = ctx.dueAfter(last.record.occurredAt, grade);
    const late = daysBetween(due, today);
    if (late <= 0) continue;
    const rep = customer ? archiveRep : last.record.rep;
    ctx.tally(rep).followUpGaps++;
    ctx.add({
      rule: "cadence.lapse",
      severity: severity(late, cadence),
      customer: code,
      rep,
      ref: customer ? { sheet: "customers", column: "nextDue", row: customer.row } : { sheet: "followUps", column: "occurredAt", row: last.row },
      at: due,
      daysLate: late,
      message: {
        zh: `${grade}级客户应每${cadence}天跟进；最近一次跟进在${day(last.record.occurredAt)}，应于${day(due)}前跟进，已超期${late}天。`,
        en: `Grade ${grade} calls for a follow-up every ${cadence} days; the last one was on ${day(last.record.occurredAt)}, due again by ${day(due)}, now ${late} days late.`,
      },
    });
  }
}
