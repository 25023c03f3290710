import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { utcDate } from "../../src/domain/time";
import { writeLogFile } from "../support/log-file";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "kehu-plans-"));
const file = join(dir, "plans.xlsx");
const d = (m: number, day: number, h = 10) => utcDate(2026, m, day, h);
const ev = (id: string, customer: string, rep: string, at: Date) => ({ id, customer, rep, occurredAt: at, description: "事件", status: "已完成" });

beforeAll(async () => {
  await writeLogFile(file, {
    customers: ["K1", "K2", "K3"].map((code) => ({ code, name: `客户${code}`, grade: "C", rep: "S1" })),
    staff: [
      { id: "S1", name: "甲", department: "一组" },
      { id: "S2", name: "乙", department: "二组" },
      { id: "S3", name: "丙", department: "一组" },
    ],
    departments: [
      { code: "D1", name: "客服部" },
      { code: "D2", name: "一组", parent: "D1" },
      { code: "D3", name: "二组", parent: "D1", head: "S3" },
    ],
    followUps: [
      { ...ev("GJ1", "K1", "S1", d(10, 2)), source: "拜访", gradeAfter: "C" },
      { ...ev("GJ2", "K2", "S1", d(10, 3)), source: "电话", gradeAfter: "C" },
      { ...ev("GJ3", "K2", "S1", d(10, 9)), source: "拜访", gradeAfter: "C" },
      { ...ev("GJ4", "K3", "S2", d(10, 9)), source: "拜访", gradeAfter: "C" },
      { ...ev("GJ5", "K3", "S1", d(11, 1, 0)), source: "拜访", gradeAfter: "C" },
    ],
    samples: [{ ...ev("YP1", "K1", "S1", d(10, 2)), itemType: "样品", item: "试饮装", quantity: 2, value: 150 }],
    plans: [
      { id: "FA-1", rep: "S1", cycle: "月", start: d(10, 1, 0), end: d(10, 31, 0), planType: "客户访问", target: 2, minimum: 1, plannedCost: 500 },
      { id: "FA-2", rep: "S1", cycle: "月", start: d(10, 1, 0), end: d(10, 31, 0), planType: "客户访问", method: "面访", target: 3, minimum: 3 },
      { id: "FA-3", department: "客服部", cycle: "月", start: d(10, 1, 0), end: d(10, 31, 0), planType: "客户访问", target: 3, minimum: 3 },
      { id: "FA-4", rep: "S2", cycle: "月", start: d(11, 1, 0), end: d(11, 30, 0), planType: "客户访问", target: 5, minimum: 1 },
      // 二组's plan: S2's rows count, S3 (of 一组) answers for it as 二组's head
      { id: "FA-5", department: "二组", cycle: "月", start: d(11, 1, 0), end: d(11, 30, 0), planType: "服务", target: 2, minimum: 1 },
    ],
  });
});

test("kehu plans prints each plan's reach, cost and state, filtered by rep and period", async () => {
  const all = capture();
  expect(await main(["plans", file, "--today", "2026-11-23", "--json"], all.io)).toBe(0);
  const plans = JSON.parse(all.out[0]).plans as { id: string; reached: number; cost: number; state: string }[];
  expect(plans.map((p) => [p.id, p.reached, p.cost, p.state])).toEqual([
    ["FA-1", 2, 150, "met"],
    ["FA-2", 2, 150, "belowMinimum"], // 面访: the phone call does not count, K2's visit does
    ["FA-3", 3, 150, "met"], // the department and those below it
    ["FA-4", 0, 0, "inProgress"],
    ["FA-5", 0, 0, "inProgress"],
  ]);
  const filtered = capture();
  expect(await main(["plans", file, "--today", "2026-11-23", "--rep", "s2", "--period", "2026-11", "--json"], filtered.io)).toBe(0);
  expect((JSON.parse(filtered.out[0]).plans as { id: string }[]).map((p) => p.id)).toEqual(["FA-4", "FA-5"]);
  // --rep takes the head a department's plan is charged to, and the table names the department with its head
  const head = capture();
  expect(await main(["plans", file, "--today", "2026-11-23", "--rep", "s3", "--period", "2026-11"], head.io)).toBe(0);
  expect(head.out.filter((l) => l.startsWith("FA-"))).toEqual([expect.stringMatching(/^FA-5 +二组（S3） +服务 /)]);
  // reached against the target and against the minimum: FA-2 reached 2 of target 3, minimum 3
  const table = capture();
  expect(await main(["plans", file, "--today", "2026-11-23", "--period", "2026-10"], table.io)).toBe(0);
  expect(table.out[1].split(/ +/).slice(6, 9)).toEqual(["实际", "完成率", "对最低"]);
  expect(table.out.find((l) => l.startsWith("FA-2 "))!.split(/ +/).slice(6, 9)).toEqual(["2", "67%", "67%"]);
  const en = capture();
  expect(await main(["plans", file, "--today", "2026-11-23", "--lang", "en"], en.io)).toBe(0);
  expect(en.out.join("\n")).toMatch(/FA-2 .* Below minimum/);
  expect(en.out.join("\n")).toContain("In person = Visit/Walk-in");
});

test("--write fills the 方案跟踪 sheet; bad usage exits 2, a missing file 3", async () => {
  const written = capture();
  expect(await main(["plans", file, "--today", "2026-11-23", "--write"], written.io)).toBe(0);
  const reader = await XlsxReader.open(file);
  const table = (await reader.readTables(["方案跟踪"]))["方案跟踪"];
  const text = JSON.stringify(table);
  expect(text).toContain("FA-2");
  expect(text).toContain("低于最低");
  expect(text).toContain("计数口径");
  const bad = capture();
  expect(await main(["plans", file, "--period", "2026-Q5"], bad.io)).toBe(2);
  expect(bad.err[0]).toContain("--period");
  const unknown = capture();
  expect(await main(["plans", file, "--perod", "2026-Q4"], unknown.io)).toBe(2);
  const missing = capture();
  expect(await main(["plans", join(dir, "none.xlsx")], missing.io)).toBe(3);
});
