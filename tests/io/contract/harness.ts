import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Cell, WorkbookPort } from "../../../src/io/port";
import { OfficeWorkbook } from "../../../src/io/office/office-workbook";
import { XlsxWorkbook } from "../../../src/io/xlsx/xlsx-workbook";
import { fromExcelJs } from "../../../src/io/xlsx/cell-values";
import { columnLetter } from "../../../src/workbook/cell";
import { createExcelFake, type ExcelFake } from "../../support/excel-fake";

/**
 * One workbook behind a WorkbookPort, plus what a test needs to arrange and inspect it
 * independently of the port (a hand-made or older workbook; what a cell really stores).
 */
export interface PortHarness {
  name: string;
  port: WorkbookPort;
  /** The same workbook through a fresh adapter: saved and opened again for a file; a new adapter over the same Excel. */
  reopen(): Promise<void>;
  /** A sheet holding a table with these headers and rows (values stored as given), as a person may have made it. */
  seedTable(sheet: string, table: string, headers: readonly string[], rows: readonly Cell[][]): Promise<void>;
  /** Values from A1 on (null leaves a cell empty), outside any table. */
  putValues(sheet: string, rows: Cell[][]): Promise<void>;
  /** Every value of a sheet from A1 to its last used cell. */
  sheetValues(sheet: string): Promise<Cell[][]>;
  /** The formula a cell holds, if any (text that stayed text has none). */
  formulaAt(sheet: string, address: string): Promise<string | undefined>;
}

export function officeHarness(): PortHarness & { fake: ExcelFake } {
  const fake = createExcelFake();
  const h = {
    name: "office (strict fake)",
    fake,
    port: new OfficeWorkbook(fake.run) as WorkbookPort,
    async reopen() {
      h.port = new OfficeWorkbook(fake.run);
    },
    async seedTable(sheet: string, table: string, headers: readonly string[], rows: readonly Cell[][]) {
      fake.put(sheet, "A1", [[...headers], ...rows.map((r) => [...r])]);
      fake.addTable(sheet, `A1:${columnLetter(headers.length - 1)}${Math.max(2, rows.length + 1)}`, table);
    },
    async putValues(sheet: string, rows: Cell[][]) {
      fake.put(sheet, "A1", rows);
    },
    async sheetValues(sheet: string) {
      const used = fake.sheet(sheet).usedRect();
      if (!used) return [];
      return fake.values(sheet, `A1:${columnLetter(used.column + used.columns - 1)}${used.row + used.rows}`).map((r) => r.map((v) => (v === "" ? null : v)));
    },
    async formulaAt(sheet: string, address: string) {
      return fake.formula(sheet, address);
    },
  };
  return h;
}

const dir = mkdtempSync(join(tmpdir(), "kehu-contract-"));
let files = 0;

export function xlsxHarness(): PortHarness & { wb: XlsxWorkbook } {
  const h = {
    name: "xlsx (exceljs, saved and reopened)",
    wb: XlsxWorkbook.create(),
    get port(): WorkbookPort {
      return h.wb;
    },
    async reopen() {
      const file = join(dir, `wb-${++files}.xlsx`);
      await h.wb.save(file, { overwrite: true });
      h.wb = await XlsxWorkbook.open(file);
    },
    async seedTable(sheet: string, table: string, headers: readonly string[], rows: readonly Cell[][]) {
      const ws = h.wb.book.getWorksheet(sheet) ?? h.wb.book.addWorksheet(sheet);
      ws.addTable({
        name: table,
        ref: "A1",
        headerRow: true,
        columns: headers.map((name) => ({ name, filterButton: true })),
        rows: rows.length ? rows.map((r) => [...r]) : [headers.map(() => null)],
      });
    },
    async putValues(sheet: string, rows: Cell[][]) {
      const ws = h.wb.book.getWorksheet(sheet) ?? h.wb.book.addWorksheet(sheet);
      rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getRow(i + 1).getCell(c + 1).value = v)));
    },
    async sheetValues(sheet: string) {
      const ws = h.wb.book.getWorksheet(sheet);
      if (!ws) return [];
      const out: Cell[][] = [];
      for (let r = 1; r <= ws.actualRowCount || r <= ws.rowCount; r++) {
        const row: Cell[] = [];
        for (let c = 1; c <= ws.columnCount; c++) row.push(fromExcelJs(ws.getRow(r).getCell(c).value));
        out.push(row);
      }
      while (out.length && out[out.length - 1].every((v) => v === null || v === "")) out.pop();
      const width = Math.max(0, ...out.map((r) => r.reduce<number>((w, v, i) => (v === null || v === "" ? w : i + 1), 0)));
      return out.map((r) => r.slice(0, width));
    },
    async formulaAt(sheet: string, address: string) {
      const cell = h.wb.book.getWorksheet(sheet)?.getCell(address);
      return cell?.formula || undefined;
    },
  };
  return h;
}
