/// <reference types="office-js" />
import { headerKey } from "../../workbook/headers";
import type { CellUpdate } from "../port";
import { chunkBySize, jsonBytes, REQUEST_BUDGET } from "./payload";
import { safeWrite } from "./text-safety";

/** Updates closer than this many rows in one column go out as one range (null leaves the cells between alone). */
const GAP = 8;

interface Block {
  row: number;
  column: number;
  cells: (CellUpdate["value"] | undefined)[];
}

function blocks(updates: readonly { row: number; column: number; value: CellUpdate["value"] }[]): Block[] {
  const byColumn = new Map<number, { row: number; value: CellUpdate["value"] }[]>();
  for (const u of updates) byColumn.set(u.column, [...(byColumn.get(u.column) ?? []), u]);
  const out: Block[] = [];
  for (const [column, list] of byColumn) {
    list.sort((a, b) => a.row - b.row);
    let current: Block | undefined;
    for (const u of list) {
      if (current && u.row - (current.row + current.cells.length - 1) <= GAP) {
        while (current.row + current.cells.length < u.row) current.cells.push(undefined);
        current.cells[u.row - current.row] = u.value;
      } else {
        current = { row: u.row, column, cells: [u.value] };
        out.push(current);
      }
    }
  }
  return out;
}

/**
 * Changes cells of existing rows: one round trip to find the table's columns and rows, then
 * each column's changes as a few range writes (cells in between untouched), in slices under
 * the request limit.
 */
export async function updateCellsIn(ctx: Excel.RequestContext, sheet: string, updates: readonly CellUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const table = ctx.workbook.worksheets.getItem(sheet).tables.getItemAt(0);
  const range = table.getRange().load("rowIndex,columnIndex,rowCount");
  const header = table.getHeaderRowRange().load("values");
  await ctx.sync();
  const columns = new Map<string, number>();
  (header.values[0] as unknown[]).forEach((h, i) => {
    const k = headerKey(h as string);
    if (!columns.has(k)) columns.set(k, i);
  });
  const firstDataRow = range.rowIndex + 2;
  const lastDataRow = range.rowIndex + range.rowCount;
  const located = updates.map((u) => {
    const column = columns.get(headerKey(u.header));
    if (column === undefined) throw new Error(`${sheet}: no column “${u.header}”`);
    if (!Number.isInteger(u.row) || u.row < firstDataRow || u.row > lastDataRow) throw new Error(`${sheet}: row ${u.row} is not a data row of the table (${firstDataRow}–${lastDataRow})`);
    return { row: u.row, column: range.columnIndex + column, value: u.value };
  });
  const writes = blocks(located).map((b) => {
    const rows = b.cells.map((c) => [c === undefined ? null : c]);
    const safe = safeWrite(rows);
    // A gap cell must stay untouched: null in the values array, not "".
    const values = safe.values.map((r, i) => [b.cells[i] === undefined ? null : r[0]]);
    return { block: b, values, formats: safe.formats };
  });
  const slices = chunkBySize(writes, REQUEST_BUDGET, (w) => jsonBytes(w.values) + (w.formats ? jsonBytes(w.formats) : 0) + 200);
  for (const slice of slices) {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const w of writes.slice(slice.start, slice.end)) {
      const target = ws.getRangeByIndexes(w.block.row - 1, w.block.column, w.block.cells.length, 1);
      if (w.formats) target.numberFormat = w.formats;
      target.values = w.values;
    }
    await ctx.sync();
  }
}
