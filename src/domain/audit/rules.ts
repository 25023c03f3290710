import type { RuleId } from "./types";

/** The rule families of the audit, in report order. */
export type RuleFamily = "cadence" | "feedback" | "complaints" | "records" | "samples" | "promises" | "sales" | "receivables" | "aftersales" | "abc" | "plans";

export const RULE_FAMILIES: readonly RuleFamily[] = ["cadence", "feedback", "complaints", "records", "samples", "promises", "sales", "receivables", "aftersales", "abc", "plans"];

/** A count per family, all zero, to tally findings into. */
export function emptyFamilyCounts(): Record<RuleFamily, number> {
  return Object.fromEntries(RULE_FAMILIES.map((f) => [f, 0])) as Record<RuleFamily, number>;
}

export const FAMILY_NAMES: Record<RuleFamily, { zh: string; en: string }> = {
  cadence: { zh: "跟进周期", en: "Follow-up cadence" },
  feedback: { zh: "反馈时限", en: "Feedback time" },
  complaints: { zh: "投诉处理", en: "Complaint handling" },
  records: { zh: "记录完整", en: "Record completeness" },
  samples: { zh: "样品物料", en: "Samples and materials" },
  promises: { zh: "承诺兑现", en: "Promises" },
  sales: { zh: "销售预警", en: "Sales warnings" },
  receivables: { zh: "应收与信用", en: "Receivables and credit" },
  aftersales: { zh: "发票与退换货", en: "Invoices and returns" },
  abc: { zh: "ABC客户待遇", en: "ABC treatment" },
  plans: { zh: "工作方案", en: "Work plans" },
};

export interface RuleInfo {
  family: RuleFamily;
  zh: string;
  en: string;
}

export const RULES: Record<RuleId, RuleInfo> = {
  "cadence.lapse": { family: "cadence", zh: "跟进超期", en: "Follow-up overdue" },
  "feedback.late": { family: "feedback", zh: "反馈超时", en: "Late feedback" },
  "feedback.missing": { family: "feedback", zh: "逾期未反馈", en: "No feedback past the limit" },
  "complaint.steps": { family: "complaints", zh: "投诉步骤缺失", en: "Complaint steps missing" },
  "complaint.open": { family: "complaints", zh: "投诉久拖未结", en: "Complaint open too long" },
  "complaint.approval": { family: "complaints", zh: "赔偿未审批", en: "Compensation not approved" },
  "complaint.callback": { family: "complaints", zh: "结案未回访", en: "No callback after closing" },
  "complaint.order": { family: "complaints", zh: "投诉步骤顺序颠倒", en: "Complaint steps out of order" },
  "complaint.approver": { family: "complaints", zh: "审批人无审批权", en: "Approver may not approve" },
  "records.incomplete": { family: "records", zh: "记录不完整", en: "Incomplete record" },
  "records.gradeNotUpdated": { family: "records", zh: "档案等级未更新", en: "Archive grade not updated" },
  "records.repGone": { family: "records", zh: "负责客服已离职", en: "Rep has left" },
  "samples.quota": { family: "samples", zh: "样品超额", en: "Sample quota exceeded" },
  "samples.noApprover": { family: "samples", zh: "样品未审批", en: "Sample without an approver" },
  "samples.repeat": { family: "samples", zh: "样品重复发放", en: "Same sample again too soon" },
  "promise.unkept": { family: "promises", zh: "承诺逾期未兑现", en: "Promise overdue" },
  "promise.noDue": { family: "promises", zh: "承诺未填期限", en: "Promise without a due date" },
  "sales.drop": { family: "sales", zh: "销量下滑", en: "Sales falling" },
  "sales.categoryShift": { family: "sales", zh: "品类结构变化", en: "Category mix shift" },
  "sales.spike": { family: "sales", zh: "销量异常激增", en: "Sales spike" },
  "sales.gradeMismatch": { family: "sales", zh: "等级与销售不符", en: "Grade does not match sales" },
  "sales.abcMismatch": { family: "sales", zh: "ABC类与销售不符", en: "ABC class does not match sales" },
  "receivables.overdue": { family: "receivables", zh: "应收逾期超限", en: "Receivable overdue past the limit" },
  "credit.overLimit": { family: "receivables", zh: "订单超信用额度", en: "Order over the credit limit" },
  "invoice.notReceived": { family: "aftersales", zh: "发票逾期未签收", en: "Invoice not received" },
  "return.open": { family: "aftersales", zh: "退换货久拖未结", en: "Return open too long" },
  "abc.duty": { family: "abc", zh: "ABC类待遇未落实", en: "ABC class duty overdue" },
  "plans.belowMinimum": { family: "plans", zh: "方案低于最低对象数", en: "Plan below its minimum" },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function ruleName(rule: RuleId, lang: "zh" | "en" = "zh"): string {
  return RULES[rule][lang];
}
