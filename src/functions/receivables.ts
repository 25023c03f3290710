/**
 * KH.BALANCE and KH.AGING: Excel hands over whole tables (with their header rows, e.g.
 * KH_Transactions[#All]); they are read by the sheet specs' own codec and passed to
 * domain/receivables, which decides everything. Bills are shipments (设置's default basis), or
 * invoices on their 开票日期 when the 发票 table is given (a workbook whose 设置 says 应收确认 发票).
 */
import { dateOfDay } from "../domain/cadence";
import { computeReceivables, fromCents, type CustomerAccount } from "../domain/receivables";
import { DEFAULT_SETTINGS } from "../domain/settings";
import type { Rowed } from "../domain/log";
import { customersSheet, invoicesSheet, returnsSheet, transactionsSheet, type SheetSpec } from "../workbook";
import type { Cell } from "../workbook/cell";
import { parseSheet } from "../workbook/codec/parse";
import type { RecordOfSheet } from "../workbook/sheet";
import { FunctionInputError, isBlankCell, isMatrix, isOmitted, readDay, shapeLike, vectorOf, type OutCell } from "./matrix";

/** A table argument (header row first) as records; bad rows are left out, a missing required column is an error. */
export function recordsOf<S extends SheetSpec>(spec: S, table: unknown, what: string): Rowed<RecordOfSheet<S>>[] {
  if (isOmitted(table)) return [];
  if (!isMatrix(table) || table.length === 0) throw new FunctionInputError(`${what}必须是包含表头行的区域（如 ${spec.table}[#全部]）`);
  const parsed = parseSheet(spec, { sheet: spec.name, headers: table[0] as Cell[], rows: table.slice(1) as Cell[][], headerRow: 1, firstColumn: 0 });
  const missing = parsed.problems.find((p) => p.code === "missingColumn");
  if (missing) throw new FunctionInputError(`${what}缺少“${missing.header}”列（请连表头一起选中）`);
  return parsed.rows;
}

function asOfDay(arg: unknown, today: number): number {
  const cell = isMatrix(arg) ? arg[0]?.[0] : arg;
  if (isOmitted(arg)) return today;
  const r = readDay(cell);
  if (!r.ok) throw new FunctionInputError(`截止日期${r.message}`);
  return r.value;
}

function accountsFor(codes: unknown, customers: unknown, transactions: unknown, returns: unknown, asOf: unknown, today: number, invoices: unknown) {
  const v = vectorOf(codes, "客户编码");
  const byInvoice = !isOmitted(invoices);
  const log = {
    customers: recordsOf(customersSheet, customers, "客户档案表"),
    transactions: recordsOf(transactionsSheet, transactions, "往来帐表"),
    returns: recordsOf(returnsSheet, returns, "退换货表"),
    invoices: recordsOf(invoicesSheet, invoices, "发票表"),
    settings: byInvoice ? { ...DEFAULT_SETTINGS, receivables: { ...DEFAULT_SETTINGS.receivables, basis: "发票" as const } } : DEFAULT_SETTINGS,
  };
  const day = asOfDay(asOf, today);
  const byCode = new Map(computeReceivables(log, dateOfDay(day)).accounts.map((a) => [a.customer, a]));
  return { v, byCode };
}

function codeOf(cell: unknown): string | undefined {
  return isBlankCell(cell) ? undefined : String(cell).trim();
}

/** KH.BALANCE: what each customer owes as of a day (shipments, or invoices when given, less payments and refunded returns). */
export function balanceMatrix(codes: unknown, transactions: unknown, returns: unknown, asOf: unknown, today: number, invoices?: unknown): (OutCell | string)[][] {
  const { v, byCode } = accountsFor(codes, undefined, transactions, returns, asOf, today, invoices);
  const out = v.cells.map((cell): OutCell => {
    const code = codeOf(cell);
    if (code === undefined) return "";
    const a = byCode.get(code);
    return a ? fromCents(a.balanceCents) : 0;
  });
  return shapeLike(out, v.orientation);
}

/** KH.AGING: each customer's open amounts by age (未到期, 1–30, 31–60, 61–90, 90天以上), one row per code. */
export function agingMatrix(codes: unknown, customers: unknown, transactions: unknown, returns: unknown, asOf: unknown, today: number, invoices?: unknown): (OutCell | string)[][] {
  if (isOmitted(customers)) throw new FunctionInputError("客户档案表必须给出（付款条件和结账日决定到期日）");
  const { v, byCode } = accountsFor(codes, customers, transactions, returns, asOf, today, invoices);
  if (v.cells.length === 0) return [[""]];
  return v.cells.map((cell): (OutCell | string)[] => {
    const code = codeOf(cell);
    if (code === undefined) return ["", "", "", "", ""];
    const a: CustomerAccount | undefined = byCode.get(code);
    return a ? a.agingCents.map(fromCents) : [0, 0, 0, 0, 0];
  });
}
