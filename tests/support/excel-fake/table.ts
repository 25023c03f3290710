import { intersects, parseAddress, type Rect } from "./address";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { assertEditable, assertNoMergeIn, assertNotFiltered } from "./guards";
import type { SheetModel, TableModel } from "./model";
import { FakeCollection, FakeObject } from "./proxy";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

export class FakeTable extends FakeObject<TableModel> {
  protected _scalars(): readonly string[] {
    return ["name", "showTotals", "showHeaders", "style", "id"];
  }

  protected _read(prop: string, m: TableModel): unknown {
    switch (prop) {
      case "name":
        return m.name;
      case "showTotals":
        return m.showTotals;
      case "showHeaders":
        return true;
      case "style":
        return m.style;
      case "id":
        return `{${m.name}}`;
    }
    return undefined;
  }

  protected override _nav(prop: string): FakeObject<unknown> | undefined {
    if (prop === "worksheet") return this.worksheet as unknown as FakeObject<unknown>;
    if (prop === "rows") return this.rows as unknown as FakeObject<unknown>;
    if (prop === "autoFilter") return this.autoFilter as unknown as FakeObject<unknown>;
    return undefined;
  }

  get name(): string { return this._get("name"); }
  set name(name: string) { this._set("name", name, (m) => m.sheet.workbook.renameTable(m, name)); }

  get style(): string { return this._get("style"); }
  set style(style: string) { this._set("style", style, (m) => { m.style = style; }); }

  get showTotals(): boolean { return this._get("showTotals"); }
  set showTotals(on: boolean) {
    this._set("showTotals", on, (m) => {
      if (on !== m.showTotals) m.rect = { ...m.rect, rows: m.rect.rows + (on ? 1 : -1) };
      m.showTotals = on;
    });
  }

  get worksheet(): FakeWorksheet {
    return this._child("worksheet", () => new FakeWorksheet(this._ctx, { view: () => this._model()?.sheet ?? null }));
  }

  get autoFilter(): FakeAutoFilter {
    return this._child("autoFilter", () => new FakeAutoFilter(this._ctx, { view: () => this._model() }));
  }

  get columns(): FakeTableColumnCollection {
    return this._child("columns", () => new FakeTableColumnCollection(this._ctx, () => this._model()));
  }

  get rows(): FakeTableRowCollection {
    return this._child("rows", () => new FakeTableRowCollection(this._ctx, () => this._model()));
  }

  private range(method: string, f: (t: TableModel) => Rect): FakeRange {
    return new FakeRange(this._ctx, {
      method,
      resolve: () => {
        const t = this._model();
        return t ? { sheet: t.sheet, rect: f(t) } : null;
      },
    });
  }

  getRange(): FakeRange {
    return this.range("getRange", (t) => ({ ...t.rect }));
  }

  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", (t) => t.headerRect());
  }

  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", (t) => t.bodyRect());
  }

  getTotalRowRange(): FakeRange {
    return this.range("getTotalRowRange", (t) => t.totalsRect() ?? fail("InvalidOperation", `The table ${t.name} does not show a totals row.`));
  }

  /** Excel keeps the header row where it is; the new range must start at the same cell. */
  resize(newRange: string | FakeRange): void {
    const args = typeof newRange === "string" ? newRange : { range: newRange._id };
    this._call("resize", [args], (t) => {
      let rect: Rect;
      if (typeof newRange === "string") {
        const parsed = parseAddress(newRange);
        if (parsed.sheet && parsed.sheet.toLowerCase() !== t.sheet.name.toLowerCase()) fail("InvalidArgument", "A table cannot move to another sheet");
        rect = parsed.rect;
      } else {
        const m = newRange._require();
        if (m.sheet !== t.sheet) fail("InvalidArgument", "A table cannot move to another sheet");
        rect = m.rect;
      }
      if (rect.row !== t.rect.row || rect.column !== t.rect.column) fail("InvalidArgument", "The header row must stay where it is when a table is resized");
      if (rect.rows < 2) fail("InvalidArgument", "A table needs a header row and at least one row");
      assertEditable(t.sheet, "Table.resize");
      assertNotFiltered(t, "Table.resize");
      assertNoMergeIn(t.sheet, rect, "the resized table");
      for (const other of t.sheet.workbook.tablesOn(t.sheet)) if (other !== t && intersects(other.rect, rect)) fail("InvalidOperation", "A table cannot overlap another table");
      const oldColumns = t.rect.columns;
      t.rect = { ...rect };
      const headers = t.headers();
      for (let c = oldColumns; c < rect.columns; c++) if (headers[c].trim() === "") t.sheet.setRaw(rect.row, rect.column + c, `Column${c + 1}`);
    });
  }

  delete(): void {
    this._call("delete", null, (t) => {
      assertEditable(t.sheet, "Table.delete");
      const wb = t.sheet.workbook;
      wb.tables = wb.tables.filter((x) => x !== t);
      t.sheet.clear(t.rect, "All");
    });
  }

  convertToRange(): FakeRange {
    const r = this.getRange();
    this._call("convertToRange", null, (t) => {
      const wb = t.sheet.workbook;
      wb.tables = wb.tables.filter((x) => x !== t);
    });
    return r;
  }
}

