import type { AnyColumn } from "../column";
import type { Cell } from "../cell";
import { serialFromDate } from "../../domain/time";

/** One typed value to the cell Excel stores: dates become serials, booleans 是/否. */
export function encodeValue(column: AnyColumn, value: unknown): Cell {
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) {
    const serial = serialFromDate(value);
    return column.kind === "date" ? Math.floor(serial + 1e-9) : Math.round(serial * 86400) / 86400;
  }
  if (column.kind === "boolean") return value ? "是" : "否";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
