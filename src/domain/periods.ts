/**
 * Named periods and the one sum of sales over a period. Every figure of sales that a view shows
 * (ABC, the audit's sales warnings, the 交接 dossier) is `salesByCustomer` or `salesByMonth` over
 * a Period made here, and every label names its period: `近12个月（2025-12 至 2026-11）`.
 *
 * Period boundaries and month/quarter arithmetic are date-fns's. date-fns reads a Date's local
 * fields, while the domain's dates are floating (wall-clock time stored as UTC, see time.ts), so
 * each day crosses over as local noon and back (noon: no time zone's daylight-saving jump reaches
 * it) — the result is the same on every machine.
 */
import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { eachMonthOfInterval } from "date-fns/eachMonthOfInterval";
import { endOfMonth } from "date-fns/endOfMonth";
import { endOfQuarter } from "date-fns/endOfQuarter";
import { endOfWeek } from "date-fns/endOfWeek";
import { endOfYear } from "date-fns/endOfYear";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { getQuarter } from "date-fns/getQuarter";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfQuarter } from "date-fns/startOfQuarter";
import { startOfWeek } from "date-fns/startOfWeek";
import { startOfYear } from "date-fns/startOfYear";
import { subMonths } from "date-fns/subMonths";
import { subWeeks } from "date-fns/subWeeks";
import { subYears } from "date-fns/subYears";
import type { Rowed, Transaction } from "./log";
import { SALES_TX_TYPE } from "./vocabulary";
import { isoDate, monthKey } from "./time";

export type PeriodKind = "lastMonths" | "year" | "quarter" | "month" | "week" | "day" | "range";

/** Whole days, both ends included, as floating dates at midnight. */
export interface Period {
  kind: PeriodKind;
  from: Date;
  to: Date;
}

function local(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12);
}

function floating(date: Date): Date {
  return new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
}

function span(kind: PeriodKind, from: Date, to: Date): Period {
  return { kind, from: floating(from), to: floating(to) };
}

/** The `months` complete months before the month of `today` (default 12: the ABC window). */
export function lastFullMonths(today: Date, months = 12): Period {
  const t = local(today);
  return span("lastMonths", startOfMonth(subMonths(t, months)), endOfMonth(subMonths(t, 1)));
}

export function calendarYear(date: Date): Period {
  const t = local(date);
  return span("year", startOfYear(t), endOfYear(t));
}

export function quarterOf(date: Date): Period {
  const t = local(date);
  return span("quarter", startOfQuarter(t), endOfQuarter(t));
}

export function monthOf(date: Date): Period {
  const t = local(date);
  return span("month", startOfMonth(t), endOfMonth(t));
}

/** The week (Monday to Sunday) the date falls in. */
export function weekOf(date: Date): Period {
  const t = local(date);
  return span("week", startOfWeek(t, { weekStartsOn: 1 }), endOfWeek(t, { weekStartsOn: 1 }));
}

export function dayOf(date: Date): Period {
  const t = local(date);
  return span("day", t, t);
}

/** Any run of whole days (`kehu abc --from --to`). */
export function dayRange(from: Date, to: Date): Period {
  return span("range", local(from), local(to));
}

/** The days from–to as the named period they make up when they do (a whole month, quarter, year, Monday-to-Sunday week or one day), else a range. */
export function periodOfDays(from: Date, to: Date): Period {
  const range = dayRange(from, to);
  for (const named of [dayOf(range.from), weekOf(range.from), monthOf(range.from), quarterOf(range.from), calendarYear(range.from)]) {
    if (named.from.getTime() === range.from.getTime() && named.to.getTime() === range.to.getTime()) return named;
  }
  return range;
}

/** The same period a year earlier (同比): a month's end stays a month's end (2024-02-29 → 2023-02-28), a week stays Monday to Sunday (52 weeks back). */
export function yearEarlier(p: Period): Period {
  if (p.kind === "week") return weekOf(floating(subWeeks(local(p.from), 52)));
  const from = subYears(local(p.from), 1);
  const to = p.kind === "range" || p.kind === "day" ? subYears(local(p.to), 1) : endOfMonth(subYears(local(p.to), 1));
  return span(p.kind, from, to);
}

/** The period just before (环比): the previous day, week, month, quarter or year; the same number of months or days just before. */
export function previousPeriod(p: Period): Period {
  const from = local(p.from);
  switch (p.kind) {
    case "day":
    case "week":
    case "range": {
      const days = differenceInCalendarDays(local(p.to), from) + 1;
      return span(p.kind, addDays(from, -days), addDays(from, -1));
    }
    case "month":
      return monthsEarlier(p, 1);
    case "quarter":
      return monthsEarlier(p, 3);
    case "year":
      return monthsEarlier(p, 12);
    case "lastMonths":
      return monthsEarlier(p, monthsOf(p).length);
  }
}

