import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { WorkbookPort } from "../../src/io/port";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { describePlainRangeContract, describePortContract } from "./contract/port-contract";
import { xlsxHarness, type PortHarness } from "./contract/harness";

const dir = mkdtempSync(join(tmpdir(), "kehu-fast-contract-"));
let files = 0;

/**
 * The exceljs adapter for writing, with every read served by XlsxReader from the file as saved:
 * whenever something was written since the last read, the workbook is saved and the reader opened on it.
 * So each read of the WorkbookPort contract checks the fast reader against what the contract expects.
 */
function fastReadHarness(): PortHarness {
  const base = xlsxHarness();
  let reader: XlsxReader | undefined;
  const dirty = () => (reader = undefined);
  const fresh = async (): Promise<XlsxReader> => {
    if (!reader) {
      const file = join(dir, `wb-${++files}.xlsx`);
      await base.wb.save(file, { overwrite: true });
      base.wb = await XlsxWorkbook.open(file);
      reader = await XlsxReader.open(file);
    }
    return reader;
  };
  const port: WorkbookPort = {
    sheetNames: async () => (await fresh()).sheetNames(),
    readTables: async (sheets) => (await fresh()).readTables(sheets),
    readHeaders: async (sheets) => (await fresh()).readHeaders(sheets),
    appendRows: (sheet, rows) => (dirty(), base.wb.appendRows(sheet, rows)),
    updateCells: (sheet, updates) => (dirty(), base.wb.updateCells(sheet, updates)),
    applyLayout: (layouts) => (dirty(), base.wb.applyLayout(layouts)),
    writeReport: (report) => (dirty(), base.wb.writeReport(report)),
  };
  return {
    name: "xlsx (exceljs writes, XlsxReader reads the saved file)",
    port,
    async reopen() {
      dirty();
      await fresh();
    },
    seedTable: (...args) => (dirty(), base.seedTable(...args)),
    putValues: (...args) => (dirty(), base.putValues(...args)),
    sheetValues: (sheet) => base.sheetValues(sheet),
    formulaAt: (sheet, address) => base.formulaAt(sheet, address),
  };
}

describe("WorkbookPort contract: reads through the fast XlsxReader", () => {
  describePortContract(fastReadHarness);
  describePlainRangeContract(fastReadHarness);
});
