import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { XlsxPackage } from "../../src/io/xlsx/package-writer/package-workbook";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";

/** Writes a 客户日志 holding these records (by sheet key), as the demo writes its workbook. */
export async function writeLogFile(file: string, records: { [sheetKey: string]: Record<string, unknown>[] }): Promise<void> {
  const empty = XlsxWorkbook.create();
  await setupWorkbook(empty);
  const workbook = await XlsxPackage.fromNew(file, await empty.storedPackage());
  await appendRecords(workbook, records, []);
  await workbook.save(file, { overwrite: true });
}
