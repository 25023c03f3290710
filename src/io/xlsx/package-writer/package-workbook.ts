import * as yauzl from "yauzl";
import type { AppendResult, CellUpdate, LayoutChange, ReportSheet, SheetLayout, TableData, WorkbookPort } from "../../port";
import type { Cell } from "../../../workbook/cell";
import { headerKey } from "../../../workbook/headers";
import { rowNumberOf } from "../../../workbook/table-data";
import { keyedRow } from "../../keyed-rows";
import { realign } from "../../realign";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../read-limits";
import { XlsxReader } from "../fast-read";
import { readPackageMap, relationshipsOf, type PackageMap } from "../fast-package";
import { readDateStyles } from "../fast-styles";
import { ZipParts } from "../fast-zip";
import { fileError, WorkbookFileError } from "../file-errors";
import { VALIDATION_SPARE_ROWS } from "../apply-layout";
import { readForWriting, writeAtomically, type ReadFrom } from "../safe-save";
import { reportSheetXml } from "./report-xml";
import { SheetRewriter, type CellEdit, type SheetEdit } from "./sheet-edit";
import { StylesEditor } from "./styles-edit";
import { stretchTable, tableFacts, type TableFacts } from "./table-edit";
import { WorkbookEditor } from "./workbook-edit";
import { partsLeftBy } from "./orphans";
import { WriteRefused } from "./refused";
import { ZipOut } from "./zip-out";

/** Where a sheet's table sits and how far down it reaches (after the appends made so far). */
interface Shape {
  headers: Cell[];
  headerRow: number;
  firstColumn: number;
  lastRow: number;
  /** The last data row as read, before any append. */
  readLastRow: number;
}

const TABLE_TYPE = /\/table$/;

/**
 * The WorkbookPort for changing an existing .xlsx: reads through the streaming reader, collects the
 * changes, and `save` writes a new package in which only the changed parts differ: the sheets that
 * got cells (rewritten in one streaming pass), their table parts, generated sheets (replaced
 * whole), and the workbook, relationships, content types and styles parts only when a new sheet or
 * style needs them. Every other part is copied with its compressed bytes unchanged.
 */
export class XlsxPackage implements WorkbookPort {
  private readonly shapes = new Map<string, Shape>();
  /**
   * Each table as read, with this session's appends and updates applied: a second read (the
   * handover re-reads what it changed) sees them, as in Excel, without inflating the part again.
   */
  private readonly tables = new Map<string, TableData | undefined>();
  private readonly edits = new Map<string, Map<number, Map<number, CellEdit>>>();
  /** Rows appended per sheet, as arrays in table column order. */
  private readonly appended = new Map<string, Cell[][]>();
  private readonly reports = new Map<string, ReportSheet>();

  private constructor(
    readonly file: string,
    private readonly buffer: Buffer,
    /** The file as it was read; undefined for a package made in memory (a new workbook). */
    private readonly from: ReadFrom | undefined,
    private readonly reader: XlsxReader,
    private readonly zip: ZipParts,
    private readonly map: PackageMap,
  ) {}

