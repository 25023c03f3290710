import { checkRect, parseAddress, type Rect } from "./address";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { assertEditable } from "./guards";
import type { ChartRecord, SheetModel } from "./model";
import { FakeCollection, FakeObject } from "./proxy";
import { FakeRange, type RangeModel } from "./range";
import { FakeTableCollection } from "./table";

export class FakeWorksheet extends FakeObject<SheetModel> {
  protected _scalars(): readonly string[] {
    return ["name", "position", "tabColor", "visibility", "id"];
  }

  protected _read(prop: string, m: SheetModel): unknown {
    switch (prop) {
      case "name":
        return m.name;
      case "position":
        return m.position;
      case "tabColor":
        return m.tabColor;
      case "visibility":
        return m.visibility;
      case "id":
        return `{${m.name}}`;
    }
    return undefined;
  }

  protected override _nav(prop: string): FakeObject<unknown> | undefined {
    if (prop === "tables") return this.tables as unknown as FakeObject<unknown>;
    if (prop === "protection") return this.protection as unknown as FakeObject<unknown>;
    return undefined;
  }

  get name(): string { return this._get("name"); }
  set name(name: string) {
    this._set("name", name, (m) => {
      const other = m.workbook.sheet(name);
      if (other && other !== m) fail("ItemAlreadyExists", `A sheet named "${name}" already exists`);
      m.name = name;
    });
  }

  get position(): number { return this._get("position"); }
  set position(position: number) {
    this._set("position", position, (m) => m.workbook.moveSheet(m, position));
  }

