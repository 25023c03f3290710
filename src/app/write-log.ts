import type { WorkbookPort } from "../io/port";
import { sheetByKey, type Cell } from "../workbook";
import { recordEncoder } from "../workbook/codec/record";

export interface RawCell {
  sheetKey: string;
  /** Index of the record within its sheet's list. */
  index: number;
  columnKey: string;
  raw: string | number;
}

/**
 * Appends whole lists of records, one batch per sheet. `raw` cells replace encoded values with
 * what a person might have typed (the demo plants faulty input this way).
 */
export async function appendRecords(
  port: WorkbookPort,
  records: Record<string, readonly Record<string, unknown>[]>,
  raw: readonly RawCell[] = [],
): Promise<void> {
  const keys = Object.keys(records).filter((k) => records[k].length > 0);
  const specs = keys.map((k) => {
    const spec = sheetByKey(k);
    if (!spec) throw new Error(`Unknown sheet: ${k}`);
    return spec;
  });
  const headers = await port.readHeaders(specs.map((s) => s.name));
  for (const spec of specs) {
    const sheetHeaders = headers[spec.name];
    if (!sheetHeaders) throw new Error(`工作表“${spec.name}”不存在`);
    const encode = recordEncoder(spec, sheetHeaders);
    const rows: Cell[][] = records[spec.key].map(encode);
    for (const cell of raw.filter((c) => c.sheetKey === spec.key)) {
      const column = spec.columns.find((c) => c.key === cell.columnKey);
      const position = column ? sheetHeaders.indexOf(column.header) : -1;
      if (position >= 0 && rows[cell.index]) rows[cell.index][position] = cell.raw;
    }
    await port.appendRows(spec.name, rows, sheetHeaders);
  }
}
