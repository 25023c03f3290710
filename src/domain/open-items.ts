import { CLOSED_STATUSES, HANDOVER_SERVICE_TYPE } from "./vocabulary";

export type OpenKind = "complaint" | "return" | "invoice" | "promise" | "sample" | "event";

/** The fields the rule reads; every event record has them. */
export interface OpenCandidate {
  status: string;
  serviceType?: string;
  [field: string]: unknown;
}

const CLOSED = new Set(CLOSED_STATUSES);
const RETURN_DONE = new Set(["已退款", "已换货", "拒绝"]);
const DELIVERED = "已签收";

/**
 * What is still open about one event, if anything: a complaint not closed, a return not refunded,
 * exchanged or refused, an invoice not received, a promise not kept, any other event still
 * 待处理/处理中 (a 交接 row excepted). One rule for the task pane's 客户 view and the 交接 dossier.
 */
export function openKindOf(sheetKey: string, record: OpenCandidate): OpenKind | undefined {
  switch (sheetKey) {
    case "complaints":
      return CLOSED.has(record.status) ? undefined : "complaint";
    case "returns":
      return RETURN_DONE.has(String(record.returnStatus ?? "")) ? undefined : "return";
    case "invoices":
      return record.delivery === DELIVERED ? undefined : "invoice";
    case "samples":
      return CLOSED.has(record.status) ? undefined : "sample";
    case "followUps": {
      const promise = typeof record.promise === "string" ? record.promise.trim() : "";
      if (promise && record.promiseKept !== true) return "promise";
      break;
    }
  }
  return CLOSED.has(record.status) || record.serviceType === HANDOVER_SERVICE_TYPE ? undefined : "event";
}
