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

test("kehu check names a department loop, a 上级部门 outside the tree and a staff member in an unknown department, by cell", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "kehu-dept-")), "dept.xlsx");
  await writeLogFile(file, {
    departments: [
      { code: "D01", name: "客服部" },
      { code: "D02", name: "甲组", parent: "D03" },
      { code: "D03", name: "乙组", parent: "D02" },
      { code: "D04", name: "丙组", parent: "总部" },
    ],
    staff: [
      { id: "S1", name: "甲", department: "客服部", active: true },
      { id: "S2", name: "乙", department: "丁组", active: true },
    ],
  });
  const zh = capture();
  expect(await main(["check", file], zh.io)).toBe(1);
  const text = zh.out.join("\n");
  expect(text).toContain("部门!D3 上级部门：部门的上级关系绕成了环：D02 → D03 → D02");
  expect(text).toContain("部门!D5 上级部门：上级部门“总部”不在部门表中");
  expect(text).toContain("员工!C3 部门：部门“丁组”不在部门表中");
  const en = capture();
  expect(await main(["check", file, "--lang", "en"], en.io)).toBe(1);
  expect(en.out.join("\n")).toContain('部门!D5 上级部门: parent department "总部" is not in Departments');
});
