import type { CellValue, TableModel } from "./model";

/**
 * What a co-author does to a table between two of our requests. Excel merges a co-author's edits
 * into the workbook between requests, and "values copied from the workbook to JavaScript variables
 * ... are not synchronized" (Coauthoring in Excel add-ins,
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins): row numbers
 * an add-in read in one Excel.run may point at other rows in the next.
 */
export class Coauthor {
  constructor(private readonly table: TableModel) {}

  private bodyValues(): CellValue[][] {
    const body = this.table.bodyRect();
    const rows: CellValue[][] = [];
    for (let r = 0; r < body.rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < body.columns; c++) row.push(this.table.sheet.value(body.row + r, body.column + c));
      rows.push(row);
    }
    return rows;
  }

  private writeBody(rows: CellValue[][]): void {
    const body = this.table.bodyRect();
    rows.forEach((row, r) => row.forEach((v, c) => this.table.sheet.setRaw(body.row + r, body.column + c, v)));
  }

  /** Sorts the data rows by one column (values only, as a sort moves whole rows). */
  sort(header: string, descending = false): void {
    const c = this.table.headers().indexOf(header);
    if (c < 0) throw new Error(`No column ${header}`);
    const rows = this.bodyValues();
    rows.sort((a, b) => (a[c] < b[c] ? -1 : a[c] > b[c] ? 1 : 0) * (descending ? -1 : 1));
    this.writeBody(rows);
  }

  /** Inserts data rows at a body index (0 = first data row); the rows below move down. */
  insertRows(at: number, rows: CellValue[][]): void {
    const t = this.table;
    t.sheet.workbook.insertDown(t.sheet, { row: t.rect.row + 1 + at, column: t.rect.column, rows: rows.length, columns: t.rect.columns });
    rows.forEach((row, r) => row.forEach((v, c) => t.sheet.setRaw(t.rect.row + 1 + at + r, t.rect.column + c, v)));
  }

  /** Deletes data rows from a body index; the rows below move up and the table shrinks. */
  deleteRows(at: number, count: number): void {
    const t = this.table;
    t.sheet.deleteRowsUp({ row: t.rect.row + 1 + at, column: t.rect.column, rows: count, columns: t.rect.columns });
    t.rect = { ...t.rect, rows: t.rect.rows - count };
  }

  /** Inserts a column (with its header) at a table column index; the cells of the table's rows move right. */
  insertColumn(at: number, header: string): void {
    const t = this.table;
    for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) t.sheet.shiftRow(r, t.rect.column + at, 1);
    t.rect = { ...t.rect, columns: t.rect.columns + 1 };
    t.sheet.setRaw(t.rect.row, t.rect.column + at, header);
  }
}
