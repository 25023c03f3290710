import type { Cell } from "../../workbook/cell";

/**
 * Excel reads a string written as a value the way it reads typing: "=1+1" becomes a formula,
 * "+86 138…" a formula or a number, "0075" the number 75, "TRUE" a boolean, "2026-3-5" or
 * "Mar-5" a date, and a leading apostrophe disappears. A string that could be read so gets the
 * text format ("@") first, which makes Excel keep it exactly as written.
 */
const RISKY_START = /^[=+\-@'\s\d.,(%$¥€£]/;
const BOOLEAN = /^(true|false)$/i;
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s/.]*\d/i;

export function excelWouldReinterpret(text: string): boolean {
  return RISKY_START.test(text) || BOOLEAN.test(text) || MONTH_DATE.test(text);
}

export type WriteValue = string | number | boolean;

/** The most characters an Excel cell holds (Excel specifications and limits). */
export const CELL_TEXT_LIMIT = 32767;

/** A text too long for a cell: which row and column of the written block, and how long. */
export class CellTooLongError extends Error {
  constructor(
    readonly row: number,
    readonly column: number,
    readonly length: number,
  ) {
    super(`a text of ${length} characters (row ${row + 1}, column ${column + 1} of the write) is longer than the ${CELL_TEXT_LIMIT} characters an Excel cell holds; nothing was written`);
  }
}

export interface SafeWrite {
  /** The values to write; a blank (null) becomes "" so that it clears the cell. */
  values: WriteValue[][];
  /** "@" where a string must stay text, null elsewhere (null leaves a cell's format as it is); undefined when no cell needs it. */
  formats?: (string | null)[][];
}

export function safeWrite(rows: readonly (readonly Cell[])[], width?: number): SafeWrite {
  let risky = false;
  const values: WriteValue[][] = [];
  const formats: (string | null)[][] = [];
  for (const row of rows) {
    const n = width ?? row.length;
    const v: WriteValue[] = new Array(n);
    const f: (string | null)[] = new Array(n);
    for (let c = 0; c < n; c++) {
      const cell = c < row.length ? row[c] : null;
      if (typeof cell === "string" && cell.length > CELL_TEXT_LIMIT) throw new CellTooLongError(values.length, c, cell.length);
      v[c] = cell === null || cell === undefined ? "" : cell;
      const needs = typeof cell === "string" && excelWouldReinterpret(cell);
      f[c] = needs ? "@" : null;
      risky ||= needs;
    }
    values.push(v);
    formats.push(f);
  }
  return risky ? { values, formats } : { values };
}
