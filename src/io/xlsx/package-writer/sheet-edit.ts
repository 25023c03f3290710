import { columnIndex, columnLetter, type Cell } from "../../../workbook/cell";
import { DATE_1904_OFFSET } from "../fast-styles";
import { attributes, elements, findLastStartTag, findStartTag, rootPrefix } from "../fast-xml";
import { cellOpen, cellRest, cellXml } from "./cell-xml";
import { WriteRefused } from "./refused";

/** What to put in one cell: a value, or for a calculated column's new row its formula. */
export interface CellEdit {
  value: Cell;
  formula?: string;
}

/** The changes to one worksheet part. Rows and columns as Excel numbers them (rows 1-based, columns 0-based). */
export interface SheetEdit {
  sheet: string;
  /** row -> column -> edit; rows the sheet lacks are created in order. */
  cells: Map<number, Map<number, CellEdit>>;
  /** Whole rows added under the table (kept as arrays: the demo appends 96,000 of them). */
  appended?: AppendedRows;
  /** New cells copy the style of this row's cell in the same column (the table's last row before appending). */
  templateRow?: number;
  /** The sheet's used range reaches down to here after the edit (for <dimension>). */
  lastRow: number;
  /** 1904-system workbooks: for each style, whether it shows a date (dates are handed over as 1900 serials). */
  dateStyles1904?: readonly boolean[];
  /** List drop-downs whose range ends at or below `fromRow` are stretched down to `toRow`. */
  validations?: { fromRow: number; toRow: number };
}

export interface AppendedRows {
  firstRow: number;
  firstColumn: number;
  rows: readonly (readonly Cell[])[];
  /** Calculated columns: offset within the table -> formula, written where a new row has no value. */
  formulas: ReadonlyMap<number, string>;
}

interface CellSpan {
  column: number;
  start: number;
  end: number;
  style?: string;
}

/** The <c> elements of a row's content xml[from, to), with their columns (r, else the next column). */
function cellSpans(xml: string, from: number, to: number, prefix: string): CellSpan[] {
  const spans: CellSpan[] = [];
  const name = prefix + "c";
  let column = -1;
  let at = findStartTag(xml, name, from, to);
  while (at >= 0) {
    const tagEnd = xml.indexOf(">", at);
    const a = attributes(xml, at);
    const end = xml.charCodeAt(tagEnd - 1) === 47 ? tagEnd + 1 : xml.indexOf(`</${name}>`, tagEnd) + name.length + 3;
    const m = a.r ? /^([A-Za-z]+)/.exec(a.r) : null;
    column = m ? columnIndex(m[1]) : column + 1;
    spans.push({ column, start: at, end, style: a.s });
    at = findStartTag(xml, name, end, to);
  }
  return spans;
}

function rowNumberOf(xml: string, at: number, previous: number): number {
  const r = attributes(xml, at).r;
  return r ? Number(r) : previous + 1;
}

/** "A1:K10" -> "A1:K<lastRow>" when lastRow is further down. */
function stretchRef(ref: string, lastRow: number): string {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(ref);
  if (!m) return ref;
  return Number(m[4]) >= lastRow ? ref : `${m[1]}${m[2]}:${m[3]}${lastRow}`;
}

/**
 * New rows are handed on in pieces of about this many characters: small enough that joining a
 * piece's strings stays in the young generation (a 256-row piece of the demo, 600 KB as a string,
 * went to the large-object space and made work for the full garbage collector every time).
 */
const NEW_ROWS_PIECE = 16_384;

/** Rewrites one worksheet part in one streaming pass: untouched rows go through as they are. */
export class SheetRewriter {
  private prefix = "";
  private previousRow = 0;
  private readonly pending: number[];
  private next = 0;
  /** Styles of the template row's cells, by column. */
  private readonly templateStyles = new Map<number, string>();
  /** <col> default styles: [min, max, style] (1-based columns as the file has them). */
  private colStyles: [number, number, string][] = [];
  private headDone = false;

  private appendNext: number;

  constructor(private readonly edit: SheetEdit) {
    this.pending = [...edit.cells.keys()].sort((a, b) => a - b);
    this.appendNext = edit.appended?.firstRow ?? Infinity;
  }

  private get appendEnd(): number {
    const a = this.edit.appended;
    return a ? a.firstRow + a.rows.length : -Infinity;
  }

