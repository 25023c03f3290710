/**
 * The A–E follow-up cadence (设置's days per grade, defaults in settings.ts): days between follow-ups per grade, the next due date
 * (moved off weekends and holidays where the workbook says so), days overdue, and the grade
 * implied by the expected deal date and the need. Dates are whole days: a "day number" is the
 * count of days since 1970-01-01 in floating time (see time.ts), so the hot paths allocate no Date.
 *
 * Which arithmetic is whose: the next due day (KH.NEXTDUE, 今日跟进) stays hand-written on day
 * numbers, because date-fns (addDays, isWeekend, a Date per step) took 22–35x as long for the same
 * 100,000 rows (bench/dates.bench.ts). The grade horizons (today + 1, 3, 6 months) are date-fns's
 * month arithmetic through time.ts addMonths, computed once per "today" (gradeHorizons), so KH.GRADE
 * rows only compare numbers.
 */
import { GRADES, type Grade } from "./vocabulary";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { addMonths, MS_PER_DAY } from "./time";

export type CadenceTable = Record<Grade, number>;

export const DEFAULT_CADENCE: Readonly<CadenceTable> = DEFAULT_SETTINGS.cadenceDays;

/** Which days a due date may not fall on. `shift: false` leaves every due date where it is. */
export interface DueCalendar {
  shift: boolean;
  /** Day numbers of the listed holidays. */
  holidays: ReadonlySet<number>;
  /** Day numbers of weekend days worked to make up for a holiday (调休上班). */
  workdays?: ReadonlySet<number>;
}

export const NO_SHIFT: DueCalendar = { shift: false, holidays: new Set() };

export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWorkingDay(day: number, calendar: DueCalendar): boolean {
  if (calendar.workdays?.has(day)) return true;
  const w = weekdayOfDay(day);
  return w !== 0 && w !== 6 && !calendar.holidays.has(day);
}

export function calendarFromSettings(settings: Pick<Settings, "shiftHolidays" | "holidays"> & Partial<Pick<Settings, "workdays">>): DueCalendar {
  return { shift: settings.shiftHolidays, holidays: new Set(settings.holidays.map(dayNumber)), workdays: new Set((settings.workdays ?? []).map(dayNumber)) };
}

/** Days between follow-ups for a grade; a fractional setting rounds up to whole days. */
export function cadenceDays(grade: Grade, table: Readonly<CadenceTable> = DEFAULT_CADENCE): number {
  return Math.max(1, Math.ceil(table[grade]));
}

/** The day itself when it is a working day, else the next working day (when the calendar shifts). */
export function shiftToWorkingDay(day: number, calendar: DueCalendar): number {
  if (!calendar.shift) return day;
  // A year of holidays back to back is not a calendar anyone keeps; stop there rather than loop.
  for (let d = day, guard = 0; guard < 400; d++, guard++) if (isWorkingDay(d, calendar)) return d;
  return day;
}

/** The day the next follow-up is due, from the day of the last one. */
export function nextDueDay(grade: Grade, lastDay: number, table: Readonly<CadenceTable> = DEFAULT_CADENCE, calendar: DueCalendar = NO_SHIFT): number {
  return shiftToWorkingDay(lastDay + cadenceDays(grade, table), calendar);
}

export function nextDue(grade: Grade, last: Date, table: Readonly<CadenceTable> = DEFAULT_CADENCE, calendar: DueCalendar = NO_SHIFT): Date {
  return dateOfDay(nextDueDay(grade, dayNumber(last), table, calendar));
}

/** Whole days past the due day; 0 on the due day and before it. */
export function daysOverdueDay(dueDay: number, todayDay: number): number {
  return todayDay > dueDay ? todayDay - dueDay : 0;
}

export function daysOverdue(due: Date, today: Date): number {
  return daysOverdueDay(dayNumber(due), dayNumber(today));
}

/** A cadence table from (grade, days) pairs; grades not listed keep the defaults, the first pair per grade wins. */
export function cadenceTableFrom(pairs: Iterable<readonly [Grade, number]>, base: Readonly<CadenceTable> = DEFAULT_CADENCE): CadenceTable {
  const table: CadenceTable = { ...base };
  const seen = new Set<Grade>();
  for (const [grade, days] of pairs) {
    if (seen.has(grade)) continue;
    seen.add(grade);
    table[grade] = days;
  }
  return table;
}

/** The need for a product (客户档案's 需求, vocabulary.ts NEEDS): a clear need, a potential one, or none. */
export type Need = "clear" | "potential" | "none";

const NEED_WORDS: Record<string, Need> = {
  明确: "clear",
  明确需求: "clear",
  目标: "clear",
  有: "clear",
  clear: "clear",
  target: "clear",
  潜在: "potential",
  潜在需求: "potential",
  potential: "potential",
  无: "none",
  无需求: "none",
  死亡: "none",
  none: "none",
  dead: "none",
};

/** 明确 / 潜在 / 无 (and 客户档案's 目标 / 潜在 / 死亡, and English) to a Need. */
export function parseNeed(text: string): Need | undefined {
  return NEED_WORDS[text.normalize("NFKC").trim().toLowerCase()];
}

/** Today + 1, 3 and 6 months as day numbers: the last days a deal may close for grade A, B and C. */
export interface GradeHorizons {
  a: number;
  b: number;
  c: number;
}

/**
 * The horizons for a day, by date-fns month arithmetic (time.ts addMonths: the 31st of a short
 * month clamps to its last day, Jan 31 + 1 = Feb 28/29). Computed once per "today", not per row.
 */
export function gradeHorizons(todayDay: number): GradeHorizons {
  const today = dateOfDay(todayDay);
  return { a: dayNumber(addMonths(today, 1)), b: dayNumber(addMonths(today, 3)), c: dayNumber(addMonths(today, 6)) };
}

/**
 * The grade the outlook gives (客户等级's help in src/workbook/sheets/customers.ts: A 1个月内成交 ·
 * B 3个月 · C 6个月 · D 潜在 · E 无需求): no need → E; a potential need → D; a clear need → A when
 * the deal is expected within 1 month of today (or the expected date has passed), B within 3,
 * C within 6, D later or when no date is known.
 */
export function gradeFromOutlookDay(expectedCloseDay: number | undefined, need: Need, horizons: GradeHorizons): Grade {
  if (need === "none") return "E";
  if (need === "potential" || expectedCloseDay === undefined) return "D";
  if (expectedCloseDay <= horizons.a) return "A";
  if (expectedCloseDay <= horizons.b) return "B";
  if (expectedCloseDay <= horizons.c) return "C";
  return "D";
}

export function gradeFromOutlook(expectedClose: Date | undefined, need: Need, today: Date): Grade {
  return gradeFromOutlookDay(expectedClose && dayNumber(expectedClose), need, gradeHorizons(dayNumber(today)));
}

export function isGrade(text: string): text is Grade {
  return (GRADES as readonly string[]).includes(text);
}
