/**
 * 业绩考核: one row per rep for a period. Every figure comes from the module that decides it:
 * plan completion from plan tracking (plans/tracking.ts), on-time follow-ups, complaints closed in
 * time and feedback in time from the audit's tallies over the period's days (audit/, windowed),
 * sales and collections from the TopN figures (top.ts), findings by family from the audit. The
 * weights are 设置's 考核权重. Counts are kept beside the rates so the rows of many workbooks
 * add up before they are scored (a rep in two workbooks is one rep), and the sales measure is
 * the rep's sales against the best in the same department. A department's own plans count for
 * its head (plans/tracking.ts planOwner) and are listed per department. Pure: the day is passed in.
 */
import { audit, emptyFamilyCounts, RULE_FAMILIES, RULES, type RuleFamily } from "./audit";
import { addTallies, repRates, shareOf, RATED_TALLIES } from "./audit/rep-rates";
import { DepartmentTree } from "./departments";
import type { Log } from "./log";
import { contains, overlaps, type Period } from "./periods";
import { trackPlans } from "./plans/tracking";
import type { AppraisalWeights } from "./settings";
import { workedDuring } from "./staff";
import { staffKey } from "./staff-roster";
import { addDays, startOfDay } from "./time";
import { topFigures } from "./top";

export interface AppraisalCounts {
  rep: string;
  name?: string;
  /** The department the rep is in (its 名称 when 部门 lists it), "" when none. */
  department: string;
  plans: number;
  /** Sum over the rep's plans of reached / target, each capped at 1. */
  planCompletionSum: number;
  followUpGaps: number;
  followUpGapsOnTime: number;
  closingsJudged: number;
  closingsInLimit: number;
  feedbackJudged: number;
  feedbackOnTime: number;
  sales: number;
  collections: number;
  findings: number;
  byFamily: Record<RuleFamily, number>;
}

export interface AppraisalRow extends AppraisalCounts {
  planCompletion?: number;
  onTimeRate?: number;
  closingRate?: number;
  feedbackRate?: number;
  /** Sales against the best sales in the department (0..1). */
  salesScore?: number;
  /** Collections against sales (capped at 1). */
  collectionRate?: number;
  /** 0..100 less the points the findings cost, never below 0. */
  score: number;
  /** 1 = best in the department. */
  rank: number;
  /** Reps ranked in the department. */
  ranked: number;
}


/** The day the period is judged on: the day after its end, or today while it runs. */
export function judgedOn(period: Period, today: Date): Date {
  const after = addDays(startOfDay(period.to), 1);
  return after.getTime() < today.getTime() ? after : today;
}

/** A department's own plans (工作方案 with a 部门 and no 客服工号) in the period. */
export interface DepartmentPlans {
  /** The department's 名称 when 部门 lists it, else as the plan names it. */
  department: string;
  /** Who answers for them (plans/tracking.ts planOwner); their completion also counts in that rep's row. */
  head?: string;
  plans: number;
  /** Sum over the plans of reached / target, each capped at 1. */
  planCompletionSum: number;
  /** Plans that ended below their minimum. */
  belowMinimum: number;
}

export interface WorkbookAppraisal {
  reps: AppraisalCounts[];
  departments: DepartmentPlans[];
}

/** Each rep's counts in one workbook over the period. */
export function appraisalCounts(log: Log, period: Period, today: Date): AppraisalCounts[] {
  return appraiseWorkbook(log, period, today).reps;
}

