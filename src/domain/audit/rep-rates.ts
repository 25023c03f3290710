/**
 * A rep's rates from the audit's tallies, decided once for the audit's scorecards (scorecard.ts)
 * and the appraisal (domain/appraisal.ts): each is the share of what was judged that went right,
 * and nothing judged gives no rate (not 0%), so a rep with no complaints is not scored as failing
 * them.
 */
import type { RepTally } from "./types";

export function shareOf(part: number, judged: number): number | undefined {
  return judged > 0 ? part / judged : undefined;
}

/** Every tally the audit keeps per rep. */
export const REP_TALLIES = ["followUpGaps", "followUpGapsOnTime", "complaintsJudged", "complaintsInLimit", "feedbackJudged", "feedbackOnTime", "closingsJudged", "closingsInLimit"] as const satisfies readonly (keyof RepTally)[];

/** The tallies behind the rates both a scorecard and an appraisal show. */
export const RATED_TALLIES = ["followUpGaps", "followUpGapsOnTime", "feedbackJudged", "feedbackOnTime", "closingsJudged", "closingsInLimit"] as const satisfies readonly (keyof RepTally)[];

export type RatedTally = Pick<RepTally, (typeof RATED_TALLIES)[number]>;

/** Adds `from`'s tallies named by `keys` into `into`. */
export function addTallies<K extends keyof RepTally>(into: Pick<RepTally, K>, from: Pick<RepTally, K>, keys: readonly K[]): void {
  for (const k of keys) into[k] += from[k];
}

/** Follow-ups kept within the cadence, feedback within its limit, complaints closed within 设置's limit. */
export function repRates(t: RatedTally): { onTimeRate?: number; feedbackRate?: number; closingRate?: number } {
  return {
    onTimeRate: shareOf(t.followUpGapsOnTime, t.followUpGaps),
    feedbackRate: shareOf(t.feedbackOnTime, t.feedbackJudged),
    closingRate: shareOf(t.closingsInLimit, t.closingsJudged),
  };
}
