/**
 * 对账单: one customer's account between two days, as it is sent for confirmation: what it owed
 * before the first day (opening balance), each movement in the period (bills, payments, credited
 * returns, from ledger.ts by 设置's basis) with the balance after it, and the closing balance.
 * closing = opening + debits − credits, exactly (whole cents).
 */
import { dayNumber } from "../cadence";
import type { ReceivablesLog } from "./accounts";
import { buildLedger, type Movement } from "./ledger";

export interface StatementLine {
  movement: Movement;
  /** What the customer owes after this movement. */
  balanceCents: number;
}

export interface Statement {
  customer: string;
  fromDay: number;
  toDay: number;
  openingCents: number;
  lines: StatementLine[];
  debitCents: number;
  creditCents: number;
  closingCents: number;
}

export function customerStatement(log: Pick<ReceivablesLog, "transactions" | "invoices" | "returns" | "settings">, customer: string, from: Date, to: Date): Statement {
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const movements = buildLedger(log, log.settings.receivables.basis, toDay).get(customer) ?? [];
  let balance = 0;
  let debitCents = 0;
  let creditCents = 0;
  const lines: StatementLine[] = [];
  let openingCents = 0;
  for (const m of movements) {
    balance += m.debit ? m.cents : -m.cents;
    if (m.day < fromDay) {
      openingCents = balance;
      continue;
    }
    if (m.debit) debitCents += m.cents;
    else creditCents += m.cents;
    lines.push({ movement: m, balanceCents: balance });
  }
  return { customer, fromDay, toDay, openingCents, lines, debitCents, creditCents, closingCents: balance };
}
