/// <reference types="office-js" />
import { isBlank, type Cell } from "../../workbook/cell";
import type { AppendResult } from "../port";
import { realign } from "../realign";
import { chunkBySize, jsonBytes, REQUEST_BUDGET } from "./payload";
import { SheetRefusal } from "./refusal";
import { loadTable } from "./tables";
import { CellTooLongError, safeWrite, type SafeWrite } from "./text-safety";

/**
 * Appends rows under a sheet's table: one round trip to see the table as it is now (its place,
 * its headers, whether its only body row is the blank one Excel gives a new table, whether
 * anything sits below it), then the rows as one 2-D array per slice under the request limit.
 * Never rows.add row by row (slow on big tables, a merge conflict for co-authors).
 *
 * Excel grows a table by itself when values are written directly below it (Coauthoring in Excel
 * add-ins, https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins),
 * and may not (a host that does not, a totals row): so after each slice the table is resized to
 * an absolute size, header plus the rows it should hold, which is right either way. Anything a
 * user keeps below the table is moved down first (Range.insert), never written over; a table
 * showing its totals row is refused, since rows under it would not join the table.
 *
 * The same first round trip asks what Excel would refuse, so that the refusal comes before
 * anything is written: a protected sheet (AccessDenied), a filtered table (a filtered table does
 * not grow: FilteredRangeConflict; clearing a user's filter behind their back is not ours to do),
 * merged cells where the new rows go (a table never takes in a merged cell: MergedRangeConflict).
 */
export async function appendRowsIn(ctx: Excel.RequestContext, sheet: string, rows: readonly Cell[][], alignedTo?: readonly Cell[]): Promise<AppendResult> {
  if (rows.length === 0) return { firstRow: 0, count: 0 };
  const { table, loaded } = await loadTable(ctx, sheet, (t) => ({
    totals: t.load("showTotals"),
    range: t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
    header: t.getHeaderRowRange().load("values"),
    top: t.getDataBodyRange().getRow(0).load("values"),
    below: t.getRange().getRowsBelow(rows.length).getUsedRangeOrNullObject(true).load("rowIndex"),
    protection: t.worksheet.protection.load("protected"),
    filter: t.autoFilter.load("isDataFiltered"),
    // Where the rows go: all of them below the table, or all but one when they fill its blank starter row.
    merged: t.getRange().getRowsBelow(rows.length).getMergedAreasOrNullObject().load("areaCount"),
    mergedButOne: rows.length > 1 ? t.getRange().getRowsBelow(rows.length - 1).getMergedAreasOrNullObject().load("areaCount") : undefined,
  }));
  const { range, header, top, below, protection, filter } = loaded;
  if (protection.protected) throw new SheetRefusal("protected", sheet, true);
  if (filter.isDataFiltered) throw new SheetRefusal("filtered", sheet, true);
  if (table.showTotals) throw new Error(`${sheet}: the table shows a totals row, so rows added below it would not join the table; turn the totals row off and try again (nothing was written)`);

  const width = range.columnCount;
  const aligned = alignedTo ? realign(sheet, rows, alignedTo, header.values[0] as Cell[]) : rows;
  aligned.forEach((row, i) => {
    if (row.slice(width).some((c) => !isBlank(c))) throw new Error(`${sheet}: row ${i + 1} of the rows to add is wider than the table (${width} columns); nothing was written`);
  });
  const blankStarter = range.rowCount === 2 && (top.values[0] as Cell[]).every((c) => isBlank(c));
  const merged = blankStarter ? loaded.mergedButOne : loaded.merged;
  if (merged && !merged.isNullObject) throw new SheetRefusal("merged", sheet, true);
  const kept = blankStarter ? 0 : range.rowCount - 1;
  const start = range.rowIndex + 1 + kept;
  const room = rows.length - (blankStarter ? 1 : 0);
  let write: SafeWrite;
  try {
    write = safeWrite(aligned, width);
  } catch (e) {
    if (!(e instanceof CellTooLongError)) throw e;
    throw new Error(`${sheet}: row ${start + 1 + e.row}, column “${String((header.values[0] as Cell[])[e.column] ?? e.column + 1)}”: ${e.message}`);
  }
  const ws = table.worksheet;
  if (room > 0 && !below.isNullObject && below.rowIndex < range.rowIndex + range.rowCount + room) {
    ws.getRangeByIndexes(range.rowIndex + range.rowCount, range.columnIndex, room, width).insert("Down");
  }

  const slices = chunkBySize(write.values, REQUEST_BUDGET, (row, i) => jsonBytes(row) + (write.formats ? jsonBytes(write.formats[i]) : 0));
  for (const slice of slices) {
    const target = ws.getRangeByIndexes(start + slice.start, range.columnIndex, slice.end - slice.start, width);
    if (write.formats) target.numberFormat = write.formats.slice(slice.start, slice.end);
    target.values = write.values.slice(slice.start, slice.end);
    table.resize(ws.getRangeByIndexes(range.rowIndex, range.columnIndex, 1 + kept + slice.end, width));
    await ctx.sync();
  }
  return { firstRow: start + 1, count: rows.length };
}
