import { TEXT_FORMAT, type AnyColumn, type RecordOf } from "./column";

export type SheetKind = "archive" | "event" | "staff" | "plan" | "settings";

/** A named run of columns that belong together (a step of a flow, a topic of the profile). */
export interface ColumnGroup<K extends string = string> {
  title: string;
  titleEn: string;
  /** Column keys, in the order the group shows them. */
  keys: readonly K[];
}

/**
 * How a form for the sheet is laid out: columns outside every group come first, in sheet order,
 * then each group (which a form may fold); `hidden` columns are never typed in a form (the
 * add-in fills them from another field).
 */
export interface FormLayout<K extends string = string> {
  groups?: readonly ColumnGroup<K>[];
  hidden?: readonly K[];
}

export interface SheetSpec<C extends readonly AnyColumn[] = readonly AnyColumn[], K extends string = string> {
  key: K;
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
  form?: FormLayout<C[number]["key"]>;
}

type Flat<T> = { [K in keyof T]: T[K] };
type Same<A, B> = (<X>() => X extends Flat<A> ? 1 : 2) extends <X>() => X extends Flat<B> ? 1 : 2 ? true : false;

/**
 * Declares a sheet whose rows parse into the domain record R (src/domain/log.ts):
 * `defineSheet<Customer>()({ ... })`. A column set that yields anything but exactly R (a key
 * missing or extra, a wrong kind, required where R says optional) does not compile.
 */
export function defineSheet<R>() {
  return <const C extends readonly AnyColumn[], const K extends string>(
    spec: SheetSpec<C, K> & (Same<RecordOf<C>, R> extends true ? unknown : { recordMismatch: { columns: Flat<RecordOf<C>>; record: R } }),
  ): SheetSpec<C, K> => spec;
}

/** The id of a row as a keyed update carries it: the sheet's id column header and the row's id. */
export function rowKey(spec: SheetSpec, id: string): { header: string; value: string } {
  const column = spec.columns.find((c) => c.key === spec.idColumn);
  if (!column) throw new Error(`${spec.name} has no id column`);
  return { header: column.header, value: id };
}

/** A spec's column by its key; a key the spec does not declare does not compile. */
export function columnOf<C extends readonly AnyColumn[]>(spec: SheetSpec<C, string>, key: C[number]["key"]): C[number] {
  const column = spec.columns.find((c) => c.key === key);
  if (!column) throw new Error(`${spec.name} has no column ${key}`);
  return column;
}

/**
 * The headers (zh-CN, or en-US with `en`) and number formats of some of a spec's columns, for a
 * generated sheet or a printout that shows those columns: the words and formats stay the spec's.
 */
export function columnsOf<C extends readonly AnyColumn[]>(spec: SheetSpec<C, string>, keys: readonly C[number]["key"][], en = false): { headers: string[]; numberFormats: (string | undefined)[] } {
  const columns = keys.map((k) => columnOf(spec, k));
  return { headers: columns.map((c) => (en ? c.headerEn : c.header)), numberFormats: columns.map((c) => (c.numberFormat === TEXT_FORMAT ? undefined : c.numberFormat)) };
}

export type RecordOfSheet<S> = S extends SheetSpec<infer C, string> ? RecordOf<C> : never;
