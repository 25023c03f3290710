/**
 * Converting what Excel hands a custom function (2-D arrays of cells, dates as serial numbers,
 * blanks as "" or null) into plain values, without the Office runtime, so jest can test it.
 * functions.ts turns `CellError`s and thrown `FunctionInputError`s into CustomFunctions.Error.
 */
import { parseDateText, parseNumberText } from "../workbook/codec/coerce";
import { GRADES, type Grade } from "../workbook/column";

/** A whole call is wrong (shape, a bad option): the function answers one #VALUE!. */
export class FunctionInputError extends Error {}

/** One output cell is wrong: that cell shows #VALUE! with the message. */
export interface CellError {
  cellError: true;
  message: string;
}

export type OutCell = string | number | CellError;

export function cellError(message: string): CellError {
  return { cellError: true, message };
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && (value as CellError).cellError === true;
}

export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** An omitted optional argument arrives as null or undefined; a blank cell as "" or [[""]]. */
export function isOmitted(arg: unknown): boolean {
  if (Array.isArray(arg)) return arg.length === 0 || (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length <= 1 && isBlankCell(arg[0][0]));
  return isBlankCell(arg);
}

/** A column or a row of cells, and how to give a result back the same shape. */
export interface Vector {
  cells: unknown[];
  orientation: "column" | "row";
}

export function isMatrix(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every((r) => Array.isArray(r));
}

/** A column (n×1) or a row (1×n); anything else is an error. `null`/empty gives an empty vector. */
export function vectorOf(matrix: unknown, what: string): Vector {
  if (matrix === null || matrix === undefined) return { cells: [], orientation: "column" };
  if (!Array.isArray(matrix)) return { cells: [matrix], orientation: "column" };
  if (matrix.length === 0) return { cells: [], orientation: "column" };
  if (matrix.length === 1 && Array.isArray(matrix[0])) return { cells: (matrix[0] as unknown[]).slice(), orientation: matrix[0].length === 1 ? "column" : "row" };
  // One pass over a column: check each row's shape while taking its cell.
  const cells: unknown[] = [];
  for (let i = 0; i < matrix.length; i++) {
    const row: unknown = matrix[i];
    if (!Array.isArray(row)) return { cells: [matrix], orientation: "column" };
    if (row.length !== 1) throw new FunctionInputError(`${what}必须是一列或一行`);
    cells.push(row[0]);
  }
  return { cells, orientation: "column" };
}

/** Puts results back in the input's shape. An empty input gives one blank cell (Excel needs ≥ 1). */
export function shapeLike<T>(values: readonly T[], orientation: Vector["orientation"]): (T | string)[][] {
  if (values.length === 0) return [[""]];
  return orientation === "row" ? [values.slice()] : values.map((v) => [v]);
}

/** Several argument vectors that must line up row by row; a single cell is repeated. */
export function alignVectors(vectors: readonly Vector[], names: readonly string[]): number {
  if (vectors.every((v) => v.cells.length === 0)) return 0;
  const ref = vectors.findIndex((v) => v.cells.length !== 1);
  if (ref < 0) return 1;
  const n = vectors[ref].cells.length;
  vectors.forEach((v, i) => {
    if (v.cells.length !== 1 && v.cells.length !== n) {
      throw new FunctionInputError(`${names[ref]}有 ${n} 行，${names[i]}有 ${v.cells.length} 行，行数须一致`);
    }
  });
  return n;
}

export function at(v: Vector, i: number): unknown {
  return v.cells.length === 1 ? v.cells[0] : v.cells[i];
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export function readNumber(cell: unknown): Read<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, message: "不是有效数字" };
  if (typeof cell === "string") {
    const n = parseNumberText(cell);
    if (n !== undefined) return { ok: true, value: n };
    return { ok: false, message: `“${cell}”不是数字` };
  }
  return { ok: false, message: "不是数字" };
}

/** Excel's last date, 9999-12-31. */
const MAX_SERIAL = 2958465;
const EXCEL_UNIX_EPOCH = 25569;

/** A date cell as a whole day number (days since 1970-01-01, floating time). */
export function readDay(cell: unknown): Read<number> {
  if (typeof cell === "number") {
    if (cell >= 1 && cell <= MAX_SERIAL) return { ok: true, value: Math.floor(cell + 1e-9) - EXCEL_UNIX_EPOCH };
    return { ok: false, message: "不是有效日期" };
  }
  if (typeof cell === "string") {
    const d = parseDateText(cell);
    if (d) return { ok: true, value: Math.floor(d.getTime() / 86_400_000) };
    return { ok: false, message: `“${cell}”不是日期` };
  }
  return { ok: false, message: "不是日期" };
}

export function serialFromDay(day: number): number {
  return day + EXCEL_UNIX_EPOCH;
}

export function readGrade(cell: unknown): Read<Grade> {
  const text = String(cell).normalize("NFKC").trim().toUpperCase().replace(/[级類类]$/, "");
  if ((GRADES as readonly string[]).includes(text)) return { ok: true, value: text as Grade };
  return { ok: false, message: `等级“${String(cell)}”无效，应为 A–E` };
}

/** An optional scalar number argument (omitted → fallback). */
export function optionalNumber(arg: unknown, fallback: number, what: string): number {
  const cell = isMatrix(arg) ? (arg.length === 1 && arg[0].length === 1 ? arg[0][0] : undefined) : arg;
  if (isMatrix(arg) && cell === undefined) throw new FunctionInputError(`${what}必须是单个数值`);
  if (isBlankCell(cell)) return fallback;
  const r = readNumber(cell);
  if (!r.ok) throw new FunctionInputError(`${what}${r.message}`);
  return r.value;
}

/** A local wall-clock moment as a floating day number (the computer's date, as Excel's TODAY() sees it). */
export function todayDayNumber(now: Date): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}
