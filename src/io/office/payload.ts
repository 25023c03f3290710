/**
 * Excel on the web refuses a request (and a response) over 5 MB. Writes are split so that no
 * request carries more than REQUEST_BUDGET bytes of cell data; the rest of a request (the
 * operations themselves) stays far below the margin left to 4 MB.
 */
export const REQUEST_LIMIT = 4 * 1024 * 1024;
export const REQUEST_BUDGET = REQUEST_LIMIT - 256 * 1024;
/**
 * What one operation costs in the request beyond its data. Office.js sends RichApi JSON: each
 * object made by a method (getRangeByIndexes…) is an object path plus an instantiate action, each
 * property set or call one more action. A hyperlink set on a fresh one-cell range measures about
 * 230 bytes before its text; this over-estimates so that a budget never falls short.
 */
export const OPERATION_BYTES = 160;

/** Bytes of a value as JSON in UTF-8, without building a buffer. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800) bytes += c >= 0xd800 && c < 0xdc00 ? 1 : 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

/** Splits rows into consecutive runs whose JSON stays within `budget` bytes (a run has at least one row). */
export function chunkBySize<T>(rows: readonly T[], budget: number, size: (row: T, index: number) => number): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  let used = 0;
  rows.forEach((row, i) => {
    const bytes = size(row, i) + 1;
    if (i > start && used + bytes > budget) {
      chunks.push({ start, end: i });
      start = i;
      used = 0;
    }
    used += bytes;
  });
  if (rows.length > start) chunks.push({ start, end: rows.length });
  return chunks;
}
