/**
 * A new entry checked against the workbook before it is written, for the task pane and the
 * command line alike: the rules of domain/entry-rules.ts, reported as cell-addressed problems of
 * the sheet the entry goes to (the same shape the codec reports), so forms show them beside the
 * field and the command line prints them as one line each.
 */
import { approverIssue, customerIssues, eventIssues, repIssue, type EntryIssue, type StaffMember } from "../domain/entry-rules";
import { fillClosingFromResult } from "../domain/event-closing";
import type { Settings } from "../domain/settings";
import type { Staff } from "../domain/log";
import { isActiveOn } from "../domain/staff";
import { complaintsSheet, customersSheet, followUpsSheet, staffSheet, type SheetSpec } from "../workbook";
import type { AnyColumn } from "../workbook/column";
import type { Problem } from "../workbook/problems";

function problemOf(spec: SheetSpec, issue: EntryIssue, row: number): Problem {
  const column = (spec.columns as readonly AnyColumn[]).find((c) => c.key === issue.field);
  return { sheet: spec.name, cell: "", row, header: column?.header ?? issue.field, code: "rule", value: issue.value, detail: issue.zh, detailEn: issue.en };
}

/** The staff list as the rules read it: active means active on `day` (domain/staff.ts). */
export function staffMembers(staff: readonly { record: Pick<Staff, "id" | "name" | "active" | "leftOn"> }[], day: Date): StaffMember[] {
  return staff.map((s) => ({ id: s.record.id, name: s.record.name, active: isActiveOn(s.record, day) }));
}

/**
 * A follow-up has one result: 跟进结果 is what the rep types, and 处理结果 and 总结 (which the
 * audit asks of every finished event) are filled from it unless given (domain/event-closing.ts).
 */
export function prepareEntry(sheetKey: string, input: Record<string, unknown>): Record<string, unknown> {
  return sheetKey === followUpsSheet.key ? fillClosingFromResult(input) : input;
}

export interface EntryContext {
  staff: readonly StaffMember[];
  /** 员工 as written (上级, 职务, 离职日期): who may approve a complaint's remedy. Without it the approver is not checked. */
  roster?: readonly Staff[];
  settings: Pick<Settings, "entry">;
  today: Date;
}

/** An event record (as the codec typed it) against the workbook. */
export function eventProblems(spec: SheetSpec, record: Record<string, unknown>, ctx: EntryContext, row = 0): Problem[] {
  const followUp = spec.key === followUpsSheet.key;
  const issues = eventIssues(
    {
      rep: String(record.rep ?? ""),
      occurredAt: record.occurredAt as Date,
      status: record.status as string | undefined,
      feedbackAt: record.feedbackAt as Date | undefined,
      result: (followUp ? record.result : record.resolution) as string | undefined,
      promise: record.promise as string | undefined,
      promiseDue: record.promiseDue as Date | undefined,
    },
    ctx.staff,
    ctx.today,
    ctx.settings.entry,
    followUp ? "result" : "resolution",
  );
  if (spec.key === complaintsSheet.key && ctx.roster) {
    const approver = approverIssue({ rep: String(record.rep ?? ""), occurredAt: record.occurredAt as Date, approver: record.approver as string | undefined, approvedAt: record.approvedAt as Date | undefined }, ctx.roster);
    if (approver) issues.push(approver);
  }
  return issues.map((i) => problemOf(spec, i, row));
}

/** A new 客户档案 row against the codes in use and the staff list. */
export function customerProblems(record: { code: string; rep: string; createdAt?: Date }, codesInUse: Iterable<string>, ctx: EntryContext, row = 0): Problem[] {
  return customerIssues(record, codesInUse, ctx.staff, ctx.today, ctx.settings.entry).map((i) => problemOf(customersSheet, i, row));
}

/** A handover's new rep must be on the staff list and active (an empty list checks nothing). */
export function handoverRepProblem(rep: string, staff: readonly StaffMember[]): Problem | undefined {
  const issue = repIssue(rep, staff, "id");
  return issue && problemOf(staffSheet, issue, 0);
}
