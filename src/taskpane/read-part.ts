import type { Log, LogSheetKey } from "../app/read-log";
import type { WorkbookPort } from "../io/port";
import { settingsSheet, sheetByKey, type SettingRow, type SheetSpec } from "../workbook";
import { parseSheet, type ParsedRow } from "../workbook/codec/parse";
import type { Problem } from "../workbook/problems";
import { settingsFromRows } from "../workbook/settings-rows";

export type LogPart<K extends LogSheetKey> = Pick<Log, K | "settings" | "problems">;

/**
 * Only the sheets a panel needs, plus 设置, in one batch: 登记 needs 客户档案, not a year of
 * 往来帐, so logging an event stays quick on a big log (and light on Excel on the web's payload).
 */
export async function readLogPart<K extends LogSheetKey>(port: WorkbookPort, keys: readonly K[]): Promise<LogPart<K>> {
  const specs: SheetSpec[] = [...keys.map((k) => sheetByKey(k)!), settingsSheet];
  const tables = await port.readTables(specs.map((s) => s.name));
  const part: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const spec of specs) {
    const parsed = parseSheet(spec, tables[spec.name]);
    part[spec.key] = parsed.rows;
    problems.push(...parsed.problems);
  }
  const settings = settingsFromRows((part[settingsSheet.key] as ParsedRow<SettingRow>[]).map((r) => r.record));
  delete part[settingsSheet.key];
  return { ...(part as Pick<Log, K>), settings, problems } as LogPart<K>;
}
