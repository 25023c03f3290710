import type { CellValue } from "exceljs";
import type { Cell } from "../../workbook/cell";
import { serialFromDate } from "../../domain/time";

/** What exceljs hands over (Dates, rich text, formulas with cached results, links) to a plain Cell. */
export function fromExcelJs(value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialFromDate(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return fromExcelJs(value.result as CellValue);
    if ("formula" in value || "sharedFormula" in value) return null;
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return String(value);
}
