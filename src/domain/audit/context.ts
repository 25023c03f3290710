import type { Grade } from "../vocabulary";
import type { Customer, FollowUp, Log, Rowed, Transaction } from "../log";
import { SALES_TX_TYPE } from "../vocabulary";
import type { Settings } from "../settings";
import { calendarFromSettings, cadenceDays, nextDue, type DueCalendar } from "../cadence";
import { isoDate, MS_PER_DAY } from "../time";
import { byCustomer, customerStatus, gradeAt, type CustomerStatus } from "../customer-status";
import { abcFromOrders, type CustomerAbc } from "../abc";
import { lastFullMonths, type Period } from "../periods";
import type { CellRef, Finding, RepTally } from "./types";


export function isBlankText(value: string | undefined): boolean {
  return value === undefined || value.trim() === "";
}

export function byTime<T extends { occurredAt: Date }>(a: Rowed<T>, b: Rowed<T>): number {
  return a.record.occurredAt.getTime() - b.record.occurredAt.getTime() || a.row - b.row;
}

/** What several rules need, built once per audit: customers by code, follow-ups and sales per customer. */
export class AuditContext {
  readonly customers = new Map<string, Rowed<Customer>>();
  /** Every follow-up (handover rows included) per customer, oldest first. */
  readonly followUps: Map<string, Rowed<FollowUp>[]>;
  /** Orders per customer, oldest first. */
  readonly orders: Map<string, Rowed<Transaction>[]>;
  readonly findings: Finding[] = [];
  readonly tallies = new Map<string, RepTally>();
  readonly settings: Settings;
  private readonly calendar: DueCalendar;
  private abc?: { period: Period; classes: Map<string, CustomerAbc> };

  /**
   * `window`: only what falls due or happens in these days is tallied (the appraisal of a period);
   * findings are made for the whole log either way.
   */
  constructor(readonly log: Log, readonly today: Date, private readonly window?: { from: Date; to: Date }) {
    this.settings = log.settings;
    for (const c of log.customers) if (!this.customers.has(c.record.code)) this.customers.set(c.record.code, c);
    this.followUps = byCustomer(log.followUps);
    for (const list of this.followUps.values()) list.sort(byTime);
    this.orders = byCustomer(log.transactions.filter((t) => t.record.txType === SALES_TX_TYPE));
    for (const list of this.orders.values()) list.sort(byTime);
    this.calendar = calendarFromSettings(log.settings);
  }

  /** The grade in force at `at` (domain/customer-status.ts). */
  gradeAt(customer: string, at: Date): Grade | undefined {
    return gradeAt(this.customers.get(customer)?.record, this.followUps.get(customer) ?? [], at);
  }

  /** Where an archive customer stands today (domain/customer-status.ts): the open gap the cadence rule judges. */
  status(customer: string): CustomerStatus | undefined {
    const c = this.customers.get(customer);
    return c && customerStatus(c, this.followUps.get(customer) ?? [], this.settings, this.today, this.calendar);
  }

  /**
   * The ABC window (the last 12 complete months, domain/periods.ts): every archive customer's
   * sales over it and the class they give (domain/abc.ts), what the sales rules judge.
   */
  abcWindow(): { period: Period; classes: Map<string, CustomerAbc> } {
    if (!this.abc) {
      const period = lastFullMonths(this.today);
      this.abc = { period, classes: abcFromOrders(this.log.customers, this.log.transactions, period, this.settings.abcCuts) };
    }
    return this.abc;
  }

  /** Whole days between follow-ups for a grade (domain/cadence.ts, with 设置's table). */
  cadence(grade: Grade): number {
    return cadenceDays(grade, this.settings.cadenceDays);
  }

  /** The day the next follow-up is due after one on `from` (moved off weekends and holidays when 设置 says so). */
  dueAfter(from: Date, grade: Grade): Date {
    return nextDue(grade, from, this.settings.cadenceDays, this.calendar);
  }

  /** The rep a customer-level finding is charged to: the archive's 负责客服, else the given fallback. */
  repOf(customer: string, fallback = ""): string {
    return this.customers.get(customer)?.record.rep ?? fallback;
  }

  /** The customer's row in 客户档案 at `column`, or undefined when the customer is not in the archive. */
  customerCell(customer: string, column: string): CellRef | undefined {
    const c = this.customers.get(customer);
    return c ? { sheet: "customers", column, row: c.row } : undefined;
  }

  /** The rep's counts for something that fell due or happened at `at` (a scratch tally when outside the window). */
  tally(rep: string, at: Date): RepTally {
    const fresh = (): RepTally => ({ followUpGaps: 0, followUpGapsOnTime: 0, complaintsJudged: 0, complaintsInLimit: 0, feedbackJudged: 0, feedbackOnTime: 0, closingsJudged: 0, closingsInLimit: 0 });
    if (this.window && (at.getTime() < this.window.from.getTime() || at.getTime() >= this.window.to.getTime() + MS_PER_DAY)) return fresh();
    let t = this.tallies.get(rep);
    if (!t) {
      t = fresh();
      this.tallies.set(rep, t);
    }
    return t;
  }

  add(finding: Finding): void {
    this.findings.push(finding);
  }
}

/** 12345.6 → "12,345.60" for messages (by hand: toLocaleString costs tens of µs a call). */
export function money(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = cents % 100;
  return `${amount < 0 && cents > 0 ? "-" : ""}${whole}.${frac < 10 ? "0" : ""}${frac}`;
}

const dayCache = new Map<number, string>();

/** isoDate for messages, cached per day: thousands of findings share a few hundred dates. */
export function day(date: Date): string {
  const key = Math.floor(date.getTime() / 86_400_000);
  let text = dayCache.get(key);
  if (text === undefined) {
    text = isoDate(date);
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(key, text);
  }
  return text;
}

/** User text quoted in a message, cut to a readable length. */
export function quote(text: string, max = 30): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
