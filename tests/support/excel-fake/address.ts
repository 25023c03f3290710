import { fail } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based, as Excel's rowIndex/columnIndex/rowCount/columnCount. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, _ and CJK. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u3400-\u9fff][A-Za-z0-9_.\u3400-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(rect: Rect): string {
  const a = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return a;
  return `${a}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

/** "A1", "B2:D9", "C:C", "3:5", with or without a sheet part ("'My sheet'!A1"). */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let local = address.trim();
  const bang = local.lastIndexOf("!");
  if (bang >= 0) {
    sheet = local.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    local = local.slice(bang + 1);
  }
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) fail("InvalidArgument", `Bad address ${address}`);
  const ends = parts.map((p) => {
    const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(p);
    if (!m || (!m[1] && !m[2])) fail("InvalidArgument", `Bad address ${address}`);
    return { column: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
  });
  const [a, b] = [ends[0], ends[1] ?? ends[0]];
  const r0 = a.row ?? 0;
  const r1 = b.row ?? (a.row === undefined ? MAX_ROWS - 1 : r0);
  const c0 = a.column ?? 0;
  const c1 = b.column ?? (a.column === undefined ? MAX_COLUMNS - 1 : c0);
  const rect = { row: Math.min(r0, r1), column: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, columns: Math.abs(c1 - c0) + 1 };
  checkRect(rect);
  return { sheet, rect };
}

export function checkRect(rect: Rect): Rect {
  if (rect.row < 0 || rect.column < 0 || rect.rows < 1 || rect.columns < 1 || rect.row + rect.rows > MAX_ROWS || rect.column + rect.columns > MAX_COLUMNS) {
    fail("InvalidArgument", `The range is outside the sheet (${JSON.stringify(rect)})`);
  }
  return rect;
}

export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}
