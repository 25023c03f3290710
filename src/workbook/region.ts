import { columnIndex, isBlank, type Cell } from "./cell";
import type { TableData } from "./table-data";

/**
 * A sheet's cells as an adapter holds them, for finding the table on it: rows by Excel row number
 * (1-based), cells by 0-based column. Only rows that hold something are listed, so a sheet with one
 * cell at row 40,000,000 costs one row, not forty million.
 */
export interface CellGrid {
  /** Numbers of the rows that hold any cell, ascending. */
  readonly rowNumbers: readonly number[];
  /** The row's cells (holes and undefined for missing cells); may be taken over by tableFromGrid. */
  row(n: number): (Cell | undefined)[] | undefined;
}

/** An Excel table declared on the sheet: its range, its column count and its totals row(s). */
export interface DeclaredTable {
  ref: string;
  columnCount: number;
  /** Rows at the end of `ref` that are the table's totals row (Excel's 汇总行), never data. */
  totalsRowCount?: number;
}

/** Where a sheet's table sits (0-based columns). */
export interface TableRegion {
  headerRow: number;
  firstColumn: number;
  width: number;
  /** The table's declared end or the last row with data under it, whichever is further down. */
  lastRow: number;
  /** The last row with data in the region's columns, totals row left out (headerRow when none). */
  lastDataRow: number;
  /** Rows that are a totals row of the declared table (skipped when reading). */
  totalsFrom?: number;
  totalsTo?: number;
}

/** A plain range under a title row takes its width from up to this many rows (the title is often narrower than the header). */
export const HEADER_SEARCH_ROWS = 5;

export function parseRange(ref: string): { column: number; row: number; endColumn: number; endRow: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`Bad range ${ref}`);
  const column = columnIndex(m[1]);
  const row = Number(m[2]);
  return { column, row, endColumn: m[3] ? columnIndex(m[3]) : column, endRow: m[4] ? Number(m[4]) : row };
}

/** First and last filled column of the row within [from, to), or undefined when none is filled. */
function filledSpan(cells: readonly (Cell | undefined)[] | undefined, from = 0, to = Infinity): [number, number] | undefined {
  if (!cells) return undefined;
  let first = -1;
  let last = -1;
  const end = Math.min(cells.length, to);
  for (let c = from; c < end; c++) {
    if (isBlank(cells[c])) continue;
    if (first < 0) first = c;
    last = c;
  }
  return first < 0 ? undefined : [first, last];
}

/** A row whose filled cells all hold the same value: a title ("2026年员工名单"), merged across or not. */
function isTitle(cells: readonly (Cell | undefined)[], [first, last]: [number, number]): boolean {
  for (let c = first + 1; c <= last; c++) if (!isBlank(cells[c]) && cells[c] !== cells[first]) return false;
  return true;
}

function isTotals(region: Pick<TableRegion, "totalsFrom" | "totalsTo">, row: number): boolean {
  return region.totalsFrom !== undefined && row >= region.totalsFrom && row <= region.totalsTo!;
}

/**
 * The last data row under the header, and the region's width cut to the columns that hold anything:
 * a table declared over whole columns (A1:F1048576) or 16,384 columns wide costs what its cells cost.
 */
function measure(grid: CellGrid, base: Omit<TableRegion, "lastRow" | "lastDataRow">, declaredEnd: number): TableRegion {
  const { headerRow, firstColumn, width } = base;
  let lastDataRow = headerRow;
  let lastColumn = firstColumn;
  const numbers = grid.rowNumbers;
  for (let i = numbers.length - 1; i >= 0; i--) {
    const n = numbers[i];
    if (n < headerRow) break;
    if (isTotals(base, n)) continue;
    const span = filledSpan(grid.row(n), firstColumn, firstColumn + width);
    if (!span) continue;
    if (lastDataRow === headerRow) lastDataRow = n;
    if (span[1] > lastColumn) lastColumn = span[1];
  }
  const used = Math.max(1, Math.min(width, lastColumn - firstColumn + 1));
  return { ...base, width: used, lastDataRow, lastRow: Math.max(declaredEnd, lastDataRow) };
}

