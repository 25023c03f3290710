/**
 * Receivables per customer as of a day: each customer's movements (ledger.ts, by 设置's basis)
 * matched oldest bill first (allocate.ts), due days from its 付款条件 and 结账日 (terms.ts).
 */
import type { Customer, Rowed } from "../log";
import type { Settings } from "../settings";
import { dayNumber } from "../cadence";
import { staffKey } from "../staff-roster";
import { allocate, type Allocation } from "./allocate";
import { BUCKET_COUNT } from "./aging";
import { buildLedger, compareMovements, eachMovementRow, signedCents, toCents, type LedgerInput, type Movement } from "./ledger";
import { termsOrDefault, type PaymentTerms, type TermsSource } from "./terms";

export interface ReceivablesLog extends LedgerInput {
  customers: readonly Rowed<Customer>[];
  settings: Pick<Settings, "receivables">;
}

export interface CustomerAccount extends Allocation {
  customer: string;
  name?: string;
  /** The responsible rep: 客户档案's 负责客服, else whoever logged the latest movement. */
  rep: string;
  /** 客户档案's Excel row; undefined for a code the archive does not list. */
  row?: number;
  creditLimitCents?: number;
  /** 付款条件 as the archive writes it. */
  paymentTerms?: string;
  terms: PaymentTerms;
  termsSource: TermsSource;
  billingDay?: number;
  /** Billed less every credit: what the customer owes (negative: a credit balance). */
  balanceCents: number;
  movements: readonly Movement[];
}

export interface Receivables {
  asOfDay: number;
  /** Customers with any movement up to asOfDay: archive order, then codes the archive lacks (sorted). */
  accounts: CustomerAccount[];
  /** Codes with movements that 客户档案 does not list. */
  unknownCodes: string[];
}

export interface ReceivablesOptions {
  /** Only customers whose responsible rep is this 工号. */
  rep?: string;
}

/** First archive row per code (a duplicated code is the codec's finding, not a second account). */
export function customersByCode(customers: readonly Rowed<Customer>[]): Map<string, Rowed<Customer>> {
  const map = new Map<string, Rowed<Customer>>();
  for (const c of customers) if (!map.has(c.record.code)) map.set(c.record.code, c);
  return map;
}

function accountOf(code: string, movements: readonly Movement[], archive: Rowed<Customer> | undefined, settings: Settings["receivables"], asOfDay: number): CustomerAccount {
  const c = archive?.record;
  const { terms, source } = termsOrDefault(c?.paymentTerms, settings.defaultTermDays);
  const allocation = allocate(movements, { terms, billingDay: c?.billingDay, asOfDay });
  // every field named (not a spread of the allocation): the accounts then share one shape, which V8 builds far faster
  return {
    items: allocation.items,
    open: allocation.open,
    billedCents: allocation.billedCents,
    creditedCents: allocation.creditedCents,
    collectedCents: allocation.collectedCents,
    openCents: allocation.openCents,
    unappliedCents: allocation.unappliedCents,
    overdueCents: allocation.overdueCents,
    agingCents: allocation.agingCents,
    maxDaysOverdue: allocation.maxDaysOverdue,
    customer: code,
    name: c?.name,
    rep: c?.rep ?? movements[movements.length - 1]?.rep ?? "",
    row: archive?.row,
    creditLimitCents: c?.creditLimit !== undefined && c.creditLimit > 0 ? toCents(c.creditLimit) : undefined,
    paymentTerms: c?.paymentTerms,
    terms,
    termsSource: source,
    billingDay: c?.billingDay,
    balanceCents: allocation.billedCents - allocation.creditedCents,
    movements,
  };
}

/** Every customer's account as of `asOf` (movements on that day count). */
export function computeReceivables(log: ReceivablesLog, asOf: Date, options: ReceivablesOptions = {}): Receivables {
  const asOfDay = dayNumber(asOf);
  const ledger = buildLedger(log, log.settings.receivables.basis, asOfDay);
  const archive = customersByCode(log.customers);
  const accounts: CustomerAccount[] = [];
  const key = options.rep === undefined ? undefined : staffKey(options.rep);
  const wanted = (rep: string) => key === undefined || staffKey(rep) === key;
  for (const [code, c] of archive) {
    const movements = ledger.get(code);
    if (movements && wanted(c.record.rep)) accounts.push(accountOf(code, movements, c, log.settings.receivables, asOfDay));
  }
  const unknownCodes = [...ledger.keys()].filter((code) => !archive.has(code)).sort();
  for (const code of unknownCodes) {
    const account = accountOf(code, ledger.get(code)!, undefined, log.settings.receivables, asOfDay);
    if (wanted(account.rep)) accounts.push(account);
  }
  return { asOfDay, accounts, unknownCodes };
}

