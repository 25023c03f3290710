import type { Worksheet, Workbook } from "exceljs";
import type { LayoutChange, SheetLayout } from "../port";
import { headerKey } from "../../workbook/headers";
import { colName, findRegion, readHeaderCells, setTableRange, tablesOf } from "./region";

/** Drop-downs cover the data rows plus this many empty ones; Excel extends them as the table grows. */
export const VALIDATION_SPARE_ROWS = 1000;

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDEECF9" } } as const;

/** Every sheet we create prints on A4 landscape, one page wide, its header row on every page. */
export const PRINT_SETUP = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

function createSheet(book: Workbook, layout: SheetLayout): Worksheet {
  const ws = book.addWorksheet(layout.sheet, {
    properties: { tabColor: layout.tabColor ? { argb: `FF${layout.tabColor.slice(1)}` } : undefined },
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
    pageSetup: { ...PRINT_SETUP, printTitlesRow: "1:1" },
  });
  const rows = (layout.seedRows ?? []).map((r) => [...r]);
  ws.addTable({
    name: layout.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: layout.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.length > 0 ? rows : [layout.columns.map(() => null)],
  });
  if (rows.length === 0) ws.getRow(2).values = [];
  return ws;
}

function formatColumns(ws: Worksheet, layout: SheetLayout, positions: number[], firstCol: number, headerRow: number, lastRow: number): void {
  const validationEnd = Math.max(lastRow, 1) + VALIDATION_SPARE_ROWS;
  layout.columns.forEach((c, i) => {
    const col = firstCol + positions[i];
    const column = ws.getColumn(col);
    if (c.width && !column.width) column.width = c.width;
    if (c.numberFormat) {
      column.numFmt = c.numberFormat;
      for (let r = headerRow + 1; r <= lastRow; r++) {
        const cell = ws.getRow(r).getCell(col);
        if (cell.value !== null && cell.value !== undefined && !cell.numFmt) cell.numFmt = c.numberFormat;
      }
    }
    const header = ws.getRow(headerRow).getCell(col);
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    if (c.list) {
      const letter = colName(col);
      const formula = `"${c.list.join(",")}"`;
      (ws as unknown as { dataValidations: { add(ref: string, v: object): void } }).dataValidations.add(`${letter}${headerRow + 1}:${letter}${validationEnd}`, {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: "不是可选值",
        error: `请从下拉列表中选择：${c.list.join("/")}`,
      });
    }
  });
}

function addOverdueFormat(ws: Worksheet, layout: SheetLayout, positions: number[], firstCol: number, width: number): void {
  const i = layout.columns.findIndex((c) => c.header === layout.overdueColumn);
  if (i < 0 || positions[i] < 0) return;
  const letter = colName(firstCol + positions[i]);
  const existing = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
  if (existing.length > 0) return;
  ws.addConditionalFormatting({
    ref: `${colName(firstCol)}2:${colName(firstCol + width - 1)}${VALIDATION_SPARE_ROWS + 1000}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`AND($${letter}2<>"",$${letter}2<TODAY())`],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFDE7E9" } }, font: { color: { argb: "FFA4262C" } } },
      },
    ],
  });
}

/** Creates what is missing; keeps every user column and row where it is. */
export function applyLayoutToBook(book: Workbook, layouts: readonly SheetLayout[]): LayoutChange[] {
  return layouts.map((layout) => {
    let ws = book.getWorksheet(layout.sheet);
    const createdSheet = !ws;
    if (!ws) ws = createSheet(book, layout);
    let region = findRegion(ws);
    if (!region) {
      // An empty sheet of that name: give it the table.
      book.removeWorksheet(ws.id);
      ws = createSheet(book, layout);
      region = findRegion(ws)!;
    }
    const headers = readHeaderCells(ws, region);
    const keys = headers.map(headerKey);
    const addedColumns: string[] = [];
    const positions = layout.columns.map((c) => {
      const found = [c.header, ...c.aliases].map((h) => keys.indexOf(headerKey(h))).find((p) => p >= 0);
      if (found !== undefined) return found;
      keys.push(headerKey(c.header));
      addedColumns.push(c.header);
      ws!.getRow(region!.headerRow).getCell(region!.firstCol + keys.length - 1).value = c.header;
      return keys.length - 1;
    });
    if (addedColumns.length > 0) {
      const table = region.table ?? tablesOf(ws)[0];
      if (table) for (const h of addedColumns) table.columns.push({ name: h, filterButton: true });
      setTableRange(region, region.lastRow, keys.length);
    }
    formatColumns(ws, layout, positions, region.firstCol, region.headerRow, region.lastRow);
    addOverdueFormat(ws, layout, positions, region.firstCol, keys.length);
    if (!ws.views?.some((v) => v.state === "frozen")) ws.views = [{ state: "frozen", xSplit: 0, ySplit: region.headerRow }];
    return { sheet: layout.sheet, createdSheet, addedColumns: createdSheet ? [] : addedColumns };
  });
}
