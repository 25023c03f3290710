/// <reference types="office-js" />
import { columnLetter, type Cell } from "../../workbook/cell";
import { headerKey } from "../../workbook/headers";
import type { ColumnLayout, LayoutChange, SheetLayout } from "../port";
import { SheetRefusal } from "./refusal";
import { safeWrite } from "./text-safety";

const MAX_ROWS = 1048576;
const OVERDUE_FILL = "#FDE7E9";
const OVERDUE_FONT = "#A4262C";

/** Column widths in the layout are in characters (as in .xlsx); Excel's API takes points. */
export function widthInPoints(characters: number): number {
  return Math.round(characters * 5.7 * 4) / 4;
}

/** Where a layout column sits among a table's headers (by its header or an alias), -1 when missing. */
function position(column: ColumnLayout, headers: readonly Cell[]): number {
  const keys = new Set([column.header, ...column.aliases].map((h) => headerKey(h)));
  return headers.findIndex((h) => keys.has(headerKey(h)));
}

type Plan =
  | { kind: "create"; layout: SheetLayout }
  | { kind: "table"; layout: SheetLayout; sheet: string; table: Excel.Table; range: Excel.Range; header: Excel.Range; formats: Excel.ConditionalFormatCollection }
  | { kind: "range"; layout: SheetLayout; sheet: string; used: Excel.Range; top: Excel.Range };

interface Placed {
  ws: Excel.Worksheet;
  layout: SheetLayout;
  headerRow: number;
  firstColumn: number;
  /** Sheet column of each layout column. */
  columns: number[];
  width: number;
  /** Layout columns that are new on the sheet (they get their width). */
  fresh: Set<number>;
  hasCustomFormat: boolean;
}

/**
 * Creates what is missing and applies formats, drop-downs, frozen headers and the overdue mark;
 * never removes or reorders anything. Three round trips whatever the row count: what exists,
 * the header rows, all the writes. Formats and drop-downs cover the whole column under the
 * header, so rows appended later get them too. Running it again writes the same state.
 */
