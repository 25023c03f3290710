import { createHash } from "crypto";
import { TwoLanguageError } from "../i18n/two-languages";
import type { TableData, WorkbookPort } from "../io/port";
import { customersSheet, SHEETS, staffSheet } from "../workbook";
import type { AnyColumn } from "../workbook/column";
import { headerKey } from "../workbook/headers";
import { ArchivedRow, digestOf, SETTINGS_KEY_COLUMNS, sheetRows } from "./sheet-rows";

export { ArchivedRow, digestOf };

/** Where the archive keeps a workbook's identity: a custom document property. */
export const WORKBOOK_ID_PROPERTY = "KehuWorkbookId";

/** A workbook that is not a 客户日志: refused by sync and verify. */
export class NotALogError extends TwoLanguageError {}

export interface WorkbookSnapshot {
  rows: ArchivedRow[];
  /** Per sheet key, the headers of columns people added, in their order on the sheet. */
  columns: Record<string, string[]>;
  /** Digest of every row's key and hash in file order and of the added columns: equal digests, equal workbooks. */
  digest: string;
  /** Per sheet key, the digest of that sheet's rows (key and hash in file order) and added columns. */
  sheets: Record<string, string>;
  /** Who holds the workbook: the 负责客服 of most of its customers, with the name from 员工. */
  holder?: { id: string; name?: string };
}

function holderOf(rows: readonly ArchivedRow[]): WorkbookSnapshot["holder"] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.sheet === customersSheet.key && r.rep) counts.set(r.rep, (counts.get(r.rep) ?? 0) + 1);
  let best: string | undefined;
  for (const [rep, n] of counts) if (!best || n > counts.get(best)! || (n === counts.get(best)! && rep < best)) best = rep;
  if (!best) return undefined;
  const staff = rows.find((r) => r.sheet === staffSheet.key && r.rep === best);
  const name = staff && typeof staff.cells.name === "string" ? staff.cells.name : undefined;
  return { id: best, name };
}

/** The sheets the archive reads, by name. */
export const ARCHIVED_SHEETS: readonly string[] = SHEETS.map((s) => s.name);

/**
 * Every sheet of a 客户日志 as archived rows. A workbook without a 客户档案 table holding a
 * 客户编码 column is not a 客户日志 (NotALogError).
 */
export async function readSnapshot(port: WorkbookPort): Promise<WorkbookSnapshot> {
  return snapshotOf(await port.readTables(ARCHIVED_SHEETS));
}

/** readSnapshot over tables already read (ARCHIVED_SHEETS). */
export function snapshotOf(tables: Record<string, TableData | undefined>): WorkbookSnapshot {
  const customers = tables[customersSheet.name];
  const codeColumn = customersSheet.columns.find((c) => c.key === customersSheet.idColumn)!;
  if (!customers || !customers.headers.some((h) => headerKey(h) === headerKey(codeColumn.header) || headerKey(h) === headerKey(codeColumn.headerEn))) {
    throw new NotALogError(
      `不是客户日志工作簿（没有带“${codeColumn.header}”列的“${customersSheet.name}”表；运行 kehu check 查看）`,
      `not a customer log (no ${customersSheet.name} table with a ${codeColumn.header} column; run kehu check to see)`,
    );
  }
  const rows: ArchivedRow[] = [];
  const columns: Record<string, string[]> = {};
  for (const spec of SHEETS) {
    const table = tables[spec.name];
    if (!table) continue;
    const sheet = sheetRows(spec, table.headers, table.rows);
    for (const r of sheet.rows) rows.push(r);
    if (sheet.added.length > 0) columns[spec.key] = sheet.added;
  }
  // Each sheet's lines once: the workbook's digest is of them all after the added columns, in row order
  // (rows come sheet by sheet), each sheet's of its own after its added columns.
  const lines = new Map<string, string>();
  for (const r of rows) lines.set(r.sheet, `${lines.get(r.sheet) ?? ""}\n${r.sheet}\t${r.key}\t${r.hash}`);
  const whole = createHash("sha1").update(JSON.stringify(columns));
  const sheets: Record<string, string> = {};
  for (const [key, text] of lines) {
    whole.update(text);
    sheets[key] = digestOf(JSON.stringify(columns[key] ?? []) + text);
  }
  for (const key of Object.keys(columns)) sheets[key] ??= digestOf(JSON.stringify(columns[key]));
  return { rows, columns, digest: whole.digest("base64").slice(0, 27), sheets, holder: holderOf(rows) };
}

/**
 * What the archive's reading of a workbook depends on besides the file: the sheets and columns it
 * knows. Part of a file's fingerprint, so a kehu that reads sheets differently reads every file again.
 */
export const READING_SIGNATURE = digestOf(
  JSON.stringify(["rows/1", SETTINGS_KEY_COLUMNS, SHEETS.map((s) => [s.key, s.name, s.idColumn ?? null, (s.columns as readonly AnyColumn[]).map((c) => [c.key, c.header, c.headerEn])])]),
);
