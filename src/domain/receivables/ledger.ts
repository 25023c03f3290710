/**
 * The customer's account as movements: what was billed (by 设置's basis: each 往来帐 发货 row,
 * or each 发票 row on its invoice date), what was paid (往来帐 回款) and what was credited for
 * goods sent back (退换货 rows of 退货 that are 已退款). Amounts are whole cents, so sums are exact.
 * A negative bill counts as a credit and a negative payment or credit as a bill (a reversal).
 */
import type { Invoice, ReturnRecord, Rowed, Transaction } from "../log";
import type { BillingBasis } from "../settings";

export type MovementSheet = "transactions" | "invoices" | "returns";

export interface MovementRef {
  sheet: MovementSheet;
  column: string;
  row: number;
}

export type MovementKind = "bill" | "payment" | "return";

export interface Movement {
  /** bill adds to what is owed; payment and return take from it. */
  kind: MovementKind;
  customer: string;
  /** Milliseconds (floating time), for ordering within a day. */
  at: number;
  day: number;
  /** Always positive; `debit` says which side. */
  cents: number;
  /** True when it adds to what is owed (a bill, or a reversed payment). */
  debit: boolean;
  docNo?: string;
  rep: string;
  description: string;
  ref: MovementRef;
}

/** 往来类型 of a shipment and of a payment. */
export const SHIPMENT_TX_TYPE = "发货";
export const PAYMENT_TX_TYPE = "回款";
/** A return credited to the account: goods sent back (退货) and settled (已退款). */
export const CREDITED_RETURN = { mode: "退货", status: "已退款" } as const;

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

export interface LedgerInput {
  transactions: readonly Rowed<Transaction>[];
  invoices: readonly Rowed<Invoice>[];
  returns: readonly Rowed<ReturnRecord>[];
}

/** A movement whose source cell is kept flat; `ref` is made when asked for (few are, many movements are built). */
class LedgerMovement implements Movement {
  constructor(
    readonly kind: MovementKind,
    readonly customer: string,
    readonly at: number,
    readonly day: number,
    readonly cents: number,
    readonly debit: boolean,
    readonly docNo: string | undefined,
    readonly rep: string,
    readonly description: string,
    private readonly sheet: MovementSheet,
    private readonly row: number,
  ) {}

  get ref(): MovementRef {
    return { sheet: this.sheet, column: "amount", row: this.row };
  }
}

/** One row that moves an account, as the ledger reads it (amount as written: its sign may reverse the side). */
type MovementVisitor = (kind: MovementKind, customer: string, date: Date, amount: number, docNo: string | undefined, rep: string, description: string, sheet: MovementSheet, row: number) => void;

/** Every row that moves an account by 设置's basis, in sheet order: 往来帐 回款 (and 发货 on that basis), 发票 on that basis, credited 退换货. */
export function eachMovementRow(log: LedgerInput, basis: BillingBasis, visit: MovementVisitor): void {
  for (const { row, record: t } of log.transactions) {
    const kind: MovementKind | undefined = t.txType === PAYMENT_TX_TYPE ? "payment" : t.txType === SHIPMENT_TX_TYPE && basis === "发货" ? "bill" : undefined;
    if (kind) visit(kind, t.customer, t.occurredAt, t.amount, t.docNo, t.rep, t.description, "transactions", row);
  }
  if (basis === "发票") {
    for (const { row, record: i } of log.invoices) visit("bill", i.customer, i.invoiceDate, i.amount, i.invoiceNo, i.rep, i.description, "invoices", row);
  }
  for (const { row, record: r } of log.returns) {
    if (r.mode !== CREDITED_RETURN.mode || r.returnStatus !== CREDITED_RETURN.status || r.amount === undefined) continue;
    visit("return", r.customer, r.occurredAt, r.amount, r.originalOrder, r.rep, r.description, "returns", row);
  }
}

/** An amount in whole cents with its sign toward what is owed (+ adds to it), or 0 when it moves nothing (zero, not a number). */
export function signedCents(kind: MovementKind, amount: number): number {
  const cents = Math.round(amount * 100);
  if (!(cents !== 0 && Number.isFinite(cents))) return 0;
  return kind === "bill" ? cents : -cents;
}

/** The movements of every customer, each list in time order (on the same instant bills first, then by sheet row). */
export function buildLedger(log: LedgerInput, basis: BillingBasis, throughDay = Infinity): Map<string, Movement[]> {
  const byCustomer = new Map<string, Movement[]>();
  eachMovementRow(log, basis, (kind, customer, date, amount, docNo, rep, description, sheet, row) => {
    const signed = signedCents(kind, amount);
    if (signed === 0) return;
    const at = date.getTime();
    const day = Math.floor(at / 86_400_000);
    if (day > throughDay) return;
    const m = new LedgerMovement(kind, customer, at, day, signed < 0 ? -signed : signed, signed > 0, docNo, rep, description, sheet, row);
    const list = byCustomer.get(customer);
    if (list) list.push(m);
    else byCustomer.set(customer, [m]);
  });
  // logs are mostly kept in time order: sort only the lists that are not (a later instant needs no full comparison)
  for (const list of byCustomer.values()) {
    for (let i = 1; i < list.length; i++) {
      if (list[i - 1].at < list[i].at) continue;
      if (compareMovements(list[i - 1], list[i]) > 0) {
        list.sort(compareMovements);
        break;
      }
    }
  }
  return byCustomer;
}

export function compareMovements(a: Movement, b: Movement): number {
  return a.at - b.at || (a.debit === b.debit ? 0 : a.debit ? -1 : 1) || (a.ref.sheet < b.ref.sheet ? -1 : a.ref.sheet > b.ref.sheet ? 1 : 0) || a.ref.row - b.ref.row;
}
