/**
 * What each ABC class is owed besides its grade's follow-ups: an A customer a visit by a manager
 * (someone above the customer's rep: isAboveRep) every 设置 A类主管拜访 months; a B customer a visit every B类拜访 months and a letter or survey
 * every B类信函问卷 months; a C customer nothing more. A visit is a 跟进记录 contact whose 信息来源
 * is an in-person method, a letter or survey one whose 信息来源 is written (传真 or 邮件), as
 * plans/measures.ts maps methods to sources. The audit (audit/abc-duties.ts), the ABC分析 sheet's
 * 客户名册 (app/abc-report.ts) and the month's plan suggestion (plans/suggest.ts) all read these.
 */
import { isContact } from "./customer-status";
import type { Customer, FollowUp, Rowed, Staff } from "./log";
import { METHOD_SOURCES } from "./plans/measures";
import type { Settings } from "./settings";
import { approvalStanding } from "./approval-authority";
import { addMonths, daysBetween } from "./time";
import type { AbcClass } from "./vocabulary";

export type AbcDutyKind = "managerVisit" | "visit" | "letter";

export interface AbcDuty {
  abc: Exclude<AbcClass, "C">;
  kind: AbcDutyKind;
  /** At most this many months from one such contact to the next. */
  months: number;
}

export const DUTY_NAMES: Record<AbcDutyKind, { zh: string; en: string }> = {
  managerVisit: { zh: "主管拜访", en: "visit by a manager" },
  visit: { zh: "拜访", en: "visit" },
  letter: { zh: "信函或问卷", en: "letter or survey" },
};

const VISIT_SOURCES: readonly string[] = METHOD_SOURCES.面访;
const LETTER_SOURCES: readonly string[] = [...METHOD_SOURCES.信函, ...METHOD_SOURCES.邮件];

/** The duties 设置 asks for, class by class (a duty set to 0 months is not asked for). */
export function abcDuties(settings: Pick<Settings, "audit">): AbcDuty[] {
  const { abcManagerVisitMonths, abcVisitMonths, abcLetterMonths } = settings.audit;
  const all: AbcDuty[] = [
    { abc: "A", kind: "managerVisit", months: abcManagerVisitMonths },
    { abc: "B", kind: "visit", months: abcVisitMonths },
    { abc: "B", kind: "letter", months: abcLetterMonths },
  ];
  return all.filter((d) => d.months > 0);
}

/**
 * Whether whoever made a visit stands above the customer's rep, as domain/approval-authority.ts
 * decides for approvals (the rep's 上级 or a 主管/经理, never the rep, while employed); with no
 * 员工 rows nobody can be told apart and any visit counts.
 */
export function isAboveRep(visitor: string, rep: string, staff: readonly Staff[], at: Date): boolean {
  return approvalStanding(visitor, rep, staff, at)?.ok ?? staff.length === 0;
}

/** Whether a follow-up carries out a duty; `byManager` says whether its visitor stands above the customer's rep. */
export function fulfils(kind: AbcDutyKind, f: Pick<FollowUp, "serviceType" | "source" | "rep" | "occurredAt">, byManager: (f: Pick<FollowUp, "rep" | "occurredAt">) => boolean): boolean {
  if (!isContact(f) || f.source === undefined) return false;
  if (kind === "letter") return LETTER_SOURCES.includes(f.source);
  return VISIT_SOURCES.includes(f.source) && (kind === "visit" || byManager(f));
}

export type CountedFrom = "last" | "created" | "firstContact" | "period";

export interface DutyStatus {
  duty: AbcDuty;
  /** The latest contact on or before today that carried the duty out (it may lie before the period). */
  last?: Rowed<FollowUp>;
  /**
   * What the duty's months count from, the latest of: the last such contact (`last`), the
   * customer's 建档日期 (`created`; without one, its first contact: `firstContact`) and the first day
   * of the period its class was judged on (`period`); undefined when nothing says the customer began.
   */
  counted?: { from: Date; by: CountedFrom };
  /** When the next one is due: `months` after `counted.from`. */
  due?: Date;
  /** Days past `due` (0 while it is not past). */
  daysLate: number;
}

/**
 * Where a customer of class `abc` stands on each duty today; `followUps` are the customer's, in any
 * order. `periodFrom` is the first day of the period the class was judged on (the ABC window,
 * domain/periods.ts lastFullMonths): the class speaks for that period, so its duties are owed from
 * then on, and a duty first falls due `months` after the latest of that day, 建档日期 and the last
 * contact that carried it out: a customer on the books since 2017 and never visited is late from
 * `months` into the period, not from 2017.
 */
export function dutyStatuses(customer: Pick<Customer, "createdAt">, abc: AbcClass | undefined, followUps: readonly Rowed<FollowUp>[], duties: readonly AbcDuty[], byManager: (f: Pick<FollowUp, "rep" | "occurredAt">) => boolean, today: Date, periodFrom: Date): DutyStatus[] {
  const now = today.getTime();
  let first: Date | undefined;
  for (const { record: f } of followUps) if (isContact(f) && f.occurredAt.getTime() <= now && (!first || f.occurredAt < first)) first = f.occurredAt;
  const began: [Date | undefined, CountedFrom] = customer.createdAt ? [customer.createdAt, "created"] : [first, "firstContact"];
  return duties
    .filter((d) => d.abc === abc)
    .map((duty) => {
      let last: Rowed<FollowUp> | undefined;
      for (const r of followUps) {
        const t = r.record.occurredAt.getTime();
        if (t > now || !fulfils(duty.kind, r.record, byManager)) continue;
        if (!last || t > last.record.occurredAt.getTime() || (t === last.record.occurredAt.getTime() && r.row > last.row)) last = r;
      }
      const counted = countedFrom(last?.record.occurredAt, began, periodFrom);
      const due = counted && addMonths(counted.from, duty.months);
      return { duty, last, counted, due, daysLate: due ? Math.max(0, daysBetween(due, today)) : 0 };
    });
}

/** The latest of the three; on a tie the contact, then the customer's start, says it best. */
function countedFrom(last: Date | undefined, began: [Date | undefined, CountedFrom], periodFrom: Date): DutyStatus["counted"] {
  if (!last && !began[0]) return undefined;
  let best: NonNullable<DutyStatus["counted"]> = { from: periodFrom, by: "period" };
  for (const [from, by] of [began, [last, "last"]] as const) if (from && from.getTime() >= best.from.getTime()) best = { from, by };
  return best;
}
