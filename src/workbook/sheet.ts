import type { AnyColumn, RecordOf } from "./column";

export type SheetKind = "archive" | "event" | "staff" | "settings";

export interface SheetSpec<C extends readonly AnyColumn[] = readonly AnyColumn[]> {
  key: string;
  /** The sheet's name in the workbook (zh-CN). */
  name: string;
  nameEn: string;
  /** The Excel table's name on the sheet (ASCII: Excel table names must be plain identifiers). */
  table: string;
  kind: SheetKind;
  /** Prefix of generated ids (事件编号), e.g. "TS" for 投诉. */
  idPrefix?: string;
  /** Column whose value identifies a row and must be unique in the sheet. */
  idColumn?: string;
  columns: C;
}

export function defineSheet<const C extends readonly AnyColumn[]>(spec: SheetSpec<C>): SheetSpec<C> {
  return spec;
}

/** The id of a row as a keyed update carries it: the sheet's id column header and the row's id. */
export function rowKey(spec: SheetSpec, id: string): { header: string; value: string } {
  const column = spec.columns.find((c) => c.key === spec.idColumn);
  if (!column) throw new Error(`${spec.name} has no id column`);
  return { header: column.header, value: id };
}

export type RecordOfSheet<S> = S extends SheetSpec<infer C> ? RecordOf<C> : never;
