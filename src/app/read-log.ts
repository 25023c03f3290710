import type { WorkbookPort } from "../io/port";
import { SPEC_BY_KEY, customersSheet, settingsSheet, type SheetSpec } from "../workbook";
import { parseSheet } from "../workbook/codec/parse";
import { ArchiveCodes, matchEventCodes } from "../workbook/event-codes";
import type { Problem } from "../workbook/problems";
import { dateOrderFromRows, settingProblems, settingsFromRows } from "../workbook/settings-rows";
import { LOG_SHEET_KEYS, type Customer, type Department, type Log, type LogSheetKey, type Rowed, type SettingRow, type Staff } from "../domain/log";
import { structureIssues, type StaffRecords, type StructureIssue } from "../domain/departments";

/** A department-tree issue (domain/departments.ts) addressed as 部门!D5. */
function structureProblem(issue: StructureIssue, letters: ColumnLetters): Problem {
  const spec = SPEC_BY_KEY[issue.sheet];
  const letter = letters[issue.sheet]?.[issue.column];
  const header = spec.columns.find((c) => c.key === issue.column)?.header ?? issue.column;
  return { sheet: spec.name, cell: letter ? `${letter}${issue.row}` : "", row: issue.row, header, code: "rule", value: issue.value, detail: issue.zh, detailEn: issue.en };
}

/** Where each spec column sits: sheet key → column key → column letter ("F"); a column missing from the sheet is absent. */
export type ColumnLetters = Record<string, Record<string, string>>;

/** What reading gives besides the records: the cells it could not read and where the columns are. */
export interface LogReading {
  /** Every cell that could not be read, addressed as 投诉!F12. */
  problems: Problem[];
  /** Findings and links use it to point at the actual cell. */
  letters: ColumnLetters;
  /** Blank rows skipped inside each sheet's table, by sheet name (sheets without any left out). */
  blankRows: Record<string, number>;
}

/** The sheets asked for (all by default) and 设置, as the domain's Log, with what reading found. */
export type LogRead<K extends LogSheetKey = LogSheetKey> = Pick<Log, K | "settings"> & LogReading;

/**
 * Reads the log's sheets in one batch (one round trip in Excel) and parses them. `sheets` limits
 * the read to what a use case needs, plus 设置 (登记 needs 客户档案, not a year of 往来帐, so logging
 * stays quick on a big log and light on Excel on the web's payload).
 */
export async function readLog<K extends LogSheetKey = LogSheetKey>(port: WorkbookPort, options: { sheets?: readonly K[] } = {}): Promise<LogRead<K>> {
  return (await readLogColumns(port, options.sheets ?? LOG_SHEET_KEYS, {})) as unknown as LogRead<K>;
}

/** A sheet's spec cut down to some of its columns (their records hold only those fields). */
function narrowed(spec: SheetSpec, keys: readonly string[] | undefined): SheetSpec {
  return keys ? ({ ...spec, columns: spec.columns.filter((c) => keys.includes(c.key)) } as SheetSpec) : spec;
}

/**
 * readLog, with some sheets read for some of their columns only (spec column keys): the port is
 * asked for just those (a hint it may ignore) and the records hold just those fields. Typed
 * callers wrap it with the record type they get (app/due.ts's readDueLog).
 */
export async function readLogColumns(port: WorkbookPort, keys: readonly LogSheetKey[], columns: Partial<Record<LogSheetKey, readonly string[]>>): Promise<Record<string, unknown> & LogReading & Pick<Log, "settings">> {
  const specs: SheetSpec[] = [...keys.map((k) => narrowed(SPEC_BY_KEY[k], columns[k])), settingsSheet];
  const wanted = Object.fromEntries(specs.filter((s) => columns[s.key as LogSheetKey]).map((s) => [s.name, s.columns.map((c) => [c.header, c.headerEn])]));
  const tables = await port.readTables(specs.map((s) => s.name), wanted);
  const problems: Problem[] = [];
  const records: Record<string, unknown> = {};
  const letters: ColumnLetters = {};
  const blankRows: Record<string, number> = {};
  // 设置 first: its 日期顺序 says how every other sheet's dates read
  const settingsParsed = parseSheet(settingsSheet, tables[settingsSheet.name]);
  const readOptions = { dateOrder: dateOrderFromRows(settingsParsed.rows.map((r) => r.record)) };
  const customerColumn: Record<string, { letter: string; header: string }> = {};
  for (const spec of specs) {
    const parsed = spec === settingsSheet ? settingsParsed : parseSheet(spec, tables[spec.name], readOptions);
    // one by one: a sheet may hold 125,000 problems, too many for push(...spread)
    for (const p of parsed.problems) problems.push(p);
    records[spec.key] = parsed.rows;
    const sheetLetters: Record<string, string> = {};
    spec.columns.forEach((c, i) => parsed.letters[i] && (sheetLetters[c.key] = parsed.letters[i]));
    letters[spec.key] = sheetLetters;
    if (parsed.blankRows > 0) blankRows[spec.name] = parsed.blankRows;
    const at = spec.columns.findIndex((c) => c.key === "customer");
    if (spec.kind === "event" && at >= 0 && parsed.letters[at]) customerColumn[spec.key] = { letter: parsed.letters[at], header: spec.columns[at].header };
  }
  // event codes spelled as 客户档案 spells them; an empty 客户档案 (a log-only workbook) has no archive to match
  const customers = records[customersSheet.key] as Rowed<Customer>[] | undefined;
  if (customers && customers.length > 0) {
    const archive = new ArchiveCodes(customers);
    for (const [key, column] of Object.entries(customerColumn)) {
      records[key] = matchEventCodes(archive, tables[SPEC_BY_KEY[key as LogSheetKey].name]!.sheet, column.letter, column.header, records[key] as Rowed<{ customer: string }>[], problems);
    }
  }
  if (records.departments && records.staff) {
    const staffRecords = { staffTraining: records.staffTraining, staffExperience: records.staffExperience } as StaffRecords;
    for (const issue of structureIssues(records.departments as Rowed<Department>[], records.staff as Rowed<Staff>[], staffRecords)) problems.push(structureProblem(issue, letters));
  }
  const settingRows = (records[settingsSheet.key] as { row: number; record: SettingRow }[]).map((r) => r.record);
  for (const p of settingProblems(records[settingsSheet.key] as { row: number; record: SettingRow }[], letters[settingsSheet.key]?.value ?? "C")) problems.push(p);
  delete records[settingsSheet.key];
  return { ...records, settings: settingsFromRows(settingRows), problems, letters, blankRows };
}
