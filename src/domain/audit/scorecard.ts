import { emptyFamilyCounts, RULES, type RuleFamily } from "./rules";
import type { Finding, RepTally, Severity } from "./types";
import { addTallies, repRates, shareOf, REP_TALLIES } from "./rep-rates";
import type { Customer, Rowed, Staff } from "../log";
import { isActiveOn } from "../staff";
import { isSupervisor } from "../approval-authority";
import { staffKey } from "../staff-roster";

export interface Scorecard {
  rep: string;
  /** 姓名 from 员工, when the rep is listed there. */
  name?: string;
  /** Customers whose 负责客服 is this rep. */
  customers: number;
  followUpGaps: number;
  followUpGapsOnTime: number;
  /** Share of judged follow-up intervals kept within the cadence (0..1); undefined when none was judged. */
  onTimeRate?: number;
  complaintsJudged: number;
  complaintsInLimit: number;
  /** Share of complaints with feedback within the limit (0..1); undefined when none was judged. */
  complaintRate?: number;
  feedbackJudged: number;
  feedbackOnTime: number;
  /** Share of events with feedback within their limit (0..1); undefined when none was judged. */
  feedbackRate?: number;
  closingsJudged: number;
  closingsInLimit: number;
  /** Share of complaints closed within 设置's limit (0..1); undefined when none was judged. */
  closingRate?: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byFamily: Record<RuleFamily, number>;
}


/**
 * One row per rep: the active reps of 员工 (not its supervisors), the reps of 客户档案 and of every finding or tally. Sorted by on-time
 * rate (worst first, reps with nothing judged last), then by rep id.
 */
export function buildScorecards(
  findings: readonly Finding[],
  tallies: ReadonlyMap<string, RepTally>,
  customers: readonly Rowed<Customer>[],
  staff: readonly Rowed<Staff>[] = [],
  today?: Date,
): Scorecard[] {
  // one card per 工号 however it is typed ("s02" is S02), under the ID 员工 spells
  const cards = new Map<string, Scorecard>();
  const listed = new Map(staff.map((s) => [staffKey(s.record.id), s.record]));
  const card = (rep: string): Scorecard => {
    const key = staffKey(rep);
    let c = cards.get(key);
    if (!c) {
      const member = listed.get(key);
      c = {
        rep: member?.id ?? rep,
        name: member?.name,
        customers: 0,
        followUpGaps: 0,
        followUpGapsOnTime: 0,
        complaintsJudged: 0,
        complaintsInLimit: 0,
        feedbackJudged: 0,
        feedbackOnTime: 0,
        closingsJudged: 0,
        closingsInLimit: 0,
        findings: 0,
        bySeverity: { 高: 0, 中: 0, 低: 0 },
        byFamily: emptyFamilyCounts(),
      };
      cards.set(key, c);
    }
    return c;
  };
  // a 主管 or 经理 gets a card only for customers, tallies or findings of their own
  for (const s of staff) if (!isSupervisor(s.record) && (today ? isActiveOn(s.record, today) : s.record.active !== false)) card(s.record.id);
  for (const c of customers) card(c.record.rep).customers++;
  for (const [rep, t] of tallies) addTallies(card(rep), t, REP_TALLIES);
  for (const f of findings) {
    const c = card(f.rep);
    c.findings++;
    c.bySeverity[f.severity]++;
    c.byFamily[RULES[f.rule].family]++;
  }
  for (const c of cards.values()) {
    Object.assign(c, repRates(c));
    c.complaintRate = shareOf(c.complaintsInLimit, c.complaintsJudged);
  }
  return [...cards.values()]
    .filter((c) => c.rep !== "")
    .sort((a, b) => (a.onTimeRate ?? 2) - (b.onTimeRate ?? 2) || (a.rep < b.rep ? -1 : a.rep > b.rep ? 1 : 0));
}
