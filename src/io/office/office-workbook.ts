/// <reference types="office-js" />
import type { Lang } from "../../i18n/lang";
import type { AppendResult, Cell, CellUpdate, ColumnsWanted, LayoutChange, ReportSheet, SheetLayout, TableData, WorkbookPort } from "../port";
import { appendRowsIn } from "./append";
import { applyLayoutIn } from "./layout";
import { readTablesIn } from "./read-tables";
import { explained } from "./refusal";
import { writeReportIn } from "./report";
import { excelRun, type ExcelRun } from "./run";
import { updateCellsIn } from "./update";

/**
 * The WorkbookPort inside Excel. Every method is one Excel.run with a fixed number of round
 * trips whatever the row count (more only when a write must be split under the request limit).
 * It keeps nothing between calls: co-authors change the sheets under it and the task pane may
 * reload at any time, so each call reads what it needs afresh.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** `lang`: the language of the messages for what Excel refuses (a protected sheet, a filter…). */
  constructor(
    private readonly run: ExcelRun = excelRun,
    private readonly lang: Lang = "zh",
  ) {}

  sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  readTables(sheets: readonly string[], columns?: ColumnsWanted): Promise<Record<string, TableData | undefined>> {
    return this.run((ctx) => readTablesIn(ctx, sheets, true, columns));
  }

  async readHeaders(sheets: readonly string[]): Promise<Record<string, Cell[] | undefined>> {
    const tables = await this.run((ctx) => readTablesIn(ctx, sheets, false));
    // A sheet with nothing on it has no headers, as in the xlsx adapter.
    return Object.fromEntries(sheets.map((s) => [s, tables[s]?.headers.length ? tables[s]!.headers : undefined]));
  }

  appendRows(sheet: string, rows: readonly Cell[][], alignedTo?: readonly Cell[]): Promise<AppendResult> {
    return explained(sheet, this.lang, () => this.run((ctx) => appendRowsIn(ctx, sheet, rows, alignedTo)));
  }

  updateCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    return explained(sheet, this.lang, () => this.run((ctx) => updateCellsIn(ctx, sheet, updates)));
  }

  applyLayout(layouts: readonly SheetLayout[]): Promise<LayoutChange[]> {
    return explained(layouts.map((l) => l.sheet).join("、"), this.lang, () => this.run((ctx) => applyLayoutIn(ctx, layouts)));
  }

  writeReport(report: ReportSheet): Promise<void> {
    return explained(report.sheet, this.lang, () => this.run((ctx) => writeReportIn(ctx, report)));
  }
}
