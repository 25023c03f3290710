/**
 * 方案建议: the visit plans a month needs, from the log. The A–E cadence (cadence.ts) says how
 * often each customer is due; from where each customer stands today (customer-status.ts), the
 * due dates are stepped through the month as if every contact were made on its due day (an overdue
 * customer, or one never contacted, is contacted today), which gives the contacts each grade needs. The ABC
 * duties add the visits the classes call for: an A-class customer visited in person every half
 * year, a B-class one every year and written to every half year. Pure; the rep edits what it proposes.
 */
import { calendarFromSettings, dayNumber, nextDueDay } from "../cadence";
import { byCustomer, customerStatus } from "../customer-status";
import type { FollowUp, Log, Rowed, WorkPlan } from "../log";
import type { Period } from "../periods";
import { addMonths, MS_PER_DAY } from "../time";
import { GRADES, type Grade } from "../vocabulary";
import { METHOD_SOURCES, type PlanMethod } from "./measures";

export interface GradeNeed {
  grade: Grade;
  /** Customers of the grade due at least once in the month. */
  customers: number;
  /** Contacts the cadence asks for in the month. */
  contacts: number;
}

export interface DutyNeed {
  abc: "A" | "B";
  method: PlanMethod;
  /** Months a contact of this kind lasts. */
  months: number;
  /** Customers of the class with no such contact in that many months before the month's end. */
  customers: string[];
}

export interface PlanSuggestion {
  rep: string;
  month: Period;
  grades: GradeNeed[];
  /** Customers already overdue today. */
  overdue: number;
  duties: DutyNeed[];
  plans: Omit<WorkPlan, "id">[];
}

/** What the ABC classes call for: in person every 6 months for A; in person yearly and a letter half-yearly for B. */
export const ABC_DUTIES: readonly Omit<DutyNeed, "customers">[] = [
  { abc: "A", method: "面访", months: 6 },
  { abc: "B", method: "面访", months: 12 },
  { abc: "B", method: "信函", months: 6 },
];

/** How many times a customer due on `dueDay` (as of `today`) falls due between the month's first and last day. */
export function contactsInMonth(grade: Grade, dueDay: number | undefined, month: Period, log: Pick<Log, "settings">, today: Date): number {
  const first = dayNumber(month.from);
  const last = dayNumber(month.to);
  const calendar = calendarFromSettings(log.settings);
  const todayDay = dayNumber(today);
  let day = dueDay === undefined || dueDay < todayDay ? todayDay : dueDay;
  while (day < first) day = nextDueDay(grade, day, log.settings.cadenceDays, calendar);
  let n = 0;
  while (day <= last) {
    n++;
    day = nextDueDay(grade, day, log.settings.cadenceDays, calendar);
  }
  return n;
}

function lastContactBy(followUps: readonly Rowed<FollowUp>[], method: PlanMethod, beforeMs: number): number | undefined {
  let best: number | undefined;
  for (const { record: f } of followUps) {
    const t = f.occurredAt.getTime();
    if (t >= beforeMs || f.source === undefined || !METHOD_SOURCES[method].includes(f.source)) continue;
    if (best === undefined || t > best) best = t;
  }
  return best;
}

export function suggestPlans(log: Pick<Log, "customers" | "followUps" | "settings">, rep: string, month: Period, today: Date): PlanSuggestion {
  const key = rep.trim().toUpperCase();
  const mine = log.customers.filter((c) => c.record.rep.trim().toUpperCase() === key);
  const followUps = byCustomer(log.followUps);
  const calendar = calendarFromSettings(log.settings);
  const grades = new Map<Grade, GradeNeed>(GRADES.map((g) => [g, { grade: g, customers: 0, contacts: 0 }]));
  let overdue = 0;
  let mustReach = 0;
  let toReach = 0;
  const endMs = month.to.getTime() + MS_PER_DAY;
  const duties: DutyNeed[] = ABC_DUTIES.map((d) => ({ ...d, customers: [] }));
  for (const c of mine) {
    const rows = followUps.get(c.record.code) ?? [];
    const status = customerStatus(c, rows, log.settings, today, calendar);
    const n = contactsInMonth(status.grade, status.due && dayNumber(status.due), month, log, today);
    if (status.daysOverdue > 0) overdue++;
    if (n > 0) {
      const need = grades.get(status.grade)!;
      need.customers++;
      need.contacts += n;
      toReach++;
      if (status.grade === "A" || status.grade === "B" || status.daysOverdue > 0) mustReach++;
    }
    for (const duty of duties) {
      if (c.record.abc !== duty.abc) continue;
      const since = addMonths(new Date(endMs), -duty.months).getTime();
      const last = lastContactBy(rows, duty.method, endMs);
      if (last === undefined || last < since) duty.customers.push(c.record.code);
    }
  }
  const base = { rep, cycle: "月" as const, start: month.from, end: month.to, planType: "客户访问" as const, status: "草拟" as const };
  const plans: Omit<WorkPlan, "id">[] = [];
  if (toReach > 0) {
    plans.push({ ...base, target: toReach, minimum: mustReach, content: `按跟进周期：${[...grades.values()].filter((g) => g.contacts > 0).map((g) => `${g.grade} 级 ${g.customers} 位 ${g.contacts} 次`).join("，")}`, purpose: "按时跟进，不让客户超期（最低：A、B 级与已逾期的客户）" });
  }
  for (const duty of duties) {
    if (duty.customers.length === 0) continue;
    plans.push({ ...base, method: duty.method, target: duty.customers.length, minimum: duty.customers.length, content: `${duty.abc} 类客户${duty.months === 12 ? "每年" : "每半年"}${duty.method === "面访" ? "上门拜访" : "一封信函"}：${duty.customers.join("、")}`, purpose: `ABC 分类的 ${duty.abc} 类待遇` });
  }
  return { rep, month, grades: [...grades.values()], overdue, duties, plans };
}
