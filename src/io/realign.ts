import { isBlank, type Cell } from "../workbook/cell";
import { headerKey } from "../workbook/headers";

/**
 * Rows aligned with the headers a caller read (`from`) moved under the headers the table has now
 * (`to`): a co-author may have inserted, moved or removed columns in between. A value whose
 * column is gone is refused with one line rather than written under another header.
 */
export function realign(sheet: string, rows: readonly Cell[][], from: readonly Cell[], to: readonly Cell[]): Cell[][] {
  const target = new Map<string, number>();
  to.forEach((h, i) => {
    const k = headerKey(String(h ?? ""));
    if (!target.has(k)) target.set(k, i);
  });
  const moves = from.map((h) => target.get(headerKey(String(h ?? ""))));
  if (from.length === to.length && moves.every((m, i) => m === i)) return rows as Cell[][];
  return rows.map((row) => {
    const out: Cell[] = new Array(to.length).fill(null);
    row.forEach((cell, i) => {
      if (isBlank(cell)) return;
      const at = moves[i];
      if (at === undefined) throw new Error(`${sheet}: column “${String(from[i] ?? i + 1)}” is no longer in the table; nothing was written`);
      out[at] = cell;
    });
    return out;
  });
}
