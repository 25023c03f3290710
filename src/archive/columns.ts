import { sheetByKey } from "../workbook";
import type { AnyColumn } from "../workbook/column";
import type { Cell } from "../workbook/cell";
import type { Lang } from "../i18n/lang";
import { dateFromSerial, isoDate, isoDateTime } from "../domain/time";

/** The sheet's name in the workbook for an archived sheet key. */
export function sheetName(sheetKey: string): string {
  return sheetByKey(sheetKey)?.name ?? sheetKey;
}

function columnOf(sheetKey: string, cellKey: string): AnyColumn | undefined {
  const columns: readonly AnyColumn[] = sheetByKey(sheetKey)?.columns ?? [];
  return columns.find((c) => c.key === cellKey);
}

/** The header of an archived cell key: the spec column's header, or the added column's own. */
export function cellHeader(sheetKey: string, cellKey: string): string {
  return cellKey.startsWith("+") ? cellKey.slice(1) : (columnOf(sheetKey, cellKey)?.header ?? cellKey);
}

/** A cell as people read it: date serials as dates, blanks as "（空）" (or "(empty)" in English). */
export function cellText(sheetKey: string, cellKey: string, value: Cell | undefined, lang: Lang = "zh"): string {
  if (value === undefined || value === null || value === "") return lang === "en" ? "(empty)" : "（空）";
  const kind = columnOf(sheetKey, cellKey)?.kind;
  if (typeof value === "number" && (kind === "date" || kind === "datetime")) {
    const date = dateFromSerial(value);
    return kind === "date" ? isoDate(date) : isoDateTime(date);
  }
  return String(value);
}

export interface FieldChange {
  column: string;
  before?: Cell;
  after?: Cell;
}

/** Field by field, in the order of the row's cells: what differs between two versions. */
export function fieldChanges(before: Record<string, Cell>, after: Record<string, Cell>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((k) => before[k] !== after[k]).map((k) => ({ column: k, before: before[k], after: after[k] }));
}
