import { contains, intersects, type Rect } from "./address";
import { fail } from "./errors";
import type { SheetModel, TableModel } from "./model";

/**
 * What Excel refuses, with the code it answers (the codes and their messages: "Error handling
 * with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */

/**
 * AccessDenied, "You cannot perform the requested operation": a protected sheet (Worksheet.protection,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection) refuses every change
 * to its cells, formats, tables and charts. The fake protects the way Protect Sheet does by
 * default: every cell locked, nothing allowed.
 */
export function assertEditable(sheet: SheetModel, what: string): void {
  if (sheet.isProtected) fail("AccessDenied", `You cannot perform the requested operation (${what} on the protected sheet "${sheet.name}").`);
}

/**
 * OperationCellsExceedLimit, "The attempted operation affects more than the limit of 33554000
 * cells" (same page; Excel on the web). Formats, data validation and conditional formats count
 * every cell of the range they are set on.
 */
export function assertOperationSize(rect: Rect, limit: number, what: string): void {
  const cells = rect.rows * rect.columns;
  if (cells > limit) fail("OperationCellsExceedLimit", `The attempted operation affects more than the limit of ${limit} cells (${what} on ${cells} cells).`);
}

function inside(outer: Rect, inner: Rect): boolean {
  return contains(outer, inner.row, inner.column) && contains(outer, inner.row + inner.rows - 1, inner.column + inner.columns - 1);
}

/**
 * MergedRangeConflict, "Cannot complete the operation. A table can't overlap with another table,
 * a PivotTable report, query results, merged cells, or an XML Map" (same page). A table may not
 * take in a merged cell; and a write may not cover part of a merged cell only (Excel's own
 * "We can't do that to a merged cell").
 */
export function assertNoMergeIn(sheet: SheetModel, rect: Rect, what: string): void {
  const hit = sheet.merges.find((m) => intersects(m, rect));
  if (hit) fail("MergedRangeConflict", `Cannot complete the operation: ${what} would overlap merged cells.`);
}

export function assertNoMergeCut(sheet: SheetModel, rect: Rect, what: string): void {
  const hit = sheet.merges.find((m) => intersects(m, rect) && !inside(rect, m));
  if (hit) fail("MergedRangeConflict", `Cannot complete the operation: ${what} covers part of a merged cell.`);
}

/**
 * Cells shifted down by Range.insert from `rect.row` on, in `rect`'s columns: a merged cell there
 * that reaches outside those columns would be torn apart, which Excel refuses (MergedRangeConflict);
 * a table with an active filter in their way is refused as FilteredRangeConflict, "The attempted
 * operation causes a conflict with a filtered range" (same page; Excel's own "The operation is
 * attempting to shift cells in a filtered range or table").
 */
export function assertShiftable(sheet: SheetModel, tables: readonly TableModel[], rect: Rect): void {
  const band = { row: rect.row, column: rect.column, rows: Number.MAX_SAFE_INTEGER, columns: rect.columns };
  if (sheet.merges.some((m) => intersects(m, band) && (m.column < rect.column || m.column + m.columns > rect.column + rect.columns))) {
    fail("MergedRangeConflict", "Cannot complete the operation: the inserted cells would split a merged cell.");
  }
  const filtered = tables.find((t) => t.filtered && intersects(t.rect, band));
  if (filtered) fail("FilteredRangeConflict", `The attempted operation causes a conflict with a filtered range (${filtered.name}).`);
}

/** A table with an active filter neither grows nor shrinks (FilteredRangeConflict, as above). */
export function assertNotFiltered(table: TableModel, what: string): void {
  if (table.filtered) fail("FilteredRangeConflict", `The attempted operation causes a conflict with a filtered range (${what} on ${table.name}).`);
}
