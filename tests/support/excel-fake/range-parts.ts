import type { Rect } from "./address";
import type { FakeContextCore } from "./context";
import { fail } from "./errors";
import { assertEditable, assertOperationSize } from "./guards";
import type { ConditionalFormatRecord, SheetModel } from "./model";
import { FakeCollection, FakeObject } from "./proxy";

type RangeModel = { sheet: SheetModel; rect: Rect };
type RangeView = () => RangeModel | null;

function style(m: RangeModel, property: string, value: unknown): void {
  assertEditable(m.sheet, property);
  m.sheet.addStyle(m.rect, property, value);
}

/** A group of style properties recorded as they are set (font, fill, alignment…). */
class FakeStyleGroup extends FakeObject<RangeModel> {
  constructor(
    ctx: FakeContextCore,
    view: RangeView,
    private readonly prefix: string,
    private readonly props: readonly string[],
  ) {
    super(ctx, { view });
    for (const p of props) {
      Object.defineProperty(this, p, {
        get: () => this._get(p),
        set: (v: unknown) => this._set(`${prefix}.${p}`, v, (m) => style(m, `${prefix}.${p}`, v)),
      });
    }
  }

  protected _scalars(): readonly string[] {
    return this.props;
  }

  protected _read(prop: string, m: RangeModel): unknown {
    const key = `${this.prefix}.${prop}`;
    const hit = [...m.sheet.styles].reverse().find((s) => s.property === key && s.rect.row <= m.rect.row && s.rect.column <= m.rect.column && s.rect.row + s.rect.rows > m.rect.row && s.rect.column + s.rect.columns > m.rect.column);
    return hit ? hit.value : null;
  }

  clear(): void {
    this._call(`${this.prefix}.clear`, null, (m) => style(m, `${this.prefix}.clear`, true));
  }
}

export type FakeFont = FakeStyleGroup & { bold: boolean; italic: boolean; size: number; color: string; name: string };
export type FakeFill = FakeStyleGroup & { color: string };

export class FakeRangeFormat extends FakeObject<RangeModel> {
  constructor(
    ctx: FakeContextCore,
    private readonly view: RangeView,
  ) {
    super(ctx, { view });
  }

  protected _scalars(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }

  protected _read(prop: string, m: RangeModel): unknown {
    if (prop === "columnWidth") return m.sheet.columnWidths.get(m.rect.column) ?? 48;
    const hit = [...m.sheet.styles].reverse().find((s) => s.property === `format.${prop}`);
    return hit ? hit.value : null;
  }

  protected override _nav(prop: string): FakeObject<unknown> | undefined {
    if (prop === "font") return this.font as unknown as FakeObject<unknown>;
    if (prop === "fill") return this.fill as unknown as FakeObject<unknown>;
    return undefined;
  }

  get font(): FakeFont {
    return this._child("font", () => new FakeStyleGroup(this._ctx, this.view, "font", ["bold", "italic", "size", "color", "name"]) as FakeFont);
  }

  get fill(): FakeFill {
    return this._child("fill", () => new FakeStyleGroup(this._ctx, this.view, "fill", ["color"]) as FakeFill);
  }

  get columnWidth(): number { return this._get("columnWidth"); }
  set columnWidth(points: number) {
    this._set("columnWidth", points, ({ sheet, rect }) => {
      assertEditable(sheet, "format.columnWidth");
      if (!(points >= 0)) fail("InvalidArgument", "columnWidth must be a number of points ≥ 0");
      for (let c = rect.column; c < rect.column + rect.columns; c++) sheet.columnWidths.set(c, points);
    });
  }

  set rowHeight(points: number) { this._set("rowHeight", points, (m) => style(m, "format.rowHeight", points)); }
  set wrapText(on: boolean) { this._set("wrapText", on, (m) => style(m, "format.wrapText", on)); }
  set horizontalAlignment(a: string) { this._set("horizontalAlignment", a, (m) => style(m, "format.horizontalAlignment", a)); }
  set verticalAlignment(a: string) { this._set("verticalAlignment", a, (m) => style(m, "format.verticalAlignment", a)); }

  /** Widths from the longest text in each column (about 7 points a character, 10 for CJK). */
  autofitColumns(): void {
    this._call("autofitColumns", null, ({ sheet, rect }) => {
      assertEditable(sheet, "format.autofitColumns");
      const lastRow = Math.min(rect.row + rect.rows, sheet.rowCount());
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        let width = 0;
        for (let r = rect.row; r < lastRow; r++) {
          const text = String(sheet.value(r, c));
          let w = 0;
          for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 11 : 6;
          width = Math.max(width, w + 6);
        }
        sheet.columnWidths.set(c, Math.max(width, 20));
      }
    });
  }

  autofitRows(): void {
    this._call("autofitRows", null, () => undefined);
  }
}

export class FakeDataValidation extends FakeObject<RangeModel> {
  constructor(ctx: FakeContextCore, view: RangeView) {
    super(ctx, { view });
  }

