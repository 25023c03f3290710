import { col, required } from "../column";

export const INFO_SOURCES = ["电话", "来访", "拜访", "微信", "邮件", "传真", "网站", "其他"] as const;
export const INFO_SOURCES_EN = ["Phone", "Walk-in", "Visit", "WeChat", "Email", "Fax", "Website", "Other"] as const;
export const SERVICE_TYPES = ["咨询", "订单", "售后", "投诉", "回访", "拜访", "交接", "其他"] as const;
export const SERVICE_TYPES_EN = ["Inquiry", "Order", "After-sales", "Complaint", "Callback", "Visit", "Handover", "Other"] as const;
export const STATUSES = ["待处理", "处理中", "已完成", "已关闭"] as const;
export const STATUSES_EN = ["Open", "In progress", "Done", "Closed"] as const;
export const SATISFACTION = ["非常满意", "满意", "一般", "不满意", "非常不满意"] as const;
export const SATISFACTION_EN = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"] as const;

/** The work-log fields every event row carries (DOMAIN.md, seed 003). */
export const eventColumnsHead = [
  required(col.id("id", "事件编号", "Event ID", { generated: true })),
  required(col.text("customer", "客户编码", "Customer code")),
  required(col.text("rep", "客服工号", "Rep ID")),
  col.text("department", "部门", "Department"),
  required(col.datetime("occurredAt", "发生时间", "Occurred at")),
  col.list("source", "信息来源", "Source", INFO_SOURCES, INFO_SOURCES_EN),
  col.list("serviceType", "服务类型", "Service type", SERVICE_TYPES, SERVICE_TYPES_EN),
  required(col.longText("description", "事件描述", "Description")),
] as const;

export const eventColumnsTail = [
  col.longText("resolution", "处理结果", "Resolution"),
  col.longText("summary", "总结", "Summary"),
  required(col.list("status", "处理状态", "Status", STATUSES, STATUSES_EN)),
  col.datetime("feedbackAt", "反馈时间", "Feedback at"),
  col.list("satisfaction", "客户满意度", "Satisfaction", SATISFACTION, SATISFACTION_EN),
] as const;

export { CLOSED_STATUSES } from "../../domain/vocabulary";
