import { WorkbookFileError } from "./file-errors";

/**
 * How much of a workbook the reader takes before it stops: a hostile or broken file (millions of
 * cells, a zip bomb) fails with one line instead of exhausting memory. Defaults are in README.md.
 */
export interface ReadLimits {
  /** Rows holding cells, per sheet (Excel's own maximum by default). */
  rows: number;
  /** Cells holding a value, per sheet. */
  cells: number;
  /** Uncompressed bytes read from the package, all parts together. */
  bytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { rows: 1_048_576, cells: 20_000_000, bytes: 1024 * 1024 * 1024 };

/** The flag that raises each limit, for the message. */
export const LIMIT_FLAGS: Record<keyof ReadLimits, string> = { rows: "--max-rows", cells: "--max-cells", bytes: "--max-mb" };

const WHAT: Record<keyof ReadLimits, (n: number) => string> = {
  rows: (n) => `超过 ${n.toLocaleString("en-US")} 行`,
  cells: (n) => `超过 ${n.toLocaleString("en-US")} 个单元格`,
  bytes: (n) => `解压后超过 ${Math.round(n / 1024 / 1024).toLocaleString("en-US")} MB`,
};

const WHAT_EN: Record<keyof ReadLimits, (n: number) => string> = {
  rows: (n) => `more than ${n.toLocaleString("en-US")} rows`,
  cells: (n) => `more than ${n.toLocaleString("en-US")} cells`,
  bytes: (n) => `more than ${Math.round(n / 1024 / 1024).toLocaleString("en-US")} MB unpacked`,
};

/** A file past a read limit: exit 3 with one line naming the limit and the flag that raises it. */
export function limitError(file: string, limit: keyof ReadLimits, value: number, where?: string): WorkbookFileError {
  return new WorkbookFileError(
    "tooLarge",
    file,
    `工作簿${where ? `的“${where}”` : ""}${WHAT[limit](value)}，已停止读取（可用 ${LIMIT_FLAGS[limit]} 调高上限）：${file}`,
    `the workbook${where ? `'s ${where}` : ""} has ${WHAT_EN[limit](value)}; reading stopped (${LIMIT_FLAGS[limit]} raises the limit): ${file}`,
  );
}

/** Raised inside the reader, where the file name is not known; XlsxReader turns it into limitError. */
export class ReadLimitExceeded extends Error {
  constructor(readonly limit: keyof ReadLimits, readonly value: number) {
    super(`read limit ${limit} (${value}) exceeded`);
  }
}
