/**
 * ABC over 往来帐: each archive customer's sales over a period (domain/periods.ts; default: the 12
 * complete months before today's month, the window the audit checks 客户档案's ABC类 against), classified
 * by domain/abc.ts with 设置's cuts. `write` fills 客户档案's ABC类 where it differs.
 */
import type { WorkbookPort } from "../io/port";
import { customersSheet } from "../workbook";
import { rowKey } from "../workbook/sheet";
import type { AbcClass } from "../workbook/column";
import { abcFromSums, type AbcCuts } from "../domain/abc";
import { summarizeAbc, type AbcSummary } from "../domain/abc-summary";
import { dayRange, lastFullMonths, salesByCustomer, type Period } from "../domain/periods";
import { readLog } from "./read-log";
import { ambiguousCustomers } from "./customer-guard";
import type { Problem } from "../workbook/problems";
import type { Log } from "../domain/log";
import { abcDuties, dutyStatuses, isAboveRep, type AbcDuty, type DutyStatus } from "../domain/abc-duties";
import { byCustomer } from "../domain/customer-status";

/** The default ABC window: the 12 complete months before today's month (domain/periods.ts). */
export function defaultAbcPeriod(today: Date): Period {
  return lastFullMonths(today);
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
  period: Period;
  cuts: AbcCuts;
  /** Largest amount first, ties by code. */
  customers: AbcCustomer[];
  summary: AbcSummary;
  /** Customer codes with orders in the period that 客户档案 does not list. */
  unknownCodes: string[];
}

export function computeAbc(log: Pick<Log, "customers" | "transactions" | "settings">, period: Period): AbcResult {
  const sums = salesByCustomer(log.transactions, period);
  const cuts = log.settings.abcCuts;
  const judged = abcFromSums(log.customers, sums, cuts);
  const seen = new Set<string>();
  const rows = log.customers.filter(({ record }) => !seen.has(record.code) && seen.add(record.code));
  const amounts = rows.map(({ record }) => judged.get(record.code)!.amount);
  const classes = rows.map(({ record }) => judged.get(record.code)!.abc as AbcClass);
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

/** What each customer's class (as this run gives it) is owed, and where it stands (domain/abc-duties.ts). */
export interface AbcTreatment {
  duties: AbcDuty[];
  /** Customer code → its class's duties, in `duties` order. */
  statuses: Map<string, DutyStatus[]>;
}

export function abcTreatment(log: Pick<Log, "customers" | "followUps" | "staff" | "settings">, result: AbcResult, today: Date): AbcTreatment {
  const duties = abcDuties(log.settings);
  const followUps = byCustomer(log.followUps);
  const staff = log.staff.map((s) => s.record);
  const archive = new Map<string, Log["customers"][number]["record"]>();
  for (const c of log.customers) if (!archive.has(c.record.code)) archive.set(c.record.code, c.record);
  const statuses = new Map<string, DutyStatus[]>();
  for (const c of result.customers) {
    const customer = archive.get(c.code)!;
    statuses.set(c.code, dutyStatuses(customer, c.abc, followUps.get(c.code) ?? [], duties, (f) => isAboveRep(f.rep, c.rep, staff, f.occurredAt), today, result.period.from));
  }
  return { duties, statuses };
}

export interface AbcRun extends AbcResult {
  treatment: AbcTreatment;
  /** ABC类 cells changed (0 unless written). */
  written: number;
  problems: number;
  /** Why nothing was written: a customer code on two rows of 客户档案 (app/customer-guard.ts). */
  refused: Problem[];
  /** Where 客户档案's columns stand in the workbook read: column key → letter. */
  letters: Record<string, string>;
}

export async function runAbc(port: WorkbookPort, options: { today: Date; from?: Date; to?: Date; write?: boolean }): Promise<AbcRun> {
  const base = defaultAbcPeriod(options.today);
  const period = options.from || options.to ? dayRange(options.from ?? base.from, options.to ?? base.to) : base;
  const log = await readLog(port);
  const result = computeAbc(log, period);
  let written = 0;
  const refused = options.write ? ambiguousCustomers(log, log.customers.map((c) => c.record.code)) : [];
  if (options.write && refused.length === 0) {
    const header = customersSheet.columns.find((c) => c.key === "abc")!.header;
    const updates = result.customers.filter((c) => c.stored !== c.abc).map((c) => ({ row: c.row, key: rowKey(customersSheet, c.code), header, value: c.abc }));
    if (updates.length > 0) await port.updateCells(customersSheet.name, updates);
    written = updates.length;
  }
  return { ...result, treatment: abcTreatment(log, result, options.today), written, problems: log.problems.length, refused, letters: log.letters[customersSheet.key] ?? {} };
}
