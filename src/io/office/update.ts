/// <reference types="office-js" />
import { headerKey } from "../../workbook/headers";
import { keyedRow } from "../keyed-rows";
import type { Cell, CellUpdate } from "../port";
import { chunkBySize, jsonBytes, REQUEST_BUDGET } from "./payload";
import { SheetRefusal } from "./refusal";
import { loadTable } from "./tables";
import { CELL_TEXT_LIMIT, safeWrite } from "./text-safety";

/** Updates closer than this many rows in one column go out as one range (null leaves the cells between alone). */
const GAP = 8;
/** A co-author who keeps moving rows makes the update give up after this many tries, nothing left half-written. */
const ATTEMPTS = 3;

interface Placed {
  update: CellUpdate;
  /** Excel row number. */
  row: number;
  /** Sheet column index (0-based) of the value, and of the row's key. */
  column: number;
  keyColumn: number;
}

interface Block {
  row: number;
  column: number;
  keyColumn: number;
  cells: (Placed | undefined)[];
}

function blocks(placed: readonly Placed[]): Block[] {
  const byColumn = new Map<string, Placed[]>();
  for (const p of placed) {
    const k = `${p.column}:${p.keyColumn}`;
    byColumn.set(k, [...(byColumn.get(k) ?? []), p]);
  }
  const out: Block[] = [];
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.row - b.row);
    let current: Block | undefined;
    for (const p of list) {
      if (current && p.row - (current.row + current.cells.length - 1) <= GAP) {
        while (current.row + current.cells.length < p.row) current.cells.push(undefined);
        current.cells[p.row - current.row] = p;
      } else {
        current = { row: p.row, column: p.column, keyColumn: p.keyColumn, cells: [p] };
        out.push(current);
      }
    }
  }
  return out;
}

interface Shape {
  ws: Excel.Worksheet;
  firstDataRow: number;
  lastDataRow: number;
  columnIndex: number;
  columns: Map<string, number>;
  /** Each data row's key, per key header; only after a row was found moved. */
  keys?: Map<string, Map<number, unknown>>;
}

/** The table's place and columns, and with `keyHeaders` the key column of every row (to find moved rows). */
async function readShape(ctx: Excel.RequestContext, sheet: string, keyHeaders: readonly string[] = []): Promise<Shape> {
  const { table, loaded } = await loadTable(ctx, sheet, (t) => ({
    range: t.getRange().load("rowIndex,columnIndex,rowCount"),
    header: t.getHeaderRowRange().load("values"),
    protection: t.worksheet.protection.load("protected"),
  }));
  const { range, header } = loaded;
  // A protected sheet takes no value (AccessDenied): said before anything is written.
  if (loaded.protection.protected) throw new SheetRefusal("protected", sheet, true);
  const body = keyHeaders.length ? table.getDataBodyRange() : undefined;
  const columns = new Map<string, number>();
  (header.values[0] as unknown[]).forEach((h, i) => {
    const k = headerKey(h as string);
    if (!columns.has(k)) columns.set(k, i);
  });
  const shape: Shape = { ws: table.worksheet, firstDataRow: range.rowIndex + 2, lastDataRow: range.rowIndex + range.rowCount, columnIndex: range.columnIndex, columns };
  if (body) {
    const loads = keyHeaders.map((h) => [h, body.getColumn(column(sheet, shape, h)).load("values")] as const);
    await ctx.sync();
    shape.keys = new Map(loads.map(([h, r]) => [h, new Map((r.values as unknown[][]).map((v, i) => [shape.firstDataRow + i, v[0]]))]));
  }
  return shape;
}

function column(sheet: string, shape: Shape, header: string): number {
  const c = shape.columns.get(headerKey(header));
  if (c === undefined) throw new Error(`${sheet}: no column “${header}”`);
  return c;
}

