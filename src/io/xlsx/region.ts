import type { Table, Worksheet } from "exceljs";
import { isBlank, columnIndex, columnLetter, type Cell } from "../../workbook/cell";
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
}

/** The parts of exceljs's table model we read and write (missing from its typings). */
export interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  columns: { name: string; filterButton?: boolean }[];
}

export function tableModel(table: Table): TableModel {
  return (table as unknown as { table: TableModel }).table;
}

export function tablesOf(ws: Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, Table> }).tables ?? {};
  return Object.values(tables).map(tableModel);
}

function parseRef(ref: string): { col: number; row: number; endCol: number; endRow: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`Bad range ${ref}`);
  const col = columnIndex(m[1]) + 1;
  const row = Number(m[2]);
  return { col, row, endCol: m[3] ? columnIndex(m[3]) + 1 : col, endRow: m[4] ? Number(m[4]) : row };
}

function rowHasData(ws: Worksheet, row: number, firstCol: number, width: number): boolean {
  const r = ws.findRow(row);
  if (!r) return false;
  for (let c = firstCol; c < firstCol + width; c++) {
    if (!isBlank(fromExcelJs(r.getCell(c).value))) return true;
  }
  return false;
}

/** The last row that holds data, ignoring the blank body row an empty Excel table keeps. */
export function lastDataRow(ws: Worksheet, region: Region): number {
  for (let r = region.lastRow; r > region.headerRow; r--) if (rowHasData(ws, r, region.firstCol, region.width)) return r;
  return region.headerRow;
}

function extendDown(ws: Worksheet, from: number, firstCol: number, width: number): number {
  let last = from;
  for (let r = from + 1; r <= ws.rowCount; r++) if (rowHasData(ws, r, firstCol, width)) last = r;
  return last;
}

export function findRegion(ws: Worksheet): Region | undefined {
  const table = tablesOf(ws)[0];
  if (table) {
    const ref = parseRef(table.tableRef ?? table.ref ?? "A1");
    const width = Math.max(ref.endCol - ref.col + 1, table.columns.length);
    return { table, headerRow: ref.row, firstCol: ref.col, width, lastRow: extendDown(ws, ref.endRow, ref.col, width) };
  }
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row || !row.hasValues) continue;
    let first = 0;
    let last = 0;
    row.eachCell((cell, col) => {
      if (isBlank(fromExcelJs(cell.value))) return;
      if (!first) first = col;
      last = col;
    });
    if (!first) continue;
    const width = last - first + 1;
    return { headerRow: r, firstCol: first, width, lastRow: extendDown(ws, r, first, width) };
  }
  return undefined;
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
