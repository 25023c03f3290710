import { cellAddress } from "../cell";
import type { Problem } from "../problems";
import type { RecordOfSheet, SheetSpec } from "../sheet";
import { encodeRecordInSpecOrder } from "./record";
import { parseSheet } from "./parse";

export type Validated<R> = { ok: true; record: R; row: ReturnType<typeof encodeRecordInSpecOrder> } | { ok: false; problems: Problem[] };

/**
 * Checks a record (from a form or the command line) exactly as the sheet would read it back:
 * it is encoded to cells and parsed again, so what is accepted here parses the same later.
 * `row` is the Excel row it would land on, for the problems' cell addresses.
 */
export function validateRecord<S extends SheetSpec>(spec: S, input: Record<string, unknown>, row = 2): Validated<RecordOfSheet<S>> {
  const cells = encodeRecordInSpecOrder(spec, input);
  const headers = spec.columns.map((c) => c.header);
  const parsed = parseSheet(spec, { sheet: spec.name, headers, rows: [cells], headerRow: row - 1, firstColumn: 0 });
  const blankRequired: Problem[] = parsed.rows.length === 0 && parsed.problems.length === 0
    ? spec.columns.flatMap((c, i) => (c.required ? [{ sheet: spec.name, cell: cellAddress(i, row), row, header: c.header, code: "required" as const }] : []))
    : [];
  const problems = [...parsed.problems, ...blankRequired];
  if (problems.length > 0 || parsed.rows.length === 0) return { ok: false, problems };
  return { ok: true, record: parsed.rows[0].record, row: cells };
}