  static async open(file: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<XlsxPackage> {
    try {
      const { buffer, from } = await readForWriting(file);
      const reader = await XlsxReader.fromBuffer(file, buffer, limits);
      const zip = await ZipParts.fromBuffer(buffer);
      const map = await readPackageMap(zip);
      return new XlsxPackage(file, buffer, from, reader, zip, map);
    } catch (err) {
      throw err instanceof WorkbookFileError ? err : fileError(err, file);
    }
  }

  /**
   * A new workbook made in memory (by exceljs: sheets, tables, formats, drop-downs), to be filled
   * and saved as `file`: bulk rows stream into the package instead of through exceljs's model.
   */
  static async fromNew(file: string, buffer: Buffer): Promise<XlsxPackage> {
    const zip = await ZipParts.fromBuffer(buffer);
    return new XlsxPackage(file, buffer, undefined, await XlsxReader.fromBuffer(file, buffer), zip, await readPackageMap(zip));
  }

  async sheetNames(): Promise<string[]> {
    return this.reader.sheetNames();
  }

  async readTables(sheets: readonly string[]): Promise<Record<string, TableData | undefined>> {
    const unread = sheets.filter((name) => !this.tables.has(name));
    if (unread.length > 0) {
      for (const [name, table] of Object.entries(await this.reader.readTables(unread))) {
        this.tables.set(name, table);
        if (table) this.shapes.set(name, shapeOf(table));
      }
    }
    return Object.fromEntries(sheets.map((name) => [name, this.tables.get(name)]));
  }

  async readHeaders(sheets: readonly string[]): Promise<Record<string, Cell[] | undefined>> {
    const out: Record<string, Cell[] | undefined> = {};
    for (const name of sheets) out[name] = (await this.shape(name))?.headers;
    return out;
  }

  private async shape(sheet: string): Promise<Shape | undefined> {
    if (!this.shapes.has(sheet)) await this.readTables([sheet]);
    return this.shapes.get(sheet);
  }

  private async table(sheet: string): Promise<Shape> {
    const shape = await this.shape(sheet);
    if (!shape || shape.headers.length === 0) throw new WriteRefused(`工作表“${sheet}”不存在或没有表头`, `the sheet ${sheet} is missing or has no header row`);
    return shape;
  }

  private cellsOf(sheet: string): Map<number, Map<number, CellEdit>> {
    let cells = this.edits.get(sheet);
    if (!cells) this.edits.set(sheet, (cells = new Map()));
    return cells;
  }

  async appendRows(sheet: string, rows: readonly Cell[][], alignedTo?: readonly Cell[]): Promise<AppendResult> {
    return this.oneLine(() => this.append(sheet, rows, alignedTo));
  }

  private async append(sheet: string, rows: readonly Cell[][], alignedTo?: readonly Cell[]): Promise<AppendResult> {
    const shape = await this.table(sheet);
    const firstRow = shape.lastRow + 1;
    const width = shape.headers.length;
    const aligned = alignedTo ? refusing(() => realign(sheet, rows, alignedTo, shape.headers)) : rows;
    let list = this.appended.get(sheet);
    if (!list) this.appended.set(sheet, (list = []));
    const table = this.tables.get(sheet);
    let number = firstRow;
    for (const values of aligned) {
      const row = values.length === width ? (values as Cell[]) : Array.from({ length: width }, (_, c) => values[c] ?? null);
      list.push(row);
      table?.rows.push(row);
      table?.rowNumbers?.push(number++);
    }
    shape.lastRow += rows.length;
    return { firstRow, count: rows.length };
  }

  /**
   * Each update lands on the row that still holds its key (客户编码, 事件编号) in the table as read
   * and changed so far: where the key moved it is found again, where it is gone or on several rows
   * the write is refused (the rule of io/keyed-rows.ts, as the other adapters apply it). Every
   * update is placed before any is kept, so a refused one changes nothing.
   */
  async updateCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    return this.oneLine(() => this.update(sheet, updates));
  }