/** Table.autoFilter (ExcelApi 1.9): whether some column's criteria hide rows; clearCriteria shows them again. */
export class FakeAutoFilter extends FakeObject<TableModel> {
  protected _scalars(): readonly string[] {
    return ["enabled", "isDataFiltered"];
  }

  protected _read(prop: string, m: TableModel): unknown {
    return prop === "enabled" ? true : m.filtered;
  }

  get enabled(): boolean { return this._get("enabled"); }
  get isDataFiltered(): boolean { return this._get("isDataFiltered"); }

  clearCriteria(): void {
    this._call("clearCriteria", null, (m) => {
      m.filtered = false;
    });
  }
}

export class FakeTableCollection extends FakeCollection<TableModel, FakeTable> {
  /** sheet(): the sheet this collection belongs to, or undefined for workbook.tables. */
  constructor(
    ctx: FakeContextCore,
    private readonly sheet?: () => SheetModel | null,
  ) {
    super(ctx, {
      view: () => {
        if (!sheet) return ctx.model.tables;
        const s = sheet();
        return s ? ctx.model.tablesOn(s) : null;
      },
    });
  }

  protected _bind(model: TableModel): FakeTable {
    return new FakeTable(this._ctx, { view: () => model });
  }

  private tableBy(method: string, args: unknown, f: (all: TableModel[]) => TableModel | null): FakeTable {
    return new FakeTable(this._ctx, {
      method,
      args,
      resolve: () => {
        const all = this._model();
        return all === null ? null : f(all);
      },
    });
  }

  getItem(name: string): FakeTable {
    return this.tableBy("getItem", [name], (all) => all.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? fail("ItemNotFound", `The requested table "${name}" doesn't exist.`));
  }

  getItemOrNullObject(name: string): FakeTable {
    return this.tableBy("getItemOrNullObject", [name], (all) => all.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null);
  }

  getItemAt(index: number): FakeTable {
    return this.tableBy("getItemAt", [index], (all) => all[index] ?? fail("ItemNotFound", `There is no table at index ${index}.`));
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    return new FakeTable(this._ctx, {
      method: "tables.add",
      args: [typeof address === "string" ? address : { range: address._id }, hasHeaders],
      resolve: () => {
        let sheet: SheetModel | undefined;
        let rect: Rect;
        if (typeof address === "string") {
          const parsed = parseAddress(address);
          sheet = this.sheet ? this.sheet() ?? undefined : parsed.sheet ? this._ctx.model.sheet(parsed.sheet) : undefined;
          rect = parsed.rect;
        } else {
          const m = address._require();
          sheet = m.sheet;
          rect = m.rect;
        }
        if (!sheet) return fail("ItemNotFound", "The table's sheet doesn't exist");
        return this._ctx.model.addTable(sheet, rect, hasHeaders);
      },
    });
  }
}

export class FakeTableColumn extends FakeObject<{ table: TableModel; index: number }> {
  protected _scalars(): readonly string[] {
    return ["name", "index", "values"];
  }

  /** values: the column's cells from its header down, as TableColumn.values gives them. */
  protected _read(prop: string, m: { table: TableModel; index: number }): unknown {
    if (prop === "values") {
      const { rect, sheet } = m.table;
      if (rect.rows > this._ctx.limits.rangeCells) fail("RangeExceedsLimit", `The cell count in the range (${rect.rows}) has exceeded the maximum supported number.`);
      return Array.from({ length: rect.rows }, (_, r) => [sheet.value(rect.row + r, rect.column + m.index)]);
    }
    return prop === "name" ? m.table.headers()[m.index] : m.index;
  }

  get name(): string { return this._get("name"); }
  get index(): number { return this._get("index"); }
  get values(): unknown[][] { return this._get("values"); }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this._ctx, {
      method: "getDataBodyRange",
      resolve: () => {
        const m = this._model();
        if (!m) return null;
        const body = m.table.bodyRect();
        return { sheet: m.table.sheet, rect: { ...body, column: body.column + m.index, columns: 1 } };
      },
    });
  }
}

export class FakeTableColumnCollection extends FakeCollection<{ table: TableModel; index: number }, FakeTableColumn> {
  constructor(
    ctx: FakeContextCore,
    private readonly table: () => TableModel | null,
  ) {
    super(ctx, {
      view: () => {
        const t = table();
        return t ? t.headers().map((_h, index) => ({ table: t, index })) : null;
      },
    });
  }

