import { col, required } from "../column";
import { defineSheet } from "../sheet";
import type { StaffExperience, StaffTraining } from "../../domain/log";

/** 员工培训: one row per course a staff member took. */
export const staffTrainingSheet = defineSheet<StaffTraining>()({
  key: "staffTraining",
  name: "员工培训",
  nameEn: "Staff training",
  table: "KH_StaffTraining",
  kind: "staff",
  columns: [
    required(col.text("staff", "工号", "Staff ID")),
    required(col.date("startedOn", "开始日期", "Started on")),
    col.date("endedOn", "结束日期", "Ended on"),
    required(col.text("course", "培训内容", "Course", { width: 24 })),
    col.text("provider", "培训机构", "Provider"),
    col.text("result", "成绩或证书", "Result or certificate"),
    col.longText("note", "备注", "Notes"),
  ],
});

/** 员工经历: one row per post a staff member held, here or before joining. */
export const staffExperienceSheet = defineSheet<StaffExperience>()({
  key: "staffExperience",
  name: "员工经历",
  nameEn: "Staff experience",
  table: "KH_StaffExperience",
  kind: "staff",
  columns: [
    required(col.text("staff", "工号", "Staff ID")),
    required(col.date("from", "起始日期", "From")),
    col.date("to", "截止日期", "To"),
    required(col.text("organisation", "单位", "Organisation", { width: 24 })),
    col.text("position", "职务", "Position"),
    col.longText("note", "备注", "Notes"),
  ],
});
