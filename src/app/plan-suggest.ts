/**
 * `kehu plan suggest`: the visit plans a rep's month needs (domain/plans/suggest.ts), printed for
 * the rep to edit, or appended to 工作方案 as drafts (状态 草拟) with fresh ids.
 */
import type { WorkbookPort } from "../io/port";
import { newId } from "../domain/ids";
import type { WorkPlan } from "../domain/log";
import type { Period } from "../domain/periods";
import { suggestPlans, type PlanSuggestion } from "../domain/plans/suggest";
import { plansSheet } from "../workbook";
import { readLog } from "./read-log";
import { appendRecords } from "./write-log";

export interface SuggestRun extends PlanSuggestion {
  /** The plans with the ids they were (or would be) written under. */
  drafts: WorkPlan[];
  written: boolean;
  problems: number;
}

export async function runPlanSuggest(port: WorkbookPort, options: { rep: string; month: Period; today: Date; write?: boolean; random: () => number }): Promise<SuggestRun> {
  const log = await readLog(port, { sheets: ["customers", "followUps", "staff"] });
  const suggestion = suggestPlans(log, options.rep, options.month, options.today);
  const drafts = suggestion.plans.map((p) => ({ id: newId(plansSheet.idPrefix!, options.today, options.random), ...p }));
  if (options.write && drafts.length > 0) await appendRecords(port, { [plansSheet.key]: drafts });
  return { ...suggestion, drafts, written: options.write === true && drafts.length > 0, problems: log.problems.length };
}
