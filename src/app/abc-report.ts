import { isoDate } from "../domain/time";
import { periodLabel } from "../domain/periods";
import { customersSheet, transactionsSheet } from "../workbook";
import { INTEGER_FORMAT, PERCENT_CHANGE_FORMAT, PERCENT_FORMAT as PCT } from "../workbook/column";
import { columnOf } from "../workbook/sheet";
import { ABC_SUMMARY_HEADERS, abcSummaryCells } from "../domain/abc-summary";
import { runAbc, type AbcResult, type AbcRun } from "./abc";
import type { ReportSheet, WorkbookPort } from "../io/port";

export const ABC_SHEET = "ABC分析";

/**
 * The ABC run as a generated sheet: the summary by class against the ideal 20/40/40 (with a bar
 * chart of the customer share beside the ideal share), then every customer by sales, each code
 * linked to its row in 客户档案. `codeLetter` is where 客户编码 stands in the workbook read (its
 * column letter from readLog's `letters`); without it the codes are plain text.
 */
export function abcReportSheet(result: AbcResult, today: Date, codeLetter: string | undefined): ReportSheet {
  const [code, name, rep, abc] = (["code", "name", "rep", "abc"] as const).map((k) => columnOf(customersSheet, k));
  const money = columnOf(transactionsSheet, "amount").numberFormat;
  return {
    sheet: ABC_SHEET,
    title: "ABC 分类",
    subtitle: `往来帐订单 ${periodLabel(result.period)} · A ≤ ${Math.round(result.cuts.a * 100)}% · B ≤ ${Math.round(result.cuts.b * 100)}% · 生成于 ${isoDate(today)}`,
    blocks: [
      {
        title: "与理想比例 20/40/40 对比",
        headers: [...ABC_SUMMARY_HEADERS],
        rows: result.summary.rows.map(abcSummaryCells),
        numberFormats: [undefined, INTEGER_FORMAT, PCT, money, PCT, PCT, PERCENT_CHANGE_FORMAT],
        chart: { title: "客户占比与理想比例", categoryColumn: 0, valueColumns: [2, 5] },
      },
      {
        title: "客户",
        headers: [code.header, name.header, rep.header, "销售额", abc.header, `原${abc.header}`],
        rows: result.customers.map((c) => [codeLetter ? { text: c.code, link: { sheet: customersSheet.name, cell: `${codeLetter}${c.row}` } } : c.code, c.name, c.rep, c.amount, c.abc, c.stored ?? null]),
        numberFormats: [undefined, undefined, undefined, money],
      },
    ],
  };
}

/** 分析's ABC: classify (writing 客户档案's ABC类 where it differs) and replace the ABC分析 sheet; nothing is written when runAbc refuses. */
export async function writeAbcReport(port: WorkbookPort, options: { today: Date; from?: Date; to?: Date }): Promise<AbcRun> {
  const run = await runAbc(port, { ...options, write: true });
  if (run.refused.length > 0) return run;
  await port.writeReport(abcReportSheet(run, options.today, run.letters.code));
  return run;
}
