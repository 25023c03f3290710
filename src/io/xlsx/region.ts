import type { CellValue, Table, Worksheet } from "exceljs";
import { columnLetter, type Cell } from "../../workbook/cell";
import { findTableRegion, tableFromGrid, type CellGrid, type DeclaredTable } from "../../workbook/region";
import type { TableData } from "../../workbook/table-data";
import { fromExcelJs } from "./cell-values";

/** Where a sheet's table sits: an Excel table if there is one, else the block under the first header row. */
export interface Region {
  table?: TableModel;
  headerRow: number;
  /** 1-based, as exceljs counts. */
  firstCol: number;
  width: number;
  /** Last row holding data: the table's end, or further down where people typed under it (never lose a row). */
  lastRow: number;
  /** The last row with data under the header (the header row when none). */
  lastDataRow: number;
  /** The table's totals row, when it has one. */
  totalsTo?: number;
}

/** The parts of exceljs's table model we read and write (missing from its typings). */
export interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  columns: { name: string; filterButton?: boolean }[];
  /** Excel's totals row (汇总行) is on. */
  totalsRow?: boolean;
}

export function tableModel(table: Table): TableModel {
  return (table as unknown as { table: TableModel }).table;
}

export function tablesOf(ws: Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, Table> }).tables ?? {};
  return Object.values(tables).map(tableModel);
}

/** The sheet's cells as the shared region finder reads them (src/workbook/region.ts). */
export function gridOf(ws: Worksheet): CellGrid {
  const values = ws.getSheetValues() as unknown as (CellValue[] | undefined)[];
  const rowNumbers: number[] = [];
  values.forEach((v, n) => v && rowNumbers.push(n));
  const cache = new Map<number, Cell[]>();
  return {
    rowNumbers,
    row(n) {
      let cells = cache.get(n);
      if (!cells && values[n]) {
        const source = values[n]!;
        cells = new Array(Math.max(0, source.length - 1));
        for (let c = 1; c < source.length; c++) cells[c - 1] = fromExcelJs(source[c]);
        cache.set(n, cells);
      }
      return cells;
    },
  };
}

function declared(table: TableModel | undefined): DeclaredTable | undefined {
  if (!table) return undefined;
  return { ref: table.tableRef ?? table.ref ?? "A1", columnCount: table.columns.length, totalsRowCount: table.totalsRow ? 1 : 0 };
}

/** The row new rows go under: the last data row, or the totals row when it is further down (never written over). */
export function lastDataRow(_ws: Worksheet, region: Region): number {
  return Math.max(region.lastDataRow, region.totalsTo ?? 0);
}

export function findRegion(ws: Worksheet): Region | undefined {
  const table = tablesOf(ws)[0];
  const found = findTableRegion(gridOf(ws), declared(table));
  if (!found) return undefined;
  return { table, headerRow: found.headerRow, firstCol: found.firstColumn + 1, width: found.width, lastRow: found.lastRow, lastDataRow: found.lastDataRow, totalsTo: found.totalsTo };
}

/** The sheet's table as the WorkbookPort hands it over, found and cut as every adapter does (src/workbook/region.ts). */
export function readTableOf(ws: Worksheet, sheet: string): TableData {
  const grid = gridOf(ws);
  return tableFromGrid(sheet, grid, findTableRegion(grid, declared(tablesOf(ws)[0])));
}

export function readHeaderCells(ws: Worksheet, region: Region): Cell[] {
  const row = ws.getRow(region.headerRow);
  const headers: Cell[] = [];
  for (let c = 0; c < region.width; c++) headers.push(fromExcelJs(row.getCell(region.firstCol + c).value));
  return headers;
}

/** Keeps the Excel table's range in step after rows or columns were added. */
export function setTableRange(region: Region, lastRow: number, width: number): void {
  if (!region.table) return;
  const ref = `${colName(region.firstCol)}${region.headerRow}:${colName(region.firstCol + width - 1)}${Math.max(lastRow, region.headerRow + 1)}`;
  region.table.tableRef = ref;
  region.table.ref = ref;
  region.table.autoFilterRef = ref;
}

/** exceljs counts columns from 1. */
export function colName(col1: number): string {
  return columnLetter(col1 - 1);
}
