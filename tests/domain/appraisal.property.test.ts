import fc from "fast-check";
import { appraisalCounts, judgedOn, mergeCounts, scoreAppraisal } from "../../src/domain/appraisal";
import { audit, RULES } from "../../src/domain/audit";
import type { Transaction } from "../../src/domain/log";
import { parsePeriod, type Period } from "../../src/domain/periods";
import type { AppraisalWeights } from "../../src/domain/settings";
import { MS_PER_DAY, utcDate } from "../../src/domain/time";
import { buildPlanLog, eventArb, planArb, plainOwner, plainTracking, REPS, sameId, type RandomEvent } from "../support/random-plans";

/**
 * 业绩考核 worked out a second, plainer way for random logs: sales and collections summed from
 * 往来帐 row by row, plan completion from plainTracking (tests/support/random-plans.ts) and the
 * plain owner of each plan, the score as the weighted mean of the shown rates less the findings'
 * points, the rank by counting better scores in the department. The follow-up, feedback and
 * closing tallies and the findings are the audit's (audit/); they are checked to reach the right
 * rep however the 工号 is typed. 工号 are typed as 员工 spells them, in lower case or with spaces.
 */
const TODAY = utcDate(2026, 11, 23);
const DEPARTMENT: Record<string, string> = { S1: "客服部", S2: "一组", S3: "二组", S4: "" };
const periodArb = fc.constantFrom("2026-09", "2026-10", "2026-11", "2026-12", "2026-Q3", "2026-Q4", "2026");
const weightsArb: fc.Arbitrary<AppraisalWeights> = fc.record({
  plans: fc.integer({ min: 0, max: 40 }),
  followUps: fc.integer({ min: 0, max: 40 }),
  closings: fc.integer({ min: 0, max: 40 }),
  feedback: fc.integer({ min: 0, max: 40 }),
  sales: fc.integer({ min: 0, max: 40 }),
  collections: fc.integer({ min: 0, max: 40 }),
  perFinding: fc.integer({ min: 0, max: 3 }),
});

const inPeriod = (p: Period, at: Date) => at.getTime() >= p.from.getTime() && at.getTime() < p.to.getTime() + MS_PER_DAY;
const moneyOf = (transactions: readonly { record: Transaction }[], p: Period, rep: string, txType: string) =>
  transactions.filter(({ record: t }) => t.txType === txType && sameId(t.rep, rep) && inPeriod(p, t.occurredAt)).reduce((s, { record: t }) => s + t.amount, 0);

describe("业绩考核 (property)", () => {
  it("agrees with a plain reckoning of sales, collections, plans, score and rank for random logs and weights", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 50 }), fc.array(planArb, { maxLength: 6 }), periodArb, weightsArb, (events, plans, periodText, weights) => {
        const log = buildPlanLog(events, plans);
        const period = parsePeriod(periodText)!;
        const rows = scoreAppraisal(appraisalCounts(log, period, TODAY), weights);
        // one row per member of 员工, under the 工号 员工 spells, in the department 部门 names
        expect(rows.map((r) => r.rep).sort()).toEqual(REPS);
        const judged = audit(log, judgedOn(period, TODAY), { window: period });
        for (const r of rows) {
          expect(r.department).toBe(DEPARTMENT[r.rep]);
          expect(r.sales).toBeCloseTo(moneyOf(log.transactions, period, r.rep, "订单"), 6);
          expect(r.collections).toBeCloseTo(moneyOf(log.transactions, period, r.rep, "回款"), 6);
          // plans in force that share a day with the period, charged to their rep or their department's head
          const charged = log.plans
            .map((p) => p.record)
            .filter((p) => p.status !== "草拟" && p.status !== "已取消" && p.start.getTime() <= period.to.getTime() && p.end.getTime() >= period.from.getTime())
            .filter((p) => sameId(plainOwner(p) ?? "", r.rep));
          expect(r.plans).toBe(charged.length);
          const completion = charged.reduce((s, p) => s + (p.target > 0 ? Math.min(1, plainTracking(log, p).reached / p.target) : 1), 0);
          expect(r.planCompletionSum).toBeCloseTo(completion, 9);
          // the audit's tallies and findings reach the rep however the rows type the 工号
          const cards = judged.scorecards.filter((c) => sameId(c.rep, r.rep));
          expect([r.followUpGaps, r.feedbackJudged, r.feedbackOnTime, r.closingsJudged, r.closingsInLimit]).toEqual(
            (["followUpGaps", "feedbackJudged", "feedbackOnTime", "closingsJudged", "closingsInLimit"] as const).map((k) => cards.reduce((s, c) => s + c[k], 0)),
          );
          const mine = judged.findings.filter((f) => f.rep && sameId(f.rep, r.rep) && inPeriod(period, f.at));
          expect(r.findings).toBe(mine.length);
          for (const [family, n] of Object.entries(r.byFamily)) expect([family, n]).toEqual([family, mine.filter((f) => RULES[f.rule].family === family).length]);

          // the score: the weighted mean of the rates shown (those with something judged), less the findings' points
          const best = Math.max(0, ...rows.filter((o) => o.department === r.department).map((o) => o.sales));
          const share = (part: number, of: number) => (of > 0 ? part / of : undefined);
          const parts: [number | undefined, number][] = [
            [share(completion, charged.length), weights.plans],
            [share(r.followUpGapsOnTime, r.followUpGaps), weights.followUps],
            [share(r.closingsInLimit, r.closingsJudged), weights.closings],
            [share(r.feedbackOnTime, r.feedbackJudged), weights.feedback],
            [best > 0 ? Math.max(0, r.sales) / best : undefined, weights.sales],
            [r.sales > 0 ? Math.min(1, Math.max(0, r.collections) / r.sales) : undefined, weights.collections],
          ];
          const counted = parts.filter(([v, w]) => v !== undefined && w > 0);
          const weight = counted.reduce((s, [, w]) => s + w, 0);
          const mean = weight > 0 ? (counted.reduce((s, [v, w]) => s + v! * w, 0) / weight) * 100 : 0;
          expect(r.score).toBeCloseTo(Math.max(0, Math.round((mean - r.findings * weights.perFinding) * 10) / 10), 9);
          // rank: one more than the reps of the department with a better score; ties share a rank
          const peers = rows.filter((o) => o.department === r.department);
          expect([r.rank, r.ranked]).toEqual([1 + peers.filter((o) => o.score > r.score).length, peers.length]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it("adds a rep's sales and collections up across workbooks, however each workbook types the 工号", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), periodArb, (events, split, periodText) => {
        const period = parsePeriod(periodText)!;
        const whole = appraisalCounts(buildPlanLog(events, []), period, TODAY);
        const parts = [false, true].map((side) => buildPlanLog(events.filter((_: RandomEvent, i) => split[i] === side), []));
        // the second workbook's 员工 spells every 工号 in lower case
        for (const s of parts[1].staff) s.record.id = s.record.id.toLowerCase();
        const merged = mergeCounts(parts.map((l) => appraisalCounts(l, period, TODAY)));
        expect(merged.map((r) => r.rep).sort()).toEqual(REPS);
        for (const r of merged) {
          const one = whole.find((w) => w.rep === r.rep)!;
          expect([r.sales, r.collections, r.department]).toEqual([expect.closeTo(one.sales, 6), expect.closeTo(one.collections, 6), one.department]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
