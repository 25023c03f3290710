import * as crypto from "crypto";
import { customersSheet, staffSheet, type SheetSpec } from "../workbook";
import type { AnyColumn } from "../workbook/column";
import type { Cell } from "../workbook/cell";
import { locateColumns } from "../workbook/headers";

/** Node's one-shot digest (20.12 and later): the same bytes as a Hash object, without building one per row. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64") => string }).hash;

export function digestOf(text: string): string {
  return (oneShot ? oneShot("sha1", text, "base64") : crypto.createHash("sha1").update(text).digest("base64")).slice(0, 27);
}

/**
 * One row as the archive keeps it. Its cells are held as the JSON text their hash is taken of (what
 * kh_row.cells receives) and parsed only when asked for: comparing a workbook with the archive needs
 * only keys and hashes.
 */
export class ArchivedRow {
  private parsed?: Record<string, Cell>;
  rep?: string;
  customer?: string;
  kind?: string;
  occurred?: number;
  amount?: number;

  constructor(
    /** Sheet spec key (customers, transactions, …). */
    readonly sheet: string,
    /** The row's id in its sheet: 事件编号, 客户编码, 工号, 类别/项目 for 设置; "#n" added to a repeated id. */
    readonly key: string,
    /** Index among the sheet's non-blank rows, in file order. */
    readonly position: number,
    /** JSON of the non-blank cells by spec column key, or "+header" for a column people added. */
    readonly json: string,
    /** digestOf(json). */
    readonly hash: string,
  ) {}

  /** Non-blank cells by spec column key, or "+header" for a column people added. */
  get cells(): Record<string, Cell> {
    return (this.parsed ??= JSON.parse(this.json) as Record<string, Cell>);
  }
}

function isEmpty(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || cell === "";
}

function text(cell: Cell | undefined): string | undefined {
  return isEmpty(cell) ? undefined : String(cell).trim();
}

/**
 * Numbers are kept to Excel's 15 significant digits: what a workbook shows and what Excel keeps
 * when it saves. Writers that pass dates through JS Dates (exceljs) change the 16th and 17th digit
 * of a date-time serial, which must not count as an edit.
 */
export function normalized(cell: Cell): Cell {
  return typeof cell === "number" && !Number.isInteger(cell) ? Number(cell.toPrecision(15)) : cell;
}

/** Characters JSON.stringify writes otherwise than as they are (surrogates: only lone ones, but any sends the text to it). */
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A non-blank cell as JSON.stringify writes it. */
function jsonOf(cell: Cell): string {
  if (typeof cell === "string") return ESCAPED.test(cell) ? JSON.stringify(cell) : `"${cell}"`;
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "null";
  return cell ? "true" : "false";
}

export const SETTINGS_KEY_COLUMNS = ["category", "item"];

/**
 * Where each cell of an archived row comes from: spec columns in spec order, then the columns people
 * added in header order (cells named "+header"; of several with one header, the last non-blank wins,
 * as when they were set one after the other on one object), each with its JSON name written once.
 */
export interface SheetPlan {
  /** Per cell name, the table columns it is read from (one for a spec column). */
  sources: number[][];
  names: string[];
  /** Index in `names` of the cells the row's key and columns (rep, customer, …) are taken from; -1 if none. */
  id: number[];
  rep: number;
  customer: number;
  kind: number;
  occurred: number;
  amount: number;
  added: string[];
}

export function planOf(spec: SheetSpec, headers: readonly Cell[]): SheetPlan {
  const columns: readonly AnyColumn[] = spec.columns;
  const positions = locateColumns(columns, headers);
  const taken = new Set(positions.filter((p) => p >= 0));
  const extras = headers
    .map((h, i) => ({ header: String(h ?? "").trim(), i }))
    .filter((x) => !taken.has(x.i) && x.header !== "");
  const extraOrder = [...extras].sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : a.i - b.i));
  const names: string[] = [];
  const sources: number[][] = [];
  columns.forEach((c, i) => {
    if (positions[i] < 0) return;
    names.push(c.key);
    sources.push([positions[i]]);
  });
  for (const x of extraOrder) {
    const name = `+${x.header}`;
    if (names[names.length - 1] === name) sources[sources.length - 1].push(x.i);
    else {
      names.push(name);
      sources.push([x.i]);
    }
  }
  const at = (key: string | undefined) => (key === undefined ? -1 : names.indexOf(key));
  return {
    sources,
    names,
    id: spec.idColumn ? [at(spec.idColumn)] : SETTINGS_KEY_COLUMNS.map(at),
    rep: at(spec === staffSheet ? "id" : "rep"),
    customer: at(spec === customersSheet ? "code" : "customer"),
    kind: at("txType"),
    occurred: at("occurredAt"),
    amount: at("amount"),
    added: extras.map((x) => x.header),
  };
}

/** The key a row is archived under (before repeated keys get their "#n"). */
function baseKey(plan: SheetPlan, values: readonly Cell[], hash: string): string {
  if (plan.id.length === 1) return text(values[plan.id[0]]) ?? `#${hash}`;
  const parts = plan.id.map((i) => text(values[i]) ?? "");
  return parts.some((p) => p) ? parts.join("/") : `#${hash}`;
}

/**
 * A sheet's table as archived rows: cells by column, keys unique within the sheet. Each row's JSON
 * is written cell by cell (the same text as JSON.stringify on the cells object, which the archive's
 * hashes were first taken of) rather than built as an object and stringified.
 */
export function sheetRows(spec: SheetSpec, headers: readonly Cell[], body: readonly Cell[][]): { rows: ArchivedRow[]; added: string[] } {
  const plan = planOf(spec, headers);
  const prefixes = plan.names.map((n) => `${JSON.stringify(n)}:`);
  const values: Cell[] = new Array<Cell>(plan.names.length);
  const seen = new Map<string, number>();
  const rows: ArchivedRow[] = [];
  for (const source of body) {
    let json = "";
    for (let n = 0; n < plan.sources.length; n++) {
      const from = plan.sources[n];
      let value: Cell | undefined;
      for (let k = 0; k < from.length; k++) if (!isEmpty(source[from[k]])) value = source[from[k]];
      if (value === undefined) {
        values[n] = null;
        continue;
      }
      let cell: string;
      if (typeof value === "number" && !Number.isInteger(value) && Number.isFinite(value)) {
        // A number whose shortest text has at most 15 digits is its own 15-digit form: no toPrecision.
        cell = String(value);
        if (cell.length > 16) cell = String((value = normalized(value)));
      } else cell = jsonOf(value);
      values[n] = value;
      json += json === "" ? `{${prefixes[n]}${cell}` : `,${prefixes[n]}${cell}`;
    }
    if (json === "") continue;
    json += "}";
    const hash = digestOf(json);
    const base = baseKey(plan, values, hash);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const row = new ArchivedRow(spec.key, count === 1 ? base : `${base}#${count}`, rows.length, json, hash);
    const rep = text(values[plan.rep]);
    if (rep !== undefined) row.rep = rep;
    const customer = text(values[plan.customer]);
    if (customer !== undefined) row.customer = customer;
    const kind = values[plan.kind];
    if (typeof kind === "string") row.kind = kind;
    const occurred = values[plan.occurred];
    if (typeof occurred === "number") row.occurred = occurred;
    const amount = values[plan.amount];
    if (typeof amount === "number") row.amount = amount;
    rows.push(row);
  }
  return { rows, added: plan.added };
}