/**
 * The sheet's table: the first declared Excel table, else the block under the first filled row
 * (as wide as that row and the few under it). Undefined when the sheet holds nothing.
 */
export function findTableRegion(grid: CellGrid, table?: DeclaredTable): TableRegion | undefined {
  if (table) {
    const ref = parseRange(table.ref);
    const width = Math.max(ref.endColumn - ref.column + 1, table.columnCount);
    const totals = table.totalsRowCount ?? 0;
    const base = { headerRow: ref.row, firstColumn: ref.column, width, ...(totals > 0 && ref.endRow - totals > ref.row ? { totalsFrom: ref.endRow - totals + 1, totalsTo: ref.endRow } : {}) };
    return measure(grid, base, ref.endRow);
  }
  let headerRow = 0;
  let first = Infinity;
  let last = -1;
  let seen = 0;
  for (const n of grid.rowNumbers) {
    const cells = grid.row(n);
    const span = filledSpan(cells);
    if (!span) continue;
    if (!headerRow) headerRow = n;
    first = Math.min(first, span[0]);
    last = Math.max(last, span[1]);
    // a first row holding one text (a title, merged or not) says nothing of the width: look further down
    if (++seen >= HEADER_SEARCH_ROWS || !isTitle(cells!, span)) break;
  }
  if (!headerRow) return undefined;
  return measure(grid, { headerRow, firstColumn: first, width: last - first + 1 }, headerRow);
}

function slice(cells: readonly (Cell | undefined)[] | undefined, firstColumn: number, width: number): Cell[] {
  const out: Cell[] = new Array(width);
  for (let c = 0; c < width; c++) out[c] = cells?.[firstColumn + c] ?? null;
  return out;
}

/** A row of the region in place when it starts at column A (no copy of 100,000 rows), else a copy. */
function takeRow(cells: (Cell | undefined)[], firstColumn: number, width: number): Cell[] {
  if (firstColumn !== 0) return slice(cells, firstColumn, width);
  if (cells.length > width) cells.length = width;
  for (let c = 0; c < width; c++) if (cells[c] === undefined) cells[c] = null;
  return cells as Cell[];
}

export function regionHeaderCells(grid: CellGrid, region: TableRegion): Cell[] {
  return slice(grid.row(region.headerRow), region.firstColumn, region.width);
}

/**
 * The sheet's table as the WorkbookPort hands it over: only rows holding data (with their row
 * numbers), blank rows inside the table counted, the totals row left out. Takes over the grid's
 * row arrays: read the cells once, then hand them over.
 */
export function tableFromGrid(sheet: string, grid: CellGrid, region: TableRegion | undefined): TableData {
  if (!region) return { sheet, headers: [], rows: [], headerRow: 1, firstColumn: 0 };
  const headers = regionHeaderCells(grid, region);
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  for (const n of grid.rowNumbers) {
    if (n <= region.headerRow || isTotals(region, n)) continue;
    if (n > region.lastDataRow) break;
    const cells = grid.row(n);
    if (!cells || !filledSpan(cells, region.firstColumn, region.firstColumn + region.width)) continue;
    rows.push(takeRow(cells, region.firstColumn, region.width));
    rowNumbers.push(n);
  }
  const totalsInside = region.totalsFrom !== undefined && region.totalsFrom <= region.lastDataRow ? Math.min(region.totalsTo!, region.lastDataRow) - region.totalsFrom + 1 : 0;
  const blankRows = region.lastDataRow - region.headerRow - rows.length - totalsInside;
  const table: TableData = { sheet, headers, rows, headerRow: region.headerRow, firstColumn: region.firstColumn };
  // row numbers only where rows were left out: a table without gaps reads as before
  if (rows.length > 0 && rowNumbers[rows.length - 1] !== region.headerRow + rows.length) table.rowNumbers = rowNumbers;
  if (blankRows > 0) table.blankRows = blankRows;
  return table;
}

/** A grid over rows held as a dense array whose first element is row `firstRow` (a used range's values). */
export function gridOfRows(rows: readonly (Cell | undefined)[][], firstRow = 1): CellGrid {
  return { rowNumbers: rows.map((_, i) => firstRow + i), row: (n) => rows[n - firstRow] };
}
