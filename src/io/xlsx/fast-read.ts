import { promises as fs } from "fs";
import type { AppendResult, CellUpdate, LayoutChange, ReportSheet, SheetLayout, TableData, WorkbookPort } from "../port";
import type { Cell } from "../../workbook/cell";
import { fileError, WorkbookFileError } from "./file-errors";
import { readCustomProperties } from "./custom-properties";
import { readPackageMap, readTableParts, type PackageMap, type SheetPart } from "./fast-package";
import { findTableRegion, regionHeaderCells, tableFromGrid, type CellGrid, type TableRegion } from "../../workbook/region";
import { readSheetCells } from "./fast-sheet";
import { readSharedStrings } from "./fast-strings";
import { readDateStyles } from "./fast-styles";
import { ZipParts } from "./fast-zip";
import { DEFAULT_READ_LIMITS, limitError, ReadLimitExceeded, type ReadLimits } from "./read-limits";

/** Thrown by the write methods of a workbook opened for reading only. */
export class ReadOnlyWorkbookError extends Error {
  constructor(readonly file: string, operation: string) {
    super(`工作簿以只读方式打开，不能写入（${operation}）：${file}`);
  }
}

/**
 * A read-only WorkbookPort over an .xlsx file for the commands that only read (check, audit, due):
 * it streams the sheets it is asked for and never builds exceljs's whole model, so 100,000 rows read
 * in seconds and a few hundred MB. It returns exactly what XlsxWorkbook.readTables returns.
 * Files that cannot be read fail with WorkbookFileError (missing / locked / corrupt), like XlsxWorkbook.open.
 */
export class XlsxReader implements WorkbookPort {
  private sharedStrings?: Promise<string[]>;
  private dateStyleList?: Promise<boolean[]>;

  private constructor(
    readonly file: string,
    private readonly zip: ZipParts,
    private readonly map: PackageMap,
    private readonly limits: ReadLimits,
  ) {}

  static async open(file: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<XlsxReader> {
    try {
      return await XlsxReader.fromBuffer(file, await fs.readFile(file), limits);
    } catch (err) {
      throw readError(err, file);
    }
  }

  /** The package already read into memory (the package writer reads the file once for both). */
  static async fromBuffer(file: string, buffer: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<XlsxReader> {
    try {
      const zip = await ZipParts.fromBuffer(buffer, limits.bytes);
      return new XlsxReader(file, zip, await readPackageMap(zip), limits);
    } catch (err) {
      throw readError(err, file);
    }
  }

  /** The workbook's custom document properties by name (docProps/custom.xml); empty when it has none. */
  async customProperties(): Promise<Map<string, string>> {
    try {
      return await readCustomProperties(this.zip);
    } catch (err) {
      throw fileError(err, this.file);
    }
  }

  /**
   * A digest of the workbook's content as stored: every part but the document properties (docProps/:
   * who saved it when, custom properties such as an archive's workbook id). A file saved again with
   * no part of its content touched gives the same digest, without reading a sheet.
   */
  async contentDigest(): Promise<string> {
    try {
      return await this.zip.storedDigest((name) => !/^\/?docProps\//i.test(name));
    } catch (err) {
      throw fileError(err, this.file);
    }
  }

  async sheetNames(): Promise<string[]> {
    return this.map.sheets.map((s) => s.name);
  }

  async readTables(sheets: readonly string[]): Promise<Record<string, TableData | undefined>> {
    return this.eachSheet(sheets, (name, grid, region) => tableFromGrid(name, grid, region));
  }

  async readHeaders(sheets: readonly string[]): Promise<Record<string, Cell[] | undefined>> {
    return this.eachSheet(sheets, (_name, grid, region) => (region ? regionHeaderCells(grid, region) : undefined));
  }

  /** `read` of each named sheet's grid and table region; undefined for a sheet the file lacks. */
  private async eachSheet<T>(sheets: readonly string[], read: (name: string, grid: CellGrid, region: TableRegion | undefined) => T | undefined): Promise<Record<string, T | undefined>> {
    const out: Record<string, T | undefined> = {};
    for (const name of sheets) {
      const sheet = this.sheet(name);
      if (!sheet) {
        out[name] = undefined;
        continue;
      }
      const { grid, region } = await this.readSheet(sheet);
      out[name] = read(name, grid, region);
    }
    return out;
  }

  async appendRows(sheet: string, rows: readonly Cell[][]): Promise<AppendResult> {
    throw new ReadOnlyWorkbookError(this.file, `appendRows ${sheet} ×${rows.length}`);
  }

  async updateCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    throw new ReadOnlyWorkbookError(this.file, `updateCells ${sheet} ×${updates.length}`);
  }

  async applyLayout(layouts: readonly SheetLayout[]): Promise<LayoutChange[]> {
    throw new ReadOnlyWorkbookError(this.file, `applyLayout ${layouts.map((l) => l.sheet).join("/")}`);
  }

  async writeReport(report: ReportSheet): Promise<void> {
    throw new ReadOnlyWorkbookError(this.file, `writeReport ${report.sheet}`);
  }

  /** exceljs finds sheets by their exact name. */
  private sheet(name: string): SheetPart | undefined {
    return this.map.sheets.find((s) => s.name === name);
  }

  private async readSheet(sheet: SheetPart): Promise<{ grid: CellGrid; region: TableRegion | undefined }> {
    try {
      const cells = await readSheetCells(this.zip.chunks(sheet.path), await this.strings(), await this.dateStyles(), this.limits);
      const tables = await readTableParts(this.zip, sheet.path, cells.tablePartIds);
      const grid: CellGrid = { rowNumbers: cells.rowNumbers, row: (n) => cells.rows[n] };
      return { grid, region: findTableRegion(grid, tables[0]) };
    } catch (err) {
      throw readError(err, this.file, sheet.name);
    }
  }

  /** Only a 1904-system workbook needs to know which cells are dates (see fast-styles.ts). */
  private async dateStyles(): Promise<boolean[] | undefined> {
    if (!this.map.date1904 || !this.map.stylesPath) return undefined;
    this.dateStyleList ??= this.zip.text(this.map.stylesPath).then((xml) => (xml ? readDateStyles(xml) : []));
    return this.dateStyleList;
  }

  private strings(): Promise<string[]> {
    const path = this.map.sharedStringsPath;
    this.sharedStrings ??= path && this.zip.has(path) ? readSharedStrings(this.zip.chunks(path)) : Promise.resolve([]);
    return this.sharedStrings;
  }
}

function readError(err: unknown, file: string, sheet?: string): WorkbookFileError {
  if (err instanceof WorkbookFileError) return err;
  if (err instanceof ReadLimitExceeded) return limitError(file, err.limit, err.value, err.limit === "bytes" ? undefined : sheet);
  return fileError(err, file);
}

/** The named sheets' tables, read straight from the file: what `(await XlsxWorkbook.open(file)).readTables(sheets)` returns. */
export async function readTablesFromFile(file: string, sheets: readonly string[]): Promise<Record<string, TableData | undefined>> {
  return (await XlsxReader.open(file)).readTables(sheets);
}
