import type { WorkbookPort } from "../io/port";
import { SHEETS, settingsSheet, type Customer, type Complaint, type FollowUp, type Invoice, type MarketSupport, type ReturnRecord, type SampleIssue, type SettingRow, type Staff, type Transaction } from "../workbook";
import { parseSheet, type ParsedRow } from "../workbook/codec/parse";
import type { Problem } from "../workbook/problems";
import { settingsFromRows } from "../workbook/settings-rows";
import type { Settings } from "../domain/settings";

/** The whole 客户日志 as typed records, each with the Excel row it came from. */
export interface Log {
  customers: ParsedRow<Customer>[];
  transactions: ParsedRow<Transaction>[];
  samples: ParsedRow<SampleIssue>[];
  invoices: ParsedRow<Invoice>[];
  returns: ParsedRow<ReturnRecord>[];
  complaints: ParsedRow<Complaint>[];
  marketSupport: ParsedRow<MarketSupport>[];
  followUps: ParsedRow<FollowUp>[];
  staff: ParsedRow<Staff>[];
  settings: Settings;
  /** Every cell that could not be read, addressed as 投诉!F12. */
  problems: Problem[];
}

export type LogSheetKey = Exclude<keyof Log, "settings" | "problems">;

/** Reads every sheet of the log in one batch (one round trip in Excel) and parses it. */
export async function readLog(port: WorkbookPort): Promise<Log> {
  const tables = await port.readTables(SHEETS.map((s) => s.name));
  const problems: Problem[] = [];
  const log: Record<string, unknown> = {};
  for (const spec of SHEETS) {
    const parsed = parseSheet(spec, tables[spec.name]);
    problems.push(...parsed.problems);
    log[spec.key] = parsed.rows;
  }
  const settingRows = (log[settingsSheet.key] as ParsedRow<SettingRow>[]).map((r) => r.record);
  return { ...(log as Omit<Log, "settings" | "problems">), settings: settingsFromRows(settingRows), problems };
}
