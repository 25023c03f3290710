/// <reference types="office-js" />
import type { Cell } from "../../workbook/cell";
import type { TableData } from "../../workbook/table-data";
import type { ColumnsWanted } from "../port";
import { findTableRegion, gridOfRows, tableFromGrid } from "../../workbook/region";
import { jsonBytes, REQUEST_BUDGET } from "./payload";
import { errorCode, MISSING, RESPONSE_TOO_LARGE } from "./run";
import { findTable, tableNameOf } from "./tables";

/**
 * Answers that mean "too much at once": the response over 5 MB (older hosts say only
 * GeneralException), or a range over the cells one read may return (RangeExceedsLimit, 5 million
 * cells). Either way the bodies are read again in slices.
 */
const TOO_BIG_TO_READ = new Set([RESPONSE_TOO_LARGE, "GeneralException", "RangeExceedsLimit"]);
/** Slices are sized from the bytes per cell seen; this many bytes per cell and still refused is not a size problem. */
const MAX_BYTES_PER_CELL = 64 * 1024;

/** Per sheet: its first table; the sheet itself when it has none (a plain range); undefined when the sheet is missing. */
type Tables = Map<string, Excel.Table | Excel.Worksheet | undefined>;

function isTable(x: Excel.Table | Excel.Worksheet | undefined): x is Excel.Table {
  return x !== undefined && "getDataBodyRange" in x;
}

/**
 * A sheet without a table is read as the xlsx adapter reads it (src/workbook/region.ts): the header
 * is the used range's first filled row, the block as wide as that row and the few under it.
 */
function plainRange(sheet: string, used: Excel.Range): TableData {
  if (used.isNullObject) return { sheet, headers: [], rows: [], headerRow: 1, firstColumn: 0 };
  const grid = gridOfRows(used.values as Cell[][], used.rowIndex + 1);
  const table = tableFromGrid(sheet, grid, findTableRegion(grid));
  return { ...table, firstColumn: table.firstColumn + used.columnIndex };
}

/** Each sheet's table straight away, by its KH_* name (see tables.ts): fails (ItemNotFound) when a table or sheet is missing. */
function tablesByName(ctx: Excel.RequestContext, sheets: readonly string[]): Tables {
  return new Map(sheets.map((s) => [s, findTable(ctx, s)]));
}

/**
 * Each sheet's table by listing the workbook's tables: one round trip, never fails on a missing
 * sheet. The table with the sheet's KH_* name wherever it is (a renamed sheet), else the sheet's
 * first table, else the sheet itself (a plain range).
 */
export async function tablesByListing(ctx: Excel.RequestContext, sheets: readonly string[]): Promise<Tables> {
  const all = ctx.workbook.tables.load("items/name,items/worksheet/name");
  const sheetList = ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const present = new Map(sheetList.items.map((w) => [w.name.toLowerCase(), w.name]));
  const first = new Map<string, string>();
  for (const t of all.items) {
    const key = t.worksheet.name.toLowerCase();
    if (!first.has(key)) first.set(key, t.name);
  }
  const named = new Set(all.items.map((t) => t.name.toLowerCase()));
  return new Map(sheets.map((s): [string, Excel.Table | Excel.Worksheet | undefined] => {
    const own = tableNameOf(s);
    const name = own && named.has(own.toLowerCase()) ? own : first.get(s.toLowerCase());
    if (name !== undefined) return [s, ctx.workbook.tables.getItem(name)];
    const sheet = present.get(s.toLowerCase());
    return [s, sheet === undefined ? undefined : ctx.workbook.worksheets.getItem(sheet)];
  }));
}

/**
 * The wanted columns of a table, each by the first of its headers the table has
 * (TableColumnCollection.getItemOrNullObject, ExcelApi 1.4): its place and its cells from the
 * header down. Undefined when one is not found by name (a header spelled with a stray space…):
 * then the whole body is read instead, at one more round trip.
 */
function columnsOf(t: Excel.Table, wanted: readonly (readonly string[])[]): Excel.TableColumn[][] {
  return wanted.map((names) => names.map((name) => t.columns.getItemOrNullObject(name).load("index,values")));
}

function narrowTable(sheet: string, range: Excel.Range, found: Excel.TableColumn[], totals: boolean): TableData {
  const height = found[0].values.length - (totals ? 1 : 0);
  const rows: Cell[][] = [];
  for (let r = 1; r < height; r++) rows.push(found.map((c) => c.values[r][0] as Cell));
  return { sheet, headers: found.map((c) => c.values[0][0] as Cell), rows, headerRow: range.rowIndex + 1, firstColumn: range.columnIndex, columnIndexes: found.map((c) => c.index) };
}

