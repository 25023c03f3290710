import type { CellUpdate } from "../io/port";
import { calendarFromSettings, cadenceDays, nextDue } from "../domain/cadence";
import type { Settings } from "../domain/settings";
import { startOfDay } from "../domain/time";
import { customersSheet, type FollowUp } from "../workbook";
import type { AnyColumn, Grade } from "../workbook/column";
import { encodeValue } from "../workbook/codec/encode";
import { rowKey } from "../workbook/sheet";

export interface FollowUpOutcome {
  grade: Grade;
  /** Days between follow-ups for the new grade. */
  days: number;
  lastFollowUp: Date;
  nextDue: Date;
  /** 客户档案's 客户等级 / 最近跟进 / 下次跟进 on the customer's row. */
  updates: CellUpdate[];
}

function column(key: string): AnyColumn {
  return (customersSheet.columns as readonly AnyColumn[]).find((c) => c.key === key)!;
}

/**
 * What a logged follow-up means for the customer: the grade after it is the
 * customer's grade from now on, and the next follow-up is due that grade's cadence later
 * (moved off weekends and holidays where 设置 says so).
 */
export function followUpOutcome(followUp: Pick<FollowUp, "gradeAfter" | "occurredAt">, customer: { row: number; code: string }, settings: Settings): FollowUpOutcome {
  const grade = followUp.gradeAfter;
  const lastFollowUp = startOfDay(followUp.occurredAt);
  const due = nextDue(grade, lastFollowUp, settings.cadenceDays, calendarFromSettings(settings));
  const cell = (key: string, value: unknown): CellUpdate => ({ row: customer.row, key: rowKey(customersSheet, customer.code), header: column(key).header, value: encodeValue(column(key), value) });
  return {
    grade,
    days: cadenceDays(grade, settings.cadenceDays),
    lastFollowUp,
    nextDue: due,
    updates: [cell("grade", grade), cell("lastFollowUp", lastFollowUp), cell("nextDue", due)],
  };
}

/** A follow-up logged late (older than the archive's 最近跟进) must not move the schedule back. */
export function movesSchedule(archivedLast: Date | undefined, outcome: Pick<FollowUpOutcome, "lastFollowUp">): boolean {
  return !archivedLast || archivedLast.getTime() <= outcome.lastFollowUp.getTime();
}