/** Each rep's counts in one workbook over the period, and each department's own plans. */
export function appraiseWorkbook(log: Log, period: Period, today: Date): WorkbookAppraisal {
  const asOf = judgedOn(period, today);
  const tree = new DepartmentTree(log.departments);
  // one row per 工号 however a sheet types it ("s01" is S01), under the ID 员工 spells
  const rows = new Map<string, AppraisalCounts>();
  const staffById = new Map(log.staff.map((s) => [staffKey(s.record.id), s.record]));
  const row = (rep: string): AppraisalCounts => {
    const key = staffKey(rep);
    let r = rows.get(key);
    if (!r) {
      const member = staffById.get(key);
      const dept = member?.department?.trim() ?? "";
      r = { rep: member?.id ?? rep.trim(), name: member?.name, department: tree.find(dept)?.name ?? dept, plans: 0, planCompletionSum: 0, followUpGaps: 0, followUpGapsOnTime: 0, closingsJudged: 0, closingsInLimit: 0, feedbackJudged: 0, feedbackOnTime: 0, sales: 0, collections: 0, findings: 0, byFamily: emptyFamilyCounts() };
      rows.set(key, r);
    }
    return r;
  };
  // everyone who worked here at some time in the period
  for (const s of log.staff) if (workedDuring(s.record, period.from, period.to)) row(s.record.id);
  const departments = new Map<string, DepartmentPlans>();
  const tracked = trackPlans(log, asOf);
  for (const t of tracked) {
    const p = t.plan;
    if (p.status === "草拟" || t.state === "cancelled" || !overlaps(period, { from: startOfDay(p.start), to: startOfDay(p.end) })) continue;
    const completion = Math.min(1, t.targetRate);
    if (!p.rep || p.rep.trim() === "") {
      const name = tree.find(p.department)?.name ?? p.department?.trim() ?? "";
      let d = departments.get(name);
      if (!d) departments.set(name, (d = { department: name, head: t.owner, plans: 0, planCompletionSum: 0, belowMinimum: 0 }));
      d.plans++;
      d.planCompletionSum += completion;
      if (t.state === "belowMinimum") d.belowMinimum++;
    }
    if (!t.owner) continue;
    const r = row(t.owner);
    r.plans++;
    r.planCompletionSum += completion;
  }
  const result = audit(log, asOf, { window: period, plans: tracked });
  for (const c of result.scorecards) {
    if (c.followUpGaps + c.closingsJudged + c.feedbackJudged === 0 && !rows.has(staffKey(c.rep))) continue;
    addTallies(row(c.rep), c, RATED_TALLIES);
  }
  for (const f of result.findings) {
    if (!f.rep || !contains(period, f.at)) continue;
    const r = row(f.rep);
    r.findings++;
    r.byFamily[RULES[f.rule].family]++;
  }
  for (const [rep, amount] of topFigures(log, "sales", "reps", period)) if (rep) row(rep).sales += amount;
  for (const [rep, amount] of topFigures(log, "payments", "reps", period)) if (rep) row(rep).collections += amount;
  return { reps: [...rows.values()], departments: [...departments.values()] };
}

/** Department plans of many workbooks, one row per department (the first head named wins); sorted by department. */
export function mergeDepartmentPlans(lists: readonly (readonly DepartmentPlans[])[]): DepartmentPlans[] {
  const merged = new Map<string, DepartmentPlans>();
  for (const list of lists) {
    for (const d of list) {
      const m = merged.get(d.department);
      if (!m) merged.set(d.department, { ...d });
      else {
        m.head ??= d.head;
        m.plans += d.plans;
        m.planCompletionSum += d.planCompletionSum;
        m.belowMinimum += d.belowMinimum;
      }
    }
  }
  return [...merged.values()].sort((a, b) => (a.department < b.department ? -1 : a.department > b.department ? 1 : 0));
}

/** The counts of many workbooks, one row per rep however each spells the 工号 (the first workbook naming a rep's name and department wins). */
export function mergeCounts(lists: readonly (readonly AppraisalCounts[])[]): AppraisalCounts[] {
  const merged = new Map<string, AppraisalCounts>();
  for (const list of lists) {
    for (const c of list) {
      const m = merged.get(staffKey(c.rep));
      if (!m) {
        merged.set(staffKey(c.rep), { ...c, byFamily: { ...c.byFamily } });
        continue;
      }
      m.name ??= c.name;
      if (!m.department) m.department = c.department;
      for (const k of ["plans", "planCompletionSum", "followUpGaps", "followUpGapsOnTime", "closingsJudged", "closingsInLimit", "feedbackJudged", "feedbackOnTime", "sales", "collections", "findings"] as const) m[k] += c[k];
      for (const f of RULE_FAMILIES) m.byFamily[f] += c.byFamily[f];
    }
  }
  return [...merged.values()];
}


