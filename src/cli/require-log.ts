import type { AppendResult, Cell, CellUpdate, LayoutChange, ReportSheet, SheetLayout, TableData, WorkbookPort } from "../io/port";
import type { SheetSpec } from "../workbook/sheet";
import { SHEETS, customersSheet, staffSheet } from "../workbook";
import { locateColumns } from "../workbook/headers";
import type { Lang } from "../i18n/lang";
import { CliError, EXIT } from "./command";
import { refuseUnknownReps, type GivenRep } from "./require-rep";

/** What a command reads: sheets that must hold their 客户日志 table, and columns it cannot do without. */
export interface LogNeeds {
  sheets: readonly SheetSpec[];
  /** Columns (by spec key) a write needs, per sheet. */
  columns?: readonly { sheet: SheetSpec; keys: readonly string[] }[];
  /**
   * 工号 the command was given (cli/require-rep.ts repsGiven): each must be someone the log knows,
   * checked on the first read with 员工 read alongside, before anything is computed.
   */
  reps?: readonly GivenRep[];
}

/** Every sheet of the log: what audit reads. */
export const WHOLE_LOG: LogNeeds = { sheets: SHEETS };

/** A sheet holds its table when its required columns are there (by Chinese or English header). */
function holdsTable(spec: SheetSpec, table: TableData | undefined): boolean {
  if (!table || table.headers.length === 0) return false;
  const required = spec.columns.filter((c) => c.required);
  const positions = locateColumns(required.length ? required : spec.columns.slice(0, 1), table.headers);
  return positions.every((p) => p >= 0);
}

/**
 * A WorkbookPort that refuses a workbook which is not a 客户日志 (or lacks what the command reads)
 * the first time the command reads it, before anything is computed or written: one line, exit 3,
 * naming the missing sheets or columns and pointing at `kehu check`; then a 工号 it was given that
 * the log does not know (LogNeeds.reps): one line, exit 2.
 */
export class RequireLog implements WorkbookPort {
  private checked = false;

  constructor(
    private readonly port: WorkbookPort,
    private readonly file: string,
    private readonly needs: LogNeeds,
    /** The language of the refusal (--lang). */
    private readonly lang: Lang = "zh",
  ) {}

  async readTables(sheets: readonly string[]): Promise<Record<string, TableData | undefined>> {
    if (this.checked) return this.port.readTables(sheets);
    this.checked = true;
    const reps = this.needs.reps ?? [];
    // 员工 comes in the same read (客户档案 too when the command reads it); the caller gets what it asked for
    const extra = reps.length > 0 && !sheets.includes(staffSheet.name) ? [staffSheet.name] : [];
    const tables = await this.port.readTables([...sheets, ...extra]);
    this.check(tables);
    await refuseUnknownReps(tables, reps, this.lang, async () => (await this.port.readTables([customersSheet.name]))[customersSheet.name]);
    for (const name of extra) delete tables[name];
    return tables;
  }

  private check(tables: Record<string, TableData | undefined>): void {
    const missing = this.needs.sheets.filter((spec) => spec.name in tables && !holdsTable(spec, tables[spec.name])).map((s) => s.name);
    if (missing.length > 0) {
      const all = missing.length === this.needs.sheets.length || missing.includes(SHEETS[0].name);
      throw new CliError(
        this.lang === "en"
          ? `${all ? "not a customer log" : "the workbook lacks sheets of the customer log"}: ${this.file} has no ${missing.join(", ")} table (run kehu check ${this.file} to see)`
          : `${all ? "不是客户日志" : "工作簿缺少客户日志的工作表"}：${this.file} 没有 ${missing.join("、")} 表（运行 kehu check ${this.file} 查看）`,
        EXIT.file,
      );
    }
    for (const { sheet, keys } of this.needs.columns ?? []) {
      const table = tables[sheet.name];
      const columns = sheet.columns.filter((c) => keys.includes(c.key));
      const absent = columns.filter((_, i) => locateColumns(columns, table?.headers ?? [])[i] < 0).map((c) => c.header);
      if (absent.length > 0) {
        throw new CliError(
          this.lang === "en"
            ? `${sheet.name} lacks the column ${absent.join(", ")}; nothing written (run kehu check ${this.file} to see)`
            : `${sheet.name} 缺少列 ${absent.join("、")}，不能写入（运行 kehu check ${this.file} 查看）`,
          EXIT.file,
        );
      }
    }
  }

  sheetNames(): Promise<string[]> {
    return this.port.sheetNames();
  }
  readHeaders(sheets: readonly string[]): Promise<Record<string, Cell[] | undefined>> {
    return this.port.readHeaders(sheets);
  }
  appendRows(sheet: string, rows: readonly Cell[][]): Promise<AppendResult> {
    return this.port.appendRows(sheet, rows);
  }
  updateCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    return this.port.updateCells(sheet, updates);
  }
  applyLayout(layouts: readonly SheetLayout[]): Promise<LayoutChange[]> {
    return this.port.applyLayout(layouts);
  }
  writeReport(report: ReportSheet): Promise<void> {
    return this.port.writeReport(report);
  }
}
