import type { WorkbookPort } from "../io/port";
import { SPEC_BY_KEY, settingsSheet, type SheetSpec } from "../workbook";
import { parseSheet } from "../workbook/codec/parse";
import { columnLetter } from "../workbook/cell";
import type { Problem } from "../workbook/problems";
import { settingsFromRows } from "../workbook/settings-rows";
import { LOG_SHEET_KEYS, type Log, type LogSheetKey, type SettingRow } from "../domain/log";

/** Where each spec column sits: sheet key → column key → column letter ("F"); a column missing from the sheet is absent. */
export type ColumnLetters = Record<string, Record<string, string>>;

/** What reading gives besides the records: the cells it could not read and where the columns are. */
export interface LogReading {
  /** Every cell that could not be read, addressed as 投诉!F12. */
  problems: Problem[];
  /** Findings and links use it to point at the actual cell. */
  letters: ColumnLetters;
}

/** The sheets asked for (all by default) and 设置, as the domain's Log, with what reading found. */
export type LogRead<K extends LogSheetKey = LogSheetKey> = Pick<Log, K | "settings"> & LogReading;

/**
 * Reads the log's sheets in one batch (one round trip in Excel) and parses them. `sheets` limits
 * the read to what a use case needs, plus 设置 (登记 needs 客户档案, not a year of 往来帐, so logging
 * stays quick on a big log and light on Excel on the web's payload).
 */
export async function readLog<K extends LogSheetKey = LogSheetKey>(port: WorkbookPort, options: { sheets?: readonly K[] } = {}): Promise<LogRead<K>> {
  const keys: readonly LogSheetKey[] = options.sheets ?? LOG_SHEET_KEYS;
  const specs: SheetSpec[] = [...keys.map((k) => SPEC_BY_KEY[k]), settingsSheet];
  const tables = await port.readTables(specs.map((s) => s.name));
  const problems: Problem[] = [];
  const records: Record<string, unknown> = {};
  const letters: ColumnLetters = {};
  for (const spec of specs) {
    const table = tables[spec.name];
    const parsed = parseSheet(spec, table);
    problems.push(...parsed.problems);
    records[spec.key] = parsed.rows;
    const sheetLetters: Record<string, string> = {};
    if (table) spec.columns.forEach((c, i) => parsed.positions[i] >= 0 && (sheetLetters[c.key] = columnLetter(table.firstColumn + parsed.positions[i])));
    letters[spec.key] = sheetLetters;
  }
  const settingRows = (records[settingsSheet.key] as { record: SettingRow }[]).map((r) => r.record);
  delete records[settingsSheet.key];
  return { ...(records as Pick<Log, K>), settings: settingsFromRows(settingRows), problems, letters } as LogRead<K>;
}
