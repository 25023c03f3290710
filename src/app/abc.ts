/**
 * ABC over 往来帐: each archive customer's 订单 amounts in a period (default: the 12 complete
 * months before today's month, the window the audit checks 客户档案's ABC类 against), classified
 * by domain/abc.ts with 设置's cuts. `write` fills 客户档案's ABC类 where it differs.
 */
import type { WorkbookPort } from "../io/port";
import { customersSheet } from "../workbook";
import { rowKey } from "../workbook/sheet";
import type { AbcClass } from "../workbook/column";
import { classifyAbc, type AbcCuts } from "../domain/abc";
import { summarizeAbc, type AbcSummary } from "../domain/abc-summary";
import { ABC_WINDOW_MONTHS } from "../domain/audit/sales";
import { SALES_TX_TYPE } from "../domain/audit/context";
import { dayNumber } from "../domain/cadence";
import { utcDate } from "../domain/time";
import { readLog } from "./read-log";
import type { Log } from "../domain/log";

/** Whole days, both ends included. */
export interface AbcPeriod {
  from: Date;
  to: Date;
}

export function defaultAbcPeriod(today: Date): AbcPeriod {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + 1;
  return { from: utcDate(y, m - ABC_WINDOW_MONTHS, 1), to: utcDate(y, m, 0) };
}

export interface AbcCustomer {
  code: string;
  name: string;
  rep: string;
  /** 客户档案's Excel row. */
  row: number;
  amount: number;
  abc: AbcClass;
  /** The ABC类 the archive holds now. */
  stored?: AbcClass;
}

export interface AbcResult {
  period: AbcPeriod;
  cuts: AbcCuts;
  /** Largest amount first, ties by code. */
  customers: AbcCustomer[];
  summary: AbcSummary;
  /** Customer codes with orders in the period that 客户档案 does not list. */
  unknownCodes: string[];
}

export function computeAbc(log: Pick<Log, "customers" | "transactions" | "settings">, period: AbcPeriod): AbcResult {
  const fromDay = dayNumber(period.from);
  const toDay = dayNumber(period.to);
  const sums = new Map<string, number>();
  for (const { record: t } of log.transactions) {
    if (t.txType !== SALES_TX_TYPE) continue;
    const day = dayNumber(t.occurredAt);
    if (day < fromDay || day > toDay) continue;
    sums.set(t.customer, (sums.get(t.customer) ?? 0) + t.amount);
  }
  const seen = new Set<string>();
  const rows = log.customers.filter(({ record }) => !seen.has(record.code) && seen.add(record.code));
  const amounts = rows.map(({ record }) => sums.get(record.code) ?? 0);
  const cuts = log.settings.abcCuts;
  const classes = classifyAbc(amounts, cuts) as AbcClass[];
  const customers = rows
    .map(({ row, record: c }, i): AbcCustomer => ({ code: c.code, name: c.name, rep: c.rep, row, amount: amounts[i], abc: classes[i], stored: c.abc }))
    .sort((a, b) => b.amount - a.amount || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    period,
    cuts,
    customers,
    summary: summarizeAbc(classes, amounts),
    unknownCodes: [...sums.keys()].filter((code) => !seen.has(code)).sort(),
  };
}

export interface AbcRun extends AbcResult {
  /** ABC类 cells changed (0 unless written). */
  written: number;
  problems: number;
}

export async function runAbc(port: WorkbookPort, options: { today: Date; from?: Date; to?: Date; write?: boolean }): Promise<AbcRun> {
  const base = defaultAbcPeriod(options.today);
  const period = { from: options.from ?? base.from, to: options.to ?? base.to };
  const log = await readLog(port);
  const result = computeAbc(log, period);
  let written = 0;
  if (options.write) {
    const header = customersSheet.columns.find((c) => c.key === "abc")!.header;
    const updates = result.customers.filter((c) => c.stored !== c.abc).map((c) => ({ row: c.row, key: rowKey(customersSheet, c.code), header, value: c.abc }));
    if (updates.length > 0) await port.updateCells(customersSheet.name, updates);
    written = updates.length;
  }
  return { ...result, written, problems: log.problems.length };
}
