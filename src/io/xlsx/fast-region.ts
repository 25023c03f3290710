import { columnIndex, isBlank, type Cell } from "../../workbook/cell";
import type { TableData } from "../../workbook/table-data";
import type { TablePart } from "./fast-package";

/** Where a sheet's table sits, as src/io/xlsx/region.ts finds it, with 0-based columns. */
export interface CellRegion {
  headerRow: number;
  firstColumn: number;
  width: number;
  lastRow: number;
}

type Rows = readonly (Cell[] | undefined)[];

function parseRef(ref: string): { column: number; row: number; endColumn: number; endRow: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`Bad range ${ref}`);
  const column = columnIndex(m[1]);
  const row = Number(m[2]);
  return { column, row, endColumn: m[3] ? columnIndex(m[3]) : column, endRow: m[4] ? Number(m[4]) : row };
}

function rowHasData(cells: Cell[] | undefined, firstColumn: number, width: number): boolean {
  if (!cells) return false;
  const end = Math.min(cells.length, firstColumn + width);
  for (let c = firstColumn; c < end; c++) if (!isBlank(cells[c])) return true;
  return false;
}

/** Never lose a row: the region goes down to the last row with data in its columns, typed under a table or not. */
function extendDown(rows: Rows, from: number, firstColumn: number, width: number): number {
  for (let r = rows.length - 1; r > from; r--) if (rowHasData(rows[r], firstColumn, width)) return r;
  return from;
}

/** The first Excel table on the sheet, else the block under the first row that holds anything. */
export function findCellRegion(rows: Rows, tables: readonly TablePart[]): CellRegion | undefined {
  const table = tables[0];
  if (table) {
    const ref = parseRef(table.ref);
    const width = Math.max(ref.endColumn - ref.column + 1, table.columnCount);
    return { headerRow: ref.row, firstColumn: ref.column, width, lastRow: extendDown(rows, ref.endRow, ref.column, width) };
  }
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    let first = -1;
    let last = -1;
    for (let c = 0; c < cells.length; c++) {
      if (isBlank(cells[c])) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) continue;
    const width = last - first + 1;
    return { headerRow: r, firstColumn: first, width, lastRow: extendDown(rows, r, first, width) };
  }
  return undefined;
}

function slice(cells: Cell[] | undefined, firstColumn: number, width: number): Cell[] {
  const out: Cell[] = new Array(width);
  for (let c = 0; c < width; c++) out[c] = cells?.[firstColumn + c] ?? null;
  return out;
}

export function regionHeaders(rows: Rows, region: CellRegion): Cell[] {
  return slice(rows[region.headerRow], region.firstColumn, region.width);
}

/** A row of the region in place when it starts at column A (no copy of 100,000 rows), else a copy. */
function takeRow(cells: Cell[] | undefined, firstColumn: number, width: number): Cell[] {
  if (!cells || firstColumn !== 0) return slice(cells, firstColumn, width);
  if (cells.length > width) cells.length = width;
  for (let c = 0; c < width; c++) if (cells[c] === undefined) cells[c] = null;
  return cells;
}

/**
 * The sheet's table as the WorkbookPort hands it over (an empty one when the sheet holds nothing).
 * Takes over the row arrays of `rows`: read the cells once, then hand them over.
 */
export function tableFromCells(sheet: string, rows: (Cell[] | undefined)[], region: CellRegion | undefined): TableData {
  if (!region) return { sheet, headers: [], rows: [], headerRow: 1, firstColumn: 0 };
  const headers = regionHeaders(rows, region);
  const body: Cell[][] = new Array(Math.max(0, region.lastRow - region.headerRow));
  for (let r = region.headerRow + 1; r <= region.lastRow; r++) body[r - region.headerRow - 1] = takeRow(rows[r], region.firstColumn, region.width);
  return { sheet, headers, rows: body, headerRow: region.headerRow, firstColumn: region.firstColumn };
}
