import { col, required } from "../column";
import { defineSheet } from "../sheet";
import { COMPLAINT_KINDS, DELIVERIES, EFFECT_RATINGS, INVOICE_TYPES, ITEM_TYPES, REMEDIES, REMEDIES_EN, RETURN_MODES, SERVICE_REMEDIES, RETURN_STATUSES, SUPPORT_TYPES, TX_TYPES, VALIDITIES } from "../../domain/vocabulary";
import type { Transaction, SampleIssue, Invoice, ReturnRecord, Complaint, MarketSupport, FollowUp } from "../../domain/log";
import { eventColumnsHead, eventColumnsTail } from "./event-common";
import { CLOSING_FIELDS } from "../../domain/event-closing";

export const transactionsSheet = defineSheet<Transaction>()({
  key: "transactions",
  name: "往来帐",
  nameEn: "Transactions",
  table: "KH_Transactions",
  kind: "event",
  idPrefix: "WL",
  idColumn: "id",
  columns: [
    ...eventColumnsHead,
    required(col.list("txType", "往来类型", "Type", TX_TYPES, ["Order", "Shipment", "Payment"])),
    col.text("docNo", "单号", "Document no."),
    col.text("productCategory", "产品类别", "Product category"),
    col.text("product", "产品", "Product"),
    col.number("quantity", "数量", "Quantity"),
    col.money("unitPrice", "单价", "Unit price"),
    required(col.money("amount", "金额", "Amount")),
    ...eventColumnsTail,
  ],
});

export const samplesSheet = defineSheet<SampleIssue>()({
  key: "samples",
  name: "样品物料",
  nameEn: "Samples",
  table: "KH_Samples",
  kind: "event",
  idPrefix: "YP",
  idColumn: "id",
  columns: [
    ...eventColumnsHead,
    required(col.list("itemType", "物品类型", "Item type", ITEM_TYPES, ["Sample", "Material", "Gift", "Promotional"])),
    required(col.text("item", "物品", "Item")),
    required(col.number("quantity", "数量", "Quantity", { min: 0 })),
    required(col.money("value", "价值", "Value", { min: 0 })),
    col.text("purpose", "用途", "Purpose"),
    col.text("approver", "审批人", "Approver"),
    ...eventColumnsTail,
  ],
});

export const invoicesSheet = defineSheet<Invoice>()({
  key: "invoices",
  name: "发票",
  nameEn: "Invoices",
  table: "KH_Invoices",
  kind: "event",
  idPrefix: "FP",
  idColumn: "id",
  columns: [
    ...eventColumnsHead,
    required(col.text("invoiceNo", "发票号码", "Invoice no.")),
    required(col.date("invoiceDate", "开票日期", "Invoice date")),
    col.list("invoiceType", "发票类型", "Invoice type", INVOICE_TYPES, ["VAT special", "VAT ordinary", "E-special", "E-ordinary"]),
    required(col.text("title", "发票抬头", "Invoice title", { width: 24 })),
    required(col.money("amount", "金额", "Amount")),
    col.money("tax", "税额", "Tax"),
    required(col.list("delivery", "送达状态", "Delivery", DELIVERIES, ["Not sent", "Sent", "Received", "Returned"])),
    ...eventColumnsTail,
  ],
});

export const returnsSheet = defineSheet<ReturnRecord>()({
  key: "returns",
  name: "退换货",
  nameEn: "Returns",
  table: "KH_Returns",
  kind: "event",
  idPrefix: "TH",
  idColumn: "id",
  columns: [
    ...eventColumnsHead,
    col.text("originalOrder", "原订单号", "Original order"),
    required(col.text("item", "物品", "Item")),
    required(col.number("quantity", "数量", "Quantity", { min: 0 })),
    required(col.text("reason", "原因", "Reason", { width: 24 })),
    required(col.list("mode", "退换方式", "Return or exchange", RETURN_MODES, ["Return", "Exchange"])),
    col.money("amount", "金额", "Amount"),
    required(col.list("returnStatus", "退换状态", "Return status", RETURN_STATUSES, ["Requested", "Approved", "Received", "Refunded", "Exchanged", "Refused"])),
    ...eventColumnsTail,
  ],
});

export { COMPLAINT_KINDS, REMEDIES };

