import { addTallies, repRates, shareOf, RATED_TALLIES, REP_TALLIES } from "../../../src/domain/audit/rep-rates";
import type { RepTally } from "../../../src/domain/audit";

const tally = (n: number): RepTally => ({ followUpGaps: 4 * n, followUpGapsOnTime: 3 * n, complaintsJudged: 2 * n, complaintsInLimit: n, feedbackJudged: 5 * n, feedbackOnTime: 5 * n, closingsJudged: 0, closingsInLimit: 0 });

test("a rate is the share judged right, and nothing judged is no rate rather than 0%", () => {
  expect(shareOf(3, 4)).toBe(0.75);
  expect(shareOf(0, 0)).toBeUndefined();
  expect(repRates(tally(1))).toEqual({ onTimeRate: 0.75, feedbackRate: 1, closingRate: undefined });
});

test("tallies add key by key, the rated ones leaving complaint feedback out", () => {
  const all = tally(1);
  addTallies(all, tally(2), REP_TALLIES);
  expect(all).toEqual(tally(3));
  const rated = tally(1);
  addTallies(rated, tally(2), RATED_TALLIES);
  expect(rated).toEqual({ ...tally(3), complaintsJudged: 2, complaintsInLimit: 1 });
  expect(repRates(rated)).toEqual(repRates(tally(3)));
});
