import type { WorkbookPort } from "../io/port";
import { newId } from "../domain/ids";
import { sheetByKey, type SheetSpec } from "../workbook";
import { encodeRecord } from "../workbook/codec/record";
import { validateRecord } from "../workbook/codec/validate";
import type { Problem } from "../workbook/problems";

export type LogEventResult = { ok: true; id: string; row: number } | { ok: false; problems: Problem[] };

/**
 * Logs one event: the record is checked by the codec first (nothing is written when it is not
 * valid), gets a fresh id unless it has one, and lands as one row under the sheet's table.
 * Costs one header read and one append, whatever the sheet's size.
 */
export async function logEvent(
  port: WorkbookPort,
  sheetKey: string,
  input: Record<string, unknown>,
  now: Date,
  random: () => number,
): Promise<LogEventResult> {
  const spec: SheetSpec | undefined = sheetByKey(sheetKey);
  if (!spec) throw new Error(`Unknown sheet: ${sheetKey}`);
  const idKey = spec.idColumn;
  const record = { ...input };
  if (idKey && spec.idPrefix && (record[idKey] === undefined || record[idKey] === "")) {
    record[idKey] = newId(spec.idPrefix, now, random);
  }
  const headers = (await port.readHeaders([spec.name]))[spec.name];
  if (!headers) {
    return { ok: false, problems: [{ sheet: spec.name, cell: "", row: 0, header: "", code: "missingSheet" }] };
  }
  const checked = validateRecord(spec, record);
  if (!checked.ok) return checked;
  const appended = await port.appendRows(spec.name, [encodeRecord(spec, checked.record as Record<string, unknown>, headers)], headers);
  return { ok: true, id: String(record[idKey ?? ""] ?? ""), row: appended.firstRow };
}
