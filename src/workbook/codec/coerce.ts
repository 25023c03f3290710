import type { AnyColumn } from "../column";
import type { Cell } from "../cell";
import type { ProblemCode } from "../problems";
import { dateFromSerial, isFakeLeapDay, daySerial } from "../../domain/time";
import { normaliseCode } from "../../domain/customer-codes";
import type { DateOrder } from "../../domain/settings";

export type Coerced = { ok: true; value: unknown } | { ok: false; code: ProblemCode; detail?: string };

const fail = (code: ProblemCode, detail?: string): Coerced => ({ ok: false, code, detail });
const ok = (value: unknown): Coerced => ({ ok: true, value });

/** Full-width digits, letters and punctuation to ASCII (２０２６／３／５ → 2026/3/5). */
function halfWidth(text: string): string {
  return text.normalize("NFKC").trim();
}

const DATE_PATTERN =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})\s*[:时]\s*(\d{1,2})\s*(?:[:分]\s*(\d{1,2})\s*秒?)?\s*分?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** Excel's last date, 9999-12-31. */
const MAX_SERIAL = 2958465;

/** 11/3/2026 or 11.3.2026 (year last): month-first or day-first, which only 设置 can say. */
const YEAR_LAST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:(?:\s+|T)(\d{1,2})\s*:\s*(\d{1,2})(?:\s*:\s*(\d{1,2}))?)?$/;


function dateOf(y: string, mo: string, d: string, h = "0", mi = "0", s = "0"): Date | undefined {
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d) return undefined;
  if (+h > 23 || +mi > 59 || +s > 59) return undefined;
  return date;
}

/**
 * A typed date: year first (2026-3-11, 2026年3月11日, 20260311) always; year last (11/3/2026) when
 * the order is declared or only one reading is a date (13/3/2026). "ambiguous" when both are.
 */
export function readDateText(text: string, order?: DateOrder): Date | "ambiguous" | undefined {
  const t = halfWidth(text);
  const m = DATE_PATTERN.exec(t) ?? COMPACT_DATE.exec(t);
  if (m) return dateOf(...(m.slice(1).map((x) => x ?? "0") as [string, string, string, string, string, string]));
  const last = YEAR_LAST.exec(t);
  if (!last) return undefined;
  const [a, b, y, h, mi, s] = last.slice(1).map((x) => x ?? "0");
  const monthFirst = dateOf(y, a, b, h, mi, s);
  const dayFirst = dateOf(y, b, a, h, mi, s);
  if (order === "mdy") return monthFirst;
  if (order === "dmy") return dayFirst;
  if (monthFirst && dayFirst && a !== b) return "ambiguous";
  return monthFirst ?? dayFirst;
}

export function parseDateText(text: string, order?: DateOrder): Date | undefined {
  const date = readDateText(text, order);
  return date === "ambiguous" ? undefined : date;
}

function toDate(cell: Cell, keepTime: boolean, order?: DateOrder): Coerced {
  let date: Date | undefined;
  if (typeof cell === "number") {
    if (cell > 0 && cell < MAX_SERIAL + 1 && !isFakeLeapDay(cell)) date = dateFromSerial(cell);
  } else if (typeof cell === "string") {
    const read = readDateText(cell, order);
    if (read === "ambiguous") return fail("ambiguousDate");
    date = read;
  }
  if (!date) return fail("notDate");
  if (!keepTime) date = dateFromSerial(daySerial(date));
  return ok(date);
}

export function parseNumberText(text: string): number | undefined {
  const t = halfWidth(text).replace(/[,\s¥]|元$/g, "");
  if (t === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function toNumber(cell: Cell): Coerced {
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(cell) : fail("notNumber");
  if (typeof cell === "string") {
    const n = parseNumberText(cell);
    if (n !== undefined) return ok(n);
  }
  return fail("notNumber");
}

function toInteger(cell: Cell): Coerced {
  const r = toNumber(cell);
  if (!r.ok) return r;
  return Number.isInteger(r.value) ? r : fail("notInteger");
}

const TRUE_WORDS = new Set(["是", "y", "yes", "true", "1", "✓", "√", "对", "已兑现"]);
const FALSE_WORDS = new Set(["否", "n", "no", "false", "0", "×", "✗", "未兑现"]);

function toBoolean(cell: Cell): Coerced {
  if (typeof cell === "boolean") return ok(cell);
  const t = halfWidth(String(cell)).toLowerCase();
  if (TRUE_WORDS.has(t)) return ok(true);
  if (FALSE_WORDS.has(t)) return ok(false);
  return fail("notBoolean");
}

function toGrade(cell: Cell): Coerced {
  const t = halfWidth(String(cell)).toUpperCase().replace(/[级類类]$/, "");
  return /^[A-E]$/.test(t) ? ok(t) : fail("notGrade");
}

function toText(cell: Cell): string {
  if (typeof cell === "boolean") return cell ? "是" : "否";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/** Printable ASCII with no space at either end: what NFKC and trimming leave as it is. */
const PLAIN_ASCII = /^[!-~](?:[ -~]*[!-~])?$/;

/** What a workbook's 设置 says about reading its cells. */
export interface ReadOptions {
  dateOrder?: DateOrder;
}

/** Builds the reader of one column: the drop-down lookup is computed once, not per cell. */
export function coercerFor(column: AnyColumn, options: ReadOptions = {}): (cell: Cell) => Coerced {
  switch (column.kind) {
    case "date":
      return (cell) => toDate(cell, false, options.dateOrder);
    case "datetime":
      return (cell) => toDate(cell, true, options.dateOrder);
    case "number":
    case "money":
      return toNumber;
    case "integer":
      return toInteger;
    case "boolean":
      return toBoolean;
    case "grade":
      return toGrade;
    case "list": {
      const lookup = new Map<string, string>();
      (column.list ?? []).forEach((value, i) => {
        lookup.set(halfWidth(value).toLowerCase(), value);
        const english = column.listEn?.[i];
        if (english) lookup.set(english.toLowerCase(), value);
      });
      const allowed = (column.list ?? []).join("/");
      // a value spelled exactly as the list has it (most cells) reads as itself, without the normalising below
      const exact = new Set((column.list ?? []).filter((value) => lookup.get(halfWidth(value).toLowerCase()) === value));
      return (cell) => {
        if (typeof cell === "string" && exact.has(cell)) return ok(cell);
        const hit = lookup.get(halfWidth(toText(cell)).toLowerCase());
        return hit === undefined ? fail("notInList", allowed) : ok(hit);
      };
    }
    case "scalar":
      return (cell) => ok(typeof cell === "string" ? cell.trim() : cell);
    case "code":
      return (cell) => ok(typeof cell === "string" && PLAIN_ASCII.test(cell) ? cell : normaliseCode(toText(cell)));
    case "id":
    case "text":
    case "longText":
      return (cell) => ok(toText(cell));
  }
}
