import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { writeCustomProperty } from "../../src/io/xlsx/custom-properties";
import { WORKBOOK_ID_PROPERTY } from "../../src/archive/snapshot";

/**
 * Swaps two columns of each sheet named, headers and cells, as a rep dragging a column in Excel does
 * (saved by exceljs, the workbook id kept). `edit` also rewrites column `a`'s cell in the row with
 * that 事件编号. Returns each sheet's first 事件编号.
 */
export async function swapColumns(file: string, id: string, sheets: readonly string[], a: string, b: string, edit?: { key: string; value: string }): Promise<string[]> {
  const book = await XlsxWorkbook.open(file);
  const tables = await book.readTables(sheets);
  const firstKeys: string[] = [];
  for (const sheet of sheets) {
    const table = tables[sheet]!;
    const ws = book.book.getWorksheet(sheet)!;
    const [ca, cb] = [table.headers.indexOf(a), table.headers.indexOf(b)].map((c) => table.firstColumn + 1 + c);
    const idAt = table.headers.indexOf("事件编号");
    for (let r = table.headerRow; r <= table.headerRow + table.rows.length; r++) {
      const row = ws.getRow(r);
      const edited = r > table.headerRow && edit !== undefined && table.rows[r - table.headerRow - 1][idAt] === edit.key;
      const first = edited ? edit.value : row.getCell(ca).value;
      row.getCell(ca).value = row.getCell(cb).value;
      row.getCell(cb).value = first;
    }
    firstKeys.push(String(table.rows[0][idAt]));
  }
  await book.save(file, { overwrite: true });
  await writeCustomProperty(file, WORKBOOK_ID_PROPERTY, id);
  return firstKeys;
}
