import { ABC_CLASSES, type AbcClass } from "./vocabulary";

/** The ideal mix by customer count: 20% A, 40% B, 40% C (what the ABC分析 sheet compares against). */
export const IDEAL_ABC_SHARE: Record<AbcClass, number> = { A: 0.2, B: 0.4, C: 0.4 };

export interface AbcSummaryRow {
  abcClass: AbcClass;
  customers: number;
  /** Share of the classified customers (0..1). */
  customerShare: number;
  /** Sales of the class: the sum of its positive amounts (zero and negative add nothing). */
  sales: number;
  salesShare: number;
  idealShare: number;
  /** customerShare − idealShare: how far the workbook is from the ideal mix. */
  deviation: number;
}

/** The summary's columns, as the ABC分析 sheet and KH.ABCSUMMARY both show them: header and the field below it. */
const ABC_SUMMARY_COLUMNS = [
  ["类别", "abcClass"],
  ["客户数", "customers"],
  ["客户占比", "customerShare"],
  ["销售额", "sales"],
  ["销售占比", "salesShare"],
  ["理想客户占比", "idealShare"],
  ["偏差", "deviation"],
] as const satisfies readonly (readonly [string, keyof AbcSummaryRow])[];

export const ABC_SUMMARY_HEADERS: readonly string[] = ABC_SUMMARY_COLUMNS.map(([header]) => header);

/** One summary row's cells, under ABC_SUMMARY_HEADERS. */
export function abcSummaryCells(row: AbcSummaryRow): (string | number)[] {
  return ABC_SUMMARY_COLUMNS.map(([, field]) => row[field]);
}

export interface AbcSummary {
  rows: AbcSummaryRow[];
  customers: number;
  sales: number;
}

export function summarizeAbc(classes: readonly (AbcClass | undefined)[], amounts: readonly (number | undefined)[]): AbcSummary {
  const count: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  const sales: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  let customers = 0;
  let total = 0;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (c === undefined) continue;
    const x = amounts[i] ?? 0;
    count[c]++;
    customers++;
    if (x > 0) {
      sales[c] += x;
      total += x;
    }
  }
  const rows = ABC_CLASSES.map((c): AbcSummaryRow => {
    const customerShare = customers > 0 ? count[c] / customers : 0;
    return {
      abcClass: c,
      customers: count[c],
      customerShare,
      sales: sales[c],
      salesShare: total > 0 ? sales[c] / total : 0,
      idealShare: IDEAL_ABC_SHARE[c],
      deviation: customerShare - IDEAL_ABC_SHARE[c],
    };
  });
  return { rows, customers, sales: total };
}
