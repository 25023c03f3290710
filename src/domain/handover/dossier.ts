import type { Customer, FollowUp, Log, Rowed, Transaction } from "../log";
import { calendarFromSettings, dayNumber } from "../cadence";
import { customerStatus } from "../customer-status";
import { addDays, isoDate, monthKey } from "../time";
import { isBlankText } from "../audit/context";
import { isContact } from "../customer-status";
import { lastFullMonths, monthsEarlier, periodLabel, salesByMonth, type Period } from "../periods";
import { abcFromOrders } from "../abc";
import type { EventCommon } from "../audit/feedback";
import { customerTimelines, entriesOf, openItems, type OpenKind, type TimelineEntry as CustomerEvent } from "../customer-timeline";
import type { Dossier, GradeChange, OpenItem, RepPeriod, SalesByMonth, TimelineEntry } from "./types";
import { sameStaffId } from "../staff-roster";

export const RECENT_EVENTS = 20;
/** Quarters back for the ABC history: now, 3, 6 and 9 months ago. */
const ABC_HISTORY_QUARTERS = [0, 1, 2, 3];
const CONTACT_KEYS = ["contact", "phone", "legalRep", "keyPeople", "address"] as const;

type AnyEvent = EventCommon & Record<string, unknown>;

function gradeHistory(followUps: readonly Rowed<FollowUp>[]): GradeChange[] {
  const out: GradeChange[] = [];
  for (const { row, record: f } of followUps) {
    if (out.length > 0 && out[out.length - 1].grade === f.gradeAfter) continue;
    out.push({ at: f.occurredAt, grade: f.gradeAfter, rep: f.rep, row });
  }
  return out;
}

/** Who had the customer when: consecutive follow-ups (handover rows included) by the same rep form a period. */
function repPeriods(followUps: readonly Rowed<FollowUp>[]): RepPeriod[] {
  const out: RepPeriod[] = [];
  for (const { record: f } of followUps) {
    const last = out[out.length - 1];
    if (last && last.rep === f.rep) {
      last.to = f.occurredAt;
      continue;
    }
    out.push({ rep: f.rep, from: f.occurredAt, to: f.occurredAt, handedOver: !isContact(f) });
  }
  return out;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}

/** What an open item is about and why it is open, in the dossier's words. */
function openDetail(kind: OpenKind, record: AnyEvent, today: Date): Pick<OpenItem, "text" | "state" | "due"> {
  switch (kind) {
    case "return":
      return { text: `${text(record.item)}：${record.description}`, state: text(record.returnStatus) || record.status };
    case "invoice":
      return { text: `${text(record.invoiceNo)} ¥${text(record.amount)}`, state: text(record.delivery) || record.status };
    case "sample":
      return { text: `${text(record.item)} ×${text(record.quantity)}`, state: record.status };
    case "promise": {
      const due = record.promiseDue as Date | undefined;
      const state = due ? (due.getTime() < today.getTime() ? `逾期（${isoDate(due)}）` : `${isoDate(due)}前`) : "未定期限";
      return { text: text(record.promise), state, due };
    }
    default:
      return { text: record.description, state: record.status };
  }
}

/** The open items of the timeline (domain/customer-timeline.ts), in the dossier's words. */
function openOf(timeline: readonly CustomerEvent[], today: Date): OpenItem[] {
  return openItems(timeline).map(({ kind, entry }) => ({ kind, sheet: entry.sheetKey, row: entry.row, at: entry.record.occurredAt, ...openDetail(kind, entry.record, today) }));
}

function salesTable(orders: readonly Rowed<Transaction>[], period: Period): SalesByMonth {
  const byMonth = salesByMonth(orders, period);
  const months = [...byMonth.keys()];
  const totals = new Map<string, number>();
  for (const m of byMonth.values()) for (const [cat, v] of m) totals.set(cat, (totals.get(cat) ?? 0) + v);
  const categories = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : 1));
  const cents = (x: number) => Math.round(x * 100) / 100;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const amounts = months.map((m) => categories.map((c) => cents(byMonth.get(m)!.get(c) ?? 0)));
  const monthTotals = amounts.map((row) => cents(sum(row)));
  return { period, label: periodLabel(period), months, categories, amounts, monthTotals, total: cents(sum(monthTotals)) };
}

function recentOf(timeline: readonly CustomerEvent[], limit: number): TimelineEntry[] {
  return timeline.slice(0, limit).map(({ sheetKey, row, record: e }) => ({ sheet: sheetKey, row, at: e.occurredAt, rep: e.rep, serviceType: e.serviceType, description: e.description, status: e.status }));
}

/**
 * The handover dossier of each customer asked for, in the order asked:
 * what a new rep needs to take the customer over from the workbook alone. Codes not in 客户档案
 * are left out.
 */
export function buildDossiers(log: Log, codes: readonly string[], today: Date): Dossier[] {
  const wanted = new Set(codes);
  const timelines = customerTimelines(log, wanted);
  // The class now and at the start of each of the three quarters before (the 12 complete months before each).
  const year = lastFullMonths(today);
  const abcAt = ABC_HISTORY_QUARTERS.map((q) => {
    const period = monthsEarlier(year, 3 * q);
    return { month: monthKey(addDays(period.to, 1)), classes: abcFromOrders(log.customers, log.transactions, period, log.settings.abcCuts) };
  });
  const abc = abcAt[0].classes;
  const calendar = calendarFromSettings(log.settings);
  const customers = new Map<string, Rowed<Customer>>();
  for (const c of log.customers) if (wanted.has(c.record.code) && !customers.has(c.record.code)) customers.set(c.record.code, c);
  const todayDay = dayNumber(today);

  const out: Dossier[] = [];
  for (const code of codes) {
    const customer = customers.get(code);
    if (!customer) continue;
    const timeline = timelines.get(code)!;
    const followUps = entriesOf(timeline, "followUps").filter((r) => dayNumber(r.record.occurredAt) <= todayDay);
    const status = customerStatus(customer, followUps, log.settings, today, calendar);
    const last = status.followUpRow === undefined ? undefined : followUps.find((r) => r.row === status.followUpRow);
    const sales = abc.get(code);
    out.push({
      customer,
      gradeHistory: gradeHistory(followUps),
      reps: repPeriods(followUps),
      abc: {
        stored: customer.record.abc,
        computed: sales?.abc,
        sales12: sales?.amount ?? 0,
        history: abcAt
          .map(({ month, classes }) => ({ month, abc: classes.get(code)?.abc, sales12: classes.get(code)?.amount ?? 0 }))
          .reverse(),
      },
      lastFollowUp: last
        ? { at: last.record.occurredAt, rep: last.record.rep, grade: last.record.gradeAfter, row: last.row, result: last.record.result }
        : status.lastContact && { at: status.lastContact, rep: status.rep, grade: status.grade },
      status,
      nextDue: status.due,
      daysOverdue: status.daysOverdue,
      open: openOf(timeline, today),
      sales: salesTable(entriesOf(timeline, "transactions"), year),
      contacts: CONTACT_KEYS.filter((k) => !isBlankText(customer.record[k])).map((k) => ({ key: k, value: customer.record[k]! })),
      recent: recentOf(timeline, RECENT_EVENTS),
    });
  }
  return out;
}

/** The codes of the customers a rep is responsible for (客户档案 负责客服), in archive order. */
export function customersOfRep(log: Pick<Log, "customers">, rep: string): string[] {
  return log.customers.filter((c) => sameStaffId(c.record.rep, rep)).map((c) => c.record.code);
}
