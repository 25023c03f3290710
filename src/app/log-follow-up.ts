import type { WorkbookPort } from "../io/port";
import { customersSheet, followUpsSheet, sheetByKey, type FollowUp } from "../workbook";
import { validateRecord } from "../workbook/codec/validate";
import type { Problem } from "../workbook/problems";
import { ambiguousCustomers } from "./customer-guard";
import { dueList, readDueLog, type DueItem } from "./due";
import { eventProblems, prepareEntry, staffMembers } from "./entry";
import { followUpOutcome, movesSchedule, type FollowUpOutcome } from "./follow-up-outcome";
import { logEvent } from "./log-event";
import { readLog } from "./read-log";

export interface LogEntryOptions {
  now: Date;
  random: () => number;
  /** Whose due list "the next customer due" comes from (all reps when absent). */
  rep?: string;
}

export type LogEntryResult =
  | { ok: false; problems: Problem[] }
  | {
      ok: true;
      id: string;
      row: number;
      /** A follow-up that moved the customer's schedule: 客户档案's 客户等级 / 最近跟进 / 下次跟进 now say this. */
      rescheduled?: Pick<FollowUpOutcome, "grade" | "days" | "nextDue">;
      /** After a follow-up: the next customer due (not this one), or null when nobody else is due. */
      next?: DueItem | null;
    };

/**
 * Logs one event for a customer, as 登记 does: the codec and the workbook's rules
 * (src/app/entry.ts, and app/customer-guard.ts: a code on two rows of 客户档案) check it first
 * and nothing is written when either objects; then one row is
 * appended. A follow-up also reschedules the customer (src/app/follow-up-outcome.ts: its grade
 * after becomes the grade, the next follow-up that grade's cadence later) unless it is older than
 * 客户档案's 最近跟进, and finds the next customer due. 客户档案 is read again after the append,
 * because co-authors may have added or sorted rows since the form was opened; of 跟进记录 that read
 * takes only the columns a due date needs, as 今日跟进 does (app/due.ts's readDueLog).
 */
export async function logEntry(port: WorkbookPort, sheetKey: string, input: Record<string, unknown>, options: LogEntryOptions): Promise<LogEntryResult> {
  const spec = sheetByKey(sheetKey);
  if (!spec || spec.kind !== "event") throw new Error(`Not an event sheet: ${sheetKey}`);
  const { now, random } = options;
  const record = prepareEntry(spec.key, input);
  const checked = validateRecord(spec, { ...record, id: "-" });
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const before = await readLog(port, { sheets: ["customers", "staff"] });
  const rules = eventProblems(spec, checked.record as Record<string, unknown>, { staff: staffMembers(before.staff, now), roster: before.staff.map((s) => s.record), settings: before.settings, today: now });
  // a code on two rows of 客户档案: which customer is this event for? Nothing is written until one row is mended
  rules.push(...ambiguousCustomers(before, [String((checked.record as { customer: string }).customer)]));
  if (rules.length) return { ok: false, problems: rules };
  const written = await logEvent(port, spec.key, record, now, random);
  if (!written.ok || spec.key !== followUpsSheet.key) return written;

  const followUp = checked.record as unknown as FollowUp;
  const after = await readDueLog(port);
  const current = after.customers.find((c) => c.record.code === followUp.customer);
  let rescheduled: Pick<FollowUpOutcome, "grade" | "days" | "nextDue"> | undefined;
  if (current) {
    const outcome = followUpOutcome(followUp, { row: current.row, code: current.record.code }, after.settings);
    if (movesSchedule(current.record.lastFollowUp, outcome)) {
      await port.updateCells(customersSheet.name, outcome.updates);
      rescheduled = { grade: outcome.grade, days: outcome.days, nextDue: outcome.nextDue };
      // the list below reads the customer as rescheduled, without a third read
      current.record = { ...current.record, grade: outcome.grade, lastFollowUp: outcome.lastFollowUp, nextDue: outcome.nextDue };
    }
  }
  const next = dueList(after, now, options.rep).find((d) => d.code !== followUp.customer) ?? null;
  return { ...written, rescheduled, next };
}