/** The period of the same kind and length `months` months earlier (the 3 months before the last 3). */
export function monthsEarlier(p: Period, months: number): Period {
  const to = p.kind === "range" ? subMonths(local(p.to), months) : endOfMonth(subMonths(local(p.to), months));
  return span(p.kind, subMonths(local(p.from), months), to);
}

export function contains(p: Period, date: Date): boolean {
  const t = date.getTime();
  return t >= p.from.getTime() && t < p.to.getTime() + 86_400_000;
}

/** The months the period touches, oldest first, as "2026-03". */
export function monthsOf(p: Period): string[] {
  return eachMonthOfInterval({ start: local(p.from), end: local(p.to) }).map((m) => monthKey(floating(m)));
}

/** What a label says about the period: 近12个月（2025-12 至 2026-11）, 2026年, 2026年第4季度, 2026-11, 2026年第48周（11-23 至 11-29）, 2026-11-23. */
export function periodLabel(p: Period, lang: "zh" | "en" = "zh"): string {
  const zh = lang !== "en";
  const first = monthKey(p.from);
  const last = monthKey(p.to);
  switch (p.kind) {
    case "lastMonths": {
      const n = monthsOf(p).length;
      return zh ? `近${n}个月（${first} 至 ${last}）` : `the last ${n} months (${first} to ${last})`;
    }
    case "year":
      return zh ? `${p.from.getUTCFullYear()}年` : String(p.from.getUTCFullYear());
    case "quarter": {
      const q = getQuarter(local(p.from));
      return zh ? `${p.from.getUTCFullYear()}年第${q}季度` : `${p.from.getUTCFullYear()} Q${q}`;
    }
    case "month":
      return first;
    case "week": {
      const t = local(p.from);
      const days = `${isoDate(p.from).slice(5)} ${zh ? "至" : "to"} ${isoDate(p.to).slice(5)}`;
      return zh ? `${getISOWeekYear(t)}年第${getISOWeek(t)}周（${days}）` : `${getISOWeekYear(t)} week ${getISOWeek(t)} (${days})`;
    }
    case "day":
      return isoDate(p.from);
    case "range":
      return zh ? `${isoDate(p.from)} 至 ${isoDate(p.to)}` : `${isoDate(p.from)} to ${isoDate(p.to)}`;
  }
}

/** A 往来帐 row counts as sales when it is an order (往来类型 订单): shipments and payments do not. */
export function isSale(t: Pick<Transaction, "txType">): boolean {
  return t.txType === SALES_TX_TYPE;
}

/** Sales per customer code over the period. */
export function salesByCustomer(transactions: readonly Rowed<Transaction>[], p: Period): Map<string, number> {
  const sums = new Map<string, number>();
  for (const { record: t } of transactions) {
    if (!isSale(t) || !contains(p, t.occurredAt)) continue;
    sums.set(t.customer, (sums.get(t.customer) ?? 0) + t.amount);
  }
  return sums;
}

/** One customer's sales (or anyone's: pass what to count) over the period, by month ("2026-03") and product category. */
export function salesByMonth(transactions: readonly Rowed<Transaction>[], p: Period): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>(monthsOf(p).map((m) => [m, new Map()]));
  for (const { record: t } of transactions) {
    if (!isSale(t) || !contains(p, t.occurredAt)) continue;
    const month = out.get(monthKey(t.occurredAt))!;
    const category = t.productCategory?.trim() ?? "";
    month.set(category, (month.get(category) ?? 0) + t.amount);
  }
  return out;
}

/**
 * A period as people type it on the command line: 2026 (the year), 2026-Q4 (a quarter), 2026-12
 * (a month); undefined when the text is none of these.
 */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(t);
  if (m) return calendarYear(new Date(Date.UTC(Number(m[1]), 0, 1)));
  m = /^(\d{4})-?Q([1-4])$/.exec(t);
  if (m) return quarterOf(new Date(Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 3, 1)));
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthOf(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
  return undefined;
}

/** Whether two periods share at least one day. */
export function overlaps(p: Pick<Period, "from" | "to">, q: Pick<Period, "from" | "to">): boolean {
  return p.from.getTime() <= q.to.getTime() && q.from.getTime() <= p.to.getTime();
}
