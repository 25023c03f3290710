import fc from "fast-check";
import { basePeriod, compareFigures, COMPARISON_BASES } from "../../src/domain/comparison";
import { dayOf, dayRange, monthOf, quarterOf, weekOf, type Period } from "../../src/domain/periods";
import { isoDate } from "../../src/domain/time";
import { TOP_MEASURES, TOP_SUBJECTS, topN, type TopMeasure, type TopSubject } from "../../src/domain/top";
import type { FixtureLog } from "../fixtures/audit/builder";
import { buildRandomLog, randomLogArb } from "../support/random-log";

/** A customer's main category by a day, a plain way: its order lines up to that day summed per category, the largest (then the first by name). */
function mainCategory(log: FixtureLog, customer: string, to: string): string {
  const sums = new Map<string, number>();
  for (const { record: t } of log.transactions) {
    const category = (t.productCategory ?? "").trim();
    if (t.txType === "订单" && t.customer === customer && category !== "" && isoDate(t.occurredAt) <= to) sums.set(category, (sums.get(category) ?? 0) + Math.round(t.amount * 100));
  }
  const ranked = [...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? "";
}

/** The category a text names, a plain way: every order line's product (and category) looked for, the longest name found wins; a product's category is its first line's. */
function namedCategory(log: FixtureLog, text: string | undefined): string | undefined {
  let best: { name: string; category: string } | undefined;
  for (const { record: t } of log.transactions) {
    const category = (t.productCategory ?? "").trim();
    if (t.txType !== "订单" || category === "") continue;
    for (const name of [(t.product ?? "").trim(), category]) {
      if (name.length < 2 || !text?.includes(name)) continue;
      if (!best || name.length > best.name.length || (name.length === best.name.length && name < best.name)) best = { name, category };
    }
  }
  if (!best) return undefined;
  // the first line naming the product says its category
  const first = log.transactions.find(({ record: t }) => t.txType === "订单" && (t.productCategory ?? "").trim() !== "" && (t.product ?? "").trim() === best!.name);
  return first ? first.record.productCategory!.trim() : best.category;
}

/** The same figures a second, plain way: each row's day as text against the period's, sums in cents. */
function scan(log: FixtureLog, by: TopMeasure, of: TopSubject, p: Period): Map<string, number> {
  const from = isoDate(p.from);
  const to = isoDate(p.to);
  const inside = (d: Date) => isoDate(d) >= from && isoDate(d) <= to;
  const sums = new Map<string, number>();
  const add = (k: string, v: number) => sums.set(k, (sums.get(k) ?? 0) + v);
  // by category: an order line its own, a complaint the product it names, anything else its customer's main category
  const key = (r: { customer: string; rep: string; productCategory?: string; object?: string; description?: string }) => {
    if (of === "customers") return r.customer;
    if (of === "reps") return r.rep;
    if (by === "sales") return (r.productCategory ?? "").trim();
    if (by === "complaints") return namedCategory(log, r.object) ?? namedCategory(log, r.description) ?? mainCategory(log, r.customer, to);
    return mainCategory(log, r.customer, to);
  };
  if (by === "sales" || by === "payments") {
    const type = by === "sales" ? "订单" : "回款";
    for (const { record: t } of log.transactions) if (t.txType === type && inside(t.occurredAt)) add(key(t), Math.round(t.amount * 100));
  }
  if (by === "balance") {
    const repOf = new Map(log.customers.map(({ record: c }) => [c.code, c.rep]));
    const owe = (customer: string, cents: number) => add(of === "reps" ? repOf.get(customer)! : of === "categories" ? mainCategory(log, customer, to) : customer, cents);
    for (const { record: t } of log.transactions) {
      if (isoDate(t.occurredAt) > to) continue;
      if (t.txType === "发货") owe(t.customer, Math.round(t.amount * 100));
      if (t.txType === "回款") owe(t.customer, -Math.round(t.amount * 100));
    }
    for (const { record: r } of log.returns) if (isoDate(r.occurredAt) <= to && r.mode === "退货" && r.returnStatus === "已退款") owe(r.customer, -Math.round(r.amount! * 100));
  }
  if (by === "complaints") for (const { record: c } of log.complaints) if (inside(c.occurredAt)) add(key(c), 100);
  if (by === "follow-ups") for (const { record: f } of log.followUps) if (f.serviceType !== "交接" && inside(f.occurredAt)) add(key(f), 100);
  return new Map([...sums].map(([k, v]) => [k, v / 100]));
}

const periodArb = fc.constantFrom<(d: Date) => Period>(dayOf, weekOf, monthOf, quarterOf, (d) => dayRange(new Date(d.getTime() - 40 * 86_400_000), d));
const askArb = fc.record({
  by: fc.constantFrom(...TOP_MEASURES),
  of: fc.constantFrom(...TOP_SUBJECTS),
  n: fc.integer({ min: 1, max: 8 }),
  period: periodArb,
  compare: fc.option(fc.constantFrom(...COMPARISON_BASES), { nil: undefined }),
});

describe("TopN agrees with a plain row scan (property)", () => {
  it("ranks, values, totals and 同比/环比 bases for random logs", () => {
    fc.assert(
      fc.property(randomLogArb, askArb, (g, ask) => {
        const { log, today } = buildRandomLog(g);
        const period = ask.period(today);
        const result = topN(log, { ...ask, period });
        const expected = scan(log, ask.by, ask.of, period);
        const ranked = [...expected].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        expect(result.entries.map((e) => [e.key, e.value])).toEqual(ranked.slice(0, ask.n));
        expect(result.ranked).toBe(ranked.length);
        expect(result.total).toBeCloseTo([...expected.values()].reduce((s, v) => s + v, 0), 6);
        if (ask.compare) {
          const base = scan(log, ask.by, ask.of, basePeriod(period, ask.compare));
          for (const e of result.entries) expect(e.comparison).toEqual(compareFigures(e.value, base.get(e.key) ?? 0));
          expect(result.base!.total).toBeCloseTo([...base.values()].reduce((s, v) => s + v, 0), 6);
        } else expect(result.base).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("every figure by product category: payments, balance and follow-ups under the customer's main category, complaints under the product they name", () => {
    const long = fc.constantFrom<(d: Date) => Period>(quarterOf, (d) => dayRange(new Date(d.getTime() - 200 * 86_400_000), d));
    fc.assert(
      fc.property(randomLogArb, fc.constantFrom(...TOP_MEASURES), long, (g, by, periodOf) => {
        const { log, today } = buildRandomLog(g);
        const period = periodOf(today);
        const result = topN(log, { by, of: "categories", n: 10, period, compare: "pop" });
        const expected = scan(log, by, "categories", period);
        const ranked = [...expected].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        expect(result.entries.map((e) => [e.key, e.value])).toEqual(ranked.slice(0, 10));
        const base = scan(log, by, "categories", basePeriod(period, "pop"));
        for (const e of result.entries) expect(e.comparison).toEqual(compareFigures(e.value, base.get(e.key) ?? 0));
      }),
      { numRuns: 300 },
    );
  });

  it("names customers from 客户档案 and reps from 员工; categories come trimmed", () => {
    const { log, today } = buildRandomLog({ customers: [{ rep: "S1", grade: "A", createdAt: undefined }], transactions: [{ e: { customer: 0, rep: "S2", at: { day: 0, hour: 9 } }, txType: "订单", amount: 100_00, category: " 饮料 ", product: 0 }], returns: [], complaints: [], followUps: [], samples: [], support: [], today: 0 });
    const p = dayOf(today);
    expect(topN(log, { by: "sales", of: "customers", n: 5, period: p }).entries[0]).toMatchObject({ key: "K1", name: "客户1", value: 100, share: 1 });
    expect(topN(log, { by: "sales", of: "reps", n: 5, period: p }).entries[0]).toMatchObject({ key: "S2", name: "员工S2" });
    expect(topN(log, { by: "sales", of: "categories", n: 5, period: p }).entries[0]).toMatchObject({ key: "饮料", name: undefined });
  });
});
