import type { AnyColumn } from "../column";
import type { Cell } from "../cell";
import type { SheetSpec } from "../sheet";
import { locateColumns } from "../headers";
import { encodeValue } from "./encode";

/** One record to a row aligned with the table's actual headers; user-added columns stay blank. */
export function encodeRecord(spec: SheetSpec, record: Record<string, unknown>, headers: readonly Cell[]): Cell[] {
  const columns: readonly AnyColumn[] = spec.columns;
  const positions = locateColumns(columns, headers);
  const row: Cell[] = headers.map(() => null);
  columns.forEach((column, i) => {
    if (positions[i] >= 0) row[positions[i]] = encodeValue(column, record[column.key]);
  });
  return row;
}

/** A record to a row in the spec's own column order (templates, new sheets). */
export function encodeRecordInSpecOrder(spec: SheetSpec, record: Record<string, unknown>): Cell[] {
  return spec.columns.map((column) => encodeValue(column, record[column.key]));
}
