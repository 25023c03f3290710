import { abcThresholds, checkCuts, classOf, DEFAULT_ABC_CUTS, type AbcCuts } from "../domain/abc";
import { ABC_SUMMARY_HEADERS, abcSummaryCells, summarizeAbc } from "../domain/abc-summary";
import type { AbcClass } from "../workbook/column";
import { cellError, FunctionInputError, isBlankCell, optionalNumber, readNumber, vectorOf, type OutCell } from "./matrix";

export function readCuts(aCut: unknown, bCut: unknown): AbcCuts {
  const cuts = { a: optionalNumber(aCut, DEFAULT_ABC_CUTS.a, "A类阈值"), b: optionalNumber(bCut, DEFAULT_ABC_CUTS.b, "B类阈值") };
  const problem = checkCuts(cuts);
  if (problem) throw new FunctionInputError(problem);
  return cuts;
}

interface ReadAmounts {
  /** NaN marks a blank, -Infinity a cell that is not a number. */
  values: Float64Array;
  errors: Map<number, string>;
  positives: Float64Array;
}

function readAmounts(cells: readonly unknown[]): ReadAmounts {
  const n = cells.length;
  const values = new Float64Array(n);
  const errors = new Map<number, string>();
  let positives = 0;
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    let x: number;
    if (typeof cell === "number" && Number.isFinite(cell)) x = cell;
    else if (isBlankCell(cell)) x = NaN;
    else {
      const r = readNumber(cell);
      if (r.ok) x = r.value;
      else {
        errors.set(i, `金额${r.message}`);
        x = NaN;
      }
    }
    values[i] = x;
    if (x > 0) positives++;
  }
  const pos = new Float64Array(positives);
  let k = 0;
  for (let i = 0; i < n; i++) if (values[i] > 0) pos[k++] = values[i];
  return { values, errors, positives: pos };
}

/** KH.ABC: a column or row of amounts → the same shape of "A" / "B" / "C" ("" for blanks). */
export function abcMatrix(amounts: unknown, aCut?: unknown, bCut?: unknown): (OutCell | string)[][] {
  const cuts = readCuts(aCut, bCut);
  const v = vectorOf(amounts, "销售额");
  const read = readAmounts(v.cells);
  const t = abcThresholds(read.positives, cuts);
  const n = v.cells.length;
  if (n === 0) return [[""]];
  const cell = (i: number): OutCell => {
    const x = read.values[i];
    return x !== x ? (read.errors.has(i) ? cellError(read.errors.get(i)!) : "") : classOf(x, t);
  };
  if (v.orientation === "row") return [Array.from({ length: n }, (_, i) => cell(i))];
  // push, not new Array(n): a large preallocated array starts out holey (slower to fill and read).
  const out: OutCell[][] = [];
  for (let i = 0; i < n; i++) out.push([cell(i)]);
  return out;
}

/** KH.ABCSUMMARY: a header row, then A, B, C and 合计. Text amounts make the call fail. */
export function abcSummaryMatrix(amounts: unknown, aCut?: unknown, bCut?: unknown): (string | number)[][] {
  const cuts = readCuts(aCut, bCut);
  const v = vectorOf(amounts, "销售额");
  const read = readAmounts(v.cells);
  const first = read.errors.entries().next();
  if (!first.done) throw new FunctionInputError(`第 ${first.value[0] + 1} 个${first.value[1]}`);
  const t = abcThresholds(read.positives, cuts);
  const classes: (AbcClass | undefined)[] = [];
  const list: (number | undefined)[] = [];
  for (const x of read.values) {
    classes.push(x !== x ? undefined : classOf(x, t));
    list.push(x !== x ? undefined : x);
  }
  const s = summarizeAbc(classes, list);
  const rows: (string | number)[][] = [ABC_SUMMARY_HEADERS.slice()];
  for (const r of s.rows) rows.push(abcSummaryCells(r));
  rows.push(["合计", s.customers, s.customers > 0 ? 1 : 0, s.sales, s.sales > 0 ? 1 : 0, 1, ""]);
  return rows;
}
