import { isClosed } from "./event-closing";

/**
 * A finished event (处理状态 已完成 or 已关闭: a complaint's steps, a promise's outcome, an invoice)
 * is part of the record: deleting it, or editing it after it was finished, is tampering.
 * `statusBefore` is the event's status as last archived.
 */
export function isTamperingWithClosedEvent(isEventSheet: boolean, statusBefore: unknown): boolean {
  return isEventSheet && isClosed(statusBefore);
}
