import type { FollowUp, Rowed } from "../log";
import { daysBetween } from "../time";
import { day, type AuditContext } from "./context";
import { isContact } from "../customer-status";
import { holdersOf, repOn, type CustomerStatus } from "../customer-status";
import { isAboveRep } from "../abc-duties";
import type { Severity } from "./types";

function severity(daysLate: number, cadence: number): Severity {
  return daysLate >= cadence && daysLate >= 3 ? "高" : "中";
}

/**
 * Rule 1, cadence: every gap between a customer's follow-ups longer than the cadence of the grade
 * in force at the time (the 跟进后等级 of the follow-up that opened the gap), and the open gap to
 * today as domain/customer-status.ts sees it (the same due date and days overdue as 今日跟进).
 * Handover rows (服务类型 交接) change who has the customer, they are not contacts.
 */
export function auditCadence(ctx: AuditContext): void {
  const { today } = ctx;
  const staff = ctx.log.staff.map((s) => s.record);
  // a manager joining a visit (or making one) does not take the customer over; with no 员工 nobody stands above anyone
  const above = (visitor: string, holder: string, at: Date) => staff.length > 0 && isAboveRep(visitor, holder, staff, at);
  const codes = new Set<string>([...ctx.customers.keys(), ...ctx.followUps.keys()]);
  for (const code of codes) {
    const stream = (ctx.followUps.get(code) ?? []).filter((r) => r.record.occurredAt.getTime() <= today.getTime());
    const contacts = stream.filter((r) => isContact(r.record));
    const customer = ctx.customers.get(code);
    const archiveRep = customer?.record.rep ?? "";
    const holders = holdersOf(stream, above);

    for (let i = 1; i < contacts.length; i++) {
      const prev = contacts[i - 1].record;
      const next = contacts[i];
      const grade = prev.gradeAfter;
      const cadence = ctx.cadence(grade);
      const due = ctx.dueAfter(prev.occurredAt, grade);
      const late = daysBetween(due, next.record.occurredAt);
      const rep = repOn(stream, due, archiveRep, holders);
      const tally = ctx.tally(rep, due);
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
    openGap(ctx, code, customer ? ctx.status(code)! : contacts.length > 0 ? statusOfUnknown(ctx, contacts[contacts.length - 1], holders[stream.indexOf(contacts[contacts.length - 1])]) : undefined, stream, holders);
  }
}

/** A code only 跟进记录 knows: due one cadence after its last contact, charged to whoever held it then. */
function statusOfUnknown(ctx: AuditContext, last: Rowed<FollowUp>, holder: string): CustomerStatus {
  const f = last.record;
  const due = ctx.dueAfter(f.occurredAt, f.gradeAfter);
  const late = daysBetween(due, ctx.today);
  return { code: f.customer, row: 0, rep: holder, grade: f.gradeAfter, source: "followUp", lastContact: f.occurredAt, followUpRow: last.row, due, daysOverdue: Math.max(0, late), cadenceDays: ctx.cadence(f.gradeAfter) };
}

/**
 * The gap from the last contact (or 建档日期) to today, when it is overdue, charged to the rep who
 * held the customer on the due day: a lapse that began before a handover stays with the old rep.
 */
function openGap(ctx: AuditContext, code: string, status: CustomerStatus | undefined, stream: readonly Rowed<FollowUp>[], holders: readonly string[]): void {
  if (!status?.due || status.daysOverdue <= 0) return;
  const { grade, cadenceDays: cadence, due, daysOverdue: late, lastContact } = status;
  const rep = repOn(stream, due, status.rep, holders);
  const created = ctx.customers.get(code)?.record.createdAt;
  ctx.tally(rep, due).followUpGaps++;
  ctx.add({
    rule: "cadence.lapse",
    severity: severity(late, cadence),
    customer: code,
    rep,
    ref: status.row > 0 ? { sheet: "customers", column: "nextDue", row: status.row } : { sheet: "followUps", column: "occurredAt", row: status.followUpRow! },
    at: due,
    daysLate: late,
    message: lastContact
      ? {
          zh: `${grade}级客户应每${cadence}天跟进；最近一次跟进在${day(lastContact)}，应于${day(due)}前跟进，已超期${late}天。`,
          en: `Grade ${grade} calls for a follow-up every ${cadence} days; the last one was on ${day(lastContact)}, due again by ${day(due)}, now ${late} days late.`,
        }
      : {
          zh: `${grade}级客户应每${cadence}天跟进；${day(created!)}建档后从未跟进，应于${day(due)}前跟进，已超期${late}天。`,
          en: `Grade ${grade} calls for a follow-up every ${cadence} days; created on ${day(created!)} and never followed up, due by ${day(due)}, now ${late} days late.`,
        },
  });
}
