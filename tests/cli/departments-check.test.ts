import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { writeLogFile } from "../support/log-file";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

test("kehu check names a department loop, a 上级部门 outside the tree, a staff member in an unknown department or under an unknown 上级, a 负责人 not in 员工 and a 员工培训 row of an unknown 工号, by cell", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "kehu-dept-")), "dept.xlsx");
  await writeLogFile(file, {
    departments: [
      { code: "D01", name: "客服部" },
      { code: "D02", name: "甲组", parent: "D03" },
      { code: "D03", name: "乙组", parent: "D02" },
      { code: "D04", name: "丙组", parent: "总部" },
      { code: "D05", name: "丁组", parent: "客服部", head: "S9" },
    ],
    staff: [
      { id: "S1", name: "甲", department: "客服部", active: true },
      { id: "S2", name: "乙", department: "戊组", active: true },
      { id: "S3", name: "丙", department: "D05", manager: "S8", active: true },
      { id: "S4", name: "丁", department: "d05", manager: "s1", active: true },
    ],
    staffTraining: [
      { staff: "S1", startedOn: new Date(Date.UTC(2026, 0, 5)), course: "入职培训" },
      { staff: "S6", startedOn: new Date(Date.UTC(2026, 0, 5)), course: "入职培训" },
    ],
    staffExperience: [{ staff: "s4", from: new Date(Date.UTC(2020, 0, 1)), organisation: "本公司" }],
  });
  const zh = capture();
  expect(await main(["check", file], zh.io)).toBe(1);
  const text = zh.out.join("\n");
  expect(text).toContain("部门!D3 上级部门：部门的上级关系绕成了环：D02 → D03 → D02");
  expect(text).toContain("部门!D5 上级部门：上级部门“总部”不在部门表中");
  expect(text).toContain("员工!C3 部门：部门“戊组”不在部门表中");
  expect(text).toContain("员工!D4 上级：上级“S8”不是员工表中的工号");
  expect(text).toContain("部门!E6 负责人：负责人“S9”不是员工表中的工号");
  // S4: its department typed in lower case and its 上级 as s1 are both known
  expect(text).not.toMatch(/员工!\w5/);
  expect(text).toContain("员工培训!A3 工号：工号“S6”不是员工表中的工号");
  expect(text).not.toContain("员工经历!");
  const en = capture();
  expect(await main(["check", file, "--lang", "en"], en.io)).toBe(1);
  expect(en.out.join("\n")).toContain('部门!D5 上级部门: parent department "总部" is not in Departments');
});
