import { contains, intersects, MAX_COLUMNS, type Rect } from "./address";
import { fail } from "./errors";
import { assertEditable, assertNoMergeIn, assertShiftable } from "./guards";
import { interpretInput } from "./input";

export type CellValue = string | number | boolean;

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface ValidationRecord {
  rect: Rect;
  /** undefined: cleared. */
  rule?: Record<string, unknown>;
}

export interface ConditionalFormatRecord {
  id: number;
  rect: Rect;
  type: string;
  formula?: string;
  fillColor?: string;
  fontColor?: string;
}

export interface ChartRecord {
  id: number;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  topLeft?: string;
}

export interface StyleRecord {
  rect: Rect;
  property: string;
  value: unknown;
}

/** Number formats: broad spans (whole columns) and single cells, the last write winning. */
class FormatStore {
  private spans: { rect: Rect; format: string }[] = [];
  private cells = new Map<number, string>();

  get(row: number, column: number): string {
    const own = this.cells.get(row * MAX_COLUMNS + column);
    if (own !== undefined) return own;
    for (let i = this.spans.length - 1; i >= 0; i--) if (contains(this.spans[i].rect, row, column)) return this.spans[i].format;
    return "General";
  }

  setCell(row: number, column: number, format: string): void {
    this.cells.set(row * MAX_COLUMNS + column, format);
  }

  setSpan(rect: Rect, format: string): void {
    for (const key of [...this.cells.keys()]) {
      if (contains(rect, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)) this.cells.delete(key);
    }
    this.spans = this.spans.filter((s) => !(s.rect.row >= rect.row && s.rect.column >= rect.column && s.rect.row + s.rect.rows <= rect.row + rect.rows && s.rect.column + s.rect.columns <= rect.column + rect.columns));
    this.spans.push({ rect: { ...rect }, format });
  }

  /** Moves the cell formats of a column band `by` rows down, from `fromRow` on (cells inserted). */
  shiftDown(fromRow: number, column: number, columns: number, by: number): void {
    const moved: [number, string][] = [];
    for (const [key, f] of this.cells) {
      const c = key % MAX_COLUMNS;
      if (Math.floor(key / MAX_COLUMNS) >= fromRow && c >= column && c < column + columns) moved.push([key, f]);
    }
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, f] of moved) this.cells.set(key + by * MAX_COLUMNS, f);
  }

  /** Moves the cell formats of one row segment `by` columns (cells inserted or deleted). */
  shiftRow(row: number, fromColumn: number, by: number): void {
    const moved: [number, string][] = [];
    for (const [key, f] of this.cells) {
      if (Math.floor(key / MAX_COLUMNS) === row && key % MAX_COLUMNS >= fromColumn) moved.push([key, f]);
    }
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, f] of moved) this.cells.set(key + by, f);
  }

  snapshot(): unknown {
    return { spans: this.spans, cells: [...this.cells.entries()].sort((a, b) => a[0] - b[0]) };
  }
}

function covers(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.rows <= outer.row + outer.rows && inner.column + inner.columns <= outer.column + outer.columns;
}

