import { checkRect, intersects, quoteSheet, rectAddress, type Rect } from "./address";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { assertEditable, assertNoMergeCut, assertOperationSize } from "./guards";
import type { SheetModel } from "./model";
import { FakeObject } from "./proxy";
import { FakeConditionalFormatCollection, FakeDataValidation, FakeRangeFormat } from "./range-parts";
import { FakeWorksheet } from "./worksheet";

export interface RangeModel {
  sheet: SheetModel;
  rect: Rect;
}

const LARGE = 10000;

/** A 2-D array the size of the range; a 1×1 array or a single value fills every cell (as Excel accepts). */
function matrix(name: string, input: unknown, rect: Rect): (r: number, c: number) => unknown {
  if (input === null || input === undefined) fail("InvalidArgument", `Range.${name} cannot be set to null`);
  if (!Array.isArray(input)) return () => input;
  if (!input.every(Array.isArray)) fail("InvalidArgument", `Range.${name} takes a 2-D array`);
  const rows = input as unknown[][];
  if (rows.length === 1 && rows[0].length === 1) return () => rows[0][0];
  if (rows.length !== rect.rows || rows.some((r) => r.length !== rect.columns)) {
    fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}: ${rows.length}x${rows[0]?.length ?? 0} for ${rect.rows}x${rect.columns}).`);
  }
  return (r, c) => rows[r][c];
}

function forCells(rect: Rect, f: (row: number, column: number, r: number, c: number) => void): void {
  for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) f(rect.row + r, rect.column + c, r, c);
}

function grid<T>(rect: Rect, f: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < rect.columns; c++) line.push(f(rect.row + r, rect.column + c));
    out.push(line);
  }
  return out;
}

export class FakeRange extends FakeObject<RangeModel> {
  constructor(ctx: FakeContextCore, how: ConstructorParameters<typeof FakeObject<RangeModel>>[1]) {
    super(ctx, how);
  }

  protected _scalars(): readonly string[] {
    return ["address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat", "text", "hyperlink", "cellCount"];
  }

  protected _read(prop: string, m: RangeModel): unknown {
    const { sheet, rect } = m;
    if (["values", "formulas", "numberFormat", "text"].includes(prop) && rect.rows * rect.columns > this._ctx.limits.rangeCells) {
      fail("RangeExceedsLimit", `The cell count in the range (${rect.rows * rect.columns}) has exceeded the maximum supported number (${this._ctx.limits.rangeCells}).`);
    }
    switch (prop) {
      case "address":
      case "addressLocal":
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.columns;
      case "cellCount":
        return rect.rows * rect.columns;
      case "values":
        return grid(rect, (r, c) => sheet.value(r, c));
      case "text":
        return grid(rect, (r, c) => String(sheet.value(r, c)));
      case "formulas":
        return grid(rect, (r, c) => sheet.formula(r, c) ?? sheet.value(r, c));
      case "numberFormat":
        return grid(rect, (r, c) => sheet.formats.get(r, c));
      case "hyperlink":
        return sheet.hyperlinks.get(rect.row * 16384 + rect.column) ?? null;
    }
    return fail("InvalidArgument", `Unknown property ${prop}`);
  }

  protected override _nav(prop: string): FakeObject<unknown> | undefined {
    if (prop === "format") return this.format as FakeObject<unknown>;
    if (prop === "dataValidation") return this.dataValidation as FakeObject<unknown>;
    if (prop === "worksheet") return this.worksheet as FakeObject<unknown>;
    return undefined;
  }

  get address(): string { return this._get("address"); }
  get addressLocal(): string { return this._get("addressLocal"); }
  get rowIndex(): number { return this._get("rowIndex"); }
  get columnIndex(): number { return this._get("columnIndex"); }
  get rowCount(): number { return this._get("rowCount"); }
  get columnCount(): number { return this._get("columnCount"); }
  get cellCount(): number { return this._get("cellCount"); }
  get text(): string[][] { return this._get("text"); }

  get values(): unknown[][] { return this._get("values"); }
  set values(input: unknown[][]) {
    this._set("values", input, ({ sheet, rect }) => {
      assertEditable(sheet, "Range.values");
      assertNoMergeCut(sheet, rect, "Range.values");
      const at = matrix("values", input, rect);
      let wrote = false;
      forCells(rect, (row, column, r, c) => {
        const v = at(r, c);
        wrote ||= v !== null && v !== undefined && v !== "";
        sheet.write(row, column, v);
      });
      sheet.workbook.expandOverWrite(sheet, rect, wrote);
    });
  }

  get formulas(): unknown[][] { return this._get("formulas"); }
  set formulas(input: unknown[][]) {
    this._set("formulas", input, ({ sheet, rect }) => {
      assertEditable(sheet, "Range.formulas");
      assertNoMergeCut(sheet, rect, "Range.formulas");
      const at = matrix("formulas", input, rect);
      let wrote = false;
      forCells(rect, (row, column, r, c) => {
        const v = at(r, c);
        wrote ||= v !== null && v !== undefined && v !== "";
        sheet.writeFormula(row, column, v);
      });
      sheet.workbook.expandOverWrite(sheet, rect, wrote);
    });
  }

  get numberFormat(): unknown[][] { return this._get("numberFormat"); }
  set numberFormat(input: unknown[][]) {
    this._set("numberFormat", input, ({ sheet, rect }) => {
      assertEditable(sheet, "Range.numberFormat");
      assertOperationSize(rect, this._ctx.limits.operationCells, "Range.numberFormat");
      const at = matrix("numberFormat", input, rect);
      const single = !Array.isArray(input) || ((input as unknown[][]).length === 1 && (input as unknown[][])[0].length === 1);
      if (single && rect.rows * rect.columns > LARGE) {
        const f = at(0, 0);
        if (f !== null && f !== undefined) sheet.formats.setSpan(rect, f === "" ? "General" : String(f));
        return;
      }
      forCells(rect, (row, column, r, c) => {
        const f = at(r, c);
        if (f !== null && f !== undefined) sheet.formats.setCell(row, column, f === "" ? "General" : String(f));
      });
    });
  }

  get hyperlink(): Record<string, unknown> | null { return this._get("hyperlink"); }
  set hyperlink(link: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string }) {
    this._set("hyperlink", link, ({ sheet, rect }) => {
      assertEditable(sheet, "Range.hyperlink");
      if (!link.address && !link.documentReference) fail("InvalidArgument", "A hyperlink needs an address or a documentReference");
      forCells(rect, (row, column) => {
        sheet.hyperlinks.set(row * 16384 + column, { ...link });
        if (link.textToDisplay !== undefined) sheet.setRaw(row, column, link.textToDisplay);
      });
    });
  }

  get format(): FakeRangeFormat {
    return this._child("format", () => new FakeRangeFormat(this._ctx, () => this._model()));
  }

  get dataValidation(): FakeDataValidation {
    return this._child("dataValidation", () => new FakeDataValidation(this._ctx, () => this._model()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child("conditionalFormats", () => new FakeConditionalFormatCollection(this._ctx, () => this._model()));
  }

  get worksheet(): FakeObject<SheetModel> {
    return this._child("worksheet", () => new FakeWorksheet(this._ctx, { view: () => this._model()?.sheet ?? null }));
  }

  private derive(method: string, args: unknown, f: (m: RangeModel) => Rect | null): FakeRange {
    return new FakeRange(this._ctx, {
      method,
      args,
      resolve: () => {
        const m = this._model();
        if (m === null) return null;
        const rect = f(m);
        return rect ? { sheet: m.sheet, rect: checkRect(rect) } : null;
      },
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", [row, column], ({ rect }) => ({ row: rect.row + row, column: rect.column + column, rows: 1, columns: 1 }));
  }

  getRow(index: number): FakeRange {
    return this.derive("getRow", [index], ({ rect }) => ({ ...rect, row: rect.row + index, rows: 1 }));
  }

  getColumn(index: number): FakeRange {
    return this.derive("getColumn", [index], ({ rect }) => ({ ...rect, column: rect.column + index, columns: 1 }));
  }

  getLastRow(): FakeRange {
    return this.derive("getLastRow", null, ({ rect }) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }));
  }

  getLastColumn(): FakeRange {
    return this.derive("getLastColumn", null, ({ rect }) => ({ ...rect, column: rect.column + rect.columns - 1, columns: 1 }));
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derive("getRowsBelow", [count], ({ rect }) => ({ ...rect, row: rect.row + rect.rows, rows: count }));
  }

  getRowsAbove(count = 1): FakeRange {
    return this.derive("getRowsAbove", [count], ({ rect }) => ({ ...rect, row: rect.row - count, rows: count }));
  }

  getColumnsAfter(count = 1): FakeRange {
    return this.derive("getColumnsAfter", [count], ({ rect }) => ({ ...rect, column: rect.column + rect.columns, columns: count }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({ ...rect, rows: rect.rows + deltaRows, columns: rect.columns + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({ ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset }));
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", null, ({ rect }) => ({ ...rect, row: 0, rows: 1048576 }));
  }

  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", null, ({ rect }) => ({ ...rect, column: 0, columns: 16384 }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derive("getUsedRange", [valuesOnly ?? false], (m) => {
      const used = usedWithin(m);
      if (!used) return { row: m.rect.row, column: m.rect.column, rows: 1, columns: 1 };
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derive("getUsedRangeOrNullObject", [valuesOnly ?? false], (m) => usedWithin(m) ?? null);
  }

  clear(applyTo: "All" | "Contents" | "Formats" | "Hyperlinks" = "All"): void {
    this._call("clear", [applyTo], ({ sheet, rect }) => {
      assertEditable(sheet, "Range.clear");
      if (applyTo !== "Contents") assertOperationSize(rect, this._ctx.limits.operationCells, "Range.clear");
      if (applyTo === "Hyperlinks") forCells(rect, (row, column) => sheet.hyperlinks.delete(row * 16384 + column));
      else sheet.clear(rect, applyTo);
    });
  }

  delete(shift: "Up" | "Left"): void {
    this._call("delete", [shift], ({ sheet, rect }) => {
      if (shift !== "Up") fail("InvalidArgument", "The fake deletes with shift Up only");
      assertEditable(sheet, "Range.delete");
      sheet.deleteRowsUp(rect);
    });
  }

  /** Inserts cells the range's size, moving the cells there down (the fake shifts Down only). */
  insert(shift: "Down" | "Right"): FakeRange {
    this._call("insert", [shift], ({ sheet, rect }) => {
      if (shift !== "Down") fail("InvalidArgument", "The fake inserts with shift Down only");
      sheet.workbook.insertDown(sheet, rect);
    });
    return this.derive("insertedRange", null, (m) => m.rect);
  }

  /** The merged cells that touch this range, or a null object when none does (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this._ctx, {
      method: "getMergedAreasOrNullObject",
      resolve: () => {
        const m = this._model();
        const hits = m ? m.sheet.merges.filter((r) => intersects(r, m.rect)) : [];
        return m && hits.length ? { sheet: m.sheet, rects: hits } : null;
      },
    });
  }

  select(): void {
    this._call("select", null, () => undefined);
  }
}

/** Excel.RangeAreas as getMergedAreasOrNullObject gives it: the merged cells' addresses and count. */
export class FakeMergedAreas extends FakeObject<{ sheet: SheetModel; rects: Rect[] }> {
  protected _scalars(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }

  protected _read(prop: string, m: { sheet: SheetModel; rects: Rect[] }): unknown {
    if (prop === "areaCount") return m.rects.length;
    if (prop === "cellCount") return m.rects.reduce((n, r) => n + r.rows * r.columns, 0);
    return m.rects.map((r) => `${quoteSheet(m.sheet.name)}!${rectAddress(r)}`).join(",");
  }

  get address(): string { return this._get("address"); }
  get areaCount(): number { return this._get("areaCount"); }
  get cellCount(): number { return this._get("cellCount"); }
}

function usedWithin(m: RangeModel): Rect | null {
  const used = m.sheet.usedRect();
  if (!used) return null;
  const r0 = Math.max(used.row, m.rect.row);
  const c0 = Math.max(used.column, m.rect.column);
  const r1 = Math.min(used.row + used.rows, m.rect.row + m.rect.rows);
  const c1 = Math.min(used.column + used.columns, m.rect.column + m.rect.columns);
  if (r1 <= r0 || c1 <= c0) return null;
  return { row: r0, column: c0, rows: r1 - r0, columns: c1 - c0 };
}
