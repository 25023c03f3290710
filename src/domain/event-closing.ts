/**
 * What an event marked 已完成 or 已关闭 must say about its end: what was done (处理结果) and its
 * summary (总结). The audit flags a finished event without them (domain/audit/records.ts).
 *
 * A follow-up has one result: 跟进结果, the field its form shows. It is what was done and the
 * summary of that contact, so both closing fields are filled from it where they are left blank,
 * and a follow-up logged with its result is complete for the audit.
 */

import { CLOSED_STATUSES } from "./vocabulary";

const CLOSED = new Set<string>(CLOSED_STATUSES);

/**
 * Whether an event is finished: its 处理状态 is 已完成 or 已关闭 (as typed, spaces around it
 * aside). Every rule that asks (the audit, open items, plan tracking, entry checks, the archive's
 * tamper check) asks here.
 */
export function isClosed(status: unknown): boolean {
  return typeof status === "string" && (CLOSED.has(status) || CLOSED.has(status.trim()));
}

/** The fields a finished event must fill, in the order the audit names them. */
export const CLOSING_FIELDS = ["resolution", "summary"] as const;

export type ClosingField = (typeof CLOSING_FIELDS)[number];

const blank = (value: unknown): boolean => value === undefined || value === null || String(value).trim() === "";

/** The closing fields a record leaves blank (empty when it says both). */
export function missingClosing(record: Partial<Record<ClosingField, unknown>>): ClosingField[] {
  return CLOSING_FIELDS.filter((f) => blank(record[f]));
}

/** A follow-up's input with each blank closing field taken from its 跟进结果 (nothing changes without a result). */
export function fillClosingFromResult<T extends Record<string, unknown>>(followUp: T): T {
  if (blank(followUp.result)) return followUp;
  const filled: Record<string, unknown> = { ...followUp };
  for (const f of missingClosing(followUp)) filled[f] = followUp.result;
  return filled as T;
}
