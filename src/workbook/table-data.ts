import type { Cell } from "./cell";

/** A sheet's table as the adapters hand it over. */
export interface TableData {
  sheet: string;
  headers: Cell[];
  /** The data body, one array per row, as wide as `headers`. */
  rows: Cell[][];
  /** Excel row number of each body row, when rows were left out (blank rows, a totals row); else row i is headerRow + 1 + i. */
  rowNumbers?: number[];
  /** Blank rows inside the table that were left out of `rows`. */
  blankRows?: number;
  /** Excel row number of the header row (1-based); data starts on the next row. */
  headerRow: number;
  /** Index of the table's first column on the sheet (0 = column A). */
  firstColumn: number;
  /**
   * When only some of the table's columns were read: where each of `headers` sits, counted from
   * `firstColumn`. Without it, header i is the table's column i.
   */
  columnIndexes?: number[];
}

/** The Excel row number of body row `index`. */
export function rowNumberOf(table: TableData, index: number): number {
  return table.rowNumbers?.[index] ?? table.headerRow + 1 + index;
}
