/**
 * Which product category a row counts under, for figures by category (TopN):
 * - an order line: its own 产品类别 (trimmed);
 * - a complaint: the category of the product its 投诉对象, else its 事件描述, names (the longest
 *   product name from 往来帐's order lines, or a category's own name, that the text contains);
 * - anything else about a customer (a payment, what it owes, a follow-up, a complaint that names
 *   no product): the customer's main category, the 产品类别 with the largest order amount among
 *   its order lines before the moment asked (ties: the first in sort order).
 * "" is uncategorised: a customer with no order line that has a category, a blank 产品类别.
 */
import type { Complaint, Rowed, Transaction } from "./log";
import { isSale } from "./periods";

/** An order line's category as written, trimmed ("" when blank). */
export function lineCategory(t: Pick<Transaction, "productCategory">): string {
  return t.productCategory?.trim() ?? "";
}

/** A name shorter than this is not looked for in a complaint's text (one character matches too much). */
const MIN_NAME_LENGTH = 2;

/** Product names (and category names) to categories, longest name first: what a complaint's text is matched against. */
export class ProductIndex {
  private readonly names: [string, string][];

  constructor(transactions: readonly Rowed<Pick<Transaction, "txType" | "product" | "productCategory">>[]) {
    // the first order line that names a product says its category
    const byName = new Map<string, string>();
    for (const { record: t } of transactions) {
      const category = lineCategory(t);
      if (!isSale(t) || category === "") continue;
      const product = t.product?.trim() ?? "";
      if (product.length >= MIN_NAME_LENGTH && !byName.has(product)) byName.set(product, category);
      if (category.length >= MIN_NAME_LENGTH && !byName.has(category)) byName.set(category, category);
    }
    this.names = [...byName].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** The category of the longest product (or category) name `text` contains; undefined when it names none. */
  categoryNamedIn(text: string | undefined): string | undefined {
    if (!text) return undefined;
    for (const [name, category] of this.names) if (text.includes(name)) return category;
    return undefined;
  }

  /** The category a complaint is about, when its 投诉对象 or 事件描述 names a product. */
  complaintCategory(c: Pick<Complaint, "object" | "description">): string | undefined {
    return this.categoryNamedIn(c.object) ?? this.categoryNamedIn(c.description);
  }
}

/** Each customer's main category at the end of each of several periods, from one pass over the order lines. */
export class MainCategories {
  private readonly main: Map<string, string>[];

  /** `ends`: exclusive ends in milliseconds (an order line counts when it is before the end). */
  constructor(transactions: readonly Rowed<Pick<Transaction, "txType" | "customer" | "productCategory" | "occurredAt" | "amount">>[], ends: readonly number[]) {
    const cents = ends.map(() => new Map<string, Map<string, number>>());
    for (const { record: t } of transactions) {
      const category = lineCategory(t);
      if (!isSale(t) || category === "") continue;
      const at = t.occurredAt.getTime();
      const amount = Math.round(t.amount * 100);
      if (!Number.isFinite(amount)) continue;
      for (let i = 0; i < ends.length; i++) {
        if (at >= ends[i]) continue;
        let byCategory = cents[i].get(t.customer);
        if (!byCategory) cents[i].set(t.customer, (byCategory = new Map()));
        byCategory.set(category, (byCategory.get(category) ?? 0) + amount);
      }
    }
    this.main = cents.map((byCustomer) => {
      const out = new Map<string, string>();
      for (const [customer, byCategory] of byCustomer) {
        let best: [string, number] | undefined;
        for (const [category, c] of byCategory) if (!best || c > best[1] || (c === best[1] && category < best[0])) best = [category, c];
        out.set(customer, best![0]);
      }
      return out;
    });
  }

  /** The customer's main category at the end of period `i` ("" when it has none). */
  of(i: number, customer: string): string {
    return this.main[i].get(customer) ?? "";
  }
}
