import fc from "fast-check";
import { audit } from "../../../src/domain/audit";
import { GRADES, type Grade } from "../../../src/workbook/column";
import { addDays, daysBetween, utcDate } from "../../../src/domain/time";
import { LogBuilder } from "../../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);

/** A customer's follow-ups as (days after the previous one, grade given) pairs, oldest first. */
const history = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom<Grade>(...GRADES)), { minLength: 1, maxLength: 25 });

describe("cadence lapses (property)", () => {
  it("are exactly the gaps longer than the cadence of the grade given at the start of each gap", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 400 }), (steps, start) => {
        const b = new LogBuilder();
        const cadence = b.log.settings.cadenceDays;
        b.customer({ code: "K", name: "k", grade: steps[steps.length - 1][1], rep: "S1" });
        let at = addDays(TODAY, -start - steps.reduce((s, [d]) => s + d, 0));
        const dates: Date[] = [];
        for (const [gap, grade] of steps) {
          at = addDays(at, gap);
          dates.push(at);
          b.followUp("K", "S1", at, { gradeAfter: grade });
        }
        // The rule read plainly, one gap at a time (no weekend shift by default).
        const expected: number[] = [];
        for (let i = 1; i <= dates.length; i++) {
          const end = i < dates.length ? dates[i] : TODAY;
          const late = daysBetween(dates[i - 1], end) - cadence[steps[i - 1][1]];
          if (late > 0) expected.push(late);
        }
        const found = audit(b.log, TODAY).findings.filter((f) => f.rule === "cadence.lapse");
        const byNumber = (a: number, b: number) => a - b;
        expect(found.map((f) => f.daysLate!).sort(byNumber)).toEqual(expected.sort(byNumber));
        const card = audit(b.log, TODAY).scorecards.find((c) => c.rep === "S1")!;
        expect(card.followUpGaps - card.followUpGapsOnTime).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });
});
