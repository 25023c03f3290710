import { promises as fs } from "fs";
import * as path from "path";

export type FileProblem = "missing" | "locked" | "corrupt" | "exists" | "refused" | "tooLarge";

/** A workbook file that cannot be used: one clear line for the user, no stack trace. */
export class WorkbookFileError extends Error {
  /** `english`: the same line in English, for --lang en (where there is one). */
  constructor(readonly problem: FileProblem, readonly file: string, message: string, readonly english?: string) {
    super(message);
  }
}

export function fileError(err: unknown, file: string): WorkbookFileError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new WorkbookFileError("missing", file, `找不到文件：${file}`, `file not found: ${file}`);
  if (code === "EACCES" || code === "EBUSY" || code === "EPERM") {
    return new WorkbookFileError("locked", file, `文件被占用或没有权限：${file}（请在 Excel 中关闭后重试）`, `the file is in use or not permitted: ${file} (close it in Excel and try again)`);
  }
  if (code === "EISDIR") return new WorkbookFileError("corrupt", file, `这是一个文件夹，不是 .xlsx 文件：${file}`, `this is a folder, not an .xlsx file: ${file}`);
  return new WorkbookFileError("corrupt", file, `无法读取，文件不是有效的 .xlsx 工作簿（可能已损坏）：${file}`, `cannot read it: not a valid .xlsx workbook (it may be damaged): ${file}`);
}

/** Excel (~$name.xlsx) and LibreOffice (.~lock.name.xlsx#) leave these while a file is open. */
export async function openByOfficeApp(file: string): Promise<boolean> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const candidates = [`~$${base}`, `~$${base.slice(2)}`, `.~lock.${base}#`].map((n) => path.join(dir, n));
  for (const candidate of candidates) {
    try {
      await fs.access(candidate);
      return true;
    } catch {
      /* not open there */
    }
  }
  return false;
}
