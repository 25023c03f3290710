/**
 * 业绩考核 over one or many workbooks: each workbook's counts for the period (domain/appraisal.ts),
 * added up per rep, then scored with the 考核权重 every workbook's 设置 agrees on (or those of the
 * workbook the caller names) and ranked within each department.
 */
import type { WorkbookPort } from "../io/port";
import { appraiseWorkbook, mergeCounts, mergeDepartmentPlans, scoreAppraisal, weightsInForce, type AppraisalCounts, type AppraisalRow, type DepartmentPlans, type WeightsGroup } from "../domain/appraisal";
import type { Period } from "../domain/periods";
import { inReps } from "../domain/staff-roster";
import type { AppraisalWeights } from "../domain/settings";
import { readLog } from "./read-log";

export interface AppraisalRun {
  period: Period;
  weights: AppraisalWeights;
  rows: AppraisalRow[];
  /** Each department's own plans (those charged to its head), by department. */
  departments: DepartmentPlans[];
  /** Cells that could not be read, per workbook, in the order given. */
  problems: number[];
}

/** The workbooks' 设置 give different 考核权重 and none was named to decide: each set with the workbooks (indexes) holding it. */
export class AppraisalWeightsDiffer extends Error {
  constructor(readonly groups: WeightsGroup[], readonly differ: (keyof AppraisalWeights)[]) {
    super("考核权重 differ between workbooks");
  }
}

/** One workbook's counts, its departments' own plans, and its weights. */
export async function workbookAppraisal(port: WorkbookPort, period: Period, today: Date): Promise<{ counts: AppraisalCounts[]; departments: DepartmentPlans[]; weights: AppraisalWeights; problems: number }> {
  const log = await readLog(port);
  const { reps, departments } = appraiseWorkbook(log, period, today);
  return { counts: reps, departments, weights: log.settings.appraisal, problems: log.problems.length };
}

/**
 * Opens each workbook in turn (one in memory at a time) and consolidates. `weightsFrom` (an index
 * into `open`) names the workbook whose 考核权重 score everyone; without it the workbooks must agree,
 * else AppraisalWeightsDiffer. `reps` limits the rows scored and ranked (and the departments' own
 * plans shown) to those reps, as a scope of the company archive does.
 */
export async function runAppraisal(open: readonly (() => Promise<WorkbookPort>)[], period: Period, today: Date, options: { weightsFrom?: number; reps?: ReadonlySet<string> } = {}): Promise<AppraisalRun> {
  const lists: AppraisalCounts[][] = [];
  const departments: DepartmentPlans[][] = [];
  const problems: number[] = [];
  const weights: AppraisalWeights[] = [];
  for (const next of open) {
    const one = await workbookAppraisal(await next(), period, today);
    lists.push(one.counts);
    departments.push(one.departments);
    problems.push(one.problems);
    weights.push(one.weights);
  }
  const chosen = options.weightsFrom !== undefined ? { weights: weights[options.weightsFrom] } : weightsInForce(weights);
  if (!("weights" in chosen)) throw new AppraisalWeightsDiffer(chosen.groups, chosen.differ);
  const inScope = inReps(options.reps);
  const counts = mergeCounts(lists).filter((c) => inScope(c.rep));
  const ownPlans = mergeDepartmentPlans(departments).filter((d) => inScope(d.head));
  return { period, weights: chosen.weights, rows: scoreAppraisal(counts, chosen.weights), departments: ownPlans, problems };
}
