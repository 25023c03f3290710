import * as crypto from "crypto";
import type { WorkbookPort } from "../io/port";
import { customersSheet, SHEETS, staffSheet, type SheetSpec } from "../workbook";
import type { AnyColumn } from "../workbook/column";
import type { Cell } from "../workbook/cell";
import { headerKey, locateColumns } from "../workbook/headers";

/** Where the archive keeps a workbook's identity: a custom document property. */
export const WORKBOOK_ID_PROPERTY = "KehuWorkbookId";

/** A workbook that is not a 客户日志: refused by sync and verify. */
export class NotALogError extends Error {}

/** One row as the archive keeps it. */
export interface ArchivedRow {
  /** Sheet spec key (customers, transactions, …). */
  sheet: string;
  /** The row's id in its sheet: 事件编号, 客户编码, 工号, 类别/项目 for 设置; "#n" added to a repeated id. */
  key: string;
  /** Index among the sheet's non-blank rows, in file order. */
  position: number;
  /** Non-blank cells by spec column key, or "+header" for a column people added. */
  cells: Record<string, Cell>;
  hash: string;
  rep?: string;
  customer?: string;
  kind?: string;
  occurred?: number;
  amount?: number;
}

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

/** Node's one-shot digest (20.12 and later): the same bytes as a Hash object, without building one per row. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64") => string }).hash;

export function digestOf(text: string): string {
  return (oneShot ? oneShot("sha1", text, "base64") : crypto.createHash("sha1").update(text).digest("base64")).slice(0, 27);
}

function isEmpty(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

function text(cell: Cell | undefined): string | undefined {
  return isEmpty(cell) ? undefined : String(cell).trim();
}

/**
 * Numbers are kept to Excel's 15 significant digits: what a workbook shows and what Excel keeps
 * when it saves. Writers that pass dates through JS Dates (exceljs) change the 16th and 17th digit
 * of a date-time serial, which must not count as an edit.
 */
function normalized(cell: Cell): Cell {
  return typeof cell === "number" && !Number.isInteger(cell) ? Number(cell.toPrecision(15)) : cell;
}

const SETTINGS_KEY_COLUMNS = ["category", "item"];

/** The key a row is archived under (before repeated keys get their "#n"). */
function baseKey(spec: SheetSpec, cells: Record<string, Cell>, hash: string): string {
  if (spec.idColumn) return text(cells[spec.idColumn]) ?? `#${hash}`;
  const parts = SETTINGS_KEY_COLUMNS.map((k) => text(cells[k]) ?? "");
  return parts.some((p) => p) ? parts.join("/") : `#${hash}`;
}

/** A sheet's table as archived rows: cells by column, keys unique within the sheet. */
export function sheetRows(spec: SheetSpec, headers: readonly Cell[], body: readonly Cell[][]): { rows: ArchivedRow[]; added: string[] } {
  const columns: readonly AnyColumn[] = spec.columns;
  const positions = locateColumns(columns, headers);
  const taken = new Set(positions.filter((p) => p >= 0));
  const extras = headers
    .map((h, i) => ({ header: String(h ?? "").trim(), i }))
    .filter((x) => !taken.has(x.i) && x.header !== "");
  const extraOrder = [...extras].sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : a.i - b.i));
  const seen = new Map<string, number>();
  const rows: ArchivedRow[] = [];
  for (const source of body) {
    const cells: Record<string, Cell> = {};
    let any = false;
    for (let c = 0; c < columns.length; c++) {
      const p = positions[c];
      if (p < 0 || isEmpty(source[p])) continue;
      cells[columns[c].key] = normalized(source[p]);
      any = true;
    }
    for (const x of extraOrder) {
      if (isEmpty(source[x.i])) continue;
      cells[`+${x.header}`] = normalized(source[x.i]);
      any = true;
    }
    if (!any) continue;
    const hash = digestOf(JSON.stringify(cells));
    const base = baseKey(spec, cells, hash);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const row: ArchivedRow = { sheet: spec.key, key: n === 1 ? base : `${base}#${n}`, position: rows.length, cells, hash };
    const rep = spec === staffSheet ? cells.id : cells.rep;
    if (!isEmpty(rep)) row.rep = String(rep).trim();
    const customer = spec === customersSheet ? cells.code : cells.customer;
    if (!isEmpty(customer)) row.customer = String(customer).trim();
    if (typeof cells.txType === "string") row.kind = cells.txType;
    if (typeof cells.occurredAt === "number") row.occurred = cells.occurredAt;
    if (typeof cells.amount === "number") row.amount = cells.amount;
    rows.push(row);
  }
  return { rows, added: extras.map((x) => x.header) };
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

/**
 * Every sheet of a 客户日志 as archived rows. A workbook without a 客户档案 table holding a
 * 客户编码 column is not a 客户日志 (NotALogError).
 */
export async function readSnapshot(port: WorkbookPort): Promise<WorkbookSnapshot> {
  const tables = await port.readTables(SHEETS.map((s) => s.name));
  const customers = tables[customersSheet.name];
  const codeColumn = customersSheet.columns.find((c) => c.key === customersSheet.idColumn)!;
  if (!customers || !customers.headers.some((h) => headerKey(h) === headerKey(codeColumn.header) || headerKey(h) === headerKey(codeColumn.headerEn))) {
    throw new NotALogError(`不是客户日志工作簿（没有带“${codeColumn.header}”列的“${customersSheet.name}”表；运行 kehu check 查看）`);
  }
  const rows: ArchivedRow[] = [];
  const columns: Record<string, string[]> = {};
  for (const spec of SHEETS) {
    const table = tables[spec.name];
    if (!table) continue;
    const sheet = sheetRows(spec, table.headers, table.rows);
    rows.push(...sheet.rows);
    if (sheet.added.length > 0) columns[spec.key] = sheet.added;
  }
  let text = JSON.stringify(columns);
  const perSheet = new Map<string, string>();
  for (const r of rows) {
    const line = `\n${r.sheet}\t${r.key}\t${r.hash}`;
    text += line;
    perSheet.set(r.sheet, (perSheet.get(r.sheet) ?? JSON.stringify(columns[r.sheet] ?? [])) + line);
  }
  for (const key of Object.keys(columns)) if (!perSheet.has(key)) perSheet.set(key, JSON.stringify(columns[key]));
  const sheets = Object.fromEntries([...perSheet].map(([key, lines]) => [key, digestOf(lines)]));
  return { rows, columns, digest: digestOf(text), sheets, holder: holderOf(rows) };
}

/**
 * What the archive's reading of a workbook depends on besides the file: the sheets and columns it
 * knows. Part of a file's fingerprint, so a kehu that reads sheets differently reads every file again.
 */
export const READING_SIGNATURE = digestOf(
  JSON.stringify(["rows/1", SETTINGS_KEY_COLUMNS, SHEETS.map((s) => [s.key, s.name, s.idColumn ?? null, (s.columns as readonly AnyColumn[]).map((c) => [c.key, c.header, c.headerEn])])]),
);
