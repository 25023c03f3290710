import type { PlantKind } from "./context";

/** What each planted kind is, for the demo's printout (zh-CN, en). */
export const PLANT_LABELS: Record<PlantKind, { zh: string; en: string }> = {
  lateFeedback: { zh: "反馈超时的事件", en: "events with late feedback" },
  feedbackMissing: { zh: "逾期未填反馈时间的事件", en: "events with no feedback time past the limit" },
  recordsIncomplete: { zh: "已完成但缺总结的事件", en: "finished events without a summary" },
  followUpLapses: { zh: "曾经跟进超期的客户", en: "customers with a past follow-up lapse" },
  followUpsOverdue: { zh: "目前跟进已超期的客户", en: "customers overdue for a follow-up now" },
  regrades: { zh: "跟进后调整等级的次数", en: "re-grades at a follow-up" },
  gradeNotUpdated: { zh: "档案等级未随跟进更新的客户", en: "customers whose archive grade was not updated" },
  promisesOverdue: { zh: "逾期未兑现的承诺", en: "promises overdue and not kept" },
  samplesOverQuota: { zh: "样品超额度的客户月份", en: "customer-months over the sample quota" },
  invoicesUndelivered: { zh: "开票30天以上仍未签收的发票", en: "invoices not received after 30 days" },
  returnsPending: { zh: "14天以上仍未办结的退换货", en: "returns pending after 14 days" },
  complaintsOpenOverdue: { zh: "超过7天未结的投诉", en: "complaints open for more than 7 days" },
  complaintsMissingStep: { zh: "结案但缺步骤的投诉", en: "closed complaints with a step missing" },
  compensationWithoutApproval: { zh: "赔偿未经审批的投诉", en: "compensation without approval" },
  complaintsNoCallback: { zh: "结案后未回访的投诉", en: "closed complaints without a callback" },
  salesDrop: { zh: "近3个月销量下滑30%以上的客户", en: "customers whose sales fell 30%+ in the last 3 months" },
  salesSpike: { zh: "单月销量异常激增（疑似串货）的客户", en: "customers with a spike month (possible cross-region selling)" },
  categoryShift: { zh: "品类结构明显变化的客户", en: "customers whose category mix shifted" },
  abcStale: { zh: "ABC类与销售不符的客户", en: "customers whose stored ABC class is stale" },
  paymentsMissed: { zh: "停止回款、应收逾期超限的客户", en: "customers who stopped paying (overdue past the limit)" },
  creditOverLimit: { zh: "使欠款超出信用额度的订单", en: "orders that took the amount owed over the credit limit" },
  handovers: { zh: "离职交接的客户", en: "customers handed over from a rep who left" },
  planBelowMinimum: { zh: "期末低于最低对象数的工作方案", en: "work plans that ended below their minimum" },
  faults: { zh: "录入错误的单元格", en: "cells with faulty input" },
};
