import * as yauzl from "yauzl";
import type { AppendResult, CellUpdate, LayoutChange, ReportSheet, SheetLayout, TableData, WorkbookPort } from "../../port";
import type { Cell } from "../../../workbook/cell";
import { headerKey } from "../../../workbook/headers";
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
    const tables = await this.reader.readTables(sheets);
    for (const [name, table] of Object.entries(tables)) if (table && !this.shapes.has(name)) this.shapes.set(name, shapeOf(table));
    return tables;
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
    if (!shape || shape.headers.length === 0) throw new WriteRefused(`工作表“${sheet}”不存在或没有表头`);
    return shape;
  }

  private cellsOf(sheet: string): Map<number, Map<number, CellEdit>> {
    let cells = this.edits.get(sheet);
    if (!cells) this.edits.set(sheet, (cells = new Map()));
    return cells;
  }

  async appendRows(sheet: string, rows: readonly Cell[][]): Promise<AppendResult> {
    const shape = await this.table(sheet);
    const firstRow = shape.lastRow + 1;
    const width = shape.headers.length;
    let list = this.appended.get(sheet);
    if (!list) this.appended.set(sheet, (list = []));
    for (const values of rows) list.push(values.length === width ? (values as Cell[]) : Array.from({ length: width }, (_, c) => values[c] ?? null));
    shape.lastRow += rows.length;
    return { firstRow, count: rows.length };
  }

  /**
   * Rows are where they were read: the package is written from the snapshot it was read from, and
   * `save` refuses when the file changed since, so each update's key is still on its row.
   */
  async updateCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    const shape = await this.table(sheet);
    const keys = shape.headers.map(headerKey);
    const cells = this.cellsOf(sheet);
    for (const u of updates) {
      const c = keys.indexOf(headerKey(u.header));
      if (c < 0) throw new WriteRefused(`${sheet} 缺少列“${u.header}”`);
      if (u.row <= shape.headerRow || u.row > shape.lastRow) throw new WriteRefused(`${sheet} 第 ${u.row} 行不在表内`);
      let row = cells.get(u.row);
      if (!row) cells.set(u.row, (row = new Map()));
      row.set(shape.firstColumn + c, { value: u.value });
    }
  }

  async applyLayout(layouts: readonly SheetLayout[]): Promise<LayoutChange[]> {
    throw new WriteRefused(`不能在已有工作簿上改版式（${layouts.map((l) => l.sheet).join("、")}）`);
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
      if (err instanceof WriteRefused) throw new WorkbookFileError("refused", this.file, err.message);
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
      if (!part || !shape) throw new WriteRefused(`工作表“${sheet}”不存在`);
      const appended = rows.length > 0;
      const table = await this.tableOf(part.path, shape);
      if (table && appended) {
        if (table.facts.totalsRows > 0) throw new WriteRefused(`${sheet} 的表“${table.facts.name}”有汇总行，新行会落在汇总行下面：请先在 Excel 中关闭汇总行（表设计 → 汇总行）再写入`);
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
      for (const report of this.reports.values()) {
        const { xml, printTitleRow } = reportSheetXml(report, (look) => styles?.style(look));
        const existing = this.map.sheets.find((s) => s.name === report.sheet);
        if (existing) {
          replace.set(key(existing.path), () => [xml]);
          drop.add(key(existing.path.replace(/([^/]+)$/, "_rels/$1.rels")));
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
      await out.copy(entry, bytes);
    }
    for (const [path, xml] of plan.add) await out.add(path, [xml], now);
    await out.finish();
  }
}

function shapeOf(table: TableData): Shape {
  const lastRow = table.headerRow + table.rows.length;
  return { headers: table.headers, headerRow: table.headerRow, firstColumn: table.firstColumn, lastRow, readLastRow: lastRow };
}
