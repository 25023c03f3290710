import { col, required } from "../column";
import { defineSheet } from "../sheet";
import { BUSINESS_TYPES, DEAL_STATUSES, NEEDS, ORG_FORMS, URGENCIES } from "../../domain/vocabulary";
import type { Customer } from "../../domain/log";

import { BEARINGS, BEARINGS_EN } from "../../domain/vocabulary";
export { BEARINGS, BEARINGS_EN } from "../../domain/vocabulary";

export const customersSheet = defineSheet<Customer>()({
  key: "customers",
  name: "客户档案",
  nameEn: "Customers",
  table: "KH_Customers",
  kind: "archive",
  idPrefix: "KH",
  idColumn: "code",
  columns: [
    required(col.code("code", "客户编码", "Customer code")),
    required(col.text("name", "客户名称", "Customer name", { width: 24 })),
    required(col.grade("grade", "客户等级", "Grade", { help: "A 1个月内成交 · B 3个月 · C 6个月 · D 潜在 · E 无需求" })),
    required(col.text("rep", "负责客服", "Rep ID")),
    col.abc("abc", "ABC类", "ABC class", { generated: true }),
    col.list("dealStatus", "成交状态", "Deal status", DEAL_STATUSES, ["Closed", "Negotiating", "Potential"]),
    col.list("need", "需求", "Need", NEEDS, ["Target", "Potential", "Dead"]),
    col.list("urgency", "紧急度", "Urgency", URGENCIES, ["Urgent", "Soon", "Not urgent", "Potential"]),
    col.date("expectedClose", "预计成交", "Expected close"),
    col.date("lastFollowUp", "最近跟进", "Last follow-up", { generated: true }),
    col.date("nextDue", "下次跟进", "Next due", { generated: true }),
    col.text("contact", "联系人", "Contact"),
    col.text("phone", "电话", "Phone"),
    col.longText("address", "地址", "Address"),
    col.text("area", "区域", "Area"),
    col.text("district", "片区", "District"),
    col.list("bearing", "方位", "Bearing", BEARINGS, BEARINGS_EN),
    col.latitude("lat", "纬度", "Latitude"),
    col.longitude("lng", "经度", "Longitude"),
    col.text("legalRep", "法人代表", "Legal representative"),
    col.longText("keyPeople", "关键人物及爱好", "Key people and interests"),
    col.date("tradingSince", "交易起始", "Trading since"),
    col.list("orgForm", "组织形式", "Organisation", ORG_FORMS, ["State-owned", "Private", "Foreign", "Joint venture", "Sole trader", "Other"]),
    col.list("businessType", "经营类型", "Business type", BUSINESS_TYPES, ["Wholesale", "Retail", "Chain", "Agent", "End user", "Other"]),
    col.money("assets", "资产规模", "Assets"),
    col.text("serviceArea", "服务区域", "Service area"),
    col.text("salesCapability", "销售能力", "Sales capability"),
    col.text("potential", "发展潜力", "Potential"),
    col.text("businessDirection", "经营方向", "Business direction"),
    col.text("scale", "经营规模", "Scale"),
    col.money("registeredCapital", "注册资本", "Registered capital"),
    col.longText("creditHistory", "信用记录", "Credit history"),
    col.money("creditLimit", "信用额度", "Credit limit"),
    col.integer("billingDay", "结账日", "Billing day", { min: 1, max: 31 }),
    col.text("paymentTerms", "付款条件", "Payment terms"),
    col.longText("currentActivity", "当前往来状况", "Current activity"),
    col.longText("openProblems", "存在问题", "Open problems"),
    col.date("createdAt", "建档日期", "Created on"),
    col.longText("notes", "备注", "Notes"),
  ],
  form: {
    groups: [
      { title: "联系与位置", titleEn: "Contact and location", keys: ["contact", "phone", "address", "area", "district", "bearing", "lat", "lng"] },
      { title: "成交前景", titleEn: "Sales outlook", keys: ["dealStatus", "need", "urgency", "expectedClose"] },
      { title: "企业情况", titleEn: "Company", keys: ["legalRep", "keyPeople", "tradingSince", "orgForm", "businessType", "assets", "registeredCapital", "serviceArea", "salesCapability", "potential", "businessDirection", "scale"] },
      { title: "信用与结算", titleEn: "Credit and billing", keys: ["creditHistory", "creditLimit", "billingDay", "paymentTerms"] },
      { title: "往来与备注", titleEn: "Dealings and notes", keys: ["currentActivity", "openProblems", "createdAt", "notes"] },
    ],
  },
});
