import { DepartmentTree, structureIssues } from "../../src/domain/departments";
import type { Department, Rowed, Staff } from "../../src/domain/log";

const rows = <T>(list: T[]): Rowed<T>[] => list.map((record, i) => ({ row: i + 2, record }));

describe("the department tree", () => {
  const departments = rows<Department>([
    { code: "D01", name: "客服部" },
    { code: "D02", name: "华东客服组", parent: "D01" },
    { code: "D03", name: "杭州小组", parent: "华东客服组" },
  ]);

  test("a clean tree and staff in it have no issues; departments are found by 编号 or 名称", () => {
    const staff = rows<Staff>([
      { id: "S1", name: "甲", department: "客服部" },
      { id: "S2", name: "乙", department: "d03", manager: "s1" },
    ]);
    expect(structureIssues(departments, staff)).toEqual([]);
    const tree = new DepartmentTree(departments);
    expect(tree.chain("杭州小组").map((d) => d.code)).toEqual(["D03", "D02", "D01"]);
    expect(tree.root("D03")?.code).toBe("D01");
  });

  test("a 上级部门 outside the tree, a loop, an unknown department and an unknown 上级 are each named by row and column", () => {
    const bad = rows<Department>([
      { code: "D01", name: "客服部" },
      { code: "D02", name: "甲组", parent: "D03" },
      { code: "D03", name: "乙组", parent: "D02" },
      { code: "D04", name: "丙组", parent: "总部" },
    ]);
    const staff = rows<Staff>([
      { id: "S1", name: "甲", department: "客服部" },
      { id: "S2", name: "乙", department: "丁组", manager: "S9" },
    ]);
    const issues = structureIssues(bad, staff);
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([
      ["departments", 3, "parent", "D03"],
      ["departments", 5, "parent", "总部"],
      ["staff", 3, "department", "丁组"],
      ["staff", 3, "manager", "S9"],
    ]);
    expect(issues[0].zh).toContain("D02 → D03 → D02");
    expect(issues[1].en).toContain('"总部" is not in Departments');
  });

  test("a department answers through its 负责人, else the nearest department above that names one; a 负责人 not in 员工 is an issue", () => {
    const headed = rows<Department>([
      { code: "D01", name: "客服部", head: " S1 " },
      { code: "D02", name: "华东客服组", parent: "D01" },
      { code: "D03", name: "杭州小组", parent: "华东客服组", head: "S2" },
      { code: "D04", name: "独立组" },
    ]);
    const tree = new DepartmentTree(headed);
    expect([tree.headOf("D03"), tree.headOf("华东客服组"), tree.headOf("d01"), tree.headOf("独立组"), tree.headOf("没有这个部门")]).toEqual(["S2", "S1", "S1", undefined, undefined]);
    const staff = rows<Staff>([{ id: "s1", name: "甲" }]);
    const issues = structureIssues(headed, staff);
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([["departments", 4, "head", "S2"]]);
    expect(issues[0].en).toBe('head "S2" is not a staff ID in Staff');
    // an empty 员工 (a log just set up) checks no head
    expect(structureIssues(headed, [])).toEqual([]);
  });

  test("a department that is its own parent is a loop of one; no departments listed checks no staff department", () => {
    const self = rows<Department>([{ code: "D01", name: "客服部", parent: "客服部" }]);
    expect(structureIssues(self, []).map((i) => i.zh)).toEqual([expect.stringContaining("D01 → D01")]);
    expect(structureIssues([], rows<Staff>([{ id: "S1", name: "甲", department: "哪里都行" }]))).toEqual([]);
  });

  test("a 员工培训 or 员工经历 row of a 工号 not in 员工 is an issue on its 工号 cell; an empty 员工 checks none", () => {
    const staff = rows<Staff>([{ id: "S1", name: "甲" }]);
    const training = rows([{ staff: "s1" }, { staff: "S7" }]);
    const experience = rows([{ staff: "S8" }]);
    const issues = structureIssues([], staff, { staffTraining: training, staffExperience: experience });
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([
      ["staffExperience", 2, "staff", "S8"],
      ["staffTraining", 3, "staff", "S7"],
    ]);
    expect(issues[1].zh).toBe("工号“S7”不是员工表中的工号");
    expect(structureIssues([], [], { staffTraining: training })).toEqual([]);
  });
});