  get tabColor(): string { return this._get("tabColor"); }
  set tabColor(color: string) {
    this._set("tabColor", color, (m) => {
      if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color)) fail("InvalidArgument", `Bad colour ${color}`);
      m.tabColor = color.toUpperCase();
    });
  }

  get visibility(): string { return this._get("visibility"); }

  get tables(): FakeTableCollection {
    return this._child("tables", () => new FakeTableCollection(this._ctx, () => this._model()));
  }

  get protection(): FakeWorksheetProtection {
    return this._child("protection", () => new FakeWorksheetProtection(this._ctx, { view: () => this._model() }));
  }

  get freezePanes(): FakeFreezePanes {
    return this._child("freezePanes", () => new FakeFreezePanes(this._ctx, { view: () => this._model() }));
  }

  get charts(): FakeChartCollection {
    return this._child("charts", () => new FakeChartCollection(this._ctx, () => this._model()));
  }

  private range(method: string, args: unknown, f: (m: SheetModel) => Rect | null): FakeRange {
    return new FakeRange(this._ctx, {
      method,
      args,
      resolve: (): RangeModel | null => {
        const m = this._model();
        if (!m) return null;
        const rect = f(m);
        return rect ? { sheet: m, rect: checkRect(rect) } : null;
      },
    });
  }

  getRange(address?: string): FakeRange {
    return this.range("getRange", [address ?? null], () => {
      if (address === undefined) return { row: 0, column: 0, rows: 1048576, columns: 16384 };
      const parsed = parseAddress(address);
      return parsed.rect;
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.range("getRangeByIndexes", [row, column, rows, columns], () => ({ row, column, rows, columns }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.range("getCell", [row, column], () => ({ row, column, rows: 1, columns: 1 }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range("getUsedRange", [valuesOnly ?? false], (m) => m.usedRect() ?? { row: 0, column: 0, rows: 1, columns: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range("getUsedRangeOrNullObject", [valuesOnly ?? false], (m) => m.usedRect() ?? null);
  }

  delete(): void {
    this._call("delete", null, (m) => m.workbook.deleteSheet(m));
  }

  activate(): void {
    this._call("activate", null, () => undefined);
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  protected _bind(model: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this._ctx, { view: () => model });
  }

  private sheetBy(method: string, args: unknown, f: () => SheetModel | null): FakeWorksheet {
    return new FakeWorksheet(this._ctx, { method, args, resolve: f });
  }

  getItem(name: string): FakeWorksheet {
    return this.sheetBy("getItem", [name], () => this._ctx.model.sheet(name) ?? fail("ItemNotFound", `The requested worksheet "${name}" doesn't exist.`));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.sheetBy("getItemOrNullObject", [name], () => this._ctx.model.sheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheetBy("getActiveWorksheet", null, () => this._ctx.model.sheets[0] ?? null);
  }

  add(name?: string): FakeWorksheet {
    return this.sheetBy("add", [name ?? null], () => this._ctx.model.addSheet(name));
  }
}

/** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected (see guards.ts for what that refuses). */
export class FakeWorksheetProtection extends FakeObject<SheetModel> {
  protected _scalars(): readonly string[] {
    return ["protected"];
  }

  protected _read(_prop: string, m: SheetModel): unknown {
    return m.isProtected;
  }

  get protected(): boolean { return this._get("protected"); }

  protect(): void {
    this._call("protect", null, (m) => {
      m.isProtected = true;
    });
  }

  unprotect(): void {
    this._call("unprotect", null, (m) => {
      m.isProtected = false;
    });
  }
}

export class FakeFreezePanes extends FakeObject<SheetModel> {
  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (m) => {
      m.frozenRows = count;
      m.frozenColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (m) => {
      m.frozenColumns = count;
      m.frozenRows = 0;
    });
  }

  unfreeze(): void {
    this._call("unfreeze", null, (m) => {
      m.frozenRows = 0;
      m.frozenColumns = 0;
    });
  }
}

export class FakeChart extends FakeObject<ChartRecord> {
  protected _scalars(): readonly string[] {
    return ["name", "chartType"];
  }

  protected _read(prop: string, m: ChartRecord): unknown {
    return prop === "name" ? m.name : m.type;
  }

  get name(): string { return this._get("name"); }
  set name(name: string) { this._set("name", name, (m) => { m.name = name; }); }

  get title(): FakeChartTitle {
    return this._child("title", () => new FakeChartTitle(this._ctx, { view: () => this._model() }));
  }

  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const where = typeof startCell === "string" ? startCell : null;
    this._call("setPosition", [where, typeof endCell === "string" ? endCell : null], (m) => {
      const start = typeof startCell === "string" ? startCell : startCell._require();
      m.topLeft = typeof start === "string" ? start : `${start.rect.row},${start.rect.column}`;
    });
  }

  delete(): void {
    this._call("delete", null, (m) => {
      for (const sheet of this._ctx.model.sheets) {
        const i = sheet.charts.indexOf(m);
        if (i >= 0) sheet.charts.splice(i, 1);
      }
    });
  }
}

export class FakeChartTitle extends FakeObject<ChartRecord> {
  protected _scalars(): readonly string[] {
    return ["text"];
  }

  protected _read(_prop: string, m: ChartRecord): unknown {
    return m.title ?? "";
  }

  get text(): string { return this._get("text"); }
  set text(text: string) { this._set("text", text, (m) => { m.title = text; }); }
}

export class FakeChartCollection extends FakeCollection<ChartRecord, FakeChart> {
  constructor(
    ctx: FakeContextCore,
    private readonly sheet: () => SheetModel | null,
  ) {
    super(ctx, { view: () => sheet()?.charts ?? null });
  }

  protected _bind(model: ChartRecord): FakeChart {
    return new FakeChart(this._ctx, { view: () => model });
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    return new FakeChart(this._ctx, {
      method: "charts.add",
      args: [type, sourceData._id, seriesBy],
      resolve: () => {
        const sheet = this.sheet();
        if (!sheet) return fail("ItemNotFound", "null worksheet");
        assertEditable(sheet, "charts.add");
        const source = sourceData._require();
        if (source.sheet !== sheet) fail("InvalidArgument", "The chart's data must be on its sheet");
        const record: ChartRecord = { id: this._ctx.model.id(), name: `Chart ${sheet.charts.length + 1}`, type, source: { ...source.rect }, seriesBy };
        sheet.charts.push(record);
        return record;
      },
    });
  }
}
