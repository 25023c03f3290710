import { z } from "zod";

export type ColumnKind =
  | "id"
  | "code"
  | "text"
  | "longText"
  | "list"
  | "grade"
  | "date"
  | "datetime"
  | "number"
  | "integer"
  | "money"
  | "boolean"
  | "scalar";

export interface ColumnSpec<K extends string = string, T = unknown, R extends boolean = boolean> {
  key: K;
  /** The header in the workbook (zh-CN). */
  header: string;
  headerEn: string;
  kind: ColumnKind;
  /** Validates the value after it was read from what people type (see codec/coerce.ts). */
  schema: z.ZodType<T>;
  /** True when the schema checks more than the kind already guarantees (ranges, patterns). */
  refined: boolean;
  required: R;
  /** The drop-down list (zh-CN values, which are what the workbook stores). */
  list?: readonly string[];
  /** English labels for the list, same order, for the UI in English. */
  listEn?: readonly string[];
  numberFormat?: string;
  width?: number;
  /** Filled by the add-in (e.g. 下次跟进), not typed by people. */
  generated?: boolean;
  /** A short help text for forms (zh-CN). */
  help?: string;
}

export type AnyColumn = ColumnSpec<string, any, boolean>;

interface Options {
  width?: number;
  help?: string;
  generated?: boolean;
  numberFormat?: string;
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
export const MONEY_FORMAT = '"¥"#,##0.00';
export const NUMBER_FORMAT = "#,##0.##";
/** Latitude and longitude: six decimals (about 0.1 m), as GPS tools give them. */
export const COORDINATE_FORMAT = "0.000000";
export const TEXT_FORMAT = "@";
export const INTEGER_FORMAT = "0";
/** Figures the generated sheets add beside the log's own columns: shares, their changes, distances. */
export const PERCENT_FORMAT = "0.0%";
export const PERCENT_CHANGE_FORMAT = "+0.0%;-0.0%;0.0%";
export const ONE_DECIMAL_FORMAT = "0.0";

function make<K extends string, T>(
  key: K,
  header: string,
  headerEn: string,
  kind: ColumnKind,
  schema: z.ZodType<T>,
  defaults: Partial<AnyColumn>,
  options: Options = {},
  refined = false,
): ColumnSpec<K, T, false> {
  return { ...defaults, ...options, key, header, headerEn, kind, schema, refined, required: false };
}

import { ABC_CLASSES, GRADES } from "../domain/vocabulary";
export { ABC_CLASSES, GRADES, type AbcClass, type Grade } from "../domain/vocabulary";

export const col = {
  id: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "id", z.string().min(1), { numberFormat: TEXT_FORMAT, width: 20 }, o),
  text: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "text", z.string(), { numberFormat: TEXT_FORMAT, width: 16 }, o),
  /** A code people type (客户编码): read full-width forms as half-width, surrounding spaces trimmed. */
  code: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "code", z.string(), { numberFormat: TEXT_FORMAT, width: 12 }, o),
  longText: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "longText", z.string(), { numberFormat: TEXT_FORMAT, width: 36 }, o),
  list: <K extends string, const L extends readonly [string, ...string[]]>(
    key: K,
    header: string,
    headerEn: string,
    list: L,
    listEn: { [I in keyof L]: string },
    o?: Options,
  ) => make(key, header, headerEn, "list", z.enum(list as unknown as [L[number], ...L[number][]]) as z.ZodType<L[number]>, { list, listEn, width: 12 }, o),
  grade: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "grade", z.enum(GRADES), { list: GRADES, listEn: GRADES, width: 8 }, o),
  abc: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "list", z.enum(ABC_CLASSES), { list: ABC_CLASSES, listEn: ABC_CLASSES, width: 8 }, o),
  date: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "date", z.date(), { numberFormat: DATE_FORMAT, width: 12 }, o),
  datetime: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "datetime", z.date(), { numberFormat: DATETIME_FORMAT, width: 17 }, o),
  number: <K extends string>(key: K, header: string, headerEn: string, o?: Options & { min?: number; max?: number }) =>
    make(key, header, headerEn, "number", z.number().min(o?.min ?? -Infinity).max(o?.max ?? Infinity), { numberFormat: NUMBER_FORMAT, width: 10 }, o, o?.min !== undefined || o?.max !== undefined),
  /** Degrees north (纬度), −90 to 90: check names a cell outside. */
  latitude: <K extends string>(key: K, header: string, headerEn: string) => col.number(key, header, headerEn, { numberFormat: COORDINATE_FORMAT, min: -90, max: 90 }),
  /** Degrees east (经度), −180 to 180. */
  longitude: <K extends string>(key: K, header: string, headerEn: string) => col.number(key, header, headerEn, { numberFormat: COORDINATE_FORMAT, min: -180, max: 180 }),
  integer: <K extends string>(key: K, header: string, headerEn: string, o?: Options & { min?: number; max?: number }) =>
    make(key, header, headerEn, "integer", z.number().int().min(o?.min ?? -Infinity).max(o?.max ?? Infinity), { numberFormat: INTEGER_FORMAT, width: 8 }, o, o?.min !== undefined || o?.max !== undefined),
  money: <K extends string>(key: K, header: string, headerEn: string, o?: Options & { min?: number }) =>
    make(key, header, headerEn, "money", z.number().min(o?.min ?? -Infinity), { numberFormat: MONEY_FORMAT, width: 14 }, o, o?.min !== undefined),
  boolean: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "boolean", z.boolean(), { list: ["是", "否"], listEn: ["Yes", "No"], width: 8 }, o),
  scalar: <K extends string>(key: K, header: string, headerEn: string, o?: Options) =>
    make(key, header, headerEn, "scalar", z.union([z.string(), z.number(), z.boolean(), z.date()]), { width: 16 }, o),
};

export function required<K extends string, T>(column: ColumnSpec<K, T, false>): ColumnSpec<K, T, true> {
  return { ...column, required: true };
}

type RequiredKeys<C extends readonly AnyColumn[]> = {
  [I in keyof C]: C[I] extends ColumnSpec<infer K, any, true> ? K : never;
}[number];
type OptionalKeys<C extends readonly AnyColumn[]> = {
  [I in keyof C]: C[I] extends ColumnSpec<infer K, any, false> ? K : never;
}[number];
type ValueOf<C extends readonly AnyColumn[], K> = Extract<C[number], { key: K }> extends ColumnSpec<any, infer T, any> ? T : never;

/** The typed record a row of a sheet parses into. */
export type RecordOf<C extends readonly AnyColumn[]> = { [K in RequiredKeys<C>]: ValueOf<C, K> } & {
  [K in OptionalKeys<C>]?: ValueOf<C, K>;
};
