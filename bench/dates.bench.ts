/**
 * Hand-written day numbers against date-fns, on the paths that run once per row of a 100,000-row
 * column, so that src/domain/cadence.ts and src/domain/time.ts can say which to use where. Each
 * figure times both ways doing the same work in the same run and checks they agree.
 *   - KH.NEXTDUE's arithmetic: last follow-up + cadence days, moved off weekends and holidays.
 *   - KH.GRADE's: the deal's expected date against today + 1, 3 and 6 months. The hand-written
 *     per-row month arithmetic this replaced is the baseline; now date-fns computes the three
 *     horizons once per "today" (cadence.ts gradeHorizons) and each row only compares.
 */
import { addDays } from "date-fns/addDays";
import { isWeekend } from "date-fns/isWeekend";
import { DEFAULT_CADENCE, gradeFromOutlookDay, gradeHorizons, nextDueDay, type DueCalendar } from "../src/domain/cadence";
import { addMonths, utcDate } from "../src/domain/time";
import { seededRandom } from "../src/domain/ids";
import type { Grade } from "../src/domain/vocabulary";
import { median } from "./timing";

type Print = (line: string) => void;

const MS_PER_DAY = 86_400_000;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Local noon of a day number (date-fns works on local fields), and the day number of a local date. */
const localOf = (day: number) => {
  const d = new Date(day * MS_PER_DAY);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
};
const dayOfLocal = (d: Date) => Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / MS_PER_DAY);

/** NEXTDUE the date-fns way: addDays, then addDays(1) while isWeekend or a holiday. */
function nextDueWithDateFns(grade: Grade, lastDay: number, calendar: DueCalendar): number {
  let d = addDays(localOf(lastDay), Math.max(1, Math.ceil(DEFAULT_CADENCE[grade])));
  while (isWeekend(d) || calendar.holidays.has(dayOfLocal(d))) d = addDays(d, 1);
  return dayOfLocal(d);
}

function benchNextDue(print: Print, n: number): void {
  const random = seededRandom(5);
  const grades = Array.from({ length: n }, () => "ABCDE"[Math.floor(random() * 5)] as Grade);
  const lastDays = Array.from({ length: n }, () => 19_700 + Math.floor(random() * 1500));
  const holidays = new Set([utcDate(2026, 1, 1), utcDate(2026, 2, 17), utcDate(2026, 2, 18), utcDate(2026, 10, 1), utcDate(2026, 10, 2)].map((d) => d.getTime() / MS_PER_DAY));
  const calendar: DueCalendar = { shift: true, holidays };
  const out = new Float64Array(n);
  const hand = median(() => {
    for (let i = 0; i < n; i++) out[i] = nextDueDay(grades[i], lastDays[i], DEFAULT_CADENCE, calendar);
  }, 7);
  const handOut = Array.from(out);
  const fns = median(() => {
    for (let i = 0; i < n; i++) out[i] = nextDueWithDateFns(grades[i], lastDays[i], calendar);
  }, 7);
  const agree = handOut.every((x, i) => x === out[i]);
  print(`KH.NEXTDUE day arithmetic n=${n}: hand day numbers ${ms(hand)}; date-fns addDays/isWeekend ${ms(fns)} (${(fns / hand).toFixed(1)}x the hand path; agree: ${agree ? "yes" : "NO"})`);
}

/** The hand-written month arithmetic cadence.ts had: the same day `months` later, clamped, per call. */
function addMonthsToDayByHand(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfTarget)) / MS_PER_DAY);
}

function gradeByHand(closeDay: number, todayDay: number): string {
  if (closeDay <= addMonthsToDayByHand(todayDay, 1)) return "A";
  if (closeDay <= addMonthsToDayByHand(todayDay, 3)) return "B";
  if (closeDay <= addMonthsToDayByHand(todayDay, 6)) return "C";
  return "D";
}

function benchGrade(print: Print, n: number): void {
  const random = seededRandom(9);
  const todayDay = 20_415; // 2025-11-23
  const closeDays = Array.from({ length: n }, () => todayDay - 30 + Math.floor(random() * 300));
  const byHand: string[] = new Array(n);
  const hand = median(() => {
    for (let i = 0; i < n; i++) byHand[i] = gradeByHand(closeDays[i], todayDay);
  }, 7);
  const withFns: string[] = new Array(n);
  const fns = median(() => {
    const horizons = gradeHorizons(todayDay);
    for (let i = 0; i < n; i++) withFns[i] = gradeFromOutlookDay(closeDays[i], "clear", horizons);
  }, 7);
  const perRowFns = median(() => {
    for (let i = 0; i < n; i++) addMonths(new Date(closeDays[i] * MS_PER_DAY), 1);
  }, 3);
  const agree = byHand.every((g, i) => g === withFns[i]);
  print(
    `KH.GRADE n=${n}: date-fns horizons once + compare ${ms(fns)}; hand month arithmetic per row (the old code) ${ms(hand)}, ${(hand / fns).toFixed(1)}x slower; date-fns addMonths per row would cost ${ms(perRowFns)} per horizon (agree: ${agree ? "yes" : "NO"})`,
  );
}

export async function run(print: Print): Promise<void> {
  benchNextDue(print, 100_000);
  benchGrade(print, 100_000);
}