/** A customer's balance on a day and who answers for it, as computeReceivables's account says. */
export interface BalanceOwed {
  balanceCents: number;
  rep: string;
}

/**
 * What each customer owes at the end of each of `days` and its responsible rep: the balanceCents
 * and rep of computeReceivables's accounts on those days (customers with a movement by then),
 * without matching bills or aging them, in one pass over the rows that move accounts.
 */
export function balancesOn(log: ReceivablesLog, days: readonly number[]): Map<string, BalanceOwed>[] {
  const archive = customersByCode(log.customers);
  const out = days.map(() => new Map<string, BalanceOwed>());
  const strangers: Movement[] = [];
  const ends = days.map((d) => (d + 1) * 86_400_000);
  eachMovementRow(log, log.settings.receivables.basis, (kind, customer, date, amount, docNo, rep, description, sheet, row) => {
    const signed = signedCents(kind, amount);
    if (signed === 0) return;
    const at = date.getTime();
    const known = archive.get(customer);
    for (let i = 0; i < days.length; i++) {
      if (at >= ends[i]) continue;
      const b = out[i].get(customer);
      if (b) b.balanceCents += signed;
      else out[i].set(customer, { balanceCents: signed, rep: known ? known.record.rep : "" });
    }
    // a code 客户档案 lacks answers to whoever logged its latest movement (computeReceivables's rule)
    if (!known) strangers.push({ kind, customer, at, day: Math.floor(at / 86_400_000), cents: Math.abs(signed), debit: signed > 0, docNo, rep, description, ref: { sheet, column: "amount", row } });
  });
  strangers.sort(compareMovements);
  for (const m of strangers) for (let i = 0; i < days.length; i++) if (m.day <= days[i]) out[i].get(m.customer)!.rep = m.rep;
  return out;
}

/** A customer owes when its balance is above zero (a credit balance owes nothing). */
export function isOwing(a: Pick<CustomerAccount, "balanceCents">): boolean {
  return a.balanceCents > 0;
}

export type ReceivablesTotals = Pick<CustomerAccount, "billedCents" | "creditedCents" | "collectedCents" | "openCents" | "unappliedCents" | "overdueCents" | "agingCents" | "balanceCents">;

export function totalsOf(accounts: readonly CustomerAccount[]): ReceivablesTotals {
  const t: ReceivablesTotals = { billedCents: 0, creditedCents: 0, collectedCents: 0, openCents: 0, unappliedCents: 0, overdueCents: 0, agingCents: new Array<number>(BUCKET_COUNT).fill(0), balanceCents: 0 };
  for (const a of accounts) {
    t.billedCents += a.billedCents;
    t.creditedCents += a.creditedCents;
    t.collectedCents += a.collectedCents;
    t.openCents += a.openCents;
    t.unappliedCents += a.unappliedCents;
    t.overdueCents += a.overdueCents;
    t.balanceCents += a.balanceCents;
    a.agingCents.forEach((c, i) => (t.agingCents[i] += c));
  }
  return t;
}

/** The totals of each responsible rep's accounts (the balance per salesperson), by 工号; maxDaysOverdue is the oldest open bill of any of them. */
export function totalsByRep(accounts: readonly CustomerAccount[]): Map<string, ReceivablesTotals & { customers: number; maxDaysOverdue: number }> {
  const groups = new Map<string, CustomerAccount[]>();
  for (const a of accounts) {
    const list = groups.get(a.rep);
    if (list) list.push(a);
    else groups.set(a.rep, [a]);
  }
  const out = new Map<string, ReceivablesTotals & { customers: number; maxDaysOverdue: number }>();
  for (const rep of [...groups.keys()].sort()) {
    const list = groups.get(rep)!;
    out.set(rep, { ...totalsOf(list), customers: list.filter(isOwing).length, maxDaysOverdue: Math.max(0, ...list.map((a) => a.maxDaysOverdue)) });
  }
  return out;
}
