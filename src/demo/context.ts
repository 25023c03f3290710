import { calendarFromSettings, dateOfDay, dayNumber, isWorkingDay, nextDue, shiftToWorkingDay, type DueCalendar } from "../domain/cadence";
import { newId } from "../domain/ids";
import type { Settings } from "../domain/settings";
import { MS_PER_DAY, startOfDay } from "../domain/time";
import type { Grade } from "../domain/vocabulary";
import type { EventSheetKey } from "../workbook";
import { defaultSettingRows, settingsFromRows } from "../workbook/settings-rows";
import { Rng } from "./rng";

/** What the demo plants on purpose; the keys of DemoLog.planted. */
export const PLANT_KINDS = [
  "lateFeedback",
  "feedbackMissing",
  "recordsIncomplete",
  "followUpLapses",
  "followUpsOverdue",
  "lapseBeforeHandover",
  "regrades",
  "gradeNotUpdated",
  "gradeMismatch",
  "promisesOverdue",
  "promisesNoDue",
  "samplesOverQuota",
  "samplesNoApprover",
  "samplesRepeat",
  "invoicesUndelivered",
  "returnsPending",
  "complaintsOpenOverdue",
  "complaintsMissingStep",
  "compensationWithoutApproval",
  "complaintsNoCallback",
  "complaintsOutOfOrder",
  "approverNotEntitled",
  "salesDrop",
  "salesSpike",
  "categoryShift",
  "abcStale",
  "abcDutyMissed",
  "paymentsMissed",
  "creditOverLimit",
  "handovers",
  "planBelowMinimum",
  "repGone",
  "faults",
] as const;
export type PlantKind = (typeof PLANT_KINDS)[number];

const HOUR = 3_600_000;
/** Office hours: 08:30 to 18:00. */
const OFFICE_OPENS = 8.5 * HOUR;
const OFFICE_CLOSES = 18 * HOUR;

function toMinute(ms: number): number {
  return Math.round(ms / 60_000) * 60_000;
}

