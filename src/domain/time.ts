/**
 * Dates in the domain are JS Dates that carry wall-clock time as if it were UTC
 * ("floating" time): 2026-03-05 14:30 in the workbook is Date.UTC(2026, 2, 5, 14, 30).
 * Excel stores no time zone either, so this round-trips exactly on every machine.
 */
export const MS_PER_DAY = 86_400_000;
/** Excel's serial 25569 is 1970-01-01 (the 1900 date system, after the 1900 leap-year bug). */
const EXCEL_UNIX_EPOCH = 25569;

export function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_UNIX_EPOCH) * MS_PER_DAY));
}

export function serialFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_UNIX_EPOCH;
}

export function utcDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

export function startOfDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / MS_PER_DAY) * MS_PER_DAY);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / MS_PER_DAY);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isoDateTime(date: Date): string {
  const iso = date.toISOString();
  return iso.slice(11, 19) === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** "2026-03" */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}
