import type { CellUpdate } from "./port";

function same(cell: unknown, id: string): boolean {
  return cell !== null && cell !== undefined && String(cell).trim() === id.trim();
}

/**
 * Where a keyed update belongs: the row it names while that row still holds its key; otherwise
 * the one row that does (a co-author sorted, inserted or deleted rows since the read). Refused
 * with one line when the key is gone or on several rows: a value never lands on another row.
 * `rows()` lists each data row's key (Excel row number → cell), built only when needed.
 */
export function keyedRow(sheet: string, update: CellUpdate, keyAt: (row: number) => unknown, rows: () => ReadonlyMap<number, unknown>): number {
  if (same(keyAt(update.row), update.key.value)) return update.row;
  const found: number[] = [];
  for (const [row, cell] of rows()) if (same(cell, update.key.value)) found.push(row);
  if (found.length === 1) return found[0];
  const { header, value } = update.key;
  if (found.length === 0) throw new Error(`${sheet}: no row holds ${header} “${value}” any more (row ${update.row} was moved or deleted); nothing was written`);
  throw new Error(`${sheet}: ${header} “${value}” is on rows ${found.join(", ")}; nothing was written`);
}
