/**
 * The sheets the add-in and `kehu` generate beside the log's tables: each is replaced whole every
 * time it is made, and nothing else writes it. Some have one fixed name; the reports and the
 * statements are made one per period or per customer, named with a title and what follows it
 * (月报 2026-11, 对账单 KH0001). The README's list of generated sheets is checked against this
 * (tests/workbook/generated-sheets.test.ts).
 */
export const GENERATED_SHEETS = {
  routes: "路序",
  audit: "审计",
  handover: "交接",
  abc: "ABC分析",
  receivables: "应收账款",
  planTracking: "方案跟踪",
} as const;

/** The titles that open the names of the reports made per day, week and month. */
export const REPORT_SHEET_TITLES = { daily: "日清表", weekly: "周报", monthly: "月报" } as const;

/** The title that opens the name of a customer's statement sheet. */
export const STATEMENT_SHEET_TITLE = "对账单";

/** Every name or name title above. */
export const GENERATED_SHEET_NAMES: readonly string[] = [...Object.values(GENERATED_SHEETS), ...Object.values(REPORT_SHEET_TITLES), STATEMENT_SHEET_TITLE];
