import fc from "fast-check";
import { computeReceivables, customerStatement } from "../../../src/domain/receivables";
import { addDays } from "../../../src/domain/time";
import { BASE, buildRandomLog, randomLogArb } from "../../support/random-log";

describe("对账单 (property)", () => {
  it("opening and closing are the balances the day before and on the last day; closing = opening + debits − credits; each line's balance runs", () => {
    fc.assert(
      fc.property(randomLogArb, fc.integer({ min: -420, max: 420 }), fc.integer({ min: 0, max: 200 }), (g, start, length) => {
        const { log, codes } = buildRandomLog(g);
        const from = addDays(BASE, start);
        const to = addDays(from, length);
        const balance = (at: Date) => new Map(computeReceivables(log, at).accounts.map((a) => [a.customer, a.balanceCents]));
        const before = balance(addDays(from, -1));
        const after = balance(to);
        for (const code of codes) {
          const s = customerStatement(log, code, from, to);
          expect(s.openingCents).toBe(before.get(code) ?? 0);
          expect(s.closingCents).toBe(after.get(code) ?? 0);
          expect(s.closingCents).toBe(s.openingCents + s.debitCents - s.creditCents);
          let running = s.openingCents;
          for (const line of s.lines) {
            running += line.movement.debit ? line.movement.cents : -line.movement.cents;
            expect(line.balanceCents).toBe(running);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
