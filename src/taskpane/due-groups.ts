import { GRADES, type Grade } from "../workbook/column";

/** One customer on the 今日跟进 list. */
export interface DueEntry {
  code: string;
  name: string;
  grade: Grade;
  rep: string;
  /** 客户档案's Excel row, for selecting it. */
  row: number;
  /** Undefined when the customer was never followed up. */
  due?: Date;
  lastFollowUp?: Date;
  daysOverdue: number;
}

export interface DueGroup {
  grade: Grade;
  entries: DueEntry[];
}

/**
 * The list as the panel shows it: only the chosen rep's customers (all when rep is blank), one
 * group per grade A → E (empty grades left out), most overdue first inside a group; a customer
 * never followed up counts as most overdue; ties by code.
 */
export function groupDue(entries: readonly DueEntry[], rep?: string): DueGroup[] {
  const wanted = rep?.trim();
  const shown = wanted ? entries.filter((e) => e.rep === wanted) : entries;
  const byGrade = new Map<Grade, DueEntry[]>();
  for (const e of shown) {
    const list = byGrade.get(e.grade);
    if (list) list.push(e);
    else byGrade.set(e.grade, [e]);
  }
  const rank = (e: DueEntry) => (e.due === undefined ? Infinity : e.daysOverdue);
  return GRADES.filter((g) => byGrade.has(g)).map((grade) => ({
    grade,
    entries: byGrade.get(grade)!.slice().sort((a, b) => rank(b) - rank(a) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  }));
}

/** The reps to offer in the filter: everyone who has a customer due, sorted. */
export function repsOf(entries: readonly DueEntry[]): string[] {
  return [...new Set(entries.map((e) => e.rep).filter((r) => r))].sort();
}
