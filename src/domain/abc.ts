import type { AbcClass } from "./vocabulary";
import type { Customer, Rowed, Transaction } from "./log";
import { salesByCustomer, type Period } from "./periods";

/** The cumulative-share cuts of the ABC rule (设置's ABC cuts): A below `a`, B below `b`. */
export interface AbcCuts {
  a: number;
  b: number;
}

export const DEFAULT_ABC_CUTS: AbcCuts = { a: 0.7, b: 0.95 };

/**
 * The two amounts that decide every class: an amount is A when it is ≥ `minA`, B when it is
 * ≥ `minB`, else C. Because the class only depends on the amount, equal amounts share a class
 * and a larger amount never gets a worse one.
 */
export interface AbcThresholds {
  /** Smallest amount that is A (Infinity when no amount is). */
  minA: number;
  /** Smallest amount that is B or better (Infinity when none is). */
  minB: number;
  /** Sum of the positive amounts. */
  total: number;
}

export function checkCuts(cuts: AbcCuts): string | undefined {
  if (!Number.isFinite(cuts.a) || !Number.isFinite(cuts.b)) return "阈值必须是数字";
  if (!(cuts.a > 0 && cuts.a <= 1) || !(cuts.b > 0 && cuts.b <= 1)) return "阈值必须在 0 与 1 之间（如 0.7）";
  if (cuts.b < cuts.a) return "B类阈值不能小于A类阈值";
  return undefined;
}

/**
 * The exact rule: rank the positive amounts, largest first. A customer is A when the share of
 * all sales ranked strictly above its amount is below `a` (so the customer crossing the cut is
 * still A and the largest customer always is), B when that share is below `b`, else C.
 * `positives` must hold only positive finite amounts; it is sorted in place.
 */
export function abcThresholds(positives: Float64Array, cuts: AbcCuts = DEFAULT_ABC_CUTS): AbcThresholds {
  positives.sort();
  const n = positives.length;
  // Compensated (Neumaier) sums: the shares are compared against the cuts, so rounding drift in
  // a long running sum must not move a customer across a boundary.
  let total = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const x = positives[i];
    const t = total + x;
    comp += Math.abs(total) >= x ? total - t + x : x - t + total;
    total = t;
  }
  total += comp;
  let minA = Infinity;
  let minB = Infinity;
  let above = 0;
  let aboveComp = 0;
  let i = n - 1;
  while (i >= 0) {
    const amount = positives[i];
    const share = (above + aboveComp) / total;
    if (share < cuts.a) minA = amount;
    if (share < cuts.b) minB = amount;
    else break;
    // Skip the whole tie group: everyone with this amount has the same share above.
    while (i >= 0 && positives[i] === amount) {
      const t = above + amount;
      aboveComp += Math.abs(above) >= amount ? above - t + amount : amount - t + above;
      above = t;
      i--;
    }
  }
  return { minA, minB, total };
}

export function classOf(amount: number, t: AbcThresholds): AbcClass {
  if (!(amount > 0)) return "C";
  if (amount >= t.minA) return "A";
  if (amount >= t.minB) return "B";
  return "C";
}

/** Classes for a list of amounts; `undefined` (blank) stays unclassified. */
export function classifyAbc(amounts: readonly (number | undefined)[], cuts: AbcCuts = DEFAULT_ABC_CUTS): (AbcClass | undefined)[] {
  const thresholds = abcThresholds(positiveAmounts(amounts), cuts);
  return amounts.map((x) => (x === undefined ? undefined : classOf(x, thresholds)));
}

export function positiveAmounts(amounts: readonly (number | undefined)[]): Float64Array {
  let count = 0;
  for (const x of amounts) if (x !== undefined && x > 0) count++;
  const out = new Float64Array(count);
  let k = 0;
  for (const x of amounts) if (x !== undefined && x > 0) out[k++] = x;
  return out;
}

/** One archive customer's sales over a period and the class they give. */
export interface CustomerAbc {
  amount: number;
  abc: AbcClass | undefined;
}

/**
 * The ABC class of every archive customer from its sales (`sums` by code), judged together: a
 * code listed twice in 客户档案 counts once, and a customer without sales is 0, so C. Every view
 * of ABC (kehu abc and the 分析 panel, the audit's ABC check, the 交接 dossier, the grade
 * suggestion) classes customers here.
 */
export function abcFromSums(customers: readonly Rowed<Customer>[], sums: ReadonlyMap<string, number>, cuts: AbcCuts): Map<string, CustomerAbc> {
  const codes = [...new Set(customers.map((c) => c.record.code))];
  const amounts = codes.map((code) => sums.get(code) ?? 0);
  const classes = classifyAbc(amounts, cuts);
  return new Map(codes.map((code, i) => [code, { amount: amounts[i], abc: classes[i] }]));
}

/** Each archive customer's sales over the period (domain/periods.ts) and the ABC class they give. */
export function abcFromOrders(customers: readonly Rowed<Customer>[], orders: readonly Rowed<Transaction>[], period: Period, cuts: AbcCuts): Map<string, CustomerAbc> {
  return abcFromSums(customers, salesByCustomer(orders, period), cuts);
}
