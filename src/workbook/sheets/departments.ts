import { col, required } from "../column";
import { defineSheet } from "../sheet";
import type { Department } from "../../domain/log";

/** 部门: the department tree; 上级部门 names the department above (its 编号 or 名称), empty at the top; 负责人 is the head's 工号. */
export const departmentsSheet = defineSheet<Department>()({
  key: "departments",
  name: "部门",
  nameEn: "Departments",
  table: "KH_Departments",
  kind: "staff",
  idColumn: "code",
  columns: [
    required(col.text("code", "部门编号", "Department ID")),
    required(col.text("name", "部门名称", "Department name")),
    col.longText("scope", "工作范围", "Scope of work"),
    col.text("parent", "上级部门", "Parent department", { help: "上级部门的编号或名称；最高一级留空" }),
    col.text("head", "负责人", "Head", { help: "部门负责人的工号：部门的工作方案由他负责" }),
  ],
});
