import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { utcDate } from "../../src/domain/time";
import { writeLogFile } from "../support/log-file";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "kehu-appraise-"));
const d = (m: number, day: number, h = 10) => utcDate(2026, m, day, h);
const done = { description: "事件", status: "已完成", resolution: "已处理", summary: "正常" };

async function book(name: string, rep: string, amount: number): Promise<string> {
  const file = join(dir, name);
  await writeLogFile(file, {
    customers: [{ code: `K${rep}`, name: "客户", grade: "E", rep, createdAt: d(10, 1) }],
    staff: [{ id: rep, name: rep, department: "一组" }],
    departments: [{ code: "D1", name: "一组" }],
    transactions: [{ id: `WL${rep}`, customer: `K${rep}`, rep, occurredAt: d(10, 10), txType: "订单", amount, feedbackAt: d(10, 10, 11), ...done }],
  });
  return file;
}

test("kehu appraise consolidates many workbooks by department and ranks within it; usage errors exit 2, files 3", async () => {
  const a = await book("a.xlsx", "S1", 1000);
  const b = await book("b.xlsx", "S2", 500);
  const run = capture();
  expect(await main(["appraise", a, b, "--period", "2026-10", "--today", "2026-11-23", "--json"], run.io)).toBe(0);
  const rows = JSON.parse(run.out[0]).rows as { rep: string; department: string; sales: number; rank: number; ranked: number; salesScore: number }[];
  expect(rows.map((r) => [r.rep, r.department, r.sales, r.salesScore, r.rank, r.ranked])).toEqual([
    ["S1", "一组", 1000, 1, 1, 2],
    ["S2", "一组", 500, 0.5, 2, 2],
  ]);
  const en = capture();
  expect(await main(["appraise", a, "--period", "2026-Q4", "--today", "2026-11-23", "--lang", "en"], en.io)).toBe(0);
  expect(en.out.join("\n")).toContain("Department：一组");
  const noPeriod = capture();
  expect(await main(["appraise", a], noPeriod.io)).toBe(2);
  expect(noPeriod.err[0]).toContain("--period");
  const missing = capture();
  expect(await main(["appraise", a, join(dir, "none.xlsx"), "--period", "2026"], missing.io)).toBe(3);
});

test("kehu plan suggest proposes the month's visit plans; a bad month or sub-command exits 2", async () => {
  const a = await book("c.xlsx", "S1", 100);
  const run = capture();
  expect(await main(["plan", "suggest", a, "--rep", "S1", "--month", "2026-12", "--today", "2026-11-23", "--json"], run.io)).toBe(0);
  const out = JSON.parse(run.out[0]);
  expect(out.grades.find((g: { grade: string }) => g.grade === "E")).toEqual({ grade: "E", customers: 0, contacts: 0 });
  const bad = capture();
  expect(await main(["plan", "suggest", a, "--rep", "S1", "--month", "2026-13"], bad.io)).toBe(2);
  const sub = capture();
  expect(await main(["plan", "make", a, "--rep", "S1", "--month", "2026-12"], sub.io)).toBe(2);
});
