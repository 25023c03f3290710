import { col, required } from "../column";
import { defineSheet } from "../sheet";
import type { SettingRow } from "../../domain/log";

/**
 * 设置 is one table of (类别, 项目, 值): the cadence rows come first, so 设置!B2:C6 is the
 * two-column grade/days table that KH.CADENCE and KH.NEXTDUE take.
 */
export const settingsSheet = defineSheet<SettingRow>()({
  key: "settings",
  name: "设置",
  nameEn: "Settings",
  table: "KH_Settings",
  kind: "settings",
  columns: [
    required(col.text("category", "类别", "Category")),
    required(col.text("item", "项目", "Item")),
    col.scalar("value", "值", "Value"),
    col.longText("note", "说明", "Note"),
  ],
});

export const SETTING_CATEGORIES = {
  cadence: "跟进周期(天)",
  shiftHolidays: "顺延节假日",
  feedbackHours: "反馈时限(小时)",
  abc: "ABC阈值",
  sampleQuota: "样品额度(元/月)",
  audit: "审计",
  entry: "登记",
  holiday: "节假日",
  workday: "调休上班",
  receivables: "应收账款",
  dateOrder: "日期顺序",
  routes: "路序",
  company: "公司",
  appraisal: "考核权重",
} as const;
