import { col, required } from "../column";
import { INFO_SOURCES, SATISFACTION, SERVICE_TYPES, STATUSES } from "../../domain/vocabulary";

export { INFO_SOURCES, SATISFACTION, SERVICE_TYPES, STATUSES };

export const INFO_SOURCES_EN = ["Phone", "Walk-in", "Visit", "WeChat", "Email", "Fax", "Website", "Other"] as const;
export const SERVICE_TYPES_EN = ["Inquiry", "Order", "After-sales", "Complaint", "Callback", "Visit", "Handover", "Other"] as const;
export const STATUSES_EN = ["Open", "In progress", "Done", "Closed"] as const;
export const SATISFACTION_EN = ["Very satisfied", "Satisfied", "Neutral", "Dissatisfied", "Very dissatisfied"] as const;

/** The work-log fields every event row carries (EventRecord in src/domain/log.ts). */
export const eventColumnsHead = [
  required(col.id("id", "事件编号", "Event ID", { generated: true })),
  required(col.code("customer", "客户编码", "Customer code")),
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