async function loadWhole(ctx: Excel.RequestContext, tables: Tables, withBody: boolean, columns?: ColumnsWanted): Promise<Record<string, TableData | undefined>> {
  const loads = [...tables].map(([sheet, t]) => {
    if (!t) return { sheet };
    if (!isTable(t)) return { sheet, used: t.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex") };
    const wanted = withBody ? columns?.[sheet] : undefined;
    return {
      sheet,
      t,
      range: t.getRange().load("rowIndex,columnIndex"),
      header: t.getHeaderRowRange().load("values"),
      body: withBody && !wanted ? t.getDataBodyRange().load("values") : undefined,
      parts: wanted?.length ? columnsOf(t, wanted) : undefined,
      // A column's cells run to the totals row, which is no data.
      totals: wanted?.length ? t.load("showTotals") : undefined,
    };
  });
  await ctx.sync();
  const found = new Map<string, Excel.TableColumn[]>();
  let again = false;
  for (const l of loads) {
    if (!("parts" in l) || !l.parts) continue;
    const each = l.parts.map((names) => names.find((c) => !c.isNullObject));
    if (each.every((c) => c !== undefined)) found.set(l.sheet, each as Excel.TableColumn[]);
    else {
      l.body = l.t.getDataBodyRange().load("values");
      again = true;
    }
  }
  if (again) await ctx.sync();
  const out: Record<string, TableData | undefined> = {};
  for (const l of loads) {
    if ("used" in l && l.used) {
      out[l.sheet] = plainRange(l.sheet, l.used);
      continue;
    }
    const narrow = found.get(l.sheet);
    if (narrow && l.range) {
      out[l.sheet] = narrowTable(l.sheet, l.range, narrow, l.totals?.showTotals ?? false);
      continue;
    }
    out[l.sheet] = l.range && l.header
      ? { sheet: l.sheet, headers: l.header.values[0] as Cell[], rows: (l.body?.values ?? []) as Cell[][], headerRow: l.range.rowIndex + 1, firstColumn: l.range.columnIndex }
      : undefined;
  }
  return out;
}

/**
 * When the bodies together are too big for one response (Excel on the web stops at 5 MB), they
 * come in slices of rows sized from the bytes per cell seen so far.
 */
async function shapesOf(ctx: Excel.RequestContext, tables: Tables) {
  const shapes = [...tables].map(([sheet, x]) => {
    const t = isTable(x) ? x : undefined;
    return {
      sheet,
      t,
      used: x && !t ? (x as Excel.Worksheet).getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex") : undefined,
      range: t?.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
      header: t?.getHeaderRowRange().load("values"),
    };
  });
  await ctx.sync();
  return shapes;
}

async function loadInSlices(ctx: Excel.RequestContext, sheets: readonly string[]): Promise<Record<string, TableData | undefined>> {
  let shapes: Awaited<ReturnType<typeof shapesOf>>;
  try {
    shapes = await shapesOf(ctx, tablesByName(ctx, sheets));
  } catch (e) {
    if (!MISSING.has(errorCode(e) ?? "")) throw e;
    shapes = await shapesOf(ctx, await tablesByListing(ctx, sheets));
  }
  const rows = new Map<string, Cell[][]>(shapes.map((s) => [s.sheet, []]));
  let bytesPerCell = 64;
  const pending = shapes.filter((s) => s.t && s.range!.rowCount > 1).map((s) => ({ ...s, next: 0, total: s.range!.rowCount - 1, width: s.range!.columnCount }));
  while (pending.some((p) => p.next < p.total)) {
    let cells = Math.max(1000, Math.floor(REQUEST_BUDGET / bytesPerCell));
    const slices: { sheet: string; range: Excel.Range; count: number }[] = [];
    for (const p of pending) {
      if (p.next >= p.total || cells < p.width) continue;
      const count = Math.min(p.total - p.next, Math.max(1, Math.floor(cells / p.width)));
      const range = p.t!.getDataBodyRange().getRow(p.next).getResizedRange(count - 1, 0).load("values");
      slices.push({ sheet: p.sheet, range, count });
      cells -= count * p.width;
    }
    try {
      await ctx.sync();
    } catch (e) {
      // Past a few halvings the answer is not about size: let it through.
      if (!TOO_BIG_TO_READ.has(errorCode(e) ?? "") || bytesPerCell > MAX_BYTES_PER_CELL) throw e;
      bytesPerCell *= 2;
      continue;
    }
    let bytes = 0;
    let seen = 0;
    for (const s of slices) {
      rows.get(s.sheet)!.push(...(s.range.values as Cell[][]));
      bytes += jsonBytes(s.range.values);
      seen += s.count * pending.find((p) => p.sheet === s.sheet)!.width;
      pending.find((p) => p.sheet === s.sheet)!.next += s.count;
    }
    bytesPerCell = Math.max(4, (bytes / Math.max(1, seen)) * 1.25);
  }
  const out: Record<string, TableData | undefined> = {};
  for (const s of shapes) {
    if (s.used) {
      out[s.sheet] = plainRange(s.sheet, s.used);
      continue;
    }
    out[s.sheet] = s.t
      ? { sheet: s.sheet, headers: s.header!.values[0] as Cell[], rows: rows.get(s.sheet)!, headerRow: s.range!.rowIndex + 1, firstColumn: s.range!.columnIndex }
      : undefined;
  }
  return out;
}

/**
 * Reads the first table of each named sheet, all in one round trip when every sheet is there and
 * the answer fits; one more round trip to find tables when some sheet or table is missing.
 * `columns`: for those sheets only the named columns, each read by its header in the same round
 * trip (a big 跟进记录 then costs a few columns, not twenty); a read in slices takes them whole.
 */
export async function readTablesIn(ctx: Excel.RequestContext, sheets: readonly string[], withBody: boolean, columns?: ColumnsWanted): Promise<Record<string, TableData | undefined>> {
  if (sheets.length === 0) return {};
  try {
    return await loadWhole(ctx, tablesByName(ctx, sheets), withBody, columns);
  } catch (e) {
    if (TOO_BIG_TO_READ.has(errorCode(e) ?? "")) return loadInSlices(ctx, sheets);
    if (!MISSING.has(errorCode(e) ?? "")) throw e;
  }
  try {
    return await loadWhole(ctx, await tablesByListing(ctx, sheets), withBody, columns);
  } catch (e) {
    if (TOO_BIG_TO_READ.has(errorCode(e) ?? "")) return loadInSlices(ctx, sheets);
    throw e;
  }
}
