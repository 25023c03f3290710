/**
 * Writes templates/客户日志-模板.xlsx: the empty 客户日志 workbook, generated from the sheet specs
 * (the same code path as `kehu init`). Run by `npm run build`; a test fails when it is stale.
 */
import { join } from "path";
import { XlsxWorkbook } from "../src/io/xlsx/xlsx-workbook";
import { setupWorkbook } from "../src/app/setup";

export const TEMPLATE_FILE = join(__dirname, "..", "templates", "客户日志-模板.xlsx");

async function main(): Promise<void> {
  const workbook = XlsxWorkbook.create();
  await setupWorkbook(workbook);
  workbook.book.modified = new Date(0);
  await workbook.save(TEMPLATE_FILE, { overwrite: true });
  console.log(`template: ${TEMPLATE_FILE}`);
}

if (require.main === module) void main();
