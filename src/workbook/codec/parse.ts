import type { AnyColumn } from "../column";
import { cellAddress, isBlank, type Cell } from "../cell";
import type { Problem } from "../problems";
import type { RecordOfSheet, SheetSpec } from "../sheet";
import type { TableData } from "../table-data";
import type { Rowed } from "../../domain/log";
import { locateColumns } from "../headers";
import { coercerFor } from "./coerce";
import { z } from "zod";

const ZH = z.locales.zhCN();
const EN = z.locales.en();


export interface ParsedSheet<R> {
  rows: Rowed<R>[];
  problems: Problem[];
  /** Where each spec column sits among the table's columns (-1 when missing). */
  positions: number[];
}

function shown(cell: Cell): string {
  return typeof cell === "string" ? cell : String(cell);
}

/**
 * Rows to typed records. A bad optional cell leaves that field out and reports it; a bad or
 * blank required cell reports it and leaves the row out of the records. Blank rows are skipped.
 * The sheet itself is never changed, so no row is ever lost.
 */
export function parseSheet<S extends SheetSpec>(spec: S, table: TableData | undefined): ParsedSheet<RecordOfSheet<S>> {
  const problems: Problem[] = [];
  if (!table) {
    return { rows: [], positions: spec.columns.map(() => -1), problems: [{ sheet: spec.name, cell: "", row: 0, header: "", code: "missingSheet" }] };
  }
  const sheet = table.sheet;
  const columns: readonly AnyColumn[] = spec.columns;
  const positions = locateColumns(columns, table.headers);
  columns.forEach((c, i) => {
    if (positions[i] < 0 && c.required) {
      problems.push({ sheet, cell: "", row: table.headerRow, header: c.header, code: "missingColumn" });
    }
  });
  const readers = columns.map(coercerFor);
  const letters = positions.map((p) => (p < 0 ? "" : cellAddress(table.firstColumn + p, 0).replace(/0$/, "")));
  const rows: Rowed<RecordOfSheet<S>>[] = [];
  const idIndex = spec.idColumn ? columns.findIndex((c) => c.key === spec.idColumn) : -1;
  const seenIds = new Map<string, number>();

  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r];
    if (cells.every(isBlank)) continue;
    const excelRow = table.headerRow + 1 + r;
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
  return { rows, problems, positions };
}
