import type { AppendResult, CellUpdate, LayoutChange, ReportSheet, SheetLayout, TableData, WorkbookPort } from "../io/port";
import { departmentsSheet, SHEETS, settingsSheet, staffSheet, type SheetSpec } from "../workbook";
import type { AnyColumn } from "../workbook/column";
import type { Cell } from "../workbook/cell";
import type { SqlSession } from "./driver";

/** Thrown by the write methods: the archive is read through this port, never written. */
export class ArchiveReadOnlyError extends Error {
  constructor(operation: string) {
    super(`归档只能读取，不能通过工作簿接口写入（${operation}）`);
  }
}

/** Sheets that describe the company rather than one rep's customers: the latest archived copy of each row, for every scope. */
const SHARED_SHEETS = new Set<string>([staffSheet.key, departmentsSheet.key, settingsSheet.key]);

/** A shared sheet's rows: each row key's current version from the workbook synced last. */
export async function latestSharedRows(db: SqlSession, sheetKey: string): Promise<{ cells: Record<string, Cell> }[]> {
  return db.query<{ cells: Record<string, Cell> }>(
    `SELECT DISTINCT ON (r.row_key) r.cells FROM kh_row r JOIN kh_sync s ON s.id = r.valid_from
     WHERE r.valid_to IS NULL AND r.sheet = $1 ORDER BY r.row_key, s.at DESC, s.id DESC`,
    [sheetKey],
  );
}

/**
 * The archive's current rows as one 客户日志, read through the WorkbookPort, so every use case that
 * reads a workbook (the audit, reports) runs over the archive unchanged. Every workbook's rows come
 * (a scope chooses whose figures are shown, not the evidence: scoped-runs.ts); 员工, 部门 and 设置
 * come whole, each row as last synced.
 */
export class ArchivePort implements WorkbookPort {
  constructor(private readonly db: SqlSession) {}

  async sheetNames(): Promise<string[]> {
    return SHEETS.map((s) => s.name);
  }

  async readTables(sheets: readonly string[]): Promise<Record<string, TableData | undefined>> {
    const out: Record<string, TableData | undefined> = {};
    for (const name of sheets) {
      const spec = SHEETS.find((s) => s.name === name);
      out[name] = spec ? await this.table(spec) : undefined;
    }
    return out;
  }

  async readHeaders(sheets: readonly string[]): Promise<Record<string, Cell[] | undefined>> {
    const out: Record<string, Cell[] | undefined> = {};
    for (const name of sheets) {
      const spec = SHEETS.find((s) => s.name === name);
      out[name] = spec ? spec.columns.map((c) => c.header) : undefined;
    }
    return out;
  }

  private async table(spec: SheetSpec): Promise<TableData> {
    const rows = SHARED_SHEETS.has(spec.key)
      ? await latestSharedRows(this.db, spec.key)
      : await this.db.query<{ cells: Record<string, Cell> }>("SELECT cells FROM kh_row WHERE valid_to IS NULL AND sheet = $1 ORDER BY workbook_id, position", [spec.key]);
    const columns: readonly AnyColumn[] = spec.columns;
    return {
      sheet: spec.name,
      headers: columns.map((c) => c.header),
      rows: rows.map((r) => columns.map((c) => r.cells[c.key] ?? null)),
      headerRow: 1,
      firstColumn: 0,
    };
  }

  async appendRows(sheet: string, rows: readonly Cell[][]): Promise<AppendResult> {
    throw new ArchiveReadOnlyError(`appendRows ${sheet} ×${rows.length}`);
  }

  async updateCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    throw new ArchiveReadOnlyError(`updateCells ${sheet} ×${updates.length}`);
  }

  async applyLayout(layouts: readonly SheetLayout[]): Promise<LayoutChange[]> {
    throw new ArchiveReadOnlyError(`applyLayout ${layouts.map((l) => l.sheet).join("/")}`);
  }

  async writeReport(report: ReportSheet): Promise<void> {
    throw new ArchiveReadOnlyError(`writeReport ${report.sheet}`);
  }
}
