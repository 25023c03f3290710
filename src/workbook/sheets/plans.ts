import { col, MONEY_FORMAT, required } from "../column";
import { defineSheet } from "../sheet";
import type { Suggestion, WorkPlan } from "../../domain/log";
import {
  PLAN_CYCLES,
  PLAN_CYCLES_EN,
  PLAN_METHODS,
  PLAN_METHODS_EN,
  PLAN_STATUSES,
  PLAN_STATUSES_EN,
  PLAN_TYPES,
  PLAN_TYPES_EN,
} from "../../domain/vocabulary";

/** 工作方案: a plan for a rep (客服工号) or a whole department (部门), with a target and a floor. */
export const plansSheet = defineSheet<WorkPlan>()({
  key: "plans",
  name: "工作方案",
  nameEn: "Work plans",
  table: "KH_Plans",
  kind: "plan",
  idPrefix: "FA",
  idColumn: "id",
  columns: [
    required(col.id("id", "方案编号", "Plan ID")),
    col.text("rep", "客服工号", "Rep ID", { help: "方案属于一位客服时填；属于整个部门时留空并填部门" }),
    col.text("department", "部门", "Department"),
    required(col.list("cycle", "周期", "Cycle", PLAN_CYCLES, PLAN_CYCLES_EN)),
    required(col.date("start", "开始", "Start")),
    required(col.date("end", "结束", "End")),
    required(col.list("planType", "方案类型", "Plan type", PLAN_TYPES, PLAN_TYPES_EN)),
    col.list("method", "方式", "Method", PLAN_METHODS, PLAN_METHODS_EN, { help: "客户访问的方式；留空时任何方式都算" }),
    required(col.integer("target", "目标对象数", "Target", { min: 0 })),
    required(col.integer("minimum", "最低对象数", "Minimum", { min: 0 })),
    col.money("plannedCost", "计划成本", "Planned cost", { numberFormat: MONEY_FORMAT }),
    col.longText("content", "内容", "Content"),
    col.longText("purpose", "目的", "Purpose"),
    col.list("status", "状态", "Status", PLAN_STATUSES, PLAN_STATUSES_EN),
  ],
});

/** 对上级的建议: what a staff member suggested to the supervisor, and the reply. */
export const suggestionsSheet = defineSheet<Suggestion>()({
  key: "suggestions",
  name: "对上级的建议",
  nameEn: "Suggestions",
  table: "KH_Suggestions",
  kind: "plan",
  columns: [
    required(col.text("staff", "工号", "Staff ID")),
    required(col.datetime("at", "时间", "Time")),
    required(col.longText("content", "内容", "Content")),
    col.longText("reply", "回复", "Reply"),
    col.datetime("repliedAt", "回复时间", "Replied at"),
  ],
});