  /** The next row number with edits not yet written, or Infinity. */
  private nextEdited(): number {
    const update = this.next < this.pending.length ? this.pending[this.next] : Infinity;
    const append = this.appendNext < this.appendEnd ? this.appendNext : Infinity;
    return Math.min(update, append);
  }

  /** The edits of a row: cell updates and/or an appended row's values. */
  private editsOf(row: number): Map<number, CellEdit> | undefined {
    const updates = this.edit.cells.get(row);
    const a = this.edit.appended;
    if (!a || row < a.firstRow || row >= this.appendEnd) return updates;
    const values = a.rows[row - a.firstRow];
    const cells = new Map<number, CellEdit>();
    values.forEach((value, c) => {
      const formula = value === null || value === "" ? a.formulas.get(c) : undefined;
      cells.set(a.firstColumn + c, formula === undefined ? { value } : { value, formula });
    });
    for (const [c, e] of updates ?? []) cells.set(c, e);
    return cells;
  }

  /** The new part, piece by piece as the old one streams in (memory: one chunk plus one row). */
  async *rewrite(chunks: AsyncIterable<string>): AsyncGenerator<string> {
    let carry = "";
    let prefix: string | undefined;
    for await (const chunk of chunks) {
      carry += chunk;
      if (prefix === undefined) {
        prefix = rootPrefix(carry);
        if (prefix === undefined) continue;
        this.prefix = prefix;
      }
      const cut = findLastStartTag(carry, prefix + "row");
      if (cut > 0) {
        yield* this.segment(carry.slice(0, cut), false);
        carry = carry.slice(cut);
      }
    }
    yield* this.segment(carry, true);
  }

