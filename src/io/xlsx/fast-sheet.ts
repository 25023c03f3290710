import type { Cell } from "../../workbook/cell";
import { serialFromDate } from "../../domain/time";
import { attributes, decodeXmlText, elementAt, elements, findStartTag, prefixedAttribute, stringItemText } from "./fast-xml";
import { splitAtElements } from "./fast-split";
import { DATE_1904_OFFSET } from "./fast-styles";
import { DEFAULT_READ_LIMITS, ReadLimitExceeded, type ReadLimits } from "./read-limits";

/** The cells of one worksheet as plain values: rows[rowNumber][columnIndex], 1-based rows, 0-based columns. */
export interface SheetCells {
  /** Holey: a missing cell is undefined; rows may be longer than their last cell. */
  rows: (Cell[] | undefined)[];
  /** Numbers of the rows that hold cells, ascending: walk these, never 1..rows.length (one row at 40,000,000 is one row). */
  rowNumbers: number[];
  /** r:ids of the sheet's <tablePart>s, in order. */
  tablePartIds: string[];
}

const enum CellType {
  Number,
  Shared,
  FormulaString,
  Inline,
  Boolean,
  Error,
  IsoDate,
}

/** "AB12" -> 27 (0-based column index). */
function columnOfReference(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function cellType(xml: string, from: number, to: number): CellType {
  const first = xml.charCodeAt(from);
  const length = to - from;
  if (first === 115) return length === 1 ? CellType.Shared : CellType.FormulaString; // s, str
  if (first === 105) return CellType.Inline; // inlineStr
  if (first === 98) return CellType.Boolean; // b
  if (first === 101) return CellType.Error; // e
  if (first === 100) return CellType.IsoDate; // d
  return CellType.Number;
}

/** Rows get room for at most this many cells up front: one cell in column XFD must not widen every row. */
const MAX_WIDTH_HINT = 256;

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number written in xml[from, to), as parseFloat reads it. Plain decimals of up to 15 digits are
 * computed exactly (an exact integer divided by an exact power of ten is correctly rounded); anything
 * else (exponents, long mantissas) goes to parseFloat.
 */
export function readNumber(xml: string, from: number, to: number): number {
  let i = from;
  let negative = false;
  if (xml.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (code === 46 && decimals < 0) decimals = 0;
    else break;
  }
  if (i < to || digits === 0 || digits > 15) return parseFloat(xml.slice(from, to));
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
  return negative ? -value : value;
}

/** Index of the next "<" at or after `from`, or -1. */
function nextTag(xml: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === 60) return i;
  return -1;
}

