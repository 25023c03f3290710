import type { AbcResult } from "../app/abc";
import type { ReportSheet } from "../io/port";
import { isoDate } from "../domain/time";
import { customersSheet } from "../workbook";

export const ABC_SHEET = "ABC分析";

/**
 * The ABC run as a generated sheet: the summary by class against the ideal 20/40/40 (with a bar
 * chart of the customer share beside the ideal share), then every customer by sales, each code
 * linked to its row in 客户档案.
 */
export function abcReportSheet(result: AbcResult, today: Date, codeColumn = "A"): ReportSheet {
  const pct = "0.0%";
  return {
    sheet: ABC_SHEET,
    title: "ABC 分类",
    subtitle: `往来帐订单 ${isoDate(result.period.from)} 至 ${isoDate(result.period.to)} · A ≤ ${Math.round(result.cuts.a * 100)}% · B ≤ ${Math.round(result.cuts.b * 100)}% · 生成于 ${isoDate(today)}`,
    blocks: [
      {
        title: "与理想比例 20/40/40 对比",
        headers: ["类别", "客户数", "客户占比", "销售额", "销售占比", "理想客户占比", "偏差"],
        rows: result.summary.rows.map((r) => [r.abcClass, r.customers, r.customerShare, r.sales, r.salesShare, r.idealShare, r.deviation]),
        numberFormats: [undefined, "0", pct, '"¥"#,##0.00', pct, pct, "+0.0%;-0.0%;0.0%"],
        chart: { title: "客户占比与理想比例", categoryColumn: 0, valueColumns: [2, 5] },
      },
      {
        title: "客户",
        headers: ["客户编码", "客户名称", "负责客服", "销售额", "ABC类", "原ABC类"],
        rows: result.customers.map((c) => [{ text: c.code, link: { sheet: customersSheet.name, cell: `${codeColumn}${c.row}` } }, c.name, c.rep, c.amount, c.abc, c.stored ?? null]),
        numberFormats: [undefined, undefined, undefined, '"¥"#,##0.00'],
      },
    ],
  };
}
