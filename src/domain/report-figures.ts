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
import { isContact, LatestContacts, statusesFrom, type CustomerStatus } from "./customer-status";
import { dayNumber } from "./cadence";
import { EVENT_SHEET_KEYS, type Complaint, type FollowUp, type Log, type MarketSupport, type Rowed, type SampleIssue, type Transaction } from "./log";
import { openKindOf, type OpenCandidate } from "./customer-timeline";
import { isSale, previousPeriod, type Period } from "./periods";
import { fromCents, PAYMENT_TX_TYPE, toCents } from "./receivables";
import { daysBetween, MS_PER_DAY } from "./time";
import { staffKey } from "./staff-roster";

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

const MONEY_KEYS = ACTIVITY_FIGURES.filter(isMoneyFigure);

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

/** One period being tallied: its bounds in ms and its figures per rep. */
interface Tally {
  period: Period;
  start: number;
  end: number;
  byRep: Map<string, ActivityFigures>;
  contacted: Map<string, Set<string>>;
}

function figuresOf(tally: Tally, rep: string): ActivityFigures {
  let f = tally.byRep.get(rep);
  if (!f) tally.byRep.set(rep, (f = zero()));
  return f;
}

/** What one event row adds to one period's figures (the row is logged before the period's end or is a complaint). */
function tallyRow(key: (typeof EVENT_SHEET_KEYS)[number], record: ReportLog[(typeof EVENT_SHEET_KEYS)[number]][number]["record"], at: number, open: boolean, w: Tally, limit: number): void {
  if (at < w.end && open) figuresOf(w, record.rep).openItems++;
  const inPeriod = at >= w.start && at < w.end;
  switch (key) {
    case "followUps": {
      const f = record as FollowUp;
      if (!inPeriod || !isContact(f)) break;
      figuresOf(w, f.rep).followUpsDone++;
      let set = w.contacted.get(f.rep);
      if (!set) w.contacted.set(f.rep, (set = new Set()));
      set.add(f.customer);
      break;
    }
    case "transactions": {
      const t = record as Transaction;
      if (!inPeriod) break;
      if (isSale(t)) {
        const f = figuresOf(w, t.rep);
        f.orders++;
        f.orderAmount += toCents(t.amount);
      } else if (t.txType === PAYMENT_TX_TYPE) {
        const f = figuresOf(w, t.rep);
        f.payments++;
        f.paymentAmount += toCents(t.amount);
      }
      break;
    }
    case "samples":
      if (inPeriod) {
        const f = figuresOf(w, record.rep);
        f.samples++;
        f.sampleValue += toCents((record as SampleIssue).value);
      }
      break;
    case "marketSupport":
      if (inPeriod) {
        const f = figuresOf(w, record.rep);
        f.marketSupport++;
        f.marketSupportCost += toCents((record as MarketSupport).cost);
      }
      break;
    case "complaints": {
      const c = record as Complaint;
      if (inPeriod) figuresOf(w, c.rep).complaintsOpened++;
      const closed = c.closedAt?.getTime();
      if (closed !== undefined && closed >= w.start && closed < w.end) {
        const f = figuresOf(w, c.rep);
        f.complaintsClosed++;
        if (daysBetween(c.occurredAt, c.closedAt!) <= limit) f.complaintsClosedInTime++;
      }
      break;
    }
  }
}

/**
 * The figures of several periods (a report's period and its 环比 period) in one pass over each event
 * sheet; the same pass over 跟进记录 gathers each customer's latest contact by each period's last
 * day for the follow-ups due (customer-status.ts). `openUntil`: also list the open items logged
 * before that moment. Returns each period's customer statuses too (the rep's customers only).
 */
