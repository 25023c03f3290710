import type { SheetSpec } from "../../workbook/sheet";
import { CALLBACK_SERVICE_TYPE, DONE_STATUS, OPEN_STATUS } from "../../domain/vocabulary";

/** A date as the date boxes show it in either language: 2026-03-05 (floating UTC, see domain/time.ts). */
export function dateInputValue(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date-time as the date-time boxes show it: 2026-03-05 14:30 (never 03/05/2026, 2:30 PM). */
export function dateTimeInputValue(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

export interface DefaultsContext {
  /** The rep's wall-clock now, in floating UTC. */
  now: Date;
  rep?: string;
  /** The customer's current grade: a follow-up starts from it. */
  grade?: string;
}

/**
 * What a new record's form starts with: it happened now, logged by the current rep, still open,
 * except a follow-up, which is done once it is logged and starts from the customer's grade.
 */
export function formDefaults(spec: SheetSpec, ctx: DefaultsContext): Record<string, string> {
  const values: Record<string, string> = {};
  const keys = new Set(spec.columns.map((c) => c.key));
  if (keys.has("occurredAt")) values.occurredAt = dateTimeInputValue(ctx.now);
  if (keys.has("rep") && ctx.rep) values.rep = ctx.rep;
  if (keys.has("status")) values.status = spec.key === "followUps" ? DONE_STATUS : OPEN_STATUS;
  if (keys.has("gradeAfter") && ctx.grade) values.gradeAfter = ctx.grade;
  if (spec.key === "followUps" && keys.has("serviceType")) values.serviceType = CALLBACK_SERVICE_TYPE;
  return values;
}
