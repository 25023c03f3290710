import type { XlsxWorkbook } from "../io/xlsx/xlsx-workbook";
import { XlsxReader } from "../io/xlsx/fast-read";
import { XlsxPackage } from "../io/xlsx/package-writer/package-workbook";
import { sameFile } from "../io/xlsx/safe-save";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../io/xlsx/read-limits";
import { intFlag, type OptionSpecs } from "./args";
import { usageError, type CliContext, type Usage } from "./command";

/** A usage line given once serves both languages. */
function bothLanguages(usage: string | Usage): Usage {
  return typeof usage === "string" ? { zh: usage, en: usage } : usage;
}

/** The file named by the first positional argument, or a usage error. */
export function fileArgument(ctx: CliContext, usage: string | Usage): string {
  const file = ctx.positional[0];
  if (!file) throw usageError(ctx.flags, { zh: "缺少文件名", en: "missing file name" }, bothLanguages(usage));
  return file;
}

/** Opens an existing .xlsx to change it: only the parts a command changes are rewritten on save. */
export async function openForEditing(file: string, flags: CliContext["flags"] = {}): Promise<XlsxPackage> {
  return XlsxPackage.open(file, readLimitsFrom(flags));
}

/** The options of every command that reads a workbook: its read limits (README.md). */
export const READ_LIMIT_OPTIONS = {
  "max-rows": { type: "string", value: "N" },
  "max-cells": { type: "string", value: "N" },
  "max-mb": { type: "string", value: "N" },
} as const satisfies OptionSpecs;

/** The read limits, raised or lowered by --max-rows, --max-cells and --max-mb (defaults in README.md). */
export function readLimitsFrom(flags: CliContext["flags"]): ReadLimits {
  return {
    rows: intFlag(flags, "max-rows", DEFAULT_READ_LIMITS.rows),
    cells: intFlag(flags, "max-cells", DEFAULT_READ_LIMITS.cells),
    bytes: intFlag(flags, "max-mb", DEFAULT_READ_LIMITS.bytes / 1024 / 1024) * 1024 * 1024,
  };
}

/**
 * Opens an .xlsx only to read it: streams the sheets instead of loading exceljs's whole model
 * (100,000 rows in seconds), within the read limits the flags set.
 */
export async function openForReading(file: string, flags: CliContext["flags"] = {}): Promise<XlsxReader> {
  return XlsxReader.open(file, readLimitsFrom(flags));
}

/**
 * A new, empty workbook made by exceljs. exceljs takes seconds to load, so it is loaded here, by
 * the commands that create a workbook, and not when the command line starts.
 */
export async function newWorkbook(): Promise<XlsxWorkbook> {
  const { XlsxWorkbook } = await import("../io/xlsx/xlsx-workbook");
  return XlsxWorkbook.create();
}

/** Saves a new workbook (made with exceljs) to a file, never over one unless --force. */
export async function saveWorkbook(workbook: XlsxWorkbook, file: string, overwrite: boolean): Promise<void> {
  await workbook.save(file, { overwrite });
}

/** A command that may write (--write) opens the package for editing; one that only reads streams it. */
export async function openForCommand(file: string, write: boolean, flags: CliContext["flags"] = {}): Promise<XlsxPackage | XlsxReader> {
  return write ? openForEditing(file, flags) : openForReading(file, flags);
}

/** Writes back what was opened for editing, when something changed. */
export async function saveBack(book: XlsxPackage | XlsxReader): Promise<void> {
  if (book instanceof XlsxPackage && book.changed) await book.save();
}

/** --out naming the input itself (./d.xlsx, a symlink to it, its absolute path) is a usage error: that is --write. */
export async function refuseOutOverInput(out: string, inputs: readonly string[], usage: string | Usage, flags: CliContext["flags"] = {}): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(out, input)) {
      throw usageError(flags, { zh: `--out ${out} 就是输入文件 ${input}：要写回原文件请用 --write`, en: `--out ${out} is the input file ${input}: to write back into it, use --write` }, bothLanguages(usage));
    }
  }
}
