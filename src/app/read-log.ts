import type { WorkbookPort } from "../io/port";
import { SHEETS, settingsSheet, type Customer, type Complaint, type FollowUp, type Invoice, type MarketSupport, type ReturnRecord, type SampleIssue, type SettingRow, type Staff, type Transaction } from "../workbook";
import { parseSheet, type ParsedRow } from "../workbook/codec/parse";
import { columnLetter } from "../workbook/cell";
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
  /**
   * Where each spec column sits: sheet key → column key → column letter ("F"); a column missing
   * from the sheet is absent. Findings and links use it to point at the actual cell.
   */
  letters?: Record<string, Record<string, string>>;
}

export type LogSheetKey = Exclude<keyof Log, "settings" | "problems" | "letters">;

/** Reads every sheet of the log in one batch (one round trip in Excel) and parses it. */
export async function readLog(port: WorkbookPort): Promise<Log> {
  const tables = await port.readTables(SHEETS.map((s) => s.name));
  const problems: Problem[] = [];
  const log: Record<string, unknown> = {};
  const letters: Record<string, Record<string, string>> = {};
  for (const spec of SHEETS) {
    const table = tables[spec.name];
    const parsed = parseSheet(spec, table);
    problems.push(...parsed.problems);
    log[spec.key] = parsed.rows;
    const sheetLetters: Record<string, string> = {};
    if (table) spec.columns.forEach((c, i) => parsed.positions[i] >= 0 && (sheetLetters[c.key] = columnLetter(table.firstColumn + parsed.positions[i])));
    letters[spec.key] = sheetLetters;
  }
  const settingRows = (log[settingsSheet.key] as ParsedRow<SettingRow>[]).map((r) => r.record);
  return { ...(log as Omit<Log, "settings" | "problems" | "letters">), settings: settingsFromRows(settingRows), problems, letters };
}
