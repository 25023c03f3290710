/**
 * TopN: the customers, product categories or reps with the most sales, payments, balance owed,
 * complaints or follow-ups over a period, optionally each against its 同比 or 环比 base
 * (domain/comparison.ts).
 *
 * What each figure counts:
 * - sales: 往来帐 orders (domain/periods.ts isSale) in the period, by the order's 客服 and 产品类别;
 * - payments: 往来帐 回款 in the period, by the row's 客服;
 * - balance: what each customer owes at the period's last day (domain/receivables), by the
 *   customer's responsible rep;
 * - complaints: 投诉 opened in the period; follow-ups: 跟进记录 contacts in the period (a handover
 *   row is not a contact, domain/customer-status.ts), each by the row's 客服.
 * By product category, each row counts under the category domain/product-categories.ts gives it
 * (an order line its own; a complaint the product it names; the rest the customer's main category).
 * Money is summed in whole cents, so every total is exact. Only positive figures rank.
 */
import type { Log } from "./log";
import { basePeriod, compareFigures, type Comparison, type ComparisonBasis } from "./comparison";
import { isContact } from "./customer-status";
import { isSale, type Period } from "./periods";
import { MS_PER_DAY } from "./time";
import { balancesOn, fromCents, PAYMENT_TX_TYPE, toCents } from "./receivables";
import { dayNumber } from "./cadence";
import { inReps } from "./staff-roster";
import { lineCategory, MainCategories, ProductIndex } from "./product-categories";

export const TOP_MEASURES = ["sales", "payments", "balance", "complaints", "follow-ups"] as const;
export type TopMeasure = (typeof TOP_MEASURES)[number];

export const TOP_SUBJECTS = ["customers", "categories", "reps"] as const;
export type TopSubject = (typeof TOP_SUBJECTS)[number];

/** Money figures are in yuan (summed in cents); counts are whole numbers. */
export function isMoneyMeasure(measure: TopMeasure): boolean {
  return measure === "sales" || measure === "payments" || measure === "balance";
}

export type TopLog = Pick<Log, "customers" | "transactions" | "invoices" | "returns" | "complaints" | "followUps" | "staff" | "settings">;

function add(sums: Map<string, number>, key: string, value: number): void {
  sums.set(key, (sums.get(key) ?? 0) + value);
}

/** Each subject's figure over the period (every subject with any figure, zero or negative included). */
export function topFigures(log: TopLog, measure: TopMeasure, subject: TopSubject, p: Period): Map<string, number> {
  return figuresOver(log, measure, subject, [p])[0];
}

/** topFigures for several periods (a period and its 同比/环比 base) in one pass over the rows. */
function figuresOver(log: TopLog, measure: TopMeasure, subject: TopSubject, periods: readonly Period[], reps?: ReadonlySet<string>): Map<string, number>[] {
  const all = periods.map(() => new Map<string, number>());
  const counted = inReps(reps);
  const starts = periods.map((p) => p.from.getTime());
  const ends = periods.map((p) => p.to.getTime() + MS_PER_DAY);
  // by category, whatever is not an order line counts under its customer's main category at the period's end (product-categories.ts)
  const main = subject === "categories" && measure !== "sales" ? new MainCategories(log.transactions, ends) : undefined;
  const keyOf = (row: { customer: string; rep: string }, i: number, category?: string): string => (subject === "customers" ? row.customer : subject === "reps" ? row.rep : category ?? main!.of(i, row.customer));
  const count = (date: Date, row: { customer: string; rep: string }, value: number, category?: string) => {
    if (!counted(row.rep)) return;
    const t = date.getTime();
    for (let i = 0; i < all.length; i++) if (t >= starts[i] && t < ends[i]) add(all[i], keyOf(row, i, category), value);
  };
  switch (measure) {
    case "sales":
      for (const { record: t } of log.transactions) if (isSale(t)) count(t.occurredAt, t, toCents(t.amount), subject === "categories" ? lineCategory(t) : undefined);
      break;
    case "payments":
      for (const { record: t } of log.transactions) if (t.txType === PAYMENT_TX_TYPE) count(t.occurredAt, t, toCents(t.amount));
      break;
    case "balance":
      balancesOn(log, periods.map((p) => dayNumber(p.to))).forEach((balances, i) => {
        for (const [customer, b] of balances) if (counted(b.rep)) add(all[i], subject === "reps" ? b.rep : subject === "customers" ? customer : main!.of(i, customer), b.balanceCents);
      });
      break;
    case "complaints": {
      const products = subject === "categories" ? new ProductIndex(log.transactions) : undefined;
      for (const { record: c } of log.complaints) count(c.occurredAt, c, 1, products?.complaintCategory(c));
      break;
    }
    case "follow-ups":
      for (const { record: f } of log.followUps) if (isContact(f)) count(f.occurredAt, f, 1);
      break;
  }
  if (isMoneyMeasure(measure)) for (const sums of all) for (const [k, cents] of sums) sums.set(k, fromCents(cents));
  return all;
}

export interface TopEntry {
  rank: number;
  key: string;
  /** The customer's name (客户档案) or the rep's (员工); undefined for categories and unknown keys. */
  name?: string;
  value: number;
  /** Share of the period's total over every subject. */
  share: number;
  comparison?: Comparison;
}

export interface TopOptions {
  by: TopMeasure;
  of: TopSubject;
  n: number;
  period: Period;
  compare?: ComparisonBasis;
  /**
   * Count only what these reps answer for (each row's 客服; a balance, the customer's responsible
   * rep): a scope of the company. The log stays whole, so a balance or a customer's main category
   * still comes from every row about the customer, whoever logged it.
   */
  reps?: ReadonlySet<string>;
}

export interface TopResult extends TopOptions {
  entries: TopEntry[];
  /** Sum over every subject in the period (not just the top n). */
  total: number;
  /** Subjects with a positive figure. */
  ranked: number;
  base?: { period: Period; total: number; comparison: Comparison };
}

function names(log: TopLog, subject: TopSubject): Map<string, string> {
  const map = new Map<string, string>();
  if (subject === "customers") for (const { record: c } of log.customers) if (!map.has(c.code)) map.set(c.code, c.name);
  if (subject === "reps") for (const { record: s } of log.staff) if (!map.has(s.id)) map.set(s.id, s.name);
  return map;
}

const sumOf = (figures: Map<string, number>, money: boolean) => {
  let t = 0;
  for (const v of figures.values()) t += money ? toCents(v) : v;
  return money ? fromCents(t) : t;
};

/** The n largest positive figures, largest first (ties by key), each with its base when asked. */
export function topN(log: TopLog, options: TopOptions): TopResult {
  const { by, of, n, period, compare } = options;
  const money = isMoneyMeasure(by);
  const baseP = compare ? basePeriod(period, compare) : undefined;
  const [figures, baseFigures] = figuresOver(log, by, of, baseP ? [period, baseP] : [period], options.reps);
  const total = sumOf(figures, money);
  const positive = [...figures].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const named = names(log, of);
  const entries = positive.slice(0, n).map(([key, value], i): TopEntry => ({
    rank: i + 1,
    key,
    name: named.get(key),
    value,
    share: total > 0 ? value / total : 0,
    comparison: baseFigures ? compareFigures(value, baseFigures.get(key) ?? 0) : undefined,
  }));
  const result: TopResult = { ...options, entries, total, ranked: positive.length };
  if (baseP && baseFigures) {
    const baseTotal = sumOf(baseFigures, money);
    result.base = { period: baseP, total: baseTotal, comparison: compareFigures(total, baseTotal) };
  }
  return result;
}
