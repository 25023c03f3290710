/**
 * Dates in the domain are JS Dates that carry wall-clock time as if it were UTC
 * ("floating" time): 2026-03-05 14:30 in the workbook is Date.UTC(2026, 2, 5, 14, 30).
 * Excel stores no time zone either, so this round-trips exactly on every machine.
 *
 * Calendar arithmetic (addMonths) and dates as people read them (formatDay, date-fns's zh-CN and
 * en-US locales) are date-fns's. Day-level arithmetic stays hand-written on milliseconds and day
 * numbers (addDays, daysBetween, cadence.ts): it is exact in floating time and runs per row of
 * 100,000-row columns, where date-fns's addDays/isWeekend took 22–35x as long as day numbers for
 * KH.NEXTDUE (bench/dates.bench.ts, n=100,000).
 */
// One module per function: the "date-fns" and "date-fns/locale" indexes load every function and
// every locale, which costs the command line's start-up several times what these few do.
import { addMonths as fnsAddMonths } from "date-fns/addMonths";
import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import { zhCN } from "date-fns/locale/zh-CN";

export const MS_PER_DAY = 86_400_000;
/** Excel's serial 25569 is 1970-01-01 (the 1900 date system, after the 1900 leap-year bug). */
const EXCEL_UNIX_EPOCH = 25569;

/**
 * Excel counts 1900 as a leap year (as Lotus 1-2-3 did): serial 60 is a 1900-02-29 that never was,
 * so serials 1–59 sit one day later than a plain count from 1899-12-30 gives (1 is 1900-01-01).
 */
const FAKE_LEAP_DAY = 60;
/** 1900-03-01, serial 61: from here on the plain count is right. */
const FIRST_TRUE_MS = Date.UTC(1900, 2, 1);
/** 1900-01-01, serial 1. */
const FIRST_SERIAL_MS = Date.UTC(1900, 0, 1);

export function dateFromSerial(serial: number): Date {
  const shifted = serial > 0 && serial < FAKE_LEAP_DAY ? serial + 1 : serial;
  return new Date(Math.round((shifted - EXCEL_UNIX_EPOCH) * MS_PER_DAY));
}

export function serialFromDate(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + EXCEL_UNIX_EPOCH;
  return date.getTime() < FIRST_TRUE_MS && date.getTime() >= FIRST_SERIAL_MS ? serial - 1 : serial;
}

/** The serial of the day a date falls on, its time dropped: what a date-formatted cell of a generated sheet holds. */
export function daySerial(date: Date): number {
  return Math.floor(serialFromDate(date) + 1e-9);
}

/** Serial 60: Excel's 1900-02-29, a day that does not exist. */
export function isFakeLeapDay(serial: number): boolean {
  return Math.floor(serial) === FAKE_LEAP_DAY;
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
  // from the UTC fields rather than toISOString: the audit and the reports call it per row
  const m = date.getUTCMonth() + 1;
  return `${date.getUTCFullYear()}-${m < 10 ? "0" : ""}${m}`;
}

export function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

// Calendar arithmetic by date-fns. date-fns reads and writes a Date's *local* fields, while ours
// carry their wall clock in the UTC fields, so each call moves the calendar day across: to local
// noon (a time every day has, whatever the zone's daylight-saving rules) and back, keeping the
// time of day as it was. The answer is then the same on every machine (tests/domain/time.test.ts
// checks it in several zones).

/** Local noon on the date's calendar day, for date-fns. */
function localNoon(date: Date): Date {
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return local;
}

/** The calendar day date-fns answered, at the time of day `timeOf` had. */
function fromLocalDay(local: Date, timeOf: Date): Date {
  const day = new Date(0);
  day.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
  const t = timeOf.getTime();
  return new Date(day.getTime() + (t - Math.floor(t / MS_PER_DAY) * MS_PER_DAY));
}

/** The same day `months` later (or earlier); the 31st of a short month clamps to its last day (Jan 31 + 1 = Feb 28/29). */
export function addMonths(date: Date, months: number): Date {
  return fromLocalDay(fnsAddMonths(localNoon(date), months), date);
}

/** "2026年11月23日 星期一" (zh) or "Monday, November 23, 2026" (en): a day as people say it. */
export function formatDay(date: Date, lang: "zh" | "en" = "zh"): string {
  return lang === "zh" ? format(localNoon(date), "yyyy年M月d日 EEEE", { locale: zhCN }) : format(localNoon(date), "EEEE, MMMM d, yyyy", { locale: enUS });
}
