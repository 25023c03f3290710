import type { AnyColumn } from "../column";
import { cellAddress, isBlank, type Cell } from "../cell";
import type { Problem } from "../problems";
import type { RecordOfSheet, SheetSpec } from "../sheet";
import { rowNumberOf, type TableData } from "../table-data";
import type { Rowed } from "../../domain/log";
import { locateColumns } from "../headers";
import { coercerFor, type ReadOptions } from "./coerce";
import { z } from "zod";

const ZH = z.locales.zhCN();
const EN = z.locales.en();


export interface ParsedSheet<R> {
  rows: Rowed<R>[];
  problems: Problem[];
  /** Where each spec column sits among the table's columns (-1 when missing). */
  positions: number[];
  /** Column letter of each spec column on the sheet ("" when missing). */
  letters: string[];
  /** Blank rows inside the table, skipped (not errors). */
  blankRows: number;
  /** The Excel row the header was found on (below a title row when there is one). */
  headerRow: number;
}

/** A title ("2026年员工名单") may sit above the header: the header is looked for this many rows down. */
export const HEADER_SEARCH_DEPTH = 5;

/**
 * Where the header is: the table's first row, or one of the few rows under it that names more of
 * the spec's columns (the first row was a title). `at` is -1 for the table's own header row, else
 * the index of the body row that is the header.
 */
function findHeader(columns: readonly AnyColumn[], table: TableData): { at: number; positions: number[] } {
  const count = (p: number[]) => p.reduce((n, x) => n + (x >= 0 ? 1 : 0), 0);
  let best = { at: -1, positions: locateColumns(columns, table.headers) };
  let bestCount = count(best.positions);
  if (bestCount === columns.length) return best;
  for (let r = 0; r < Math.min(HEADER_SEARCH_DEPTH, table.rows.length); r++) {
    const positions = locateColumns(columns, table.rows[r]);
    const n = count(positions);
    if (n > bestCount) [best, bestCount] = [{ at: r, positions }, n];
  }
  return best;
}

function shown(cell: Cell): string {
  return typeof cell === "string" ? cell : String(cell);
}

/**
 * Rows to typed records. A bad optional cell leaves that field out and reports it; a bad or
 * blank required cell reports it and leaves the row out of the records. Blank rows are skipped.
 * The sheet itself is never changed, so no row is ever lost.
 */
export function parseSheet<S extends SheetSpec>(spec: S, table: TableData | undefined, options: ReadOptions = {}): ParsedSheet<RecordOfSheet<S>> {
  const problems: Problem[] = [];
  if (!table) {
    return { rows: [], positions: spec.columns.map(() => -1), letters: spec.columns.map(() => ""), blankRows: 0, headerRow: 0, problems: [{ sheet: spec.name, cell: "", row: 0, header: "", code: "missingSheet" }] };
  }
  const sheet = table.sheet;
  const columns: readonly AnyColumn[] = spec.columns;
  const header = findHeader(columns, table);
  const positions = header.positions;
  const headerRow = header.at < 0 ? table.headerRow : rowNumberOf(table, header.at);
  columns.forEach((c, i) => {
    if (positions[i] < 0 && c.required) {
      problems.push({ sheet, cell: "", row: headerRow, header: c.header, code: "missingColumn" });
    }
  });
  const readers = columns.map((c) => coercerFor(c, options));
  const letters = positions.map((p) => (p < 0 ? "" : cellAddress(table.firstColumn + (table.columnIndexes?.[p] ?? p), 0).replace(/0$/, "")));
  const rows: Rowed<RecordOfSheet<S>>[] = [];
  const idIndex = spec.idColumn ? columns.findIndex((c) => c.key === spec.idColumn) : -1;
  const seenIds = new Map<string, number>();
  let blankRows = table.blankRows ?? 0;
  // blank rows count once a row with data follows: an empty table's placeholder row is not one
  let pendingBlank = 0;

  for (let r = header.at + 1; r < table.rows.length; r++) {
    const cells = table.rows[r];
    if (cells.every(isBlank)) {
      pendingBlank++;
      continue;
    }
    blankRows += pendingBlank;
    pendingBlank = 0;
    const excelRow = rowNumberOf(table, r);
    const record: Record<string, unknown> = {};
    let complete = true;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const pos = positions[c];
      const cell = pos < 0 ? null : cells[pos];
      if (isBlank(cell)) {
        if (column.required) {
          complete = false;
          if (pos >= 0) problems.push({ sheet, cell: `${letters[c]}${excelRow}`, row: excelRow, header: column.header, code: "required" });
        }
        continue;
      }
      const coerced = readers[c](cell);
      let problem: Problem | undefined;
      if (!coerced.ok) {
        problem = { sheet, cell: `${letters[c]}${excelRow}`, row: excelRow, header: column.header, code: coerced.code, value: shown(cell), detail: coerced.detail };
      } else if (column.refined) {
        const checked = column.schema.safeParse(coerced.value, { error: ZH.localeError });
        if (!checked.success) {
          const detailEn = column.schema.safeParse(coerced.value, { error: EN.localeError }).error?.issues[0]?.message;
          problem = { sheet, cell: `${letters[c]}${excelRow}`, row: excelRow, header: column.header, code: "invalid", value: shown(cell), detail: checked.error.issues[0]?.message, detailEn };
        }
      }
      if (problem) {
        problems.push(problem);
        if (column.required) complete = false;
        continue;
      }
      record[column.key] = (coerced as { value: unknown }).value;
    }
    if (idIndex >= 0 && typeof record[columns[idIndex].key] === "string") {
      const id = record[columns[idIndex].key] as string;
      const first = seenIds.get(id);
      if (first !== undefined) {
        problems.push({ sheet, cell: `${letters[idIndex]}${excelRow}`, row: excelRow, header: columns[idIndex].header, code: "duplicateId", value: id, detail: String(first) });
      } else {
        seenIds.set(id, excelRow);
      }
    }
    if (complete) rows.push({ row: excelRow, record: record as RecordOfSheet<S> });
  }
  return { rows, problems, positions, letters, blankRows, headerRow };
}
