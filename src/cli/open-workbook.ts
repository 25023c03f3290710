import { XlsxWorkbook } from "../io/xlsx/xlsx-workbook";
import { XlsxReader } from "../io/xlsx/fast-read";
import { CliError, EXIT, type CliContext } from "./command";

/** The file named by the first positional argument, or a usage error. */
export function fileArgument(ctx: CliContext, usage: string): string {
  const file = ctx.positional[0];
  if (!file) throw new CliError(`缺少文件名。用法：${usage}`, EXIT.usage);
  return file;
}

/** Opens an .xlsx; a missing, locked or corrupt file becomes one clear line and exit 3. */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(file);
}

/** Opens an .xlsx only to read it: streams the sheets instead of loading exceljs's whole model (100,000 rows in seconds). */
export async function openForReading(file: string): Promise<XlsxReader> {
  return XlsxReader.open(file);
}

/** Saves back to the file it came from (after --write), or to a new file (never over one unless --force). */
export async function saveWorkbook(workbook: XlsxWorkbook, file: string, overwrite: boolean): Promise<void> {
  await workbook.save(file, { overwrite });
}

/**
 * A command that may write (--write) loads the whole workbook; one that only reads streams it.
 * `saveBack` writes only what was opened for writing.
 */
export async function openForCommand(file: string, write: boolean): Promise<XlsxWorkbook | XlsxReader> {
  return write ? openWorkbook(file) : openForReading(file);
}

export async function saveBack(book: XlsxWorkbook | XlsxReader, file: string): Promise<void> {
  if (book instanceof XlsxWorkbook) await saveWorkbook(book, file, true);
}
