/**
 * 方案建议: the visit plans a month needs, from the log. The A–E cadence (cadence.ts) says how
 * often each customer is due; from where each customer stands today (customer-status.ts), the
 * due dates are stepped through the month as if every contact were made on its due day (an overdue
 * customer, or one never contacted, is contacted today), which gives the contacts each grade needs. The ABC
 * duties (domain/abc-duties.ts, months from 设置) add the contacts the classes call for: an A-class
 * customer's visit by a manager, a B-class one's visit and letter or survey. The A-class visit plan
 * is the rep's 上级's (when 员工 names one who may make it), as tracking then counts the visits of
 * the one who makes them. Pure; the rep edits what it proposes.
 */
import { calendarFromSettings, dayNumber, nextDueDay } from "../cadence";
import { byCustomer, customerStatus } from "../customer-status";
import type { FollowUp, Log, Rowed, WorkPlan } from "../log";
import type { Period } from "../periods";
import { addMonths, MS_PER_DAY } from "../time";
import { GRADES, type Grade } from "../vocabulary";
import type { PlanMethod } from "./measures";
import { abcDuties, fulfils, isAboveRep, type AbcDutyKind } from "../abc-duties";
import { findStaff } from "../staff-roster";

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

/** The plan 方式 that carries out an ABC duty (domain/abc-duties.ts). */
const DUTY_METHOD: Record<AbcDutyKind, PlanMethod> = { managerVisit: "面访", visit: "面访", letter: "信函" };

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

function lastContactBy(followUps: readonly Rowed<FollowUp>[], carriesOut: (f: FollowUp) => boolean, beforeMs: number): number | undefined {
  let best: number | undefined;
  for (const { record: f } of followUps) {
    const t = f.occurredAt.getTime();
    if (t >= beforeMs || !carriesOut(f)) continue;
    if (best === undefined || t > best) best = t;
  }
  return best;
}

export function suggestPlans(log: Pick<Log, "customers" | "followUps" | "staff" | "settings">, rep: string, month: Period, today: Date): PlanSuggestion {
  const key = rep.trim().toUpperCase();
  const mine = log.customers.filter((c) => c.record.rep.trim().toUpperCase() === key);
  const followUps = byCustomer(log.followUps);
  const calendar = calendarFromSettings(log.settings);
  const grades = new Map<Grade, GradeNeed>(GRADES.map((g) => [g, { grade: g, customers: 0, contacts: 0 }]));
  let overdue = 0;
  let mustReach = 0;
  let toReach = 0;
  const endMs = month.to.getTime() + MS_PER_DAY;
  const abcDutyList = abcDuties(log.settings);
  const duties: DutyNeed[] = abcDutyList.map((d) => ({ abc: d.abc, method: DUTY_METHOD[d.kind], months: d.months, customers: [] }));
  const staff = log.staff.map((s) => s.record);
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
    duties.forEach((duty, i) => {
      if (c.record.abc !== duty.abc) return;
      const since = addMonths(new Date(endMs), -duty.months).getTime();
      const last = lastContactBy(rows, (f) => fulfils(abcDutyList[i].kind, f, (v) => isAboveRep(v.rep, c.record.rep, staff, v.occurredAt)), endMs);
      if (last === undefined || last < since) duty.customers.push(c.record.code);
    });
  }
  const base = { rep, cycle: "月" as const, start: month.from, end: month.to, planType: "客户访问" as const, status: "草拟" as const };
  const plans: Omit<WorkPlan, "id">[] = [];
  if (toReach > 0) {
    plans.push({ ...base, target: toReach, minimum: mustReach, content: `按跟进周期：${[...grades.values()].filter((g) => g.contacts > 0).map((g) => `${g.grade} 级 ${g.customers} 位 ${g.contacts} 次`).join("，")}`, purpose: "按时跟进，不让客户超期（最低：A、B 级与已逾期的客户）" });
  }
  // the manager's visit is planned for the rep's 上级 when 员工 names one who stands above the rep on the month's first day
  const manager = findStaff(staff, rep)?.manager?.trim();
  const visitor = manager && isAboveRep(manager, rep, staff, month.from) ? findStaff(staff, manager)?.id ?? rep : rep;
  duties.forEach((duty, i) => {
    if (duty.customers.length === 0) return;
    const byManager = abcDutyList[i].kind === "managerVisit" && visitor !== rep;
    plans.push({ ...base, ...(byManager ? { rep: visitor } : {}), method: duty.method, target: duty.customers.length, minimum: duty.customers.length, content: `${duty.abc} 类客户每 ${duty.months} 个月${duty.abc === "A" ? "一次主管拜访" : duty.method === "面访" ? "上门拜访" : "一封信函或问卷"}：${duty.customers.join("、")}`, purpose: `ABC 分类的 ${duty.abc} 类待遇${byManager ? `（${rep} 的客户）` : ""}` });
  });
  return { rep, month, grades: [...grades.values()], overdue, duties, plans };
}
