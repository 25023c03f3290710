/**
 * 业绩考核 over one or many workbooks: each workbook's counts for the period (domain/appraisal.ts),
 * added up per rep, then scored with the first workbook's 考核权重 and ranked within each department.
 */
import type { WorkbookPort } from "../io/port";
import { appraisalCounts, mergeCounts, scoreAppraisal, type AppraisalCounts, type AppraisalRow } from "../domain/appraisal";
import type { Period } from "../domain/periods";
import type { AppraisalWeights } from "../domain/settings";
import { readLog } from "./read-log";

export interface AppraisalRun {
  period: Period;
  weights: AppraisalWeights;
  rows: AppraisalRow[];
  /** Cells that could not be read, per workbook, in the order given. */
  problems: number[];
}

/** One workbook's counts, and its weights. */
export async function workbookAppraisal(port: WorkbookPort, period: Period, today: Date): Promise<{ counts: AppraisalCounts[]; weights: AppraisalWeights; problems: number }> {
  const log = await readLog(port);
  return { counts: appraisalCounts(log, period, today), weights: log.settings.appraisal, problems: log.problems.length };
}

/** Opens each workbook in turn (one in memory at a time) and consolidates. */
export async function runAppraisal(open: readonly (() => Promise<WorkbookPort>)[], period: Period, today: Date): Promise<AppraisalRun> {
  const lists: AppraisalCounts[][] = [];
  const problems: number[] = [];
  let weights: AppraisalWeights | undefined;
  for (const next of open) {
    const one = await workbookAppraisal(await next(), period, today);
    lists.push(one.counts);
    problems.push(one.problems);
    weights ??= one.weights;
  }
  return { period, weights: weights!, rows: scoreAppraisal(mergeCounts(lists), weights!), problems };
}
