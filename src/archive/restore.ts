import { TwoLanguageError } from "../i18n/two-languages";
import type { Cell, SheetLayout } from "../io/port";
import { writeCustomProperty } from "../io/xlsx/custom-properties";
import { workbookLayout } from "../app/layout";
import { SHEETS, settingsSheet, type SheetSpec } from "../workbook";
import type { AnyColumn } from "../workbook/column";
import { locateColumns } from "../workbook/headers";
import type { SqlSession } from "./driver";
import { WORKBOOK_ID_PROPERTY } from "./snapshot";

/** Nothing to restore: unknown workbook, or a time before its first sync. One line for the user. */
export class RestoreError extends TwoLanguageError {}

export interface ArchivedState {
  /** When the state was recorded: the last sync at or before the time asked for. */
  syncedAt: Date;
  /** Per sheet key, the columns people added (in their order on the sheet). */
  columns: Record<string, string[]>;
  /** Per sheet key, the cells of each row, in sheet order. */
  rows: Record<string, Record<string, Cell>[]>;
}

/**
 * The workbook's rows as they were at `at` (the versions valid then). Row order is not versioned:
 * a sync that finds rows only moved updates their position in place, so an earlier state comes
 * back in the latest order (ties: the older version first).
 */
export async function stateAt(db: SqlSession, workbookId: string, at: Date): Promise<ArchivedState> {
  const [sync] = await db.query<{ at: Date; columns: Record<string, string[]> }>(
    "SELECT at, columns FROM kh_sync WHERE workbook_id = $1 AND at <= $2 ORDER BY at DESC, id DESC LIMIT 1",
    [workbookId, at],
  );
  if (!sync) {
    const [known] = await db.query("SELECT 1 FROM kh_workbook WHERE id = $1", [workbookId]);
    throw known
      ? new RestoreError(`工作簿 ${workbookId} 在该时间之前还没有归档`, `the workbook ${workbookId} was not archived yet at that time`)
      : new RestoreError(`归档中没有编号为 ${workbookId} 的工作簿`, `the archive holds no workbook ${workbookId}`);
  }
  const rows = await db.query<{ sheet: string; cells: Record<string, Cell> }>(
    `SELECT r.sheet, r.cells FROM kh_row r
     JOIN kh_sync f ON f.id = r.valid_from
     LEFT JOIN kh_sync t ON t.id = r.valid_to
     WHERE r.workbook_id = $1 AND f.at <= $2 AND (t.id IS NULL OR t.at > $2)
     ORDER BY r.sheet, r.position, r.valid_from, r.row_key`,
    [workbookId, at],
  );
  const bySheet: Record<string, Record<string, Cell>[]> = {};
  for (const r of rows) (bySheet[r.sheet] ??= []).push(r.cells);
  return { syncedAt: new Date(sync.at), columns: sync.columns ?? {}, rows: bySheet };
}

/** Archived cells to a row under these headers: spec columns by their header, added ones by "+header". */
function rowEncoder(spec: SheetSpec, headers: readonly Cell[]): (cells: Record<string, Cell>) => Cell[] {
  const columns: readonly AnyColumn[] = spec.columns;
  const keys: (string | undefined)[] = headers.map((h) => `+${String(h ?? "").trim()}`);
  locateColumns(columns, headers).forEach((p, i) => p >= 0 && (keys[p] = columns[i].key));
  return (cells) => keys.map((k) => (k === undefined ? null : (cells[k] ?? null)));
}

/** The 客户日志 layout (what `kehu init` lays out) with the archived added columns, and 设置 seeded with the archived rows. */
function layoutsFor(state: ArchivedState): SheetLayout[] {
  return workbookLayout().map((layout, i) => {
    const spec = SHEETS[i];
    const added = (state.columns[spec.key] ?? []).map((header) => ({ header, aliases: [] as string[] }));
    const columns = [...layout.columns, ...added];
    if (spec !== settingsSheet) return { ...layout, columns };
    const encode = rowEncoder(spec, columns.map((c) => c.header));
    return { ...layout, columns, seedRows: (state.rows[spec.key] ?? []).map(encode) };
  });
}

/**
 * Writes the workbook as it was at `at` to `out`, through the writer `kehu init` uses (XlsxWorkbook
 * laid out from the sheet specs), carrying the same workbook id. Returns the rows written.
 */
export async function restoreWorkbook(db: SqlSession, workbookId: string, at: Date, out: string, overwrite: boolean): Promise<{ syncedAt: Date; rows: number }> {
  const state = await stateAt(db, workbookId, at);
  // exceljs is loaded by the commands that create a workbook, not when the command line starts
  const { XlsxWorkbook } = await import("../io/xlsx/xlsx-workbook");
  const book = XlsxWorkbook.create();
  await book.applyLayout(layoutsFor(state));
  const specs = SHEETS.filter((s) => s !== settingsSheet && (state.rows[s.key]?.length ?? 0) > 0);
  const headers = await book.readHeaders(specs.map((s) => s.name));
  for (const spec of specs) {
    const encode = rowEncoder(spec, headers[spec.name] ?? []);
    await book.appendRows(spec.name, state.rows[spec.key].map(encode));
  }
  await book.save(out, { overwrite });
  await writeCustomProperty(out, WORKBOOK_ID_PROPERTY, workbookId);
  return { syncedAt: state.syncedAt, rows: Object.values(state.rows).reduce((s, r) => s + r.length, 0) };
}
