/// <reference types="office-js" />
import { isBlank, type Cell } from "../../workbook/cell";
import type { AppendResult } from "../port";
import { chunkBySize, jsonBytes, REQUEST_BUDGET } from "./payload";
import { safeWrite } from "./text-safety";

/**
 * Appends rows under a sheet's table in one round trip: the rows are written as one 2-D array
 * right under the data body and the table is resized over them (never rows.add row by row: slow
 * on big tables, and a merge conflict for co-authors). Nothing is read first, so the place is
 * wherever the table ends at that moment. Big appends go in slices under the request limit.
 * A new table's blank placeholder row (Excel never makes a table without a body row) is removed
 * after the first append, at the cost of one more round trip that one time.
 */
export async function appendRowsIn(ctx: Excel.RequestContext, sheet: string, rows: readonly Cell[][]): Promise<AppendResult> {
  if (rows.length === 0) return { firstRow: 0, count: 0 };
  const width = Math.max(1, ...rows.map((r) => r.length));
  const write = safeWrite(rows, width);
  const slices = chunkBySize(write.values, REQUEST_BUDGET, (row, i) => jsonBytes(row) + (write.formats ? jsonBytes(write.formats[i]) : 0));
  let first: { at: Excel.Range; body: Excel.Range; top: Excel.Range; added: number } | undefined;
  for (const [n, slice] of slices.entries()) {
    const count = slice.end - slice.start;
    const table = ctx.workbook.worksheets.getItem(sheet).tables.getItemAt(0);
    const target = table.getDataBodyRange().getRowsBelow(count).getCell(0, 0).getResizedRange(count - 1, width - 1);
    if (write.formats) target.numberFormat = write.formats.slice(slice.start, slice.end);
    target.values = write.values.slice(slice.start, slice.end);
    table.resize(table.getRange().getResizedRange(count, 0));
    if (n === 0) {
      const body = table.getDataBodyRange().load("rowCount");
      first = { at: target.load("rowIndex"), body, top: body.getRow(0).load("values"), added: count };
    }
    await ctx.sync();
  }
  if (!first) return { firstRow: 0, count: 0 };
  let firstRow = first.at.rowIndex + 1;
  if (first.body.rowCount === first.added + 1 && (first.top.values[0] as Cell[]).every((c) => isBlank(c))) {
    ctx.workbook.worksheets.getItem(sheet).tables.getItemAt(0).rows.getItemAt(0).delete();
    await ctx.sync();
    firstRow -= 1;
  }
  return { firstRow, count: rows.length };
}
