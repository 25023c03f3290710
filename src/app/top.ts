/**
 * TopN over a workbook: reads only the sheets the figure needs (app/read-log.ts) and ranks
 * with domain/top.ts. The period is the days asked for (a whole month, quarter, year or week
 * compares as one, domain/periods.ts periodOfDays), else the last complete month before today.
 */
import type { WorkbookPort } from "../io/port";
import type { LogSheetKey } from "../domain/log";
import { monthOf, periodOfDays, previousPeriod, type Period } from "../domain/periods";
import { topN, type TopMeasure, type TopOptions, type TopResult, type TopSubject } from "../domain/top";
import { readLog } from "./read-log";

/** The sheets each figure reads (客户档案 and 员工 name the rows; by category, 往来帐's order lines say each customer's and product's category). */
export function topSheets(by: TopMeasure, of?: TopSubject): LogSheetKey[] {
  const named: LogSheetKey[] = of === "categories" ? ["customers", "staff", "transactions"] : ["customers", "staff"];
  switch (by) {
    case "sales":
    case "payments":
      return ["customers", "staff", "transactions"];
    case "balance":
      return ["customers", "staff", "transactions", "invoices", "returns"];
    case "complaints":
      return [...named, "complaints"];
    case "follow-ups":
      return [...named, "followUps"];
  }
}

/** The last complete month before today's. */
export function defaultTopPeriod(today: Date): Period {
  return previousPeriod(monthOf(today));
}

export function periodFromFlags(today: Date, from: Date | undefined, to: Date | undefined): Period {
  if (!from && !to) return defaultTopPeriod(today);
  const base = defaultTopPeriod(today);
  return periodOfDays(from ?? base.from, to ?? base.to);
}

export interface TopRun extends TopResult {
  problems: number;
}

export async function runTop(port: WorkbookPort, options: TopOptions): Promise<TopRun> {
  const log = await readLog(port, { sheets: topSheets(options.by, options.of) });
  const empty = { customers: [], staff: [], transactions: [], invoices: [], returns: [], complaints: [], followUps: [] };
  const result = topN({ ...empty, ...log }, options);
  return { ...result, problems: log.problems.length };
}
