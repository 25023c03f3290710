import type { DueItem } from "../app/due";
import { GRADES, type Grade } from "../workbook/column";

export interface DueGroup {
  grade: Grade;
  items: DueItem[];
}

/**
 * app/due.ts's list as the panel shows it: one group per grade A → E (empty grades left out),
 * each keeping the list's order (most overdue first).
 */
export function groupDue(items: readonly DueItem[]): DueGroup[] {
  const byGrade = new Map<Grade, DueItem[]>();
  for (const item of items) {
    const list = byGrade.get(item.grade);
    if (list) list.push(item);
    else byGrade.set(item.grade, [item]);
  }
  return GRADES.filter((g) => byGrade.has(g)).map((grade) => ({ grade, items: byGrade.get(grade)! }));
}

/** The reps to offer in the filter: everyone with a customer due, the saved choice, sorted. */
export function repsOf(items: readonly Pick<DueItem, "rep">[], saved = ""): string[] {
  return [...new Set([...items.map((i) => i.rep), saved].filter((r) => r))].sort();
}
