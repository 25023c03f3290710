/// <reference types="office-js" />
import { parseAddress } from "./address";
import { Coauthor } from "./coauthor";
import { FakeStats, type FakeLimits } from "./context";
import { WorkbookModel, type SheetModel, type TableModel } from "./model";
import { FakeRequestContext } from "./workbook";

export { FakeOfficeError } from "./errors";
export type { SyncRecord, FakeLimits } from "./context";
export { WorkbookModel, SheetModel, TableModel } from "./model";

export const FIVE_MB = 5 * 1024 * 1024;

export interface ExcelFake {
  model: WorkbookModel;
  stats: FakeStats;
  limits: FakeLimits;
  /** Excel.run as the adapter is given it: run(batch) or run(options, batch). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  runWith<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Direct access for arranging and inspecting a workbook without going through the API. */
  sheet(name: string): SheetModel;
  table(name: string): TableModel;
  /** Values of a range ("A1:C3") on a sheet, as Range.values would read them. */
  values(sheet: string, address: string): (string | number | boolean)[][];
  formula(sheet: string, address: string): string | undefined;
  numberFormat(sheet: string, address: string): string;
  /** Arranges a sheet: values from a top-left cell, written as Excel stores them (strings stay strings). */
  put(sheet: string, topLeft: string, rows: (string | number | boolean | null)[][]): void;
  addTable(sheet: string, address: string, name: string): TableModel;
  /** Merges a range ("A20:M20") as a user would (Home → Merge & Center). */
  merge(sheet: string, address: string): void;
  /** A co-author editing a table; `at(n, f)` makes f happen just before the n-th request from now reaches Excel. */
  coauthor(table: string): Coauthor;
  at(syncsFromNow: number, change: () => void): void;
}

/**
 * A strict, in-memory Excel behind the Office.js object model: the subset the adapter uses,
 * behaving like Excel where it matters (see the README of this folder). The response limit
 * defaults to Excel on the web's 5 MB; pass responseBytes: Infinity for desktop Excel.
 */
export function createExcelFake(limits: Partial<FakeLimits> = {}): ExcelFake {
  const model = new WorkbookModel();
  model.addSheet("Sheet1");
  const stats = new FakeStats();
  const lim: FakeLimits = { requestBytes: FIVE_MB, responseBytes: FIVE_MB, responseTooLarge: "ResponsePayloadSizeLimitExceeded", rangeCells: 5000000, operationCells: 33554000, ...limits };

  async function runWith<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    stats.runs++;
    stats.runOptions.push(options);
    const ctx = new FakeRequestContext(model, stats, lim);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.core.pending > 0) await ctx.sync();
    return result;
  }

  const fake: ExcelFake = {
    model,
    stats,
    limits: lim,
    run: (batch) => runWith({}, batch),
    runWith,
    sheet(name) {
      const s = model.sheet(name);
      if (!s) throw new Error(`No sheet ${name}`);
      return s;
    },
    table(name) {
      const t = model.table(name);
      if (!t) throw new Error(`No table ${name}`);
      return t;
    },
    values(sheet, address) {
      const s = fake.sheet(sheet);
      const { rect } = parseAddress(address);
      const out: (string | number | boolean)[][] = [];
      for (let r = 0; r < rect.rows; r++) {
        const row: (string | number | boolean)[] = [];
        for (let c = 0; c < rect.columns; c++) row.push(s.value(rect.row + r, rect.column + c));
        out.push(row);
      }
      return out;
    },
    formula(sheet, address) {
      const { rect } = parseAddress(address);
      return fake.sheet(sheet).formula(rect.row, rect.column);
    },
    numberFormat(sheet, address) {
      const { rect } = parseAddress(address);
      return fake.sheet(sheet).formats.get(rect.row, rect.column);
    },
    put(sheet, topLeft, rows) {
      const s = model.sheet(sheet) ?? model.addSheet(sheet);
      const { rect } = parseAddress(topLeft);
      rows.forEach((row, r) => row.forEach((v, c) => v !== null && s.setRaw(rect.row + r, rect.column + c, v)));
    },
    coauthor(table) {
      return new Coauthor(fake.table(table));
    },
    at(syncsFromNow, change) {
      const when = stats.arrived + syncsFromNow;
      const previous = stats.beforeSync;
      stats.beforeSync = (n) => {
        previous?.(n);
        if (n === when) change();
      };
    },
    merge(sheet, address) {
      fake.sheet(sheet).merges.push(parseAddress(address).rect);
    },
    addTable(sheet, address, name) {
      const t = model.addTable(fake.sheet(sheet), parseAddress(address).rect, true);
      model.renameTable(t, name);
      return t;
    },
  };
  return fake;
}