/** Whether xml[at] starts the tag `<name` (`open` = "<name") followed by a space, ">" or "/". */
function isTag(xml: string, at: number, open: string): boolean {
  if (!xml.startsWith(open, at)) return false;
  const code = xml.charCodeAt(at + open.length);
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The tag strings of a part, with its namespace prefix ("" or "x:"). */
interface Tags {
  prefix: string;
  row: string;
  rowClose: string;
  c: string;
  cClose: string;
  v: string;
  is: string;
  sheetDataClose: string;
}

function tagsFor(prefix: string): Tags {
  return {
    prefix,
    row: `<${prefix}row`,
    rowClose: `</${prefix}row>`,
    c: `<${prefix}c`,
    cClose: `</${prefix}c>`,
    v: `<${prefix}v`,
    is: `<${prefix}is`,
    sheetDataClose: `</${prefix}sheetData>`,
  };
}

/** Index past the element starting at `at` (its name read from the tag; same-name nesting not expected). */
function skipElement(xml: string, at: number): number {
  const tagEnd = xml.indexOf(">", at);
  if (tagEnd < 0) throw new Error("unterminated tag");
  if (xml.charCodeAt(tagEnd - 1) === 47 || xml.charCodeAt(at + 1) === 47) return tagEnd + 1;
  let nameEnd = at + 1;
  while (nameEnd < tagEnd && xml.charCodeAt(nameEnd) > 32 && xml.charCodeAt(nameEnd) !== 47) nameEnd++;
  const close = xml.indexOf(`</${xml.slice(at + 1, nameEnd)}>`, tagEnd);
  if (close < 0) throw new Error(`unterminated <${xml.slice(at + 1, nameEnd)}>`);
  return xml.indexOf(">", close) + 1;
}

/** The r of a <row> start tag (attributes in xml[from, tagEnd)), or the next number when it has none. */
function rowNumberOf(xml: string, from: number, tagEnd: number, previous: number): number {
  for (let i = from; i < tagEnd - 2; i++) {
    const code = xml.charCodeAt(i);
    if (code <= 32 && xml.charCodeAt(i + 1) === 114 && (xml.charCodeAt(i + 2) === 61 || xml.charCodeAt(i + 2) <= 32)) {
      let j = i + 2;
      while (j < tagEnd && (xml.charCodeAt(j) === 61 || xml.charCodeAt(j) <= 32)) j++;
      const quote = xml.charCodeAt(j);
      if (quote !== 34 && quote !== 39) break;
      let n = 0;
      for (j++; j < tagEnd; j++) {
        const d = xml.charCodeAt(j);
        if (d < 48 || d > 57) break;
        n = n * 10 + (d - 48);
      }
      return n;
    }
  }
  return previous + 1;
}

function isoDateSerial(text: string): Cell {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || !/T/.test(text);
  const ms = Date.parse(zoned ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : serialFromDate(new Date(ms));
}

/**
 * Parses a worksheet part chunk by chunk. Values are read as exceljs reads them and then turned into
 * Cells (src/io/xlsx/cell-values.ts): shared, inline and rich strings as text, numbers (dates stay
 * serials), booleans, the cached value of a formula (none -> null), errors as their text ("#N/A").
 * Merged ranges repeat the top-left value in every cell of the range, as exceljs shows them.
 */
export class SheetScanner {
  readonly rows: (Cell[] | undefined)[] = [];
  private started = false;
  private ended = false;
  private tail = "";
  private previousRow = 0;
  /** The widest row so far: new rows get room for as many cells up front (up to MAX_WIDTH_HINT). */
  private widthHint = 0;
  private readonly rowNumbers: number[] = [];
  private ordered = true;
  private cellCount = 0;
  private tags?: Tags;
  /** Set by readCellTag. */
  private column = -1;
  private type = CellType.Number;
  private style = 0;

  /** `dateStyles`: only for 1904-system workbooks, the styles whose numbers are dates (shifted to 1900 serials). */
  constructor(
    private readonly sharedStrings: readonly (string | undefined)[],
    private readonly dateStyles?: readonly boolean[],
    private readonly limits: Pick<ReadLimits, "rows" | "cells"> = DEFAULT_READ_LIMITS,
  ) {}

  /** A new row array for row n, counted against the row limit. */
  private newRow(n: number, width: number): Cell[] {
    if (this.rowNumbers.length >= this.limits.rows) throw new ReadLimitExceeded("rows", this.limits.rows);
    if (this.rowNumbers.length > 0 && n < this.rowNumbers[this.rowNumbers.length - 1]) this.ordered = false;
    this.rowNumbers.push(n);
    return (this.rows[n] = new Array(width));
  }

  private countCell(): void {
    if (++this.cellCount > this.limits.cells) throw new ReadLimitExceeded("cells", this.limits.cells);
  }

  feed(xml: string, prefix: string): void {
    let from = 0;
    if (this.ended) {
      this.tail += xml;
      return;
    }
    const tags = (this.tags ??= tagsFor(prefix));
    if (!this.started) {
      const data = findStartTag(xml, prefix + "sheetData", 0);
      if (data < 0) return;
      this.started = true;
      const el = xml.indexOf(">", data);
      if (xml.charCodeAt(el - 1) === 47) {
        this.ended = true;
        this.tail += xml.slice(el + 1);
        return;
      }
      from = el + 1;
    }
    const dataEnd = xml.indexOf(tags.sheetDataClose, from);
    const limit = dataEnd < 0 ? xml.length : dataEnd;
    const rowName = prefix + "row";
    let at = findStartTag(xml, rowName, from, limit);
    while (at >= 0) {
      at = this.readRow(xml, at, tags);
      at = findStartTag(xml, rowName, at, limit);
    }
    if (dataEnd >= 0) {
      this.ended = true;
      this.tail += xml.slice(dataEnd);
    }
  }

  /** Reads the row at `start`; returns the index past it. */
  private readRow(xml: string, start: number, tags: Tags): number {
    const tagEnd = xml.indexOf(">", start);
    const rowNumber = (this.previousRow = rowNumberOf(xml, start + tags.row.length, tagEnd, this.previousRow));
    if (xml.charCodeAt(tagEnd - 1) === 47) return tagEnd + 1;
    const rowEnd = xml.indexOf(tags.rowClose, tagEnd);
    if (rowEnd < 0) throw new Error(`row ${rowNumber} is not closed`);
    let cells: Cell[] | undefined = this.rows[rowNumber];
    this.column = -1;
    let at = nextTag(xml, tagEnd + 1, rowEnd);
    while (at >= 0) {
      if (!isTag(xml, at, tags.c)) {
        at = nextTag(xml, skipElement(xml, at), rowEnd);
        continue;
      }
      const cellTagEnd = this.readCellTag(xml, at + tags.c.length, rowEnd);
      let next = cellTagEnd + 1;
      let value: Cell = null;
      if (xml.charCodeAt(cellTagEnd - 1) !== 47) {
        const cellEnd = xml.indexOf(tags.cClose, cellTagEnd);
        if (cellEnd < 0 || cellEnd > rowEnd) throw new Error(`a cell of row ${rowNumber} is not closed`);
        value = this.cellValue(xml, cellTagEnd + 1, cellEnd, tags);
        next = cellEnd + tags.cClose.length;
      }
      const column = this.column;
      if (column >= 0) {
        if (value !== null) {
          if (!cells) cells = this.newRow(rowNumber, this.widthHint);
          if (cells[column] === undefined) this.countCell();
          cells[column] = value;
          if (column >= this.widthHint) this.widthHint = Math.min(column + 1, MAX_WIDTH_HINT);
        } else if (cells && cells[column] !== undefined) cells[column] = null;
      }
      at = nextTag(xml, next, rowEnd);
    }
    return rowEnd + tags.rowClose.length;
  }

  /** Reads the attributes of a <c> start tag that matter, the column (r) and the type (t); returns the index of its ">". */
  private readCellTag(xml: string, from: number, to: number): number {
    this.column++;
    this.type = CellType.Number;
    this.style = 0;
    let i = from;
    while (i < to) {
      const code = xml.charCodeAt(i);
      if (code === 62) return i;
      if (code <= 32 || code === 47) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < to && xml.charCodeAt(i) !== 61 && xml.charCodeAt(i) > 32) i++;
      const nameLength = i - nameStart;
      while (i < to && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
      const quote = xml.charCodeAt(i);
      let valueEnd = i + 1;
      while (valueEnd < to && xml.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (nameLength === 1) {
        const name = xml.charCodeAt(nameStart);
        if (name === 114) this.column = columnOfReference(xml, i + 1, valueEnd);
        else if (name === 116) this.type = cellType(xml, i + 1, valueEnd);
        else if (name === 115 && this.dateStyles) this.style = readNumber(xml, i + 1, valueEnd);
      }
      i = valueEnd + 1;
    }
    throw new Error("unterminated <c>");
  }

  /** The cell's value from its content xml[from, to): the cached <v> (typed by t) or the inline string <is>. */
  private cellValue(xml: string, from: number, to: number, tags: Tags): Cell {
    const type = this.type;
    let at = nextTag(xml, from, to);
    while (at >= 0) {
      if (isTag(xml, at, tags.v)) {
        const open = xml.indexOf(">", at);
        if (xml.charCodeAt(open - 1) === 47) return null;
        const close = nextTag(xml, open + 1, to);
        if (close < 0) throw new Error("unterminated <v>");
        return close === open + 1 ? null : this.typedValue(xml, open + 1, close, type);
      }
      if (type === CellType.Inline && isTag(xml, at, tags.is)) {
        const el = elementAt(xml, tags.is.slice(1), at);
        const text = stringItemText(xml, el.contentStart, el.contentEnd, tags.prefix);
        return text === "" ? null : text;
      }
      at = nextTag(xml, skipElement(xml, at), to);
    }
    return null;
  }

  private typedValue(xml: string, from: number, to: number, type: CellType): Cell {
    switch (type) {
      case CellType.Number: {
        const value = readNumber(xml, from, to);
        return this.dateStyles?.[this.style] ? value + DATE_1904_OFFSET : value;
      }
      case CellType.Shared: {
        const text = this.sharedStrings[readNumber(xml, from, to)];
        return text === undefined ? null : text;
      }
      case CellType.Boolean:
        return parseInt(xml.slice(from, to), 10) !== 0;
      case CellType.IsoDate:
        return isoDateSerial(decodeXmlText(xml.slice(from, to)).trim());
      default:
        return decodeXmlText(xml.slice(from, to));
    }
  }

  /** After the last chunk: merged ranges applied, table parts listed. */
  finish(prefix: string): SheetCells {
    const tail = this.tail;
    const tablePartIds = elements(tail, prefix + "tablePart").map((el) => prefixedAttribute(attributes(tail, el.start), "id") ?? "");
    const mergeStart = findStartTag(tail, prefix + "mergeCells", 0);
    if (mergeStart >= 0) {
      for (const el of elements(tail, prefix + "mergeCell", mergeStart)) {
        const ref = attributes(tail, el.start).ref;
        if (ref) this.applyMerge(ref);
      }
    }
    const rowNumbers = this.ordered ? this.rowNumbers : [...new Set(this.rowNumbers)].sort((a, b) => a - b);
    return { rows: this.rows, rowNumbers, tablePartIds };
  }

  /** Every cell of a merged range shows the top-left cell's value. */
  private applyMerge(ref: string): void {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
    if (!m) return;
    const left = columnOfReference(m[1], 0, m[1].length);
    const right = columnOfReference(m[3], 0, m[3].length);
    const top = Number(m[2]);
    const bottom = Number(m[4]);
    const master = this.rows[top]?.[left] ?? null;
    if (master === null) {
      // only rows that exist can hold a cell to blank: walk those, not the range's every row
      for (const r of this.rowNumbers) {
        const cells = this.rows[r];
        if (r < top || r > bottom || !cells) continue;
        for (let c = left; c <= right && c < cells.length; c++) if ((r !== top || c !== left) && cells[c] !== undefined) cells[c] = null;
      }
      return;
    }
    for (let r = top; r <= bottom; r++) {
      const cells = this.rows[r] ?? this.newRow(r, 0);
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        if (cells[c] === undefined) this.countCell();
        cells[c] = master;
      }
    }
  }
}

/** Reads a worksheet part into plain cells. */
export async function readSheetCells(
  chunks: AsyncIterable<string>,
  sharedStrings: readonly (string | undefined)[],
  dateStyles?: readonly boolean[],
  limits?: Pick<ReadLimits, "rows" | "cells">,
): Promise<SheetCells> {
  const scanner = new SheetScanner(sharedStrings, dateStyles, limits);
  let partPrefix = "";
  await splitAtElements(chunks, "row", (text, prefix) => {
    partPrefix = prefix;
    scanner.feed(text, prefix);
  });
  return scanner.finish(partPrefix);
}
