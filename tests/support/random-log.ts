/**
 * Random logs for property tests of the figures managers read (TopN, 同比/环比, the reports):
 * a few customers and reps, and orders (with products, some without a category), shipments,
 * payments, credited and other returns, complaints (closed in time, late or still open, some
 * naming a product), follow-ups (some handovers, some with promises),
 * samples and market support, spread over two years around BASE.
 */
import fc from "fast-check";
import type { Grade } from "../../src/domain/vocabulary";
import { addDays, addHours, utcDate } from "../../src/domain/time";
import { LogBuilder, type FixtureLog } from "../fixtures/audit/builder";

export const BASE = utcDate(2026, 1, 1);
export const REPS = ["S1", "S2", "S3"];
const CATEGORIES = ["饮料", "零食", "礼盒", " 饮料 ", ""];
/** Each category's products (one name inside another, one holding a category's name), and what complaints name. */
const PRODUCTS: Record<string, (string | undefined)[]> = { 饮料: ["橙汁1L", "橙汁1L×6"], " 饮料 ": ["橙汁1L×6"], 零食: ["薯片", "坚果"], 礼盒: ["坚果礼盒"], "": ["杂项", undefined] };
const COMPLAINT_OBJECTS = ["橙汁1L×6：漏液", "薯片：受潮", "坚果礼盒：过期", "礼盒包装破损", "杂项", "服务态度", undefined];
const SPAN = { min: -400, max: 400 };

const when = fc.record({ day: fc.integer(SPAN), hour: fc.integer({ min: 0, max: 23 }) });
const eventArb = fc.record({ customer: fc.nat(), rep: fc.constantFrom(...REPS), at: when });

export const randomLogArb = fc.record({
  customers: fc.array(fc.record({ rep: fc.constantFrom(...REPS), grade: fc.constantFrom<Grade>("A", "B", "C", "D"), createdAt: fc.option(fc.integer(SPAN), { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
  transactions: fc.array(
    fc.record({ e: eventArb, txType: fc.constantFrom("订单", "订单", "发货", "回款") as fc.Arbitrary<"订单" | "发货" | "回款">, amount: fc.integer({ min: -500_00, max: 50_000_00 }), category: fc.constantFrom(...CATEGORIES), product: fc.nat() }),
    { maxLength: 40 },
  ),
  returns: fc.array(fc.record({ e: eventArb, credited: fc.boolean(), amount: fc.integer({ min: 1, max: 5_000_00 }) }), { maxLength: 5 }),
  complaints: fc.array(fc.record({ e: eventArb, closedAfterHours: fc.option(fc.integer({ min: 1, max: 24 * 20 }), { nil: undefined }), object: fc.constantFrom(...COMPLAINT_OBJECTS) }), { maxLength: 8 }),
  followUps: fc.array(fc.record({ e: eventArb, handover: fc.boolean(), promiseInDays: fc.option(fc.integer({ min: -5, max: 30 }), { nil: undefined }), open: fc.boolean() }), { maxLength: 30 }),
  samples: fc.array(fc.record({ e: eventArb, value: fc.integer({ min: 0, max: 2_000_00 }) }), { maxLength: 6 }),
  support: fc.array(fc.record({ e: eventArb, cost: fc.integer({ min: 0, max: 20_000_00 }) }), { maxLength: 6 }),
  today: fc.integer({ min: -100, max: 300 }),
});

export type RandomLog = typeof randomLogArb extends fc.Arbitrary<infer T> ? T : never;

/** The log a random draw describes (amounts are drawn in cents), and its "today". */
export function buildRandomLog(g: RandomLog): { log: FixtureLog; today: Date; codes: string[] } {
  const b = new LogBuilder();
  for (const rep of REPS) b.staff(rep, `员工${rep}`);
  const codes = g.customers.map((_, i) => `K${i + 1}`);
  g.customers.forEach((c, i) => b.customer({ code: codes[i], name: `客户${i + 1}`, grade: c.grade, rep: c.rep, createdAt: c.createdAt === undefined ? undefined : addDays(BASE, c.createdAt) }));
  const code = (n: number) => codes[n % codes.length];
  const at = (w: { day: number; hour: number }) => addHours(addDays(BASE, w.day), w.hour);
  for (const t of g.transactions) {
    const products = PRODUCTS[t.category];
    b.order(code(t.e.customer), t.e.rep, at(t.e.at), t.amount / 100, t.category, { txType: t.txType, product: products[t.product % products.length] });
  }
  for (const r of g.returns) {
    b.returnRecord(code(r.e.customer), r.e.rep, at(r.e.at), r.credited ? { mode: "退货", returnStatus: "已退款", amount: r.amount / 100 } : { amount: r.amount / 100 });
  }
  for (const c of g.complaints) {
    const opened = at(c.e.at);
    const closedAt = c.closedAfterHours === undefined ? undefined : addHours(opened, c.closedAfterHours);
    b.complaint(code(c.e.customer), c.e.rep, opened, { object: c.object, ...(closedAt ? { closedAt } : { closedAt: undefined, callbackAt: undefined, status: "处理中" }) });
  }
  for (const f of g.followUps) {
    const t = at(f.e.at);
    b.followUp(code(f.e.customer), f.e.rep, t, {
      serviceType: f.handover ? "交接" : "拜访",
      status: f.open ? "处理中" : "已完成",
      ...(f.promiseInDays === undefined ? {} : { promise: "送样", promiseDue: addDays(t, f.promiseInDays) }),
    });
  }
  for (const s of g.samples) b.sample(code(s.e.customer), s.e.rep, at(s.e.at), s.value / 100);
  for (const s of g.support) b.marketSupport(code(s.e.customer), s.e.rep, at(s.e.at), { cost: s.cost / 100 });
  return { log: b.log, today: addDays(BASE, g.today), codes };
}
