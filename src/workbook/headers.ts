import type { AnyColumn } from "./column";
import type { Cell } from "./cell";

/** Headers compare without case, spaces or full-width forms: "客户 编码" finds 客户编码. */
export function headerKey(header: Cell | undefined): string {
  return String(header ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/** Index of each spec column among the sheet's headers (-1 when missing), by Chinese or English header. */
export function locateColumns(columns: readonly AnyColumn[], headers: readonly Cell[]): number[] {
  const position = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !position.has(k)) position.set(k, i);
  });
  return columns.map((c) => position.get(headerKey(c.header)) ?? position.get(headerKey(c.headerEn)) ?? -1);
}
