import fc from "fast-check";
import { trackPlans } from "../../../src/domain/plans/tracking";
import { utcDate } from "../../../src/domain/time";
import { buildPlanLog, eventArb, planArb, plainOwner, plainTracking } from "../../support/random-plans";

const TODAY = utcDate(2026, 11, 23);

describe("plan tracking (property)", () => {
  it("agrees with a plain scan of every row for random logs and plans (工号 typed in any case)", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), fc.array(planArb, { minLength: 1, maxLength: 6 }), (events, plans) => {
        const log = buildPlanLog(events, plans);
        const tracked = trackPlans(log, TODAY);
        tracked.forEach((t, i) => {
          const plan = log.plans[i].record;
          const plain = plainTracking(log, plan);
          expect({ reached: t.reached, succeeded: t.succeeded }).toEqual({ reached: plain.reached, succeeded: plain.succeeded });
          expect(t.cost).toBeCloseTo(plain.cost, 6);
          expect(t.owner?.toUpperCase()).toBe(plainOwner(plan)?.trim().toUpperCase());
          const ended = TODAY.getTime() >= plan.end.getTime() + 86_400_000;
          expect(t.ended).toBe(ended);
          if (plan.status === "已取消") expect(t.state).toBe("cancelled");
          else if (ended && t.state !== "met") expect(t.state).toBe(plain.reached >= plan.minimum ? "belowTarget" : "belowMinimum");
        });
      }),
      { numRuns: 300 },
    );
  });
});
