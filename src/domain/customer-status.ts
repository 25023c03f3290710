/**
 * Where one customer stands at one moment: the last contact, the grade in force, the next due
 * date, days overdue and the responsible rep. Every view asks this module (今日跟进 and
 * `kehu due`, the 交接 dossier, the audit's cadence rule, the 客户 panel), so they cannot disagree.
 *
 * How 客户档案's 最近跟进 combines with 跟进记录: the last contact is the LATER of the two, counted
 * in whole days, and neither counts after the moment asked about.
 * - The log is the record of contacts, so its latest contact (a 交接 row hands a customer over, it
 *   is no contact) always counts, and on the same day it wins: it carries the grade the rep gave
 *   (跟进后等级) and the row to point at.
 * - 最近跟进 is written by the add-in when a follow-up is logged (app/follow-up-outcome.ts), but
 *   people also type it for a contact that never reached the log (a visit noted on paper, an
 *   archive brought over from before the log). A later date there is a claim of contact that the
 *   log cannot refute; ignoring it would call customers overdue that were just visited. When it
 *   is the later one, the grade in force is the archive's 客户等级, kept beside it.
 * - 下次跟进 is never read: it is an output of this rule, written for people to see.
 * A customer never contacted is due one cadence after 建档日期, or at once when that is blank too.
 * The responsible rep is 客户档案's 负责客服 (a handover rewrites it); `repOn` says who held the
 * customer on an earlier day, from the 交接 and follow-up rows.
 */
import { calendarFromSettings, cadenceDays, dateOfDay, dayNumber, daysOverdueDay, nextDueDay, type DueCalendar } from "./cadence";
import type { Customer, FollowUp, Log, Rowed } from "./log";
import type { Settings } from "./settings";
import { HANDOVER_SERVICE_TYPE, type Grade } from "./vocabulary";
import { MS_PER_DAY } from "./time";
import { staffKey } from "./staff-roster";

export interface CustomerStatus {
  code: string;
  /** 客户档案's Excel row (0 when the customer is not in the archive). */
  row: number;
  rep: string;
  grade: Grade;
  /** Where the last contact (and with it the grade) comes from. */
  source: "followUp" | "archive";
  lastContact?: Date;
  /** The 跟进记录 row of the last contact, when the log gave it. */
  followUpRow?: number;
  /** Undefined when the customer was never contacted and has no 建档日期: due at once. */
  due?: Date;
  daysOverdue: number;
  cadenceDays: number;
}

/**
 * The fields of a 跟进记录 row this rule reads: all a caller must give (a read for 今日跟进 may
 * bring only these columns, see app/due.ts).
 */
export const CONTACT_FIELDS = ["customer", "occurredAt", "serviceType", "gradeAfter"] as const satisfies readonly (keyof FollowUp)[];
export type ContactRecord = Pick<FollowUp, (typeof CONTACT_FIELDS)[number]>;

/** Whether a row counts as a contact with the customer: every row but a handover's (it only changes who holds the customer). */
export function isContact(f: { readonly serviceType?: string }): boolean {
  return f.serviceType !== HANDOVER_SERVICE_TYPE;
}

/** Which of two contacts is the later: a later moment (ms), then at the same moment a later row. */
function isLater(t: number, row: number, bestT: number, bestRow: number): boolean {
  return t > bestT || (t === bestT && row > bestRow);
}

/** The latest contact in `followUps` on or before `atDay` (a later time, then a later row, wins a tie). */
export function latestContact<T extends ContactRecord>(followUps: readonly Rowed<T>[], atDay: number): Rowed<T> | undefined {
  let best: Rowed<T> | undefined;
  let bestT = -Infinity;
  const end = (atDay + 1) * MS_PER_DAY;
  for (const r of followUps) {
    const f = r.record;
    const t = f.occurredAt.getTime();
    if (t >= end || !isContact(f)) continue;
    if (best === undefined || isLater(t, r.row, bestT, best.row)) {
      best = r;
      bestT = t;
    }
  }
  return best;
}

