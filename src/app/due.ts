/**
 * 今日跟进: who is due today or overdue. Each customer's last contact, grade in force and due date
 * are domain/customer-status.ts's (the rule every view shares; its head says how 客户档案's
 * 最近跟进 and 跟进记录 combine).
 */
import type { WorkbookPort } from "../io/port";
import { GRADES, type Grade } from "../domain/vocabulary";
import { dayNumber } from "../domain/cadence";
import { CONTACT_FIELDS, customerStatuses, type ContactRecord } from "../domain/customer-status";
import type { Log, Rowed } from "../domain/log";
import { readLog, readLogColumns, type LogRead } from "./read-log";

/** What the due list needs: 客户档案, 设置, and of 跟进记录 only what a customer's status reads. */
export type DueInput = Pick<Log, "customers" | "settings"> & { followUps: readonly Rowed<ContactRecord>[] };

/** What 今日跟进 reads: 客户档案 and 员工 whole, 跟进记录 only for the columns a status needs. */
export type DueLog = LogRead<"customers" | "staff"> & { followUps: Rowed<ContactRecord>[] };

/**
 * The read behind 今日跟进, in one round trip in Excel: of a year's 跟进记录 (its biggest sheet)
 * only 客户编码, 发生时间, 服务类型 and 跟进后等级 (domain/customer-status.ts's CONTACT_FIELDS),
 * so opening the pane does not carry and parse every description and result.
 */
export async function readDueLog(port: WorkbookPort): Promise<DueLog> {
  return (await readLogColumns(port, ["customers", "followUps", "staff"], { followUps: CONTACT_FIELDS })) as unknown as DueLog;
}
import { sameStaffId } from "../domain/staff-roster";

export interface DueItem {
  code: string;
  name: string;
  rep: string;
  /** The grade in force (see domain/customer-status.ts). */
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

/** Every customer with its due date, whether due or not, in 客户档案's order. */
export function followUpStatus(log: DueInput, today: Date): DueItem[] {
  const names = new Map(log.customers.map((c) => [c.row, c.record.name]));
  return customerStatuses(log, today).map((s) => {
    const item: DueItem = { code: s.code, name: names.get(s.row) ?? "", rep: s.rep, grade: s.grade, gradeFrom: s.source, row: s.row, daysOverdue: s.daysOverdue, cadenceDays: s.cadenceDays };
    if (s.lastContact) item.lastFollowUp = s.lastContact;
    if (s.due) item.due = s.due;
    return item;
  });
}

const byGradeThenOverdue = (a: DueItem, b: DueItem) =>
  GRADES.indexOf(a.grade) - GRADES.indexOf(b.grade) ||
  (b.due === undefined ? Infinity : b.daysOverdue) - (a.due === undefined ? Infinity : a.daysOverdue) ||
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Who is due today or overdue (optionally one rep's customers): by grade A → E, most overdue first. */
export function dueList(log: DueInput, today: Date, rep?: string): DueItem[] {
  const todayDay = dayNumber(today);
  const wanted = rep?.trim();
  return followUpStatus(log, today)
    .filter((i) => !wanted || sameStaffId(i.rep, wanted))
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
    customers: wanted ? log.customers.filter((c) => sameStaffId(c.record.rep, wanted)).length : log.customers.length,
    problems: log.problems.length,
  };
}
