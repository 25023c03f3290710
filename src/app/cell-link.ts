/**
 * Where a log row's cell is, for a link from a generated sheet or a message (投诉!F12): the
 * column's letter where the workbook read has it (readLog's letters), else the sheet's id column,
 * else its first column; without letters (records built in code) the spec's own column order.
 * Every generated sheet and every finding links through here.
 */
import type { ReportCell } from "../io/port";
import { sheetByKey } from "../workbook";
import { columnLetter } from "../workbook/cell";
import type { CellRef } from "../domain/audit";
import type { LogSheetKey } from "../domain/log";
import type { ColumnLetters } from "./read-log";

/** The letter of a log sheet's column as the rule above finds it. */
export function letterOf(sheet: LogSheetKey, column: string, letters: ColumnLetters | undefined): string {
  const spec = sheetByKey(sheet);
  if (!spec) return "A";
  if (!letters) return columnLetter(Math.max(0, spec.columns.findIndex((c) => c.key === column)));
  const sheetLetters = letters[sheet] ?? {};
  return sheetLetters[column] ?? (spec.idColumn ? sheetLetters[spec.idColumn] : undefined) ?? Object.values(sheetLetters).sort()[0] ?? "A";
}

/** The sheet's name and the cell (F12) a reference points to. */
export function locateCell(ref: CellRef, letters: ColumnLetters | undefined): { sheet: string; cell: string } {
  return { sheet: sheetByKey(ref.sheet)?.name ?? ref.sheet, cell: `${letterOf(ref.sheet, ref.column, letters)}${ref.row}` };
}

/** A report cell showing `text` (default: 投诉!F12) that links to the referenced cell. */
export function cellLink(ref: CellRef, letters: ColumnLetters | undefined, text?: string): ReportCell {
  const at = locateCell(ref, letters);
  return { text: text ?? `${at.sheet}!${at.cell}`, link: at };
}
