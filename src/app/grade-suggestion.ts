/**
 * The grade the log implies for one customer (domain/grade-fit.ts), as the 跟进 form shows it
 * beside the current grade: the same reading the audit's grade rule makes.
 */
import { abcFromOrders } from "../domain/abc";
import { gradeFit, type GradeFit } from "../domain/grade-fit";
import type { Log } from "../domain/log";
import { isSale, lastFullMonths } from "../domain/periods";

export function suggestGrade(log: Pick<Log, "customers" | "transactions" | "settings">, code: string, today: Date): GradeFit | undefined {
  const customer = log.customers.find((c) => c.record.code === code);
  if (!customer) return undefined;
  const abc = abcFromOrders(log.customers, log.transactions, lastFullMonths(today), log.settings.abcCuts).get(code)?.abc;
  const orders = log.transactions.filter((t) => t.record.customer === code && isSale(t.record) && t.record.occurredAt.getTime() <= today.getTime()).map((t) => t.record);
  return gradeFit(customer.record.grade, { orders, abc }, today, log.settings.audit.steadyOrderMonths);
}
