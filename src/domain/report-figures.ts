/**
 * The figures of the 日清表, 周报 and 月报 (and of anything else that asks what a rep did in a
 * period): follow-ups done and due, new customers, orders and payments, samples and market support
 * spent, complaints opened and closed (and closed in time), and items still open.
 *
 * Who a figure belongs to: an event row to the rep who logged it (its 客服); a new customer and a
 * follow-up that is due to the customer's responsible rep (客户档案's 负责客服).
 * - follow-ups done: 跟进记录 contacts in the period (a 交接 row is no contact, customer-status.ts);
 *   due: customers whose next follow-up (customer-status.ts, as of the period's last day) falls on
 *   or before that day, or who were never contacted and have no 建档日期; overdue: past it.
 * - new customers: 客户档案 rows whose 建档日期 is in the period.
 * - complaints closed: 结案日期 in the period; in time when within 设置's 投诉未结天数 of the complaint.
 * - open items: rows logged by the period's last day that customer-timeline.ts (openKindOf) calls open.
 * Money is summed in whole cents.
 */
import { customerStatuses, isContact } from "./customer-status";
import { EVENT_SHEET_KEYS, type Complaint, type FollowUp, type Log, type MarketSupport, type SampleIssue, type Transaction } from "./log";
import { openKindOf, type OpenCandidate } from "./customer-timeline";
import { contains, isSale, type Period } from "./periods";
import { fromCents, PAYMENT_TX_TYPE, toCents } from "./receivables";
import { daysBetween } from "./time";

export interface ActivityFigures {
  followUpsDone: number;
  customersContacted: number;
  followUpsDue: number;
  followUpsOverdue: number;
  newCustomers: number;
  orders: number;
  orderAmount: number;
  payments: number;
  paymentAmount: number;
  samples: number;
  sampleValue: number;
  marketSupport: number;
  marketSupportCost: number;
  complaintsOpened: number;
  complaintsClosed: number;
  complaintsClosedInTime: number;
  openItems: number;
}

export const ACTIVITY_FIGURES: readonly (keyof ActivityFigures)[] = [
  "followUpsDone",
  "customersContacted",
  "followUpsDue",
  "followUpsOverdue",
  "newCustomers",
  "orders",
  "orderAmount",
  "payments",
  "paymentAmount",
  "samples",
  "sampleValue",
  "marketSupport",
  "marketSupportCost",
  "complaintsOpened",
  "complaintsClosed",
  "complaintsClosedInTime",
  "openItems",
];

const MONEY_FIGURES = new Set<keyof ActivityFigures>(["orderAmount", "paymentAmount", "sampleValue", "marketSupportCost"]);

export function isMoneyFigure(key: keyof ActivityFigures): boolean {
  return MONEY_FIGURES.has(key);
}

export type ReportLog = Pick<Log, "customers" | "followUps" | "settings" | (typeof EVENT_SHEET_KEYS)[number]>;

export interface ReportFigures {
  period: Period;
  /** Only this rep's figures (undefined: everyone). */
  rep?: string;
  total: ActivityFigures;
  /** Each rep with any figure, by 工号. */
  byRep: Map<string, ActivityFigures>;
}

function zero(): ActivityFigures {
  return Object.fromEntries(ACTIVITY_FIGURES.map((k) => [k, 0])) as unknown as ActivityFigures;
}