  /** A write refused before saving reaches the user as one line about this file (exit 3), not as a crash. */
  private async oneLine<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw err instanceof WriteRefused ? new WorkbookFileError("refused", this.file, err.message, err.english) : err;
    }
  }

  private async update(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    const shape = await this.table(sheet);
    const table = this.tables.get(sheet)!;
    const keys = shape.headers.map(headerKey);
    const columnOf = (header: string) => {
      const c = keys.indexOf(headerKey(header));
      if (c < 0) throw new WriteRefused(`${sheet} 缺少列“${header}”`, `${sheet} lacks the column ${header}`);
      return c;
    };
    const indexOfRow = rowIndex(table);
    const keyColumns = new Map<number, ReadonlyMap<number, unknown>>();
    const keyedRows = (c: number) => () => {
      let rows = keyColumns.get(c);
      if (!rows) keyColumns.set(c, (rows = new Map(table.rows.map((r, i) => [rowNumberOf(table, i), r[c]] as const))));
      return rows;
    };
    const placed = updates.map((u) => {
      const c = columnOf(u.header);
      const k = columnOf(u.key.header);
      const row = refusing(() => keyedRow(sheet, u, (r) => table.rows[indexOfRow(r)]?.[k], keyedRows(k)));
      return { row, c, value: u.value };
    });
    const cells = this.cellsOf(sheet);
    for (const { row, c, value } of placed) {
      let edits = cells.get(row);
      if (!edits) cells.set(row, (edits = new Map()));
      edits.set(shape.firstColumn + c, { value });
      // the table's row (for a row appended in this session, the appended row itself)
      table.rows[indexOfRow(row)][c] = value;
    }
  }

  async applyLayout(layouts: readonly SheetLayout[]): Promise<LayoutChange[]> {
    const sheets = layouts.map((l) => l.sheet);
    throw new WriteRefused(`不能在已有工作簿上改版式（${sheets.join("、")}）`, `the layout of an existing workbook is not changed here (${sheets.join(", ")})`);
  }

  async writeReport(report: ReportSheet): Promise<void> {
    this.reports.set(report.sheet, report);
  }

  /** Whether anything was changed since the workbook was read. */
  get changed(): boolean {
    return this.reports.size > 0 || this.appended.size > 0 || [...this.edits.values()].some((cells) => cells.size > 0);
  }

  /**
   * Writes the changed package back to the file it came from (refused if that file changed since it
   * was read), or to another file (`target`, never over an existing one unless `overwrite`).
   */
  async save(target: string = this.file, options: { overwrite?: boolean } = {}): Promise<void> {
    const back = target === this.file && this.from !== undefined;
    try {
      const plan = await this.plan();
      await writeAtomically(target, { overwrite: back || options.overwrite === true, readFrom: this.from }, async (handle) => {
        await this.writePackage(new ZipOut(handle), plan);
      });
    } catch (err) {
      if (err instanceof WriteRefused) throw new WorkbookFileError("refused", this.file, err.message, err.english);
      throw err instanceof WorkbookFileError ? err : fileError(err, target);
    }
  }

  /** Every new part's text (or a function streaming it), keyed by lower-cased part name; and the parts to drop. */
  private async plan(): Promise<{ replace: Map<string, () => AsyncIterable<string> | Iterable<string>>; drop: Set<string>; add: [string, string][] }> {
    const replace = new Map<string, () => AsyncIterable<string> | Iterable<string>>();
    const drop = new Set<string>();
    const add: [string, string][] = [];
    const key = (name: string) => name.toLowerCase();
    let formulas = false;
    const dateStyles = this.map.date1904 && this.map.stylesPath ? readDateStyles((await this.zip.text(this.map.stylesPath)) ?? "") : undefined;

    for (const sheet of new Set([...this.edits.keys(), ...this.appended.keys()])) {
      const cells = this.cellsOf(sheet);
      const rows = this.appended.get(sheet) ?? [];
      if (cells.size === 0 && rows.length === 0) continue;
      const part = this.map.sheets.find((s) => s.name === sheet);
      const shape = this.shapes.get(sheet);
      if (!part || !shape) throw new WriteRefused(`工作表“${sheet}”不存在`, `the sheet ${sheet} is missing`);
      const appended = rows.length > 0;
      const table = await this.tableOf(part.path, shape);
      if (table && appended) {
        if (table.facts.totalsRows > 0) throw new WriteRefused(
          `${sheet} 的表“${table.facts.name}”有汇总行，新行会落在汇总行下面：请先在 Excel 中关闭汇总行（表设计 → 汇总行）再写入`,
          `the table ${table.facts.name} on ${sheet} has a totals row, and new rows would land below it: turn the totals row off in Excel (Table Design → Total Row) first`,
        );
        if (table.facts.formulas.size > 0) formulas = true;
        const stretched = stretchTable(table.xml, shape.lastRow);
        replace.set(key(table.path), () => [stretched]);
      }
      const edit: SheetEdit = {
        sheet,
        cells,
        appended: appended ? { firstRow: shape.readLastRow + 1, firstColumn: shape.firstColumn, rows, formulas: table?.facts.formulas ?? new Map() } : undefined,
        templateRow: shape.readLastRow > shape.headerRow ? shape.readLastRow : undefined,
        lastRow: shape.lastRow,
        dateStyles1904: dateStyles,
        validations: appended ? { fromRow: shape.readLastRow, toRow: shape.lastRow + VALIDATION_SPARE_ROWS } : undefined,
      };
      const rewriter = new SheetRewriter(edit);
      replace.set(key(part.path), () => rewriter.rewrite(this.zip.chunks(part.path)));
    }

    if (this.reports.size > 0 || formulas) {
      const workbookPath = (await relationshipsOf(this.zip, "")).find((r) => /\/officeDocument$/.test(r.type))?.target ?? "xl/workbook.xml";
      const relsPath = workbookPath.replace(/([^/]+)$/, "_rels/$1.rels");
      const editor = new WorkbookEditor((await this.zip.text(workbookPath)) ?? "", (await this.zip.text(relsPath)) ?? "", (await this.zip.text("[Content_Types].xml")) ?? "");
      const styles = this.map.stylesPath ? new StylesEditor((await this.zip.text(this.map.stylesPath)) ?? "") : undefined;
      const taken = new Set(this.zip.names().map(key));
      const replaced: string[] = [];
      for (const report of this.reports.values()) {
        const { xml, printTitleRow } = reportSheetXml(report, (look) => styles?.style(look));
        const existing = this.map.sheets.find((s) => s.name === report.sheet);
        if (existing) {
          replace.set(key(existing.path), () => [xml]);
          replaced.push(existing.path);
        } else {
          let n = this.map.sheets.length + 1;
          while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
          const path = `xl/worksheets/sheet${n}.xml`;
          taken.add(path);
          add.push([path, xml]);
          editor.addSheet(report.sheet, path, workbookPath);
        }
        editor.setPrintTitles(report.sheet, printTitleRow);
      }
      // the old sheet's drawing, charts, comments … go with it, and so do their content types
      const left = await partsLeftBy(this.zip, replaced);
      for (const part of left) drop.add(part);
      editor.dropOverrides(left);
      if (formulas) editor.calculateOnLoad();
      replace.set(key(workbookPath), () => [editor.workbook]);
      replace.set(key(relsPath), () => [editor.rels]);
      replace.set(key("[Content_Types].xml"), () => [editor.contentTypes]);
      if (styles?.changed && this.map.stylesPath) {
        const xml = styles.toXml();
        replace.set(key(this.map.stylesPath), () => [xml]);
      }
    }
    return { replace, drop, add };
  }

  /** The sheet's table part that starts at the region's top-left cell. */
  private async tableOf(sheetPath: string, shape: Shape): Promise<{ path: string; xml: string; facts: TableFacts } | undefined> {
    for (const rel of await relationshipsOf(this.zip, sheetPath)) {
      if (!TABLE_TYPE.test(rel.type)) continue;
      const xml = await this.zip.text(rel.target);
      const facts = xml ? tableFacts(xml) : undefined;
      const m = facts && /^([A-Z]+)(\d+)/i.exec(facts.ref);
      if (xml && facts && m && Number(m[2]) === shape.headerRow) return { path: rel.target, xml, facts };
    }
    return undefined;
  }

  private async writePackage(out: ZipOut, plan: Awaited<ReturnType<XlsxPackage["plan"]>>): Promise<void> {
    const zip = await yauzl.fromBufferPromise(this.buffer, { lazyEntries: true, autoClose: false });
    const now = new Date();
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName.replace(/^\/+/, "").toLowerCase();
      if (plan.drop.has(name)) continue;
      const content = plan.replace.get(name);
      if (content) {
        await out.add(entry.fileName, content(), now);
        continue;
      }
      const start = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      const bytes = this.buffer.subarray(start.fileDataStart, start.fileDataStart + entry.compressedSize);
      // a new workbook's parts come stored (XlsxWorkbook.storedPackage): deflated here, natively
      if (this.from === undefined && entry.compressionMethod === 0) await out.add(entry.fileName, [bytes], now);
      else await out.copy(entry, bytes);
    }
    for (const [path, xml] of plan.add) await out.add(path, [xml], now);
    await out.finish();
  }
}

function shapeOf(table: TableData): Shape {
  const lastRow = table.rows.length > 0 ? rowNumberOf(table, table.rows.length - 1) : table.headerRow;
  return { headers: table.headers, headerRow: table.headerRow, firstColumn: table.firstColumn, lastRow, readLastRow: lastRow };
}

/** Excel row number -> index in `table.rows` (-1 for a row the table does not hold). */
function rowIndex(table: TableData): (row: number) => number {
  if (!table.rowNumbers) return (row) => (row > table.headerRow && row <= table.headerRow + table.rows.length ? row - table.headerRow - 1 : -1);
  const at = new Map(table.rowNumbers.map((n, i) => [n, i] as const));
  return (row) => at.get(row) ?? -1;
}

/** A rule of the other adapters (plain Error) as this writer's refusal: one line, nothing written. */
function refusing<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw err instanceof Error && !(err instanceof WriteRefused) ? new WriteRefused(err.message) : err;
  }
}
