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

export type RecordOfSheet<S> = S extends SheetSpec<infer C> ? RecordOf<C> : never;
