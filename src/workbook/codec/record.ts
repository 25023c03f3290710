import type { AnyColumn } from "../column";
import type { Cell } from "../cell";
import type { SheetSpec } from "../sheet";
import { locateColumns } from "../headers";
import { encodeValue } from "./encode";

/** Records to rows aligned with the table's actual headers (located once); user-added columns stay blank. */
export function recordEncoder(spec: SheetSpec, headers: readonly Cell[]): (record: Record<string, unknown>) => Cell[] {
  const columns: readonly AnyColumn[] = spec.columns;
  const positions = locateColumns(columns, headers);
  return (record) => {
    const row: Cell[] = new Array(headers.length).fill(null);
    for (let i = 0; i < columns.length; i++) {
      if (positions[i] >= 0) row[positions[i]] = encodeValue(columns[i], record[columns[i].key]);
    }
    return row;
  };
}

export function encodeRecord(spec: SheetSpec, record: Record<string, unknown>, headers: readonly Cell[]): Cell[] {
  return recordEncoder(spec, headers)(record);
}

/** A record to a row in the spec's own column order (templates, new sheets). */
export function encodeRecordInSpecOrder(spec: SheetSpec, record: Record<string, unknown>): Cell[] {
  return spec.columns.map((column) => encodeValue(column, record[column.key]));
}
