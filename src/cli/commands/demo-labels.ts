import type { PlantKind } from "../../app/demo/context";

/** How the demo's printout names what was planted on purpose. */
export const PLANT_LABELS: Record<PlantKind, string> = {
  lateFeedback: "反馈超时的事件",
  feedbackMissing: "超时仍未反馈的事件",
  recordsIncomplete: "已结但缺处理结果或总结的记录",
  followUpLapses: "跟进间隔超过周期",
  followUpsOverdue: "今天已逾期未跟进的客户",
  regrades: "跟进后重新定级",
  gradeNotUpdated: "等级与跟进结果不符的客户",
  promisesOverdue: "过期未兑现的承诺",
  samplesOverQuota: "样品物料超出月度额度",
  invoicesUndelivered: "未送达的发票",
  returnsPending: "未办结的退换货",
  complaintsOpenOverdue: "超过 7 天未结的投诉",
  complaintsMissingStep: "已结但缺步骤的投诉",
  compensationWithoutApproval: "有赔偿/折价却未审批的投诉",
  complaintsNoCallback: "结案后未回访的投诉",
  salesDrop: "销量下滑的客户",
  salesSpike: "销量异常激增（可能串货）",
  categoryShift: "品类结构突变的客户",
  abcStale: "ABC 类别过时的客户",
  handovers: "交接记录",
  faults: "故意填错的单元格",
};
