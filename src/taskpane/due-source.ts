import type { Log } from "../app/read-log";
import { calendarFromSettings, dayNumber, daysOverdueDay, nextDueDay, dateOfDay } from "../domain/cadence";
import type { DueEntry } from "./due-groups";

const HANDOVER = "交接";

/**
 * Who is due today or overdue, from the log itself: the last follow-up of each customer (a 交接
 * row records a reassignment, not a contact) or, never followed up, the day it was filed, plus
 * its grade's cadence. A customer with neither date is listed as never followed up.
 */
export function dueEntries(log: Log, today: Date): DueEntry[] {
  const last = new Map<string, number>();
  for (const { record: f } of log.followUps) {
    if (f.serviceType === HANDOVER) continue;
    const day = dayNumber(f.occurredAt);
    if (day > (last.get(f.customer) ?? -Infinity)) last.set(f.customer, day);
  }
  const calendar = calendarFromSettings(log.settings);
  const todayDay = dayNumber(today);
  const entries: DueEntry[] = [];
  for (const { row, record: c } of log.customers) {
    const logged = last.get(c.code);
    const archived = c.lastFollowUp ? dayNumber(c.lastFollowUp) : undefined;
    const lastDay = logged === undefined ? archived : archived === undefined ? logged : Math.max(logged, archived);
    const base = lastDay ?? (c.createdAt ? dayNumber(c.createdAt) : undefined);
    const entry: DueEntry = { code: c.code, name: c.name, grade: c.grade, rep: c.rep, row, daysOverdue: 0 };
    if (lastDay !== undefined) entry.lastFollowUp = dateOfDay(lastDay);
    if (base !== undefined) {
      const dueDay = nextDueDay(c.grade, base, log.settings.cadenceDays, calendar);
      if (dueDay > todayDay) continue;
      entry.due = dateOfDay(dueDay);
      entry.daysOverdue = daysOverdueDay(dueDay, todayDay);
    }
    entries.push(entry);
  }
  return entries;
}
