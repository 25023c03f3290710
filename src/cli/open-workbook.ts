import { XlsxWorkbook } from "../io/xlsx/xlsx-workbook";
import { XlsxReader } from "../io/xlsx/fast-read";
import { XlsxPackage } from "../io/xlsx/package-writer/package-workbook";
import { sameFile } from "../io/xlsx/safe-save";
import { CliError, EXIT, type CliContext } from "./command";

/** The file named by the first positional argument, or a usage error. */
export function fileArgument(ctx: CliContext, usage: string): string {
  const file = ctx.positional[0];
  if (!file) throw new CliError(`缺少文件名。用法：${usage}`, EXIT.usage);
  return file;
}

/** Opens an existing .xlsx to change it: only the parts a command changes are rewritten on save. */
export async function openForEditing(file: string): Promise<XlsxPackage> {
  return XlsxPackage.open(file);
}

/** Opens an .xlsx only to read it: streams the sheets instead of loading exceljs's whole model (100,000 rows in seconds). */
export async function openForReading(file: string): Promise<XlsxReader> {
  return XlsxReader.open(file);
}

/** Saves a new workbook (made with exceljs) to a file, never over one unless --force. */
export async function saveWorkbook(workbook: XlsxWorkbook, file: string, overwrite: boolean): Promise<void> {
  await workbook.save(file, { overwrite });
}

/** A command that may write (--write) opens the package for editing; one that only reads streams it. */
export async function openForCommand(file: string, write: boolean): Promise<XlsxPackage | XlsxReader> {
  return write ? openForEditing(file) : openForReading(file);
}

/** Writes back what was opened for editing, when something changed. */
export async function saveBack(book: XlsxPackage | XlsxReader): Promise<void> {
  if (book instanceof XlsxPackage && book.changed) await book.save();
}

/** --out naming the input itself (./d.xlsx, a symlink to it, its absolute path) is a usage error: that is --write. */
export async function refuseOutOverInput(out: string, inputs: readonly string[], usage: string): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(out, input)) throw new CliError(`--out ${out} 就是输入文件 ${input}：要写回原文件请用 --write。用法：${usage}`, EXIT.usage);
  }
}
