/**
 * 今日跟进: who is due today or overdue. Each customer's last contact and the grade in force come
 * from 跟进记录 (the latest follow-up, its 跟进后等级), or from 客户档案's 最近跟进 / 客户等级
 * where the archive is later or the log has none. A 交接 row records a handover, not a contact.
 * A customer never followed up is due one cadence after the day it was filed (建档日期), or now
 * when that is unknown too (as the task pane's 今日跟进 counts it).
 */
import type { WorkbookPort } from "../io/port";
import type { Grade } from "../workbook/column";
import { GRADES } from "../workbook/column";
import { calendarFromSettings, cadenceDays, dateOfDay, dayNumber, daysOverdueDay, nextDueDay } from "../domain/cadence";
import { readLog } from "./read-log";
import type { Log } from "../domain/log";

/** A follow-up of this service type hands a customer to another rep; it is not a contact. */
import { HANDOVER_SERVICE_TYPE } from "../domain/vocabulary";

export { HANDOVER_SERVICE_TYPE };

export interface DueItem {
  code: string;
  name: string;
  rep: string;
  /** The grade in force: the latest follow-up's 跟进后等级, else 客户档案's 客户等级. */
  grade: Grade;
  gradeFrom: "followUp" | "archive";
  /** 客户档案's Excel row. */
  row: number;
  lastFollowUp?: Date;
  /** Undefined when the customer was never followed up and has no 建档日期. */
  due?: Date;
  daysOverdue: number;
  cadenceDays: number;
}

export interface LastContact {
  day: number;
  grade: Grade;
  /** 跟进记录's Excel row. */
  row: number;
}

/** The latest contact per customer code in 跟进记录 (a later row wins a tie on the same day and time). */
export function lastContacts(followUps: Log["followUps"]): Map<string, LastContact & { at: number }> {
  const last = new Map<string, LastContact & { at: number }>();
  for (const { row, record: f } of followUps) {
    if (f.serviceType === HANDOVER_SERVICE_TYPE) continue;
    const at = f.occurredAt.getTime();
    const seen = last.get(f.customer);
    if (!seen || at > seen.at || (at === seen.at && row > seen.row)) last.set(f.customer, { at, day: dayNumber(f.occurredAt), grade: f.gradeAfter, row });
  }
  return last;
}

/** Every customer with its due date, whether due or not. */
export function followUpStatus(log: Pick<Log, "customers" | "followUps" | "settings">, today: Date): DueItem[] {
  const contacts = lastContacts(log.followUps);
  const calendar = calendarFromSettings(log.settings);
  const todayDay = dayNumber(today);
  return log.customers.map(({ row, record: c }) => {
    const logged = contacts.get(c.code);
    const archived = c.lastFollowUp ? dayNumber(c.lastFollowUp) : undefined;
    const fromLog = logged !== undefined && (archived === undefined || logged.day >= archived);
    const lastDay = fromLog ? logged!.day : archived;
    const grade = fromLog ? logged!.grade : c.grade;
    const base = lastDay ?? (c.createdAt ? dayNumber(c.createdAt) : undefined);
    const item: DueItem = { code: c.code, name: c.name, rep: c.rep, grade, gradeFrom: fromLog ? "followUp" : "archive", row, daysOverdue: 0, cadenceDays: cadenceDays(grade, log.settings.cadenceDays) };
    if (lastDay !== undefined) item.lastFollowUp = dateOfDay(lastDay);
    if (base !== undefined) {
      const dueDay = nextDueDay(grade, base, log.settings.cadenceDays, calendar);
      item.due = dateOfDay(dueDay);
      item.daysOverdue = daysOverdueDay(dueDay, todayDay);
    }
    return item;
  });
}

const byGradeThenOverdue = (a: DueItem, b: DueItem) =>
  GRADES.indexOf(a.grade) - GRADES.indexOf(b.grade) ||
  (b.due === undefined ? Infinity : b.daysOverdue) - (a.due === undefined ? Infinity : a.daysOverdue) ||
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Who is due today or overdue (optionally one rep's customers): by grade A → E, most overdue first. */
export function dueList(log: Pick<Log, "customers" | "followUps" | "settings">, today: Date, rep?: string): DueItem[] {
  const todayDay = dayNumber(today);
  const wanted = rep?.trim();
  return followUpStatus(log, today)
    .filter((i) => !wanted || i.rep === wanted)
    .filter((i) => i.due === undefined || dayNumber(i.due) <= todayDay)
    .sort(byGradeThenOverdue);
}

export interface DueRun {
  items: DueItem[];
  /** Customers in the list (all reps or the chosen one). */
  customers: number;
  problems: number;
}

export async function runDue(port: WorkbookPort, today: Date, rep?: string): Promise<DueRun> {
  const log = await readLog(port);
  const wanted = rep?.trim();
  return {
    items: dueList(log, today, wanted),
    customers: wanted ? log.customers.filter((c) => c.record.rep === wanted).length : log.customers.length,
    problems: log.problems.length,
  };
}