export class SheetModel {
  /** Dense rows of values; a missing row or cell is empty (""). */
  private rows: CellValue[][] = [];
  private formulas = new Map<number, string>();
  private quotePrefix = new Set<number>();
  readonly formats = new FormatStore();
  readonly hyperlinks = new Map<number, Hyperlink>();
  readonly validations: ValidationRecord[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly charts: ChartRecord[] = [];
  readonly styles: StyleRecord[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Merged cells, each a rectangle (arranged by a test: the adapter never merges). */
  readonly merges: Rect[] = [];
  /** Protect Sheet as a user sets it: every cell locked (see guards.ts). */
  isProtected = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor = "";
  visibility = "Visible";

  constructor(
    readonly workbook: WorkbookModel,
    public name: string,
  ) {}

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  value(row: number, column: number): CellValue {
    const r = this.rows[row];
    const v = r ? r[column] : undefined;
    return v === undefined ? "" : v;
  }

  formula(row: number, column: number): string | undefined {
    return this.formulas.get(row * MAX_COLUMNS + column);
  }

  hasQuotePrefix(row: number, column: number): boolean {
    return this.quotePrefix.has(row * MAX_COLUMNS + column);
  }

  /** Writes one input value as Excel would (null leaves the cell unchanged). */
  write(row: number, column: number, input: unknown): void {
    if (input === null || input === undefined) return;
    // "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits,
    // https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
    if (typeof input === "string" && input.length > 32767) fail("InvalidArgument", `A cell holds at most 32,767 characters (${input.length} given).`);
    const key = row * MAX_COLUMNS + column;
    const stored = interpretInput(input, this.formats.get(row, column));
    this.setRaw(row, column, stored.value);
    if (stored.formula) this.formulas.set(key, stored.formula);
    else this.formulas.delete(key);
    if (stored.quotePrefix) this.quotePrefix.add(key);
    else this.quotePrefix.delete(key);
    if (stored.dateFormat && this.formats.get(row, column) === "General") this.formats.setCell(row, column, stored.dateFormat);
  }

  /** Writes through Range.formulas: "=…" is a formula, anything else is input as values. */
  writeFormula(row: number, column: number, input: unknown): void {
    this.write(row, column, input);
  }

  setRaw(row: number, column: number, value: CellValue): void {
    let r = this.rows[row];
    if (!r) {
      if (value === "") return;
      r = this.rows[row] = [];
    }
    r[column] = value;
  }

  clear(rect: Rect, what: "All" | "Contents" | "Formats"): void {
    for (let row = rect.row; row < rect.row + rect.rows && row < this.rows.length; row++) {
      if (!this.rows[row]) continue;
      if (what !== "Formats") {
        for (let c = rect.column; c < rect.column + rect.columns && c < this.rows[row].length; c++) {
          this.setRaw(row, c, "");
          this.formulas.delete(row * MAX_COLUMNS + c);
          this.quotePrefix.delete(row * MAX_COLUMNS + c);
          this.hyperlinks.delete(row * MAX_COLUMNS + c);
        }
      }
    }
    if (what !== "Contents") this.formats.setSpan(rect, "General");
  }

  /** Inserts (by > 0) or deletes (by < 0) cells in one row, moving the rest of the row sideways. */
  shiftRow(row: number, fromColumn: number, by: number): void {
    const r = this.rows[row];
    const keys = (m: Map<number, unknown> | Set<number>) => [...m.keys()].filter((k) => Math.floor(k / MAX_COLUMNS) === row && k % MAX_COLUMNS >= fromColumn);
    if (r && r.length > fromColumn) {
      const tail = r.splice(fromColumn);
      if (by > 0) r.push(...new Array<CellValue>(by).fill(""), ...tail);
      else r.push(...tail.slice(-by));
    }
    for (const store of [this.formulas, this.hyperlinks] as Map<number, unknown>[]) {
      const moved = keys(store).map((k) => [k, store.get(k)] as const);
      moved.forEach(([k]) => store.delete(k));
      moved.forEach(([k, v]) => k % MAX_COLUMNS + by >= fromColumn && store.set(k + by, v));
    }
    const q = keys(this.quotePrefix);
    q.forEach((k) => this.quotePrefix.delete(k));
    q.forEach((k) => this.quotePrefix.add(k + by));
    this.formats.shiftRow(row, fromColumn, by);
  }

  /** Removes whole rows of one column band, moving the cells below up. */
  deleteRowsUp(rect: Rect): void {
    const inBand = (m: Rect) => m.column >= rect.column && m.column + m.columns <= rect.column + rect.columns;
    const kept = this.merges.filter((m) => !(inBand(m) && m.row >= rect.row && m.row + m.rows <= rect.row + rect.rows));
    this.merges.splice(0, this.merges.length, ...kept.map((m) => (inBand(m) && m.row >= rect.row + rect.rows ? { ...m, row: m.row - rect.rows } : m)));
    const lastRow = this.rows.length;
    for (let row = rect.row; row < lastRow; row++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        const from = row + rect.rows;
        this.setRaw(row, c, from < lastRow ? this.value(from, c) : "");
        const fk = from * MAX_COLUMNS + c;
        const k = row * MAX_COLUMNS + c;
        const f = this.formulas.get(fk);
        if (f !== undefined) this.formulas.set(k, f);
        else this.formulas.delete(k);
      }
    }
  }

  /**
   * Range.insert(Down): the band's cells from rect.row on move down by rect.rows; the new cells
   * are empty. (Tables are moved by WorkbookModel.insertDown, which calls this.)
   */
  insertDown(rect: Rect): void {
    for (let i = 0; i < this.merges.length; i++) {
      const m = this.merges[i];
      if (m.column >= rect.column && m.column + m.columns <= rect.column + rect.columns && m.row >= rect.row) this.merges[i] = { ...m, row: m.row + rect.rows };
    }
    const lastRow = this.rows.length;
    for (let row = lastRow - 1; row >= rect.row; row--) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        const to = row + rect.rows;
        this.setRaw(to, c, this.value(row, c));
        this.setRaw(row, c, "");
        for (const store of [this.formulas, this.hyperlinks] as Map<number, unknown>[]) {
          const v = store.get(row * MAX_COLUMNS + c);
          store.delete(row * MAX_COLUMNS + c);
          if (v !== undefined) store.set(to * MAX_COLUMNS + c, v);
        }
        if (this.quotePrefix.delete(row * MAX_COLUMNS + c)) this.quotePrefix.add(to * MAX_COLUMNS + c);
      }
    }
    this.formats.shiftDown(rect.row, rect.column, rect.columns, rect.rows);
  }

  /** The smallest rectangle holding every non-empty value, or undefined for an empty sheet. */
  usedRect(): Rect | undefined {
    let r0 = -1, r1 = -1, c0 = Infinity, c1 = -1;
    this.rows.forEach((r, i) => {
      if (!r) return;
      r.forEach((v, c) => {
        if (v === "" || v === undefined) return;
        if (r0 < 0) r0 = i;
        r1 = i;
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      });
    });
    if (r0 < 0) return undefined;
    return { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }

  /** A newer record hides older ones it covers entirely; they are dropped, as Excel keeps one rule a cell. */
  addValidation(rect: Rect, rule?: Record<string, unknown>): void {
    const kept = this.validations.filter((v) => !covers(rect, v.rect));
    this.validations.splice(0, this.validations.length, ...kept, { rect: { ...rect }, rule });
  }

  addStyle(rect: Rect, property: string, value: unknown): void {
    const kept = this.styles.filter((s) => !(s.property === property && covers(rect, s.rect)));
    this.styles.splice(0, this.styles.length, ...kept, { rect: { ...rect }, property, value });
  }

  validationAt(row: number, column: number): Record<string, unknown> | undefined {
    for (let i = this.validations.length - 1; i >= 0; i--) if (contains(this.validations[i].rect, row, column)) return this.validations[i].rule;
    return undefined;
  }

  conditionalFormatsAt(rect: Rect): ConditionalFormatRecord[] {
    return this.conditionalFormats.filter((f) => intersects(f.rect, rect));
  }

  rowCount(): number {
    return this.rows.length;
  }

  /** Everything observable about the sheet, for "the second run changed nothing" comparisons. */
  snapshot(): unknown {
    return {
      name: this.name,
      rows: this.rows.map((r) => (r ? [...r].map((v) => (v === undefined ? "" : v)) : [])),
      formulas: [...this.formulas.entries()],
      quotePrefix: [...this.quotePrefix],
      formats: this.formats.snapshot(),
      hyperlinks: [...this.hyperlinks.entries()],
      validations: this.validations,
      conditionalFormats: this.conditionalFormats.map(({ id: _id, ...rest }) => rest),
      charts: this.charts.map(({ id: _id, ...rest }) => rest),
      styles: this.styles,
      columnWidths: [...this.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      frozenRows: this.frozenRows,
      tabColor: this.tabColor,
      merges: this.merges,
      isProtected: this.isProtected,
    };
  }
}

export class TableModel {
  style = "TableStyleMedium2";
  showTotals = false;
  /** An AutoFilter with criteria set on some column (rows hidden): see guards.ts for what it refuses. */
  filtered = false;
  constructor(
    public name: string,
    public sheet: SheetModel,
    /** The whole table, header row included. */
    public rect: Rect,
  ) {}

  headers(): string[] {
    const out: string[] = [];
    for (let c = 0; c < this.rect.columns; c++) out.push(String(this.sheet.value(this.rect.row, this.rect.column + c)));
    return out;
  }

  headerRect(): Rect {
    return { ...this.rect, rows: 1 };
  }

  /** The data rows: between the header row and the totals row (when shown). */
  bodyRect(): Rect {
    return { ...this.rect, row: this.rect.row + 1, rows: this.rect.rows - 1 - (this.showTotals ? 1 : 0) };
  }

  totalsRect(): Rect | undefined {
    return this.showTotals ? { ...this.rect, row: this.rect.row + this.rect.rows - 1, rows: 1 } : undefined;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  private nextId = 1;

  id(): number {
    return this.nextId++;
  }

  sheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  table(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.sheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    if (n.length === 0 || n.length > 31 || /[\\/?*[\]:]/.test(n) || /^'|'$/.test(n)) fail("InvalidArgument", `Invalid sheet name "${n}"`);
    if (this.sheet(n)) fail("ItemAlreadyExists", `A sheet named "${n}" already exists`);
    const sheet = new SheetModel(this, n);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1) fail("InvalidOperation", "A workbook must keep at least one visible sheet");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (position < 0 || position >= this.sheets.length) fail("InvalidArgument", `Bad sheet position ${position}`);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  /** Creates a table the way Excel does: unique header texts, and one blank body row when given only a header. */
  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    let r = { ...rect };
    if (!hasHeaders) {
      r = { ...r, row: r.row - 1, rows: r.rows + 1 };
      if (r.row < 0) fail("InvalidArgument", "No room for the header row above the range");
      // Excel inserts a header row above; the fake asks for room instead of shifting the sheet.
    }
    if (r.rows === 1) r.rows = 2;
    assertEditable(sheet, "adding a table");
    assertNoMergeIn(sheet, r, "the new table");
    for (const t of this.tables) if (t.sheet === sheet && intersects(t.rect, r)) fail("InvalidOperation", "A table cannot overlap another table");
    const seen = new Set<string>();
    for (let c = 0; c < r.columns; c++) {
      const raw = hasHeaders ? sheet.value(r.row, r.column + c) : "";
      let text = String(raw).trim() === "" ? `Column${c + 1}` : String(raw);
      let k = 2;
      const base = text;
      while (seen.has(text.toLowerCase())) text = `${base}${k++}`;
      seen.add(text.toLowerCase());
      if (text !== raw) sheet.setRaw(r.row, r.column + c, text);
    }
    let i = 1;
    while (this.table(`Table${i}`)) i++;
    const table = new TableModel(`Table${i}`, sheet, r);
    this.tables.push(table);
    return table;
  }

  /**
   * Range.insert(Down) over a band of columns. A table wholly inside the band and at or below
   * the inserted rows moves down; one the insert cuts through grows when the band covers its
   * columns, and otherwise the insert is refused, as Excel refuses to shift part of a table
   * ("This operation is attempting to shift cells in a table on your worksheet"; Range.insert in
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)).
   */
  insertDown(sheet: SheetModel, rect: Rect): void {
    assertEditable(sheet, "inserting cells");
    assertShiftable(sheet, this.tablesOn(sheet), rect);
    const band = (t: TableModel) => t.rect.column >= rect.column && t.rect.column + t.rect.columns <= rect.column + rect.columns;
    const sideways = (t: TableModel) => t.rect.column < rect.column + rect.columns && t.rect.column + t.rect.columns > rect.column;
    const moves: (() => void)[] = [];
    for (const t of this.tablesOn(sheet)) {
      if (!sideways(t) || t.rect.row + t.rect.rows <= rect.row) continue;
      if (!band(t)) fail("InvalidOperation", `This operation is attempting to shift cells in a table on your worksheet (${t.name}).`);
      if (t.rect.row >= rect.row) moves.push(() => { t.rect = { ...t.rect, row: t.rect.row + rect.rows }; });
      else if (t.rect.row < rect.row) moves.push(() => { t.rect = { ...t.rect, rows: t.rect.rows + rect.rows }; });
    }
    sheet.insertDown(rect);
    moves.forEach((m) => m());
  }

  /**
   * Values written directly below a table make the table grow over them: "setting the range
   * values directly below the table automatically expands the table" (Coauthoring in Excel
   * add-ins, https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins,
   * on avoiding TableRowCollection.add). A table showing its totals row does not grow this way:
   * the row under it is not adjacent to its data.
   */
  expandOverWrite(sheet: SheetModel, rect: Rect, wroteSomething: boolean): void {
    if (!wroteSomething) return;
    for (const t of this.tablesOn(sheet)) {
      if (t.showTotals || t.filtered || rect.row !== t.rect.row + t.rect.rows) continue;
      if (rect.column >= t.rect.column + t.rect.columns || rect.column + rect.columns <= t.rect.column) continue;
      const grown = { ...t.rect, rows: t.rect.rows + rect.rows };
      if (this.tablesOn(sheet).some((o) => o !== t && intersects(o.rect, grown)) || sheet.merges.some((m) => intersects(m, grown))) continue;
      t.rect = grown;
    }
  }

  /**
   * A table name is a defined name: it starts with a letter, _ or \\, goes on with letters, digits,
   * _ and ., is at most 255 characters, is neither TRUE/FALSE nor a cell reference (A1, xfd1048576,
   * R1C1, R, C), and no other table has it, case aside (ECMA-376 Part 1, "Names" in SpreadsheetML;
   * Table.name, https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member).
   * Excel answers InvalidArgument and ItemAlreadyExists.
   */
  renameTable(table: TableModel, name: string): void {
    const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) && /^([A-Za-z]{1,3})(\d+)$/.exec(name)!.slice(1).every((part, i) => (i === 0 ? part.toUpperCase() <= "XFD" || part.length < 3 : Number(part) >= 1 && Number(part) <= 1048576));
    const r1c1 = /^[Rr](\d*)[Cc]?(\d*)$/.test(name);
    if (!/^[A-Za-z_\\\u3400-\u9fff][A-Za-z0-9_.\\\u3400-\u9fff]*$/.test(name) || name.length > 255 || /^(true|false)$/i.test(name) || cellLike || r1c1 || /^[Cc]$/.test(name)) {
      fail("InvalidArgument", `Invalid table name "${name}"`);
    }
    const other = this.table(name);
    if (other && other !== table) fail("ItemAlreadyExists", `A table named "${name}" already exists`);
    table.name = name;
  }
}