/** One customer's latest contact by one day, with its moment in ms (so a comparison reads no Date). */
interface LatestSlot<T> {
  contact?: Rowed<T>;
  t: number;
}

/**
 * Each customer's latest contact on or before each of several days (the same rule as
 * latestContact), fed one 跟进记录 row at a time, so a pass over the sheet made for other figures
 * serves it too (domain/report-figures.ts).
 */
export class LatestContacts<T extends ContactRecord = ContactRecord> {
  private readonly ends: number[];
  private readonly slots = new Map<string, LatestSlot<T>[]>();

  constructor(readonly atDays: readonly number[]) {
    this.ends = atDays.map((d) => (d + 1) * MS_PER_DAY);
  }

  /** Takes one row into account; `t`: its 发生时间 in ms when the caller has it. */
  add(r: Rowed<T>, t: number = r.record.occurredAt.getTime()): void {
    const f = r.record;
    if (!isContact(f)) return;
    let slots = this.slots.get(f.customer);
    for (let i = 0; i < this.ends.length; i++) {
      if (t >= this.ends[i]) continue;
      if (!slots) this.slots.set(f.customer, (slots = this.ends.map(() => ({ t: -Infinity }))));
      const slot = slots[i];
      if (slot.contact === undefined || isLater(t, r.row, slot.t, slot.contact.row)) {
        slot.contact = r;
        slot.t = t;
      }
    }
  }

  /** The customer's latest contact by the `i`th day. */
  get(customer: string, i = 0): Rowed<T> | undefined {
    return this.slots.get(customer)?.[i].contact;
  }
}

/** Each customer's latest contact on or before `atDay`, in one pass over every customer's rows. */
export function latestContacts<T extends ContactRecord>(followUps: readonly Rowed<T>[], atDay: number): LatestContacts<T> {
  const latest = new LatestContacts<T>([atDay]);
  for (const r of followUps) latest.add(r);
  return latest;
}

/** The status of one customer at `at`, from its own follow-up rows (any order, other customers' rows not included). */
export function customerStatus(customer: Rowed<Customer>, followUps: readonly Rowed<ContactRecord>[], settings: Settings, at: Date, calendar: DueCalendar = calendarFromSettings(settings)): CustomerStatus {
  const atDay = dayNumber(at);
  return statusFrom(customer, latestContact(followUps, atDay), settings, atDay, calendar);
}

/**
 * The last contact by `atDay` (the head of this file): the later of the log's latest contact and
 * 客户档案's 最近跟进, the log winning a tie; `fromLog` says whose grade is in force.
 */
function lastContactDay(c: Customer, logged: Rowed<ContactRecord> | undefined, atDay: number): { fromLog: boolean; lastDay?: number } {
  const loggedDay = logged && dayNumber(logged.record.occurredAt);
  const archived = c.lastFollowUp && dayNumber(c.lastFollowUp) <= atDay ? dayNumber(c.lastFollowUp) : undefined;
  const fromLog = loggedDay !== undefined && (archived === undefined || loggedDay >= archived);
  return { fromLog, lastDay: fromLog ? loggedDay : archived };
}

/** The status of one customer on `atDay`, given its latest logged contact by then. */
function statusFrom(customer: Rowed<Customer>, logged: Rowed<ContactRecord> | undefined, settings: Settings, atDay: number, calendar: DueCalendar): CustomerStatus {
  const c = customer.record;
  const { fromLog, lastDay } = lastContactDay(c, logged, atDay);
  const grade = fromLog ? logged!.record.gradeAfter : c.grade;
  const status: CustomerStatus = { code: c.code, row: customer.row, rep: c.rep, grade, source: fromLog ? "followUp" : "archive", daysOverdue: 0, cadenceDays: cadenceDays(grade, settings.cadenceDays) };
  if (lastDay !== undefined) status.lastContact = dateOfDay(lastDay);
  if (fromLog) status.followUpRow = logged!.row;
  const base = lastDay ?? (c.createdAt ? dayNumber(c.createdAt) : undefined);
  if (base !== undefined) {
    const dueDay = nextDueDay(grade, base, settings.cadenceDays, calendar);
    status.due = dateOfDay(dueDay);
    status.daysOverdue = daysOverdueDay(dueDay, atDay);
  }
  return status;
}

