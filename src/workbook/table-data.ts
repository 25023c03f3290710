import type { Cell } from "./cell";

/** A sheet's table as the adapters hand it over. */
export interface TableData {
  sheet: string;
  headers: Cell[];
  /** The data body, one array per row, as wide as `headers`. */
  rows: Cell[][];
  /** Excel row number of the header row (1-based); data starts on the next row. */
  headerRow: number;
  /** Index of the table's first column on the sheet (0 = column A). */
  firstColumn: number;
}