/** Rates, the weighted score and the rank within each department; sorted by department, then rank. */
export function scoreAppraisal(counts: readonly AppraisalCounts[], weights: AppraisalWeights): AppraisalRow[] {
  const best = new Map<string, number>();
  for (const c of counts) best.set(c.department, Math.max(best.get(c.department) ?? 0, c.sales));
  const rows: AppraisalRow[] = counts.map((c) => {
    const top = best.get(c.department) ?? 0;
    const r: AppraisalRow = {
      ...c,
      planCompletion: shareOf(c.planCompletionSum, c.plans),
      ...repRates(c),
      salesScore: top > 0 ? Math.max(0, c.sales) / top : undefined,
      collectionRate: c.sales > 0 ? Math.min(1, Math.max(0, c.collections) / c.sales) : undefined,
      score: 0,
      rank: 0,
      ranked: 0,
    };
    const parts: [number | undefined, number][] = [
      [r.planCompletion, weights.plans],
      [r.onTimeRate, weights.followUps],
      [r.closingRate, weights.closings],
      [r.feedbackRate, weights.feedback],
      [r.salesScore, weights.sales],
      [r.collectionRate, weights.collections],
    ];
    let sum = 0;
    let weight = 0;
    for (const [value, w] of parts) {
      if (value === undefined || !(w > 0)) continue;
      sum += value * w;
      weight += w;
    }
    r.score = Math.max(0, Math.round(((weight > 0 ? (sum / weight) * 100 : 0) - c.findings * weights.perFinding) * 10) / 10);
    return r;
  });
  const byDept = new Map<string, AppraisalRow[]>();
  for (const r of rows) byDept.set(r.department, [...(byDept.get(r.department) ?? []), r]);
  const out: AppraisalRow[] = [];
  for (const dept of [...byDept.keys()].sort()) {
    const list = byDept.get(dept)!.sort((a, b) => b.score - a.score || (a.rep < b.rep ? -1 : a.rep > b.rep ? 1 : 0));
    list.forEach((r, i) => {
      r.rank = i > 0 && list[i - 1].score === r.score ? list[i - 1].rank : i + 1;
      r.ranked = list.length;
    });
    out.push(...list);
  }
  return out;
}

export const WEIGHT_KEYS = ["plans", "followUps", "closings", "feedback", "sales", "collections", "perFinding"] as const satisfies readonly (keyof AppraisalWeights)[];

/** Workbooks that share one set of 考核权重, by their index in the list given. */
export interface WeightsGroup {
  weights: AppraisalWeights;
  books: number[];
}

/**
 * The weights many workbooks are scored with: the same in every workbook's 设置, or, when they
 * differ, each distinct set with the workbooks that hold it and the measures that differ (a rep's
 * counts add up across workbooks before scoring, so one scale must be chosen, not guessed).
 */
export function weightsInForce(list: readonly AppraisalWeights[]): { weights: AppraisalWeights } | { groups: WeightsGroup[]; differ: (keyof AppraisalWeights)[] } {
  const groups: WeightsGroup[] = [];
  list.forEach((w, i) => {
    const same = groups.find((g) => WEIGHT_KEYS.every((k) => g.weights[k] === w[k]));
    if (same) same.books.push(i);
    else groups.push({ weights: w, books: [i] });
  });
  if (groups.length <= 1) return { weights: list[0] };
  return { groups, differ: WEIGHT_KEYS.filter((k) => groups.some((g) => g.weights[k] !== groups[0].weights[k])) };
}