/** Rows grouped by their customer code, each group in the log's order. */
export function byCustomer<T extends { customer: string }>(rows: readonly Rowed<T>[]): Map<string, Rowed<T>[]> {
  const map = new Map<string, Rowed<T>[]>();
  for (const r of rows) {
    const list = map.get(r.record.customer);
    if (list) list.push(r);
    else map.set(r.record.customer, [r]);
  }
  return map;
}

/**
 * Every archive customer's status at `at`, in 客户档案's order (a code listed twice: its first row);
 * with `rep`, only the customers that rep is responsible for.
 */
export function customerStatuses(log: Pick<Log, "customers" | "settings"> & { followUps: readonly Rowed<ContactRecord>[] }, at: Date, options: { rep?: string } = {}): CustomerStatus[] {
  return statusesFrom(log, latestContacts(log.followUps, dayNumber(at)), 0, options);
}

/** customerStatuses on the `i`th day of `latest` (contacts gathered by the caller's own pass over 跟进记录). */
export function statusesFrom(log: Pick<Log, "customers" | "settings">, latest: LatestContacts, i: number, options: { rep?: string } = {}): CustomerStatus[] {
  const atDay = latest.atDays[i];
  const calendar = calendarFromSettings(log.settings);
  const seen = new Set<string>();
  const out: CustomerStatus[] = [];
  // 工号 compare ignoring case and spaces (staff-roster.ts), as everywhere a rep is asked for
  const key = options.rep === undefined ? undefined : staffKey(options.rep);
  for (const c of log.customers) {
    if (seen.has(c.record.code)) continue;
    seen.add(c.record.code);
    if (key === undefined || staffKey(c.record.rep) === key) out.push(statusFrom(c, latest.get(c.record.code, i), log.settings, atDay, calendar));
  }
  return out;
}

/**
 * The grade in force at `at` by the same rule, for a moment in the past: the log's latest contact
 * by then, unless the archive's 最近跟进 is later (and not after `at`); the archive's grade when
 * neither is known. `customer` may be missing (a code only the log knows).
 */
export function gradeAt(customer: Customer | undefined, followUps: readonly Rowed<ContactRecord>[], at: Date): Grade | undefined {
  const atDay = dayNumber(at);
  const logged = latestContact(followUps, atDay);
  if (!customer) return logged?.record.gradeAfter;
  return lastContactDay(customer, logged, atDay).fromLog ? logged!.record.gradeAfter : customer.grade;
}

/**
 * Who held the customer after each row of `stream` (oldest first): a 交接 row hands it to its rep;
 * a contact by someone who stands above the one holding it (`above`: a manager joining a visit or
 * making one) leaves it where it was; any other contact's rep holds it (a move nobody logged).
 */
export function holdersOf(stream: readonly Rowed<FollowUp>[], above: (visitor: string, holder: string, at: Date) => boolean): string[] {
  const out: string[] = [];
  let holder: string | undefined;
  for (const { record: f } of stream) {
    if (holder === undefined || !isContact(f) || !above(f.rep, holder, f.occurredAt)) holder = f.rep;
    out.push(holder);
  }
  return out;
}

/**
 * Who held the customer on `at`: after the last follow-up or 交接 row by then (`stream` oldest
 * first), its rep or, given `holders` (holdersOf the same stream), who held it after that row;
 * else `fallback`.
 */
export function repOn(stream: readonly Rowed<FollowUp>[], at: Date, fallback: string, holders?: readonly string[]): string {
  const t = at.getTime();
  let lo = 0;
  let hi = stream.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stream[mid].record.occurredAt.getTime() <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? fallback : (holders?.[lo - 1] ?? stream[lo - 1].record.rep);
}