export async function applyLayoutIn(ctx: Excel.RequestContext, layouts: readonly SheetLayout[]): Promise<LayoutChange[]> {
  const sheets = ctx.workbook.worksheets.load("items/name,items/protection/protected");
  const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
  await ctx.sync();

  const sheetNames = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  const protectedSheets = new Set(sheets.items.filter((s) => s.protection.protected).map((s) => s.name));
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const firstTable = new Map<string, string>();
  for (const t of tables.items) if (!firstTable.has(t.worksheet.name.toLowerCase())) firstTable.set(t.worksheet.name.toLowerCase(), t.name);

  const plans: Plan[] = layouts.map((layout) => {
    // The layout's own table wherever it is (its sheet may have been renamed), else the sheet's first table.
    const own = tables.items.find((t) => t.name.toLowerCase() === layout.table.toLowerCase());
    const sheet = own ? own.worksheet.name : sheetNames.get(layout.sheet.toLowerCase());
    if (sheet === undefined) return { kind: "create", layout };
    // Every sheet set-up touches gets formats: a protected one refuses them all (AccessDenied), so nothing is started.
    if (protectedSheets.has(sheet)) throw new SheetRefusal("protected", sheet, true);
    const tableName = own ? own.name : firstTable.get(sheet.toLowerCase());
    if (tableName !== undefined) {
      const table = ctx.workbook.tables.getItem(tableName);
      const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
      return { kind: "table", layout, sheet, table, range, header: table.getHeaderRowRange().load("values"), formats: range.conditionalFormats.load("items/type") };
    }
    const used = ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    return { kind: "range", layout, sheet, used, top: used.getRow(0).load("values") };
  });
  if (plans.some((p) => p.kind !== "create")) await ctx.sync();

  const changes: LayoutChange[] = [];
  const placed: Placed[] = [];
  for (const plan of plans) {
    const { layout } = plan;
    if (plan.kind === "table") {
      const headers = plan.header.values[0] as Cell[];
      const columns = layout.columns.map((c) => position(c, headers));
      const missing = layout.columns.map((c, i) => (columns[i] < 0 ? i : -1)).filter((i) => i >= 0);
      missing.forEach((i, k) => {
        plan.table.columns.add(undefined, undefined, layout.columns[i].header);
        columns[i] = plan.range.columnCount + k;
      });
      changes.push({ sheet: plan.sheet, createdSheet: false, addedColumns: missing.map((i) => layout.columns[i].header) });
      placed.push({
        ws: ctx.workbook.worksheets.getItem(plan.sheet),
        layout,
        headerRow: plan.range.rowIndex,
        firstColumn: plan.range.columnIndex,
        columns: columns.map((c) => plan.range.columnIndex + c),
        width: plan.range.columnCount + missing.length,
        fresh: new Set(missing),
        hasCustomFormat: plan.formats.items.some((f) => f.type === "Custom"),
      });
      continue;
    }
    const created = plan.kind === "create";
    const ws = created ? ctx.workbook.worksheets.add(layout.sheet) : ctx.workbook.worksheets.getItem(plan.sheet);
    const used = plan.kind === "range" && !plan.used.isNullObject ? plan.used : undefined;
    const existing = used ? (plan.kind === "range" ? (plan.top.values[0] as Cell[]) : []) : [];
    const columns = layout.columns.map((c) => position(c, existing));
    const missing = layout.columns.map((c, i) => (columns[i] < 0 ? i : -1)).filter((i) => i >= 0);
    const row = used ? used.rowIndex : 0;
    const column = used ? used.columnIndex : 0;
    const start = used ? used.columnCount : 0;
    missing.forEach((i, k) => (columns[i] = start + k));
    const head = safeWrite([missing.map((i) => layout.columns[i].header)]);
    const headRange = ws.getRangeByIndexes(row, column + start, 1, Math.max(1, missing.length));
    if (missing.length) {
      if (head.formats) headRange.numberFormat = head.formats;
      headRange.values = head.values;
    }
    let rows = used ? used.rowCount : 1;
    if (!used && layout.seedRows?.length) {
      const seed = safeWrite(layout.seedRows, layout.columns.length);
      const seedRange = ws.getRangeByIndexes(1, 0, seed.values.length, layout.columns.length);
      if (seed.formats) seedRange.numberFormat = seed.formats;
      seedRange.values = seed.values;
      rows += seed.values.length;
    }
    const table = ws.tables.add(ws.getRangeByIndexes(row, column, rows, start + missing.length), true);
    if (!tableNames.has(layout.table.toLowerCase())) {
      table.name = layout.table;
      tableNames.add(layout.table.toLowerCase());
    }
    if (created && layout.tabColor) ws.tabColor = layout.tabColor;
    changes.push({ sheet: created ? layout.sheet : plan.sheet, createdSheet: created, addedColumns: created ? [] : missing.map((i) => layout.columns[i].header) });
    placed.push({ ws, layout, headerRow: row, firstColumn: column, columns: columns.map((c) => column + c), width: start + missing.length, fresh: new Set(missing), hasCustomFormat: false });
  }

  for (const p of placed) formatSheet(p);
  await ctx.sync();
  return changes;
}

function formatSheet(p: Placed): void {
  const below = MAX_ROWS - p.headerRow - 1;
  p.layout.columns.forEach((c, i) => {
    const whole = p.ws.getRangeByIndexes(p.headerRow + 1, p.columns[i], below, 1);
    if (c.numberFormat) whole.numberFormat = [[c.numberFormat]];
    if (c.list?.length) {
      whole.dataValidation.clear();
      whole.dataValidation.rule = { list: { inCellDropDown: true, source: c.list.join(",") } };
      whole.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: "不是可选值", message: `请从下拉列表中选择：${c.list.join("/")}` };
    }
    if (c.width && p.fresh.has(i)) p.ws.getRangeByIndexes(p.headerRow, p.columns[i], 1, 1).format.columnWidth = widthInPoints(c.width);
  });
  p.ws.freezePanes.freezeRows(p.headerRow + 1);
  const overdue = p.layout.overdueColumn ? p.layout.columns.findIndex((c) => c.header === p.layout.overdueColumn) : -1;
  if (overdue >= 0 && !p.hasCustomFormat) {
    // The due-date column alone (about a million cells), not every column of the table (~41 million,
    // past what one Excel operation may touch).
    const rows = p.ws.getRangeByIndexes(p.headerRow + 1, p.columns[overdue], below, 1);
    const cell = `$${columnLetter(p.columns[overdue])}${p.headerRow + 2}`;
    const mark = rows.conditionalFormats.add("Custom");
    mark.custom.rule.formula = `=AND(ISNUMBER(${cell}),${cell}<TODAY())`;
    mark.custom.format.fill.color = OVERDUE_FILL;
    mark.custom.format.font.color = OVERDUE_FONT;
  }
}