function tallyPeriods(log: ReportLog, periods: readonly Period[], rep: string | undefined, openUntil?: number): { figures: ReportFigures[]; statuses: CustomerStatus[][]; open: OpenItem[] } {
  const tallies: Tally[] = periods.map((period) => ({ period, start: period.from.getTime(), end: period.to.getTime() + MS_PER_DAY, byRep: new Map(), contacted: new Map() }));
  const lastEnd = Math.max(...tallies.map((w) => w.end), openUntil ?? -Infinity);
  const latest = new LatestContacts(periods.map((p) => dayNumber(p.to)));
  const limit = log.settings.audit.openComplaintDays;
  const open: OpenItem[] = [];
  // 工号 compare ignoring case and spaces (staff-roster.ts)
  const key = rep === undefined ? undefined : staffKey(rep);
  for (const sheet of EVENT_SHEET_KEYS) {
    const complaints = sheet === "complaints";
    const followUps = sheet === "followUps";
    for (const rowed of log[sheet]) {
      const { row, record } = rowed;
      const at = record.occurredAt.getTime();
      // any rep's contact sets when the customer is due next
      if (followUps) latest.add(rowed as Rowed<FollowUp>, at);
      if (key !== undefined && staffKey(record.rep) !== key) continue;
      // a complaint logged after the period may still be closed inside it
      if (at >= lastEnd && !complaints) continue;
      const kind = openKindOf(sheet, record as unknown as OpenCandidate);
      for (const w of tallies) if (at < w.end || complaints) tallyRow(sheet, record, at, kind !== undefined, w, limit);
      if (kind && openUntil !== undefined && at < openUntil) open.push({ sheet, row, customer: record.customer, rep: record.rep, occurredAt: record.occurredAt, kind, description: record.description });
    }
  }
  const statuses = tallies.map((_, i) => statusesFrom(log, latest, i, { rep }));
  const figures = tallies.map((w, i) => {
    for (const [r, set] of w.contacted) figuresOf(w, r).customersContacted = set.size;
    const atEnd = w.period.to.getTime();
    for (const s of statuses[i]) {
      if (s.due === undefined || s.due.getTime() <= atEnd) figuresOf(w, s.rep).followUpsDue++;
      if (s.due === undefined || s.daysOverdue > 0) figuresOf(w, s.rep).followUpsOverdue++;
    }
    const seen = new Set<string>();
    for (const { record: c } of log.customers) {
      if (seen.has(c.code)) continue;
      seen.add(c.code);
      const created = c.createdAt?.getTime();
      if ((key === undefined || staffKey(c.rep) === key) && created !== undefined && created >= w.start && created < w.end) figuresOf(w, c.rep).newCustomers++;
    }
    const total = zero();
    for (const f of w.byRep.values()) for (const k of ACTIVITY_FIGURES) total[k] += f[k];
    // a customer two reps contacted is one customer contacted
    const everyone = new Set<string>();
    for (const set of w.contacted.values()) for (const code of set) everyone.add(code);
    total.customersContacted = everyone.size;
    for (const f of [total, ...w.byRep.values()]) for (const k of MONEY_KEYS) f[k] = fromCents(f[k]);
    const byRep = new Map([...w.byRep].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    return { period: w.period, rep, total, byRep };
  });
  open.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return { figures, statuses, open };
}

/** Every figure for the period, in total and per rep (`rep`: that rep's alone). */
export function reportFigures(log: ReportLog, period: Period, options: { rep?: string } = {}): ReportFigures {
  return tallyPeriods(log, [period], options.rep).figures[0];
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
export interface ReportDetails {
  due: CustomerStatus[];
  open: OpenItem[];
}

function dueBy(statuses: readonly CustomerStatus[], day: Date): CustomerStatus[] {
  return statuses
    .filter((s) => s.due === undefined || s.due.getTime() <= day.getTime())
    .sort((a, b) => (a.due?.getTime() ?? -Infinity) - (b.due?.getTime() ?? -Infinity) || (a.code < b.code ? -1 : 1));
}

export function reportDetails(log: ReportLog, period: Period, options: { rep?: string } = {}): ReportDetails {
  return periodReport(log, period, options).details;
}

/** A report's whole content: the period's figures, its 环比 period's, and the rows behind them. */
export interface PeriodReport {
  figures: ReportFigures;
  previous: ReportFigures;
  details: ReportDetails;
}

/**
 * The period's report with its 环比 period: one pass over each event sheet for both periods and the
 * open items and the customers' latest contacts, each period's statuses computed once (and only
 * for the rep's customers).
 */
export function periodReport(log: ReportLog, period: Period, options: { rep?: string } = {}): PeriodReport {
  const { figures, statuses, open } = tallyPeriods(log, [period, previousPeriod(period)], options.rep, period.to.getTime() + MS_PER_DAY);
  return { figures: figures[0], previous: figures[1], details: { due: dueBy(statuses[0], period.to), open } };
}