/** Months since year 0 (the audit's month index), so month windows are integer ranges. */
export function monthOf(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthStart(month: number): Date {
  return new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
}

/** The state one generation run shares: the seed's random source, the clock, ids and what was planted. */
export class DemoContext {
  readonly rng: Rng;
  /** The moment the demo is generated at; nothing happens after it. */
  readonly now: Date;
  private readonly nowMs: number;
  /** Midnight of today. */
  readonly today: Date;
  /** The month index of today. */
  readonly month: number;
  /** First day of the 12 complete months before this one: the log starts here. */
  readonly start: Date;
  /** What a new workbook's 设置 says (its 顺延节假日, 节假日 and 调休上班 rows included): the demo is written to the rules the workbook will be read by. */
  readonly settings: Settings = settingsFromRows(defaultSettingRows());
  /** The working days of that 设置: weekends and 节假日 off, 调休上班 worked. */
  readonly calendar: DueCalendar = { ...calendarFromSettings(this.settings), shift: true };
  readonly planted = new Map<PlantKind, number>();
  readonly plantedIn = new Map<PlantKind, string[]>();
  /** Records that carry a planted anomaly: faults keep away from them, so each shows one thing. */
  readonly plantedRecords = new Set<object>();
  /** Customers whose sales or follow-ups carry a planted pattern. */
  readonly plantedCustomers = new Set<string>();
  private readonly tails = new Set<number>();

  constructor(
    readonly customerCount: number,
    seed: number,
    now: Date,
  ) {
    this.rng = new Rng(seed);
    this.now = now;
    this.nowMs = now.getTime();
    this.today = startOfDay(now);
    this.month = monthOf(now);
    this.start = monthStart(this.month - 12);
    for (const kind of PLANT_KINDS) this.planted.set(kind, 0);
  }

  /** How many of a planted kind, given how many a 300-customer log gets (at least one). */
  scaled(per300: number): number {
    return Math.max(1, Math.round((per300 * this.customerCount) / 300));
  }

  /**
   * A fresh 事件编号 for a sheet (newId's format), unique in this log: the random draws are made
   * here and the first 30 bits of the tail must be new (a small-integer set: cheap for 100,000s
   * of ids, and stricter than the whole id being new); then newId spells them.
   */
  id(prefix: string, at: Date): string {
    const draws = [0, 0, 0, 0, 0, 0, 0, 0];
    for (;;) {
      let key = 0;
      for (let i = 0; i < 8; i++) {
        draws[i] = this.rng.next();
        if (i < 6) key = key * 32 + (Math.floor(draws[i] * 32) & 31);
      }
      if (this.tails.has(key)) continue;
      this.tails.add(key);
      let k = 0;
      return newId(prefix, at, () => draws[k++]);
    }
  }

  plant(kind: PlantKind, ref: string, record?: object): void {
    this.planted.set(kind, (this.planted.get(kind) ?? 0) + 1);
    const list = this.plantedIn.get(kind);
    if (list) list.push(ref);
    else this.plantedIn.set(kind, [ref]);
    if (record) this.plantedRecords.add(record);
  }

  feedbackHours(sheet: EventSheetKey): number {
    return this.settings.feedbackHours[sheet];
  }

  /** When feedback was given on time: within the sheet's limit, in office hours where it can be, or undefined when that is still to come. */
  feedbackAt(sheet: EventSheetKey, occurredAt: Date): Date | undefined {
    const limit = this.feedbackHours(sheet);
    const at = toMinute(this.workMoment(occurredAt.getTime() + 0.3 * HOUR, occurredAt.getTime() + limit * 0.75 * HOUR));
    return at <= this.nowMs ? new Date(at) : undefined;
  }

  /**
   * A moment from `from` to `to` (ms) in office hours on a working day, uniformly over those hours;
   * where the span holds none (an order taken on a Saturday with a day to answer), in office hours
   * of any day; else within the hour after `from`. One draw whichever it is.
   */
  workMoment(from: number, to: number): number {
    const r = this.rng.next();
    for (const anyDay of [false, true]) {
      const spans: [number, number][] = [];
      let total = 0;
      for (let day = Math.floor(from / MS_PER_DAY); day * MS_PER_DAY <= to; day++) {
        if (!anyDay && !isWorkingDay(day, this.calendar)) continue;
        const a = Math.max(from, day * MS_PER_DAY + OFFICE_OPENS);
        const b = Math.min(to, day * MS_PER_DAY + OFFICE_CLOSES);
        if (b > a) {
          spans.push([a, b]);
          total += b - a;
        }
      }
      let x = r * total;
      for (const [a, b] of spans) {
        if (x < b - a) return a + x;
        x -= b - a;
      }
    }
    return from + r * Math.min(Math.max(0, to - from), HOUR);
  }

  /** The day itself when it is a working day by 设置, else the next working day. */
  workingDay(day: Date): Date {
    return dateOfDay(shiftToWorkingDay(dayNumber(day), this.calendar));
  }

  /** The day itself when it is a working day, else the last working day before it (an early contact stays early). */
  workingDayBefore(day: Date): Date {
    let d = dayNumber(day);
    for (let guard = 0; guard < 400 && !isWorkingDay(d, this.calendar); guard++) d--;
    return dateOfDay(d);
  }

  /** The day a follow-up on `last` makes the next one due, as the audit reads 设置 (cadence, working days). */
  dueAfter(last: Date, grade: Grade): Date {
    return nextDue(grade, last, this.settings.cadenceDays, this.calendar);
  }

  /** A time of day during office hours on the given day (minutes, no seconds). */
  at(day: Date, fromHour = 8.5, toHour = 18): Date {
    return new Date(toMinute(Math.floor(day.getTime() / MS_PER_DAY) * MS_PER_DAY + this.rng.float(fromHour, toHour) * HOUR));
  }

  minute(date: Date): Date {
    return new Date(toMinute(date.getTime()));
  }

  /** A day in [from, to) (both midnights), uniformly. */
  dayBetween(from: Date, to: Date): Date {
    const days = Math.max(1, Math.round((to.getTime() - from.getTime()) / MS_PER_DAY));
    return new Date((Math.floor(from.getTime() / MS_PER_DAY) + this.rng.int(0, days - 1)) * MS_PER_DAY);
  }

  isPast(date: Date): boolean {
    return date.getTime() <= this.nowMs;
  }
}
