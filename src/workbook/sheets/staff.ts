import { col, required } from "../column";
import { defineSheet } from "../sheet";
import type { Staff } from "../../domain/log";
import { STAFF_ROLES, STAFF_ROLES_EN } from "../../domain/vocabulary";

export const staffSheet = defineSheet<Staff>()({
  key: "staff",
  name: "员工",
  nameEn: "Staff",
  table: "KH_Staff",
  kind: "staff",
  idColumn: "id",
  columns: [
    required(col.text("id", "工号", "Staff ID")),
    required(col.text("name", "姓名", "Name")),
    col.text("department", "部门", "Department"),
    col.text("manager", "上级", "Manager ID"),
    col.list("role", "职务", "Role", STAFF_ROLES, STAFF_ROLES_EN, { help: "主管、经理可审批投诉处理方案" }),
    col.boolean("active", "在职", "Active"),
    col.date("joinedOn", "入职日期", "Joined on"),
    col.latitude("baseLat", "驻地纬度", "Base latitude"),
    col.longitude("baseLng", "驻地经度", "Base longitude"),
    col.text("phone", "电话", "Phone"),
    col.text("email", "邮箱", "E-mail", { width: 24 }),
    col.date("leftOn", "离职日期", "Left on", { help: "最后工作日；此后不再算在职" }),
  ],
});
