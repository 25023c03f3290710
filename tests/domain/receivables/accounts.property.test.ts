import fc from "fast-check";
import { dayNumber } from "../../../src/domain/cadence";
import { balancesOn, computeReceivables, controlTables, totalsByRep, totalsOf } from "../../../src/domain/receivables";
import { addDays, utcDate } from "../../../src/domain/time";
import { LogBuilder } from "../../fixtures/audit/builder";

const START = utcDate(2025, 1, 1);
const TERMS = [undefined, "款到发货", "月结30天", "月结60天", "账期45天", "次月底", "看心情"];
const amount = fc.integer({ min: 1, max: 2_000_000 }).map((c) => c / 100);
const movement = fc.record({
  kind: fc.constantFrom("ship", "pay", "invoice", "return"),
  // K5 is not in 客户档案: it answers to whoever logged its latest movement
  customer: fc.integer({ min: 0, max: 5 }),
  rep: fc.constantFrom("S1", "S2"),
  day: fc.integer({ min: 0, max: 700 }),
  hour: fc.integer({ min: 8, max: 18 }),
  amount,
  credited: fc.boolean(),
});
const logArb = fc.record({
  customers: fc.array(fc.record({ terms: fc.constantFrom(...TERMS), billingDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }) }), { minLength: 5, maxLength: 5 }),
  movements: fc.array(movement, { maxLength: 80 }),
  basis: fc.constantFrom<"发货" | "发票">("发货", "发票"),
  asOf: fc.integer({ min: 0, max: 760 }),
});

describe("receivables (property)", () => {
  it("collected + open = billed for every customer, and both agree with a row scan", () => {
    fc.assert(
      fc.property(logArb, ({ customers, movements, basis, asOf }) => {
        const b = new LogBuilder();
        b.log.settings.receivables.basis = basis;
        customers.forEach((c, i) => b.customer({ code: `K${i}`, name: `客户${i}`, grade: "C", rep: "S1", paymentTerms: c.terms, billingDay: c.billingDay }));
        const asOfDate = addDays(START, asOf);
        const billed = new Map<string, number>();
        const credited = new Map<string, number>();
        const add = (map: Map<string, number>, code: string, yuan: number) => map.set(code, (map.get(code) ?? 0) + Math.round(yuan * 100));
        for (const m of movements) {
          const code = `K${m.customer}`;
          const at = addDays(START, m.day + m.hour / 24);
          const counts = m.day <= asOf;
          if (m.kind === "ship") {
            b.shipment(code, m.rep, at, m.amount);
            if (counts && basis === "发货") add(billed, code, m.amount);
          } else if (m.kind === "pay") {
            b.payment(code, m.rep, at, m.amount);
            if (counts) add(credited, code, m.amount);
          } else if (m.kind === "invoice") {
            b.invoice(code, m.rep, at, { invoiceDate: addDays(START, m.day), amount: m.amount });
            if (counts && basis === "发票") add(billed, code, m.amount);
          } else {
            b.returnRecord(code, m.rep, at, { mode: "退货", returnStatus: m.credited ? "已退款" : "已收货", amount: m.amount });
            if (counts && m.credited) add(credited, code, m.amount);
          }
        }
        const r = computeReceivables(b.log, asOfDate);
        const codes = new Set([...billed.keys(), ...credited.keys()]);
        expect(r.accounts.map((a) => a.customer).sort()).toEqual([...codes].sort());
        for (const a of r.accounts) {
          const bill = billed.get(a.customer) ?? 0;
          const credit = credited.get(a.customer) ?? 0;
          expect(a.collectedCents + a.openCents).toBe(bill);
          expect(a.billedCents).toBe(bill);
          expect(a.creditedCents).toBe(credit);
          expect(a.openCents).toBe(Math.max(0, bill - credit));
          expect(a.unappliedCents).toBe(Math.max(0, credit - bill));
          expect(a.balanceCents).toBe(bill - credit);
          expect(a.agingCents.reduce((s, c) => s + c, 0)).toBe(a.openCents);
          expect(a.overdueCents).toBe(a.openCents - a.agingCents[0]);
          for (const item of a.items) {
            expect(item.dueDay).toBeGreaterThanOrEqual(item.bill.day);
            expect(item.collectedCents + item.openCents).toBe(item.bill.cents);
          }
        }
        // the balances alone (TopN) are the accounts' balances and reps, on this day and a month earlier
        const earlier = addDays(asOfDate, -30);
        const [now, before] = balancesOn(b.log, [dayNumber(asOfDate), dayNumber(earlier)]);
        const owed = (rr: typeof r) => new Map(rr.accounts.map((a) => [a.customer, { balanceCents: a.balanceCents, rep: a.rep }]));
        expect(now).toEqual(owed(r));
        expect(before).toEqual(owed(computeReceivables(b.log, earlier)));
        // the reps' totals add up to the whole
        const byRep = [...totalsByRep(r.accounts).values()];
        const whole = totalsOf(r.accounts);
        expect(byRep.reduce((s, x) => s + x.balanceCents, 0)).toBe(whole.balanceCents);
        expect(byRep.reduce((s, x) => s + x.overdueCents, 0)).toBe(whole.overdueCents);
        expect(byRep.reduce((s, x) => s + x.customers, 0)).toBe(r.accounts.filter((a) => a.balanceCents > 0).length);
        const t = controlTables(r);
        expect(t.open.reduce((s, row) => s + row.item.openCents, 0) + t.all.reduce((s, row) => s + row.item.collectedCents, 0)).toBe([...billed.values()].reduce((s, c) => s + c, 0));
        for (const row of t.collected) {
          expect(row.collectionDays).toBeGreaterThanOrEqual(0);
          expect(row.item.closedDay!).toBeLessThanOrEqual(dayNumber(asOfDate));
        }
      }),
      { numRuns: 300 },
    );
  });
});
