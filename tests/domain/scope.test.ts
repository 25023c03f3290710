import { DepartmentTree } from "../../src/domain/departments";
import type { Department } from "../../src/domain/log";
import { departmentStaff, visibleStaff, type StaffLink } from "../../src/domain/scope";

const tree = new DepartmentTree(
  [
    { code: "D01", name: "客服部" },
    { code: "D02", name: "华东客服组", parent: "D01" },
    { code: "D03", name: "杭州小组", parent: "华东客服组" },
    { code: "D04", name: "华北客服组", parent: "D01" },
  ].map((record: Department, i) => ({ row: i + 2, record })),
);

// 员工 names departments by 编号 or 名称, in any case, as people type them.
const staff: StaffLink[] = [
  { id: "M1", department: "客服部", role: "经理" },
  { id: "E1", department: "D02", manager: "M1", role: "主管" },
  { id: "E2", department: "华东客服组", manager: "E1", role: "客服" },
  { id: "H1", department: "d03", manager: "E2", role: "客服" },
  { id: "H2", department: "杭州小组", role: "客服" },
  { id: "N1", department: "华北客服组", manager: "M1", role: "主管" },
  { id: "N2", department: "D04", role: "客服" },
  { id: "X1", department: "外包组", manager: "N2" },
];

const sorted = (s: Set<string>) => [...s].sort();

describe("a department's staff", () => {
  test("without sub-departments: the department itself, named by 编号 or 名称", () => {
    expect(sorted(departmentStaff(staff, "华东客服组", tree))).toEqual(["E1", "E2"]);
    expect(sorted(departmentStaff(staff, "D02", tree))).toEqual(["E1", "E2"]);
    expect(sorted(departmentStaff(staff, "客服部", tree))).toEqual(["M1"]);
  });

  test("with sub-departments: every department below it in the tree, at any depth", () => {
    expect(sorted(departmentStaff(staff, "华东客服组", tree, true))).toEqual(["E1", "E2", "H1", "H2"]);
    expect(sorted(departmentStaff(staff, "D01", tree, true))).toEqual(["E1", "E2", "H1", "H2", "M1", "N1", "N2"]);
    expect(sorted(departmentStaff(staff, "杭州小组", tree, true))).toEqual(["H1", "H2"]);
  });

  test("a department the tree does not list is matched by its text, with or without sub-departments", () => {
    expect(sorted(departmentStaff(staff, "外包组", tree))).toEqual(["X1"]);
    expect(sorted(departmentStaff(staff, "外包组", tree, true))).toEqual(["X1"]);
    expect(sorted(departmentStaff(staff, "华东客服组"))).toEqual(["E2"]);
  });
});

describe("what a person sees", () => {
  test("a 客服 sees themselves and whoever reports to them through 上级", () => {
    expect(sorted(visibleStaff(staff, "H2", tree))).toEqual(["H2"]);
    expect(sorted(visibleStaff(staff, "e2", tree))).toEqual(["E2", "H1"]);
    expect(sorted(visibleStaff(staff, "N2", tree))).toEqual(["N2", "X1"]);
  });

  test("a 主管 sees their own department (and their reports' reports), not the departments below it", () => {
    expect(sorted(visibleStaff(staff, "E1", tree))).toEqual(["E1", "E2", "H1"]);
    expect(sorted(visibleStaff(staff, "N1", tree))).toEqual(["N1", "N2", "X1"]);
  });

  test("a 经理 sees their department and every one below it: the top department's 经理 sees the whole tree", () => {
    expect(sorted(visibleStaff(staff, "M1", tree))).toEqual(["E1", "E2", "H1", "H2", "M1", "N1", "N2", "X1"]);
    const deputy: StaffLink[] = [...staff, { id: "M2", department: "华东客服组", role: "经理" }];
    expect(sorted(visibleStaff(deputy, "M2", tree))).toEqual(["E1", "E2", "H1", "H2", "M2"]);
  });

  test("without a 部门 tree a 主管 and a 经理 see their department's text only", () => {
    expect(sorted(visibleStaff(staff, "E1"))).toEqual(["E1", "E2", "H1"]);
    expect(sorted(visibleStaff(staff, "M1"))).toEqual(["E1", "E2", "H1", "M1", "N1"]);
  });
});
