import { codeKey, duplicateCodes } from "../domain/customer-codes";
import { customersSheet, EVENT_SHEETS } from "../workbook";
import type { Problem } from "../workbook/problems";
import type { LogRead } from "./read-log";
import type { LogSheetKey } from "../domain/log";
import { addDays, isoDateTime, startOfDay } from "../domain/time";
import { letterOf } from "./cell-link";

const CODE_HEADER = customersSheet.columns.find((c) => c.key === "code")!.header;

/**
 * Customers that nothing may act on yet: a code on two rows of 客户档案 (which row would change?).
 * One problem per code, on its second row, naming the first (客户档案!A40 编号“KH0002”重复（与第 3 行相同）).
 */
export function ambiguousCustomers(log: Pick<LogRead, "customers" | "letters">, codes: readonly string[]): Problem[] {
  const duplicates = duplicateCodes(log.customers);
  const letter = letterOf("customers", "code", log.letters);
  const problems: Problem[] = [];
  for (const code of new Set(codes.map(codeKey))) {
    const rows = duplicates.get(code);
    if (!rows) continue;
    problems.push({ sheet: customersSheet.name, cell: `${letter}${rows[1]}`, row: rows[1], header: CODE_HEADER, code: "duplicateId", value: code, detail: rows.filter((r) => r !== rows[1]).join("、") });
  }
  return problems;
}

/**
 * A change dated before the day of the customer's latest event would sit in the middle of its
 * history (a handover "before" the calls that followed it): one problem per customer, on that
 * latest event's 发生时间 cell.
 */
export function datedBeforeLatestEvent(log: LogRead, codes: readonly string[], at: Date): Problem[] {
  const wanted = new Set(codes);
  // by calendar day: --today names a day, and a record later that same day is not "before"
  const endOfDay = addDays(startOfDay(at), 1).getTime();
  const latest = new Map<string, { sheet: string; key: string; row: number; time: number }>();
  for (const spec of EVENT_SHEETS) {
    for (const r of log[spec.key as LogSheetKey] as unknown as { row: number; record: { customer: string; occurredAt: Date } }[]) {
      const time = r.record.occurredAt.getTime();
      if (!wanted.has(r.record.customer) || time < endOfDay) continue;
      const seen = latest.get(r.record.customer);
      if (!seen || time > seen.time) latest.set(r.record.customer, { sheet: spec.name, key: spec.key, row: r.row, time });
    }
  }
  const header = EVENT_SHEETS[0].columns.find((c) => c.key === "occurredAt")!.header;
  return [...latest].map(([customer, e]) => ({
    sheet: e.sheet,
    cell: `${log.letters?.[e.key]?.occurredAt ?? "E"}${e.row}`,
    row: e.row,
    header,
    code: "laterEvent" as const,
    value: customer,
    detail: isoDateTime(new Date(e.time)),
  }));
}