/** Every figure for the period, in total and per rep (`rep`: that rep's alone). */
export function reportFigures(log: ReportLog, period: Period, options: { rep?: string } = {}): ReportFigures {
  const byRep = new Map<string, ActivityFigures>();
  const wanted = (rep: string) => options.rep === undefined || rep === options.rep;
  const of = (rep: string): ActivityFigures => {
    let f = byRep.get(rep);
    if (!f) byRep.set(rep, (f = zero()));
    return f;
  };
  const start = period.from.getTime();
  const end = period.to.getTime() + 86_400_000;
  const contacted = new Map<string, Set<string>>();
  const limit = log.settings.audit.openComplaintDays;
  // one pass over each event sheet: the open rule for every row logged by the period's end, the period's own figures for rows inside it
  for (const key of EVENT_SHEET_KEYS) {
    for (const { record } of log[key]) {
      if (!wanted(record.rep)) continue;
      const at = record.occurredAt.getTime();
      if (at >= end) {
        if (key !== "complaints") continue;
      } else if (openKindOf(key, record as unknown as OpenCandidate)) of(record.rep).openItems++;
      const inPeriod = at >= start && at < end;
      switch (key) {
        case "followUps": {
          const f = record as FollowUp;
          if (!inPeriod || !isContact(f)) break;
          of(f.rep).followUpsDone++;
          let set = contacted.get(f.rep);
          if (!set) contacted.set(f.rep, (set = new Set()));
          set.add(f.customer);
          break;
        }
        case "transactions": {
          const t = record as Transaction;
          if (!inPeriod) break;
          if (isSale(t)) {
            of(t.rep).orders++;
            of(t.rep).orderAmount += toCents(t.amount);
          } else if (t.txType === PAYMENT_TX_TYPE) {
            of(t.rep).payments++;
            of(t.rep).paymentAmount += toCents(t.amount);
          }
          break;
        }
        case "samples":
          if (!inPeriod) break;
          of(record.rep).samples++;
          of(record.rep).sampleValue += toCents((record as SampleIssue).value);
          break;
        case "marketSupport":
          if (!inPeriod) break;
          of(record.rep).marketSupport++;
          of(record.rep).marketSupportCost += toCents((record as MarketSupport).cost);
          break;
        case "complaints": {
          const c = record as Complaint;
          if (inPeriod) of(c.rep).complaintsOpened++;
          if (c.closedAt && contains(period, c.closedAt)) {
            of(c.rep).complaintsClosed++;
            if (daysBetween(c.occurredAt, c.closedAt) <= limit) of(c.rep).complaintsClosedInTime++;
          }
          break;
        }
      }
    }
  }
  for (const [rep, set] of contacted) of(rep).customersContacted = set.size;
  const atEnd = period.to;
  for (const s of customerStatuses(log, atEnd)) {
    if (!wanted(s.rep)) continue;
    if (s.due === undefined || s.due.getTime() <= atEnd.getTime()) of(s.rep).followUpsDue++;
    if (s.due === undefined || s.daysOverdue > 0) of(s.rep).followUpsOverdue++;
  }
  const seen = new Set<string>();
  for (const { record: c } of log.customers) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    if (wanted(c.rep) && c.createdAt && contains(period, c.createdAt)) of(c.rep).newCustomers++;
  }
  const total = zero();
  for (const f of byRep.values()) for (const k of ACTIVITY_FIGURES) total[k] += f[k];
  // a customer two reps contacted is one customer contacted
  total.customersContacted = new Set([...contacted.values()].flatMap((set) => [...set])).size;
  for (const f of [total, ...byRep.values()]) for (const k of ACTIVITY_FIGURES) if (isMoneyFigure(k)) f[k] = fromCents(f[k]);
  return { period, rep: options.rep, total, byRep: new Map([...byRep].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) };
}

export interface OpenItem {
  sheet: (typeof EVENT_SHEET_KEYS)[number];
  row: number;
  customer: string;
  rep: string;
  occurredAt: Date;
  kind: NonNullable<ReturnType<typeof openKindOf>>;
  description: string;
}

/** The rows behind two figures: the customers due by the period's last day (most overdue first) and the open items (oldest first). */
export function reportDetails(log: ReportLog, period: Period, options: { rep?: string } = {}): { due: ReturnType<typeof customerStatuses>; open: OpenItem[] } {
  const wanted = (rep: string) => options.rep === undefined || rep === options.rep;
  const due = customerStatuses(log, period.to)
    .filter((s) => wanted(s.rep) && (s.due === undefined || s.due.getTime() <= period.to.getTime()))
    .sort((a, b) => (a.due?.getTime() ?? -Infinity) - (b.due?.getTime() ?? -Infinity) || (a.code < b.code ? -1 : 1));
  const end = period.to.getTime() + 86_400_000;
  const open: OpenItem[] = [];
  for (const sheet of EVENT_SHEET_KEYS) {
    for (const { row, record } of log[sheet]) {
      if (!wanted(record.rep) || record.occurredAt.getTime() >= end) continue;
      const kind = openKindOf(sheet, record as unknown as OpenCandidate);
      if (kind) open.push({ sheet, row, customer: record.customer, rep: record.rep, occurredAt: record.occurredAt, kind, description: record.description });
    }
  }
  open.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return { due, open };
}
