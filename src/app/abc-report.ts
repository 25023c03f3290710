import { isoDate, daySerial } from "../domain/time";
import { GENERATED_SHEETS } from "../workbook/generated-sheets";
import { DUTY_NAMES } from "../domain/abc-duties";
import { ABC_CLASSES, type AbcClass } from "../domain/vocabulary";
import { periodLabel } from "../domain/periods";
import { customersSheet, transactionsSheet } from "../workbook";
import { DATE_FORMAT, INTEGER_FORMAT, PERCENT_CHANGE_FORMAT, PERCENT_FORMAT as PCT } from "../workbook/column";
import { columnOf } from "../workbook/sheet";
import { ABC_SUMMARY_HEADERS, abcSummaryCells } from "../domain/abc-summary";
import { runAbc, type AbcResult, type AbcRun, type AbcTreatment } from "./abc";
import type { ReportBlock, ReportSheet, WorkbookPort } from "../io/port";

export const ABC_SHEET = GENERATED_SHEETS.abc;

/**
 * The ABC run as a generated sheet: the summary by class against the ideal 20/40/40 (with a bar
 * chart of the customer share beside the ideal share), then every customer by sales, each code
 * linked to its row in 客户档案, then the 客户名册 of each class when `treatment` is given.
 * `codeLetter` is where 客户编码 stands in the workbook read (its column letter from readLog's
 * `letters`); without it the codes are plain text.
 */
export function abcReportSheet(result: AbcResult, today: Date, codeLetter: string | undefined, treatment?: AbcTreatment): ReportSheet {
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
      ...(treatment ? rosterBlocks(result, treatment) : []),
    ],
  };
}

/** What each class is owed beyond its duties (domain/abc-duties.ts), as the 客户名册 heads it. */
const CLASS_CARE: Record<AbcClass, string | undefined> = { A: "需求优先满足，专人负责", B: undefined, C: "履行合同，无法满足时说明并提供替代方案" };

const excelDay = (d: Date | undefined) => (d ? daySerial(d) : null);

/**
 * 客户名册: the customers of each class, by sales, with what the class is owed and where each
 * customer stands on it (the last contact that did it, and when the next is due). Codes are plain
 * text here: the 客户 block above carries the one link per customer.
 */
export function rosterBlocks(result: AbcResult, treatment: AbcTreatment): ReportBlock[] {
  const [code, name, rep] = (["code", "name", "rep"] as const).map((k) => columnOf(customersSheet, k));
  const money = columnOf(transactionsSheet, "amount").numberFormat;
  return ABC_CLASSES.map((abc) => {
    const duties = treatment.duties.filter((d) => d.abc === abc);
    const members = result.customers.filter((c) => c.abc === abc);
    const owed = duties.map((d) => `每 ${d.months} 个月一次${DUTY_NAMES[d.kind].zh}`);
    return {
      title: `${abc} 类客户名册（${members.length} 位）：${[...owed, CLASS_CARE[abc]].filter(Boolean).join("；")}`,
      headers: [code.header, name.header, rep.header, "销售额", ...duties.flatMap((d) => [`最近${DUTY_NAMES[d.kind].zh}`, `${DUTY_NAMES[d.kind].zh}到期`])],
      rows: members.map((c) => {
        const statuses = treatment.statuses.get(c.code) ?? [];
        return [c.code, c.name, c.rep, c.amount, ...statuses.flatMap((s) => [excelDay(s.last?.record.occurredAt), excelDay(s.due)])];
      }),
      numberFormats: [undefined, undefined, undefined, money, ...duties.flatMap(() => [DATE_FORMAT, DATE_FORMAT])],
    };
  });
}

/** 分析's ABC: classify (writing 客户档案's ABC类 where it differs) and replace the ABC分析 sheet; nothing is written when runAbc refuses. */
export async function writeAbcReport(port: WorkbookPort, options: { today: Date; from?: Date; to?: Date }): Promise<AbcRun> {
  const run = await runAbc(port, { ...options, write: true });
  if (run.refused.length > 0) return run;
  await port.writeReport(abcReportSheet(run, options.today, run.letters.code, run.treatment));
  return run;
}