  protected _scalars(): readonly string[] {
    return ["rule", "type", "valid"];
  }

  protected _read(prop: string, m: RangeModel): unknown {
    const rule = m.sheet.validationAt(m.rect.row, m.rect.column);
    if (prop === "rule") return rule ?? {};
    if (prop === "type") return rule ? Object.keys(rule)[0] : "None";
    return true;
  }

  get rule(): Record<string, unknown> { return this._get("rule"); }
  set rule(rule: Record<string, unknown>) {
    this._set("rule", rule, ({ sheet, rect }) => {
      assertEditable(sheet, "dataValidation.rule");
      assertOperationSize(rect, this._ctx.limits.operationCells, "dataValidation.rule");
      const list = rule.list as { source?: unknown } | undefined;
      if (list && typeof list.source === "string" && list.source.length > 255) {
        fail("InvalidArgument", "A list typed into data validation is limited to 255 characters");
      }
      sheet.addValidation(rect, JSON.parse(JSON.stringify(rule)));
    });
  }

  set errorAlert(alert: Record<string, unknown>) {
    this._set("errorAlert", alert, (m) => style(m, "dataValidation.errorAlert", alert));
  }

  clear(): void {
    this._call("clear", null, ({ sheet, rect }) => {
      assertEditable(sheet, "dataValidation.clear");
      sheet.addValidation(rect);
    });
  }
}

class FakeCfPart extends FakeObject<ConditionalFormatRecord> {
  constructor(
    ctx: FakeContextCore,
    view: () => ConditionalFormatRecord | null,
    private readonly key: "formula" | "fillColor" | "fontColor",
    private readonly prop: string,
  ) {
    super(ctx, { view });
    Object.defineProperty(this, prop, {
      get: () => this._get(prop),
      set: (v: unknown) => this._set(prop, v, (m) => { m[this.key] = String(v); }),
    });
  }

  protected _scalars(): readonly string[] {
    return [this.prop];
  }

  protected _read(_prop: string, m: ConditionalFormatRecord): unknown {
    return m[this.key] ?? null;
  }
}

export class FakeConditionalFormat extends FakeObject<ConditionalFormatRecord> {
  protected _scalars(): readonly string[] {
    return ["type", "id"];
  }

  protected _read(prop: string, m: ConditionalFormatRecord): unknown {
    return prop === "type" ? m.type : String(m.id);
  }

  get type(): string { return this._get("type"); }

  get custom(): { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } {
    const view = () => this._model();
    return {
      rule: new FakeCfPart(this._ctx, view, "formula", "formula") as unknown as { formula: string },
      format: {
        fill: new FakeCfPart(this._ctx, view, "fillColor", "color") as unknown as { color: string },
        font: new FakeCfPart(this._ctx, view, "fontColor", "color") as unknown as { color: string },
      },
    };
  }

  delete(): void {
    this._call("delete", null, () => {
      for (const sheet of this._ctx.model.sheets) {
        const i = sheet.conditionalFormats.findIndex((f) => f === this._model());
        if (i >= 0) sheet.conditionalFormats.splice(i, 1);
      }
    });
  }
}

/** The conditional formats that touch a range. */
export class FakeConditionalFormatCollection extends FakeCollection<ConditionalFormatRecord, FakeConditionalFormat> {
  constructor(
    ctx: FakeContextCore,
    private readonly range: RangeView,
  ) {
    super(ctx, {
      view: () => {
        const m = range();
        return m ? m.sheet.conditionalFormatsAt(m.rect) : null;
      },
    });
  }

  protected _bind(model: ConditionalFormatRecord): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, { view: () => model });
  }

  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, {
      method: "conditionalFormats.add",
      args: [type],
      resolve: () => {
        const m = this.range();
        if (!m) return fail("ItemNotFound", "null range");
        assertEditable(m.sheet, "conditionalFormats.add");
        assertOperationSize(m.rect, this._ctx.limits.operationCells, "conditionalFormats.add");
        if (!["Custom", "CellValue", "ColorScale", "DataBar", "IconSet", "TopBottom", "PresetCriteria", "ContainsText"].includes(type)) fail("InvalidArgument", `Unknown conditional format type ${type}`);
        const record: ConditionalFormatRecord = { id: this._ctx.model.id(), rect: { ...m.rect }, type };
        m.sheet.conditionalFormats.push(record);
        return record;
      },
    });
  }

  clearAll(): void {
    this._call("clearAll", null, () => {
      const m = this.range();
      if (!m) return;
      assertEditable(m.sheet, "conditionalFormats.clearAll");
      const hit = new Set(m.sheet.conditionalFormatsAt(m.rect));
      const keep = m.sheet.conditionalFormats.filter((f) => !hit.has(f));
      m.sheet.conditionalFormats.splice(0, m.sheet.conditionalFormats.length, ...keep);
    });
  }
}