/** Each update on the row holding its key: the row it names at first, the one found by key once the keys were read. */
function place(sheet: string, shape: Shape, updates: readonly CellUpdate[]): Placed[] {
  return updates.map((u) => {
    column(sheet, shape, u.key.header);
    const keys = shape.keys?.get(u.key.header);
    const row = keys
      ? keyedRow(sheet, u, (r) => keys.get(r), () => keys)
      : u.row >= shape.firstDataRow && u.row <= shape.lastDataRow && Number.isInteger(u.row) ? u.row : undefined;
    if (row === undefined) throw new Error(`${sheet}: row ${u.row} is not a data row of the table (${shape.firstDataRow}–${shape.lastDataRow})`);
    return { update: u, row, column: shape.columnIndex + column(sheet, shape, u.header), keyColumn: shape.columnIndex + column(sheet, shape, u.key.header) };
  });
}

interface Written {
  block: Block;
  keys: Excel.Range;
  before: Excel.Range;
}

/**
 * One guarded write: in the same request, each block's key cells and its cells as they were are
 * read just before the values are written, so the answer says whether every value landed on the
 * row holding its key. Blocks that did not are put back as they were.
 */
async function guardedWrite(ctx: Excel.RequestContext, ws: Excel.Worksheet, list: readonly Block[]): Promise<Placed[]> {
  const written: Written[] = list.map((block) => {
    const keys = ws.getRangeByIndexes(block.row - 1, block.keyColumn, block.cells.length, 1).load("values");
    const before = ws.getRangeByIndexes(block.row - 1, block.column, block.cells.length, 1).load("formulas,numberFormat");
    const target = ws.getRangeByIndexes(block.row - 1, block.column, block.cells.length, 1);
    const safe = safeWrite(block.cells.map((c) => [c ? c.update.value : null]));
    if (safe.formats) target.numberFormat = safe.formats;
    // A gap cell must stay untouched: null in the values array, not "".
    target.values = safe.values.map((r, i) => [block.cells[i] ? r[0] : null]);
    return { block, keys, before };
  });
  await ctx.sync();
  const missed = written.filter((w) => w.block.cells.some((c, i) => c && String((w.keys.values[i] as Cell[])[0] ?? "").trim() !== c.update.key.value.trim()));
  if (missed.length === 0) return [];
  for (const w of missed) {
    const back = ws.getRangeByIndexes(w.block.row - 1, w.block.column, w.block.cells.length, 1);
    back.numberFormat = w.before.numberFormat;
    back.formulas = w.before.formulas;
  }
  await ctx.sync();
  return missed.flatMap((w) => w.block.cells.filter((c): c is Placed => c !== undefined));
}

/** Request and answer bytes of a block: its values, their formats, and the keys and old cells read back. */
function blockBytes(b: Block): number {
  const values = jsonBytes(b.cells.map((c) => [c ? c.update.value : null]));
  return 3 * values + 40 * b.cells.length + 300;
}

/**
 * Changes cells of existing rows, each only on the row that holds its key. One round trip finds
 * the table's columns; then each column's changes go out as a few range writes (cells in between
 * untouched), in slices under the request limit, each checked against the row keys in the same
 * request. When a co-author moved rows since the caller read them, the moved updates are undone,
 * the rows found again by key and written there; an update whose key is gone or not unique is
 * refused before anything is written.
 */
export async function updateCellsIn(ctx: Excel.RequestContext, sheet: string, updates: readonly CellUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  for (const u of updates) {
    if (typeof u.value === "string" && u.value.length > CELL_TEXT_LIMIT) throw new Error(`${sheet}: row ${u.row}, column “${u.header}”: a text of ${u.value.length} characters is longer than the ${CELL_TEXT_LIMIT} characters an Excel cell holds; nothing was written`);
  }
  let pending: readonly CellUpdate[] = updates;
  let keyHeaders: string[] = [];
  for (let attempt = 0; attempt < ATTEMPTS && pending.length > 0; attempt++) {
    const shape = await readShape(ctx, sheet, keyHeaders);
    const all = blocks(place(sheet, shape, pending));
    const missed: Placed[] = [];
    for (const slice of chunkBySize(all, REQUEST_BUDGET, blockBytes)) missed.push(...(await guardedWrite(ctx, shape.ws, all.slice(slice.start, slice.end))));
    pending = missed.map((p) => p.update);
    keyHeaders = [...new Set(pending.map((u) => u.key.header))];
  }
  if (pending.length > 0) throw new Error(`${sheet}: rows kept moving while ${pending.length} cells were being written (someone else is sorting or editing the table); those cells were left as they were`);
}