/** The 8-step complaint flow, one column set per step (Complaint in src/domain/log.ts). */
export const complaintsSheet = defineSheet<Complaint>()({
  key: "complaints",
  name: "投诉",
  nameEn: "Complaints",
  table: "KH_Complaints",
  kind: "event",
  idPrefix: "TS",
  idColumn: "id",
  columns: [
    ...eventColumnsHead,
    // 1 记录
    required(col.list("complaintKind", "投诉类别", "Complaint kind", COMPLAINT_KINDS, ["Product quality", "Purchase contract", "Service"])),
    col.text("object", "投诉对象", "Complaint object"),
    col.longText("request", "客户要求", "Customer request"),
    // 2 判定
    col.list("validity", "是否有效", "Valid", VALIDITIES, ["Valid", "Invalid"]),
    col.longText("validityNote", "判定说明", "Judgement note"),
    // 3 分派
    col.text("responsibleDept", "责任部门", "Responsible department"),
    col.text("responsiblePerson", "责任人", "Responsible person"),
    // 4 分析
    col.longText("causeAnalysis", "原因分析", "Cause analysis"),
    col.text("liability", "责任归属", "Liability"),
    // 5 方案
    col.list("remedy", "处理方案", "Remedy", REMEDIES, REMEDIES_EN, { help: `服务类投诉也可${SERVICE_REMEDIES.join("、")}` }),
    col.longText("remedyDetail", "方案说明", "Remedy detail"),
    col.money("compensation", "赔偿金额", "Compensation"),
    // 6 审批
    col.text("approver", "审批人", "Approver"),
    col.datetime("approvedAt", "审批时间", "Approved at"),
    // 7 实施与反馈
    col.datetime("implementedAt", "实施时间", "Implemented at"),
    col.datetime("notifiedAt", "通知客户时间", "Customer notified at"),
    col.longText("customerFeedback", "客户反馈", "Customer feedback"),
    // 8 总结
    col.longText("lessons", "经验教训", "Lessons"),
    col.longText("correctiveAction", "纠正措施", "Corrective action"),
    col.datetime("closedAt", "结案时间", "Closed at"),
    col.datetime("callbackAt", "回访时间", "Callback at"),
    ...eventColumnsTail,
  ],
  form: {
    groups: [
      { title: "1 记录", titleEn: "1 Record", keys: ["complaintKind", "object", "request"] },
      { title: "2 判定", titleEn: "2 Judge", keys: ["validity", "validityNote"] },
      { title: "3 分派", titleEn: "3 Assign", keys: ["responsibleDept", "responsiblePerson"] },
      { title: "4 分析", titleEn: "4 Analyse", keys: ["causeAnalysis", "liability"] },
      { title: "5 方案", titleEn: "5 Remedy", keys: ["remedy", "remedyDetail", "compensation"] },
      { title: "6 审批", titleEn: "6 Approve", keys: ["approver", "approvedAt"] },
      { title: "7 实施与反馈", titleEn: "7 Carry out and report back", keys: ["implementedAt", "notifiedAt", "resolution", "feedbackAt", "customerFeedback", "satisfaction"] },
      { title: "8 总结", titleEn: "8 Close and learn", keys: ["lessons", "correctiveAction", "summary", "closedAt", "callbackAt"] },
    ],
  },
});

export const marketSupportSheet = defineSheet<MarketSupport>()({
  key: "marketSupport",
  name: "市场支持",
  nameEn: "Market support",
  table: "KH_MarketSupport",
  kind: "event",
  idPrefix: "SC",
  idColumn: "id",
  columns: [
    ...eventColumnsHead,
    required(col.list("supportType", "支持类型", "Support type", SUPPORT_TYPES, ["Promotion", "Display", "Advertising", "Staff"])),
    required(col.money("cost", "费用", "Cost")),
    col.date("periodStart", "开始日期", "Start"),
    col.date("periodEnd", "结束日期", "End"),
    col.longText("effect", "效果", "Effect"),
    col.list("effectRating", "效果评价", "Effect rating", EFFECT_RATINGS, ["Good", "Fair", "Poor"]),
    ...eventColumnsTail,
  ],
});

export const followUpsSheet = defineSheet<FollowUp>()({
  key: "followUps",
  name: "跟进记录",
  nameEn: "Follow-ups",
  table: "KH_FollowUps",
  kind: "event",
  idPrefix: "GJ",
  idColumn: "id",
  columns: [
    ...eventColumnsHead,
    col.longText("result", "跟进结果", "Result"),
    required(col.grade("gradeAfter", "跟进后等级", "Grade after")),
    col.longText("promise", "承诺事项", "Promise"),
    col.date("promiseDue", "承诺期限", "Promise due"),
    col.boolean("promiseKept", "承诺已兑现", "Promise kept"),
    ...eventColumnsTail,
  ],
  // One result per follow-up: 跟进结果 is typed, 处理结果 and 总结 are filled from it (domain/event-closing.ts).
  form: { hidden: CLOSING_FIELDS },
});
