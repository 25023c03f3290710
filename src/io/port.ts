import type { Cell } from "../workbook/cell";
import type { TableData } from "../workbook/table-data";

export type { Cell, TableData };

/** One column of a sheet's layout: what set-up and upgrade make sure of. */
export interface ColumnLayout {
  header: string;
  /** Other headers that mean this column (its English header): an existing one is kept, not duplicated. */
  aliases: readonly string[];
  numberFormat?: string;
  /** Drop-down values (data validation). */
  list?: readonly string[];
  width?: number;
}

/** How a sheet should look; set-up creates what is missing and never removes anything. */
export interface SheetLayout {
  sheet: string;
  table: string;
  columns: readonly ColumnLayout[];
  /** Rows written only when the sheet is created (the 设置 defaults). */
  seedRows?: readonly Cell[][];
  /** Marks rows red where this column holds a date before today (overdue follow-ups). */
  overdueColumn?: string;
  /** Sheet tab colour, "#RRGGBB". */
  tabColor?: string;
}

export interface LayoutChange {
  sheet: string;
  createdSheet: boolean;
  addedColumns: string[];
}

/** A cell in a generated report: plain, or a link to a cell of the log (审计 → 投诉!F12). */
export type ReportCell = Cell | { text: string; link: { sheet: string; cell: string } };

export interface ReportBlock {
  title?: string;
  headers: readonly string[];
  rows: readonly ReportCell[][];
  /** Number format per column ("yyyy-mm-dd", "0%", …). */
  numberFormats?: readonly (string | undefined)[];
  /** Draw a bar chart of this block (Excel only: the .xlsx writer has no charts). */
  chart?: { title: string; categoryColumn: number; valueColumns: readonly number[] };
}

/** A sheet the add-in generates (src/workbook/generated-sheets.ts): replaced whole each time. */
export interface ReportSheet {
  sheet: string;
  title: string;
  /** One line under the title: when and from what it was made. */
  subtitle?: string;
  blocks: readonly ReportBlock[];
}

/** What identifies a row: its id column's header (客户编码, 事件编号) and the id it holds. */
export interface RowKey {
  header: string;
  value: string;
}

export interface CellUpdate {
  /** Excel row number (1-based) of the data row when it was read: where the row is looked for first. */
  row: number;
  /**
   * The row's id. Adapters write only where the row at `row` still holds it: a co-author may have
   * sorted, inserted or deleted rows since the read, and then the row is found again by its id
   * (or the update refused when the id is gone or not unique).
   */
  key: RowKey;
  /** The column's header (as found by ColumnLayout matching: Chinese or English). */
  header: string;
  value: Cell;
}

export interface AppendResult {
  /** Excel row number of the first appended row. */
  firstRow: number;
  count: number;
}

/**
 * The one gateway to a workbook. Use cases are written once against it; the exceljs adapter
 * serves .xlsx files in Node, the Office.js adapter serves the open workbook in Excel.
 * Each method is one command's worth of work: adapters batch it into a constant number of
 * round trips whatever the row count.
 */
/** Sheet name → the columns wanted there, each as the headers it may be found under. */
export type ColumnsWanted = Readonly<Record<string, readonly (readonly string[])[]>>;

export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  /**
   * The table on each named sheet (undefined where the sheet is missing), read together.
   * `columns` may name, for some sheets, the only columns wanted (each as the headers it may have:
   * Chinese, English): a hint that lets an adapter read less of a big table. An adapter may ignore
   * it and hand over every column; one that follows it says where each column sits
   * (TableData.columnIndexes).
   */
  readTables(sheets: readonly string[], columns?: ColumnsWanted): Promise<Record<string, TableData | undefined>>;
  /** Header cells of each named sheet's table (cheap: no data body). */
  readHeaders(sheets: readonly string[]): Promise<Record<string, Cell[] | undefined>>;
  /**
   * Adds rows under the table. Text stays text. Each row is aligned with `alignedTo`, the headers
   * the caller read (a co-author may have moved columns since: the adapter re-aligns the rows to
   * the headers it finds when it writes); without it, with the table's headers as they are.
   */
  appendRows(sheet: string, rows: readonly Cell[][], alignedTo?: readonly Cell[]): Promise<AppendResult>;
  /** Changes cells of existing rows (e.g. 客户档案's ABC类 or 下次跟进), each on the row holding its key. */
  updateCells(sheet: string, updates: readonly CellUpdate[]): Promise<void>;
  /** Creates missing sheets, tables and columns; applies formats and drop-downs. Idempotent. */
  applyLayout(layouts: readonly SheetLayout[]): Promise<LayoutChange[]>;
  /** Replaces a generated sheet with a fresh report. */
  writeReport(report: ReportSheet): Promise<void>;
}
