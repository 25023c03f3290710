/**
 * KH.BALANCE and KH.AGING: Excel hands over whole tables (with their header rows, e.g.
 * KH_Transactions[#All]); they are read by the sheet specs' own codec and passed to
 * domain/receivables, which decides everything. Bills are shipments (设置's default basis), or
 * invoices on their 开票日期 when the 发票 table is given (a workbook whose 设置 says 应收确认 发票).
 * Given the 设置 table, its receivables rows rule as they do for kehu receivables and the 客户
 * panel (workbook/settings-rows.ts settingsFromRows): 默认账期 for customers without readable
 * 付款条件, and 应收确认, which the 发票 table's presence must then agree with.
 */
import { dateOfDay } from "../domain/cadence";
import { computeReceivables, fromCents, type CustomerAccount } from "../domain/receivables";
import { DEFAULT_SETTINGS, type Settings } from "../domain/settings";
import type { Rowed } from "../domain/log";
import { customersSheet, invoicesSheet, returnsSheet, settingsSheet, transactionsSheet, type SheetSpec } from "../workbook";
import { settingsFromRows } from "../workbook/settings-rows";
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

/**
 * The receivables rules: 设置's when its table is given, else the defaults; the 发票 table given
 * means 应收确认 发票, and with 设置 given the two must agree (one would silently win otherwise).
 */
function receivablesSettings(settings: unknown, invoices: unknown): Pick<Settings, "receivables"> {
  const byInvoice = !isOmitted(invoices);
  if (isOmitted(settings)) return byInvoice ? { receivables: { ...DEFAULT_SETTINGS.receivables, basis: "发票" } } : DEFAULT_SETTINGS;
  const read = settingsFromRows(recordsOf(settingsSheet, settings, "设置表").map((r) => r.record));
  if (read.receivables.basis === "发票" && !byInvoice) throw new FunctionInputError("设置的应收确认为“发票”：请同时给出发票表（如 KH_Invoices[#全部]）");
  if (read.receivables.basis !== "发票" && byInvoice) throw new FunctionInputError(`给出了发票表，但设置的应收确认为“${read.receivables.basis}”：去掉发票表，或把设置改为“发票”`);
  return read;
}

function accountsFor(codes: unknown, customers: unknown, transactions: unknown, returns: unknown, asOf: unknown, today: number, invoices: unknown, settings: unknown) {
  const v = vectorOf(codes, "客户编码");
  const log = {
    customers: recordsOf(customersSheet, customers, "客户档案表"),
    transactions: recordsOf(transactionsSheet, transactions, "往来帐表"),
    returns: recordsOf(returnsSheet, returns, "退换货表"),
    invoices: recordsOf(invoicesSheet, invoices, "发票表"),
    settings: receivablesSettings(settings, invoices),
  };
  const day = asOfDay(asOf, today);
  const byCode = new Map(computeReceivables(log, dateOfDay(day)).accounts.map((a) => [a.customer, a]));
  return { v, byCode };
}

function codeOf(cell: unknown): string | undefined {
  return isBlankCell(cell) ? undefined : String(cell).trim();
}

/** KH.BALANCE: what each customer owes as of a day (shipments, or invoices when given, less payments and refunded returns). */
export function balanceMatrix(codes: unknown, transactions: unknown, returns: unknown, asOf: unknown, today: number, invoices?: unknown, settings?: unknown): (OutCell | string)[][] {
  const { v, byCode } = accountsFor(codes, undefined, transactions, returns, asOf, today, invoices, settings);
  const out = v.cells.map((cell): OutCell => {
    const code = codeOf(cell);
    if (code === undefined) return "";
    const a = byCode.get(code);
    return a ? fromCents(a.balanceCents) : 0;
  });
  return shapeLike(out, v.orientation);
}

/** KH.AGING: each customer's open amounts by age (未到期, 1–30, 31–60, 61–90, 90天以上), one row per code. */
export function agingMatrix(codes: unknown, customers: unknown, transactions: unknown, returns: unknown, asOf: unknown, today: number, invoices?: unknown, settings?: unknown): (OutCell | string)[][] {
  if (isOmitted(customers)) throw new FunctionInputError("客户档案表必须给出（付款条件和结账日决定到期日）");
  const { v, byCode } = accountsFor(codes, customers, transactions, returns, asOf, today, invoices, settings);
  if (v.cells.length === 0) return [[""]];
  return v.cells.map((cell): (OutCell | string)[] => {
    const code = codeOf(cell);
    if (code === undefined) return ["", "", "", "", ""];
    const a: CustomerAccount | undefined = byCode.get(code);
    return a ? a.agingCents.map(fromCents) : [0, 0, 0, 0, 0];
  });
}
