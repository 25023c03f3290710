/**
 * Orders over the customer's 信用额度, as `check` lists them and as 登记 warns of one being
 * entered: warnings, not faults of the workbook (domain/receivables decides; the sentence is the
 * audit's own).
 */
import { creditBreaches, newOrderCredit, type NewOrderLine } from "../domain/receivables";
import { creditBreachMessage, creditBreachRef } from "../domain/audit/receivables";
import { isoDate } from "../domain/time";
import type { Lang } from "../i18n/lang";
import { locateCell } from "./cell-link";
import type { LogRead } from "./read-log";

export interface CreditWarning {
  /** 往来帐!K12 */
  cell: string;
  customer: string;
  rep: string;
  date: string;
  message: string;
}

export function creditWarnings(log: Pick<LogRead, "customers" | "transactions" | "invoices" | "returns" | "settings" | "letters">, lang: Lang = "zh"): CreditWarning[] {
  return creditBreaches(log).map((b) => {
    const at = locateCell(creditBreachRef(b), log.letters);
    return { cell: `${at.sheet}!${at.cell}`, customer: b.customer, rep: b.rep, date: isoDate(b.at), message: creditBreachMessage(b)[lang] };
  });
}

/** The sheets an order's credit check reads. */
export const CREDIT_SHEETS = ["customers", "transactions", "invoices", "returns"] as const;

/** 登记's warning for an order line about to be saved: the audit's sentence, or undefined when it stays within 信用额度. */
export function newOrderWarning(log: Pick<LogRead, "customers" | "transactions" | "invoices" | "returns" | "settings">, line: NewOrderLine, lang: Lang = "zh"): string | undefined {
  const breach = newOrderCredit(log, line);
  return breach && creditBreachMessage(breach)[lang];
}
