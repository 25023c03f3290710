import { newId } from "../domain/ids";
import { DEFAULT_SETTINGS } from "../domain/settings";
import { MS_PER_DAY, startOfDay } from "../domain/time";
import type { EventSheetKey } from "../workbook";
import { Rng } from "./rng";

/** What the demo plants on purpose; the keys of DemoLog.planted. */
export const PLANT_KINDS = [
  "lateFeedback",
  "feedbackMissing",
  "recordsIncomplete",
  "followUpLapses",
  "followUpsOverdue",
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
  readonly settings = DEFAULT_SETTINGS;
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

  /** When feedback was given on time: within the sheet's limit, or undefined when that is still to come. */
  feedbackAt(sheet: EventSheetKey, occurredAt: Date): Date | undefined {
    const limit = this.feedbackHours(sheet);
    const at = toMinute(occurredAt.getTime() + this.rng.float(0.3, limit * 0.75) * HOUR);
    return at <= this.nowMs ? new Date(at) : undefined;
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
