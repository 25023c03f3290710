import type { Lang } from "../i18n/lang";

export type ProblemCode =
  | "required"
  | "notInList"
  | "notDate"
  | "notNumber"
  | "notInteger"
  | "notGrade"
  | "notBoolean"
  | "invalid"
  | "missingColumn"
  | "missingSheet"
  | "duplicateId"
  /** A rule of the workbook (domain/entry-rules.ts): `detail` says it all, naming what to type. */
  | "rule"
  | "orphanCode"
  | "ambiguousDate"
  | "laterEvent";

/** A problem with a cell (or a sheet), addressed the way Excel shows it: 投诉!F12. */
export interface Problem {
  sheet: string;
  /** "F12"; "" when the whole sheet is concerned. */
  cell: string;
  /** The Excel row number (1-based); 0 when the whole sheet is concerned. */
  row: number;
  header: string;
  code: ProblemCode;
  /** What was in the cell, as text. */
  value?: string;
  /** The allowed values (notInList), the other row (duplicateId) or a validator's message. */
  detail?: string;
  /** `detail` in English where it is a validator's message. */
  detailEn?: string;
}

const zh: Record<ProblemCode, (p: Problem) => string> = {
  required: () => "必填，不能为空",
  notInList: (p) => `“${p.value}”不是可选值（${p.detail}）`,
  notDate: (p) => `“${p.value}”不是日期（例如 2026-3-5 或 2026年3月5日）`,
  notNumber: (p) => `“${p.value}”不是数字`,
  notInteger: (p) => `“${p.value}”不是整数`,
  notGrade: (p) => `“${p.value}”不是客户等级（A/B/C/D/E）`,
  notBoolean: (p) => `“${p.value}”不是“是”或“否”`,
  invalid: (p) => `“${p.value}”无效：${p.detail}`,
  missingColumn: () => "缺少这一列",
  missingSheet: () => "缺少这张工作表（运行 kehu init 或在任务窗格中升级工作簿）",
  duplicateId: (p) => `编号“${p.value}”重复（与第 ${p.detail} 行相同）`,
  rule: (p) => p.detail ?? "",
  orphanCode: (p) => `“${p.value}”不在客户档案中${p.detail ? `（是不是 ${p.detail}？）` : ""}`,
  laterEvent: (p) => `客户 ${p.value} 在 ${p.detail} 还有记录，晚于所给日期：交接日期不能早于客户最近一条记录（检查 --today 或电脑时钟）`,
  ambiguousDate: (p) => `“${p.value}”的月和日顺序不明确（可写 2026-03-11 或 2026年3月11日，或在“设置”中声明日期顺序）`,
};

const en: Record<ProblemCode, (p: Problem) => string> = {
  required: () => "is required",
  notInList: (p) => `"${p.value}" is not one of the allowed values (${p.detail})`,
  notDate: (p) => `"${p.value}" is not a date (e.g. 2026-3-5)`,
  notNumber: (p) => `"${p.value}" is not a number`,
  notInteger: (p) => `"${p.value}" is not a whole number`,
  notGrade: (p) => `"${p.value}" is not a grade (A/B/C/D/E)`,
  notBoolean: (p) => `"${p.value}" is not yes or no`,
  invalid: (p) => `"${p.value}" is invalid: ${p.detailEn ?? p.detail}`,
  missingColumn: () => "this column is missing",
  missingSheet: () => "this sheet is missing (run kehu init, or upgrade the workbook from the task pane)",
  duplicateId: (p) => `id "${p.value}" is used twice (also on row ${p.detail})`,
  rule: (p) => p.detailEn ?? p.detail ?? "",
  orphanCode: (p) => `"${p.value}" is not a customer in the archive${p.detail ? ` (did you mean ${p.detail}?)` : ""}`,
  laterEvent: (p) => `customer ${p.value} has a record at ${p.detail}, later than the date given: a handover cannot be dated before the customer's latest record (check --today or the clock)`,
  ambiguousDate: (p) => `"${p.value}": the order of month and day is ambiguous (write 2026-03-11 or 2026年3月11日, or declare the date order in Settings)`,
};

export function problemMessage(problem: Problem, lang: Lang = "zh"): string {
  return (lang === "en" ? en : zh)[problem.code](problem);
}

/** `投诉!F12 处理方案：“退钱”不是可选值（退货/换货/维修/…）` */
export function formatProblem(problem: Problem, lang: Lang = "zh"): string {
  const where = problem.cell ? `${problem.sheet}!${problem.cell}` : problem.sheet;
  const header = problem.header ? `${problem.header}${lang === "en" ? ": " : "："}` : "";
  return `${where} ${header}${problemMessage(problem, lang)}`;
}