  private *segment(xml: string, final: boolean): Generator<string> {
    const p = this.prefix;
    let from = 0;
    if (!this.headDone) {
      const data = findStartTag(xml, p + "sheetData", 0);
      if (data < 0 && !final) {
        yield xml;
        return;
      }
      this.headDone = true;
      const head = data < 0 ? xml : xml.slice(0, data);
      this.colStyles = this.readColStyles(head);
      yield this.editHead(head);
      if (data < 0) return;
      const tagEnd = xml.indexOf(">", data);
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        // <sheetData/>: nothing to keep, only new rows.
        yield `<${p}sheetData>`;
        yield* this.newRows(Infinity);
        yield `</${p}sheetData>` + this.editTail(xml.slice(tagEnd + 1));
        return;
      }
      yield xml.slice(data, tagEnd + 1);
      from = tagEnd + 1;
    }
    const close = final ? xml.indexOf(`</${p}sheetData>`, from) : -1;
    const limit = close < 0 ? xml.length : close;
    if (this.untouched(xml, from, limit)) {
      yield xml.slice(from, limit);
    } else {
      let pieces = "";
      let at = findStartTag(xml, p + "row", from, limit);
      let kept = from;
      while (at >= 0) {
        const row = (this.previousRow = rowNumberOf(xml, at, this.previousRow));
        const tagEnd = xml.indexOf(">", at);
        const end = xml.charCodeAt(tagEnd - 1) === 47 ? tagEnd + 1 : xml.indexOf(`</${p}row>`, tagEnd) + p.length + 6;
        const created = [...this.newRows(row)].join("");
        const edits = this.nextEdited() === row ? this.editsOf(row) : undefined;
        if (row === this.edit.templateRow) this.readTemplate(xml, tagEnd + 1, end);
        if (created || edits) {
          pieces += xml.slice(kept, at) + created;
          if (edits) {
            this.skip(row);
            pieces += this.editRow(xml, at, tagEnd, end, row, edits);
          } else pieces += xml.slice(at, end);
          kept = end;
        }
        at = findStartTag(xml, p + "row", end, limit);
      }
      yield pieces + xml.slice(kept, limit);
    }
    if (close < 0) return;
    yield* this.newRows(Infinity);
    yield this.editTail(xml.slice(close));
  }

  /**
   * Whether the rows of xml[from, limit) all go through as they are: the last one (numbered) comes
   * before the next edit and the template row. Then the segment is not scanned row by row (the
   * handover appends under 跟进记录's 30 MB and changes nothing above).
   */
  private untouched(xml: string, from: number, limit: number): boolean {
    const last = findLastStartTag(xml, this.prefix + "row", limit);
    if (last < from) return true;
    const r = attributes(xml, last).r;
    if (!r) return false;
    const lastRow = Number(r);
    const template = this.edit.templateRow;
    if (lastRow >= this.nextEdited() || (template !== undefined && template > this.previousRow && template <= lastRow)) return false;
    this.previousRow = lastRow;
    return true;
  }

  private skip(row: number): void {
    while (this.next < this.pending.length && this.pending[this.next] <= row) this.next++;
    if (this.appendNext <= row) this.appendNext = row + 1;
  }

  /** New rows (not in the file) numbered below `row`, in order, in pieces of about NEW_ROWS_PIECE characters. */
  private *newRows(row: number): Generator<string> {
    const p = this.prefix;
    let xml = "";
    const a = this.edit.appended;
    for (let r = this.nextEdited(); r < row; r = this.nextEdited()) {
      xml += `<${p}row r="${r}">`;
      if (a && r >= a.firstRow && r < this.appendEnd && !this.edit.cells.has(r)) {
        xml += this.appendedRow(a, r);
      } else for (const [c, e] of [...this.editsOf(r)!].sort((x, y) => x[0] - y[0])) xml += this.cell(r, c, e, undefined);
      this.skip(r);
      xml += `</${p}row>`;
      if (xml.length >= NEW_ROWS_PIECE) {
        yield xml;
        xml = "";
      }
    }
    if (xml) yield xml;
  }

  /** Per column of the appended rows: a new cell's opening either side of its row number, and whether its dates shift to 1904. */
  private readonly appendedHeads: { before: string; after: string; shift1904: boolean }[] = [];

  /**
   * An appended row's cells as they were given (the demo's 96,000 rows): what `cell` writes, with
   * each column's reference, style and date system worked out once instead of per cell.
   */
  private appendedRow(a: AppendedRows, row: number): string {
    const values = a.rows[row - a.firstRow];
    const r = String(row);
    let xml = "";
    for (let c = 0; c < values.length; c++) {
      const head = (this.appendedHeads[c] ??= this.appendedHead(a.firstColumn + c));
      let value = values[c];
      const formula = value === null || value === "" ? a.formulas.get(c) : undefined;
      if (head.shift1904 && typeof value === "number") value -= DATE_1904_OFFSET;
      xml += head.before + r + head.after + cellRest(value, formula, this.prefix);
    }
    return xml;
  }

  private appendedHead(column: number): { before: string; after: string; shift1904: boolean } {
    const s = this.newCellStyle(column);
    const [before, after] = cellOpen("\n", s, this.prefix).split("\n");
    return { before: before + this.letter(column), after, shift1904: s !== undefined && this.edit.dateStyles1904?.[Number(s)] === true };
  }

  /** A new cell's style: the template row's cell in its column, else the column's own style. */
  private newCellStyle(column: number): string | undefined {
    return this.templateStyles.get(column) ?? this.colStyle(column);
  }

  private editRow(xml: string, at: number, tagEnd: number, end: number, row: number, edits: Map<number, CellEdit>): string {
    const p = this.prefix;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    // spans="1:11" is only a hint; it would be wrong once cells are added.
    const startTag = xml.slice(at, selfClosing ? tagEnd - 1 : tagEnd).replace(/\sspans="[^"]*"/, "") + ">";
    const contentEnd = selfClosing ? tagEnd + 1 : end - p.length - 6;
    const spans = selfClosing ? [] : cellSpans(xml, tagEnd + 1, contentEnd, p);
    const todo = [...edits].sort((a, b) => a[0] - b[0]);
    let body = "";
    let kept = tagEnd + 1;
    let k = 0;
    for (const span of spans) {
      while (k < todo.length && todo[k][0] < span.column) body += this.cell(row, todo[k][0], todo[k++][1], undefined);
      if (k < todo.length && todo[k][0] === span.column) {
        body += xml.slice(kept, span.start) + this.cell(row, span.column, todo[k++][1], span.style ?? "");
      } else body += xml.slice(kept, span.end);
      kept = span.end;
    }
    if (!selfClosing) body += xml.slice(kept, contentEnd);
    while (k < todo.length) body += this.cell(row, todo[k][0], todo[k++][1], undefined);
    return `${startTag}${body}</${p}row>`;
  }

  /** `style`: the existing cell's s ("" = none), or undefined for a new cell (template, else the column's style). */
  private cell(row: number, column: number, edit: CellEdit, style: string | undefined): string {
    const s = style !== undefined ? style || undefined : this.newCellStyle(column);
    let value = edit.value;
    if (typeof value === "number" && s && this.edit.dateStyles1904?.[Number(s)]) value -= DATE_1904_OFFSET;
    return cellXml(this.letter(column) + row, value, s, edit.formula, this.prefix);
  }

  private readonly letters: string[] = [];

  private letter(column: number): string {
    return (this.letters[column] ??= columnLetter(column));
  }

  private colStyle(column: number): string | undefined {
    const n = column + 1;
    return this.colStyles.find(([min, max]) => n >= min && n <= max)?.[2];
  }

  private readTemplate(xml: string, from: number, end: number): void {
    for (const span of cellSpans(xml, from, end, this.prefix)) if (span.style) this.templateStyles.set(span.column, span.style);
  }

  private readColStyles(head: string): [number, number, string][] {
    const cols = findStartTag(head, this.prefix + "cols", 0);
    if (cols < 0) return [];
    return elements(head, this.prefix + "col", cols)
      .map((el) => attributes(head, el.start))
      .filter((a) => a.style && a.style !== "0")
      .map((a) => [Number(a.min), Number(a.max), a.style]);
  }

  /** <dimension ref="A1:K10"/> reaches the new last row. */
  private editHead(head: string): string {
    const at = findStartTag(head, this.prefix + "dimension", 0);
    if (at < 0) return head;
    const end = head.indexOf(">", at) + 1;
    const ref = attributes(head, at).ref;
    if (!ref) return head;
    const stretched = stretchRef(ref, this.edit.lastRow);
    return stretched === ref ? head : head.slice(0, at) + head.slice(at, end).replace(/ref="[^"]*"/, `ref="${stretched}"`) + head.slice(end);
  }

  /** After </sheetData>: a write into a merged range is refused; drop-downs stretched over new rows. */
  private editTail(tail: string): string {
    const p = this.prefix;
    const merges = findStartTag(tail, p + "mergeCells", 0);
    if (merges >= 0) {
      for (const el of elements(tail, p + "mergeCell", merges)) {
        const ref = attributes(tail, el.start).ref ?? "";
        const hit = this.editedCellsIn(ref);
        if (hit.length > 0) throw new WriteRefused(`${this.edit.sheet}!${ref} 是合并单元格，不能写入 ${hit.join("、")}（请先在 Excel 中取消合并后再写入）`, `${this.edit.sheet}!${ref} is a merged range; ${hit.join(", ")} cannot be written (unmerge it in Excel first)`);
      }
    }
    const v = this.edit.validations;
    if (!v || v.toRow <= v.fromRow) return tail;
    return tail.replace(new RegExp(`<${p}dataValidation\\b[^>]*>`, "g"), (tag) => {
      if (!/type="list"/.test(tag)) return tag;
      return tag.replace(/sqref="([^"]*)"/, (_, sqref: string) => `sqref="${sqref
        .split(/\s+/)
        .map((r) => {
          const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
          return m && Number(m[4]) >= v.fromRow && Number(m[4]) < v.toRow ? `${m[1]}${m[2]}:${m[3]}${v.toRow}` : r;
        })
        .join(" ")}"`);
    });
  }

  private editedCellsIn(ref: string): string[] {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
    if (!m) return [];
    const [left, right] = [columnIndex(m[1]), columnIndex(m[3] ?? m[1])];
    const [top, bottom] = [Number(m[2]), Number(m[4] ?? m[2])];
    const hit: string[] = [];
    const a = this.edit.appended;
    if (a && bottom >= a.firstRow && top < a.firstRow + a.rows.length) {
      for (let c = Math.max(left, a.firstColumn); c <= right && c < a.firstColumn + (a.rows[0]?.length ?? 0); c++) hit.push(`${columnLetter(c)}${Math.max(top, a.firstRow)}`);
    }
    for (const [row, cells] of this.edit.cells) {
      if (row < top || row > bottom) continue;
      for (const column of cells.keys()) if (column >= left && column <= right) hit.push(`${columnLetter(column)}${row}`);
    }
    return hit.sort();
  }
}