  protected _bind(model: { table: TableModel; index: number }): FakeTableColumn {
    return new FakeTableColumn(this._ctx, { view: () => model });
  }

  getItemOrNullObject(name: string): FakeTableColumn {
    return new FakeTableColumn(this._ctx, {
      method: "getItemOrNullObject",
      args: [name],
      resolve: () => {
        const t = this.table();
        const i = t ? t.headers().findIndex((h) => h.toLowerCase() === name.toLowerCase()) : -1;
        return t && i >= 0 ? { table: t, index: i } : null;
      },
    });
  }

  getItem(name: string): FakeTableColumn {
    return new FakeTableColumn(this._ctx, {
      method: "getItem",
      args: [name],
      resolve: () => {
        const t = this.table();
        const i = t ? t.headers().findIndex((h) => h.toLowerCase() === name.toLowerCase()) : -1;
        if (!t || i < 0) return fail("ItemNotFound", `The requested table column "${name}" doesn't exist.`);
        return { table: t, index: i };
      },
    });
  }

  /** Inserts a column (at the end when index is null): the cells of the table's rows move right. */
  add(index?: number | null, values?: unknown[][] | null, name?: string): FakeTableColumn {
    return new FakeTableColumn(this._ctx, {
      method: "columns.add",
      args: [index ?? null, values ?? null, name ?? null],
      resolve: () => {
        const t = this.table();
        if (!t) return fail("ItemNotFound", "null table");
        assertEditable(t.sheet, "columns.add");
        const at = index === null || index === undefined ? t.rect.columns : index;
        if (at < 0 || at > t.rect.columns) fail("InvalidArgument", `Bad column index ${at}`);
        const column = t.rect.column + at;
        for (const other of t.sheet.workbook.tablesOn(t.sheet)) {
          if (other !== t && intersects(other.rect, { ...t.rect, columns: t.rect.columns + 1 })) fail("InvalidOperation", "The new column would overlap another table");
        }
        for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) t.sheet.shiftRow(r, column, 1);
        const taken = new Set(t.headers().map((h) => h.toLowerCase()));
        let header = name ?? `Column${t.rect.columns + 1}`;
        const base = header;
        let k = 2;
        while (taken.has(header.toLowerCase())) header = `${base}${k++}`;
        t.rect = { ...t.rect, columns: t.rect.columns + 1 };
        t.sheet.setRaw(t.rect.row, column, header);
        if (values) values.slice(1).forEach((row, i) => t.sheet.write(t.rect.row + 1 + i, column, row[0]));
        return { table: t, index: at };
      },
    });
  }
}

export class FakeTableRow extends FakeObject<{ table: TableModel; index: number }> {
  protected _scalars(): readonly string[] {
    return ["index", "values"];
  }

  protected _read(prop: string, m: { table: TableModel; index: number }): unknown {
    if (prop === "index") return m.index;
    const body = m.table.bodyRect();
    const row: unknown[] = [];
    for (let c = 0; c < body.columns; c++) row.push(m.table.sheet.value(body.row + m.index, body.column + c));
    return [row];
  }

  /** Removes the row from the table; the table's cells below move up. */
  delete(): void {
    this._call("delete", null, ({ table, index }) => {
      const body = table.bodyRect();
      if (index >= body.rows) fail("ItemNotFound", `No table row ${index}`);
      assertEditable(table.sheet, "TableRow.delete");
      const band = { row: body.row + index, column: body.column, rows: 1, columns: body.columns };
      if (body.rows === 1) {
        table.sheet.clear(band, "Contents");
        return;
      }
      table.sheet.deleteRowsUp({ ...band, rows: 1 });
      table.rect = { ...table.rect, rows: table.rect.rows - 1 };
    });
  }
}

export class FakeTableRowCollection extends FakeObject<TableModel> {
  constructor(
    ctx: FakeContextCore,
    private readonly table: () => TableModel | null,
  ) {
    super(ctx, { view: table });
  }

  protected _scalars(): readonly string[] {
    return ["count"];
  }

  protected _read(_prop: string, m: TableModel): unknown {
    return m.rect.rows - 1;
  }

  get count(): number { return this._get("count"); }

  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this._ctx, {
      method: "rows.getItemAt",
      args: [index],
      resolve: () => {
        const t = this.table();
        if (!t) return null;
        if (index < 0 || index >= t.rect.rows - 1) return fail("ItemNotFound", `No table row ${index}`);
        return { table: t, index };
      },
    });
  }

  add(): never {
    return fail("InvalidOperation", "The strict fake does not offer rows.add: append a 2-D array under the table and resize it");
  }
}
