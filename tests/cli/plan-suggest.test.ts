import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { readLog } from "../../src/app/read-log";
import { utcDate } from "../../src/domain/time";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { writeLogFile } from "../support/log-file";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "kehu-suggest-"));
const file = join(dir, "suggest.xlsx");
const visit = (id: string, customer: string, rep: string, at: Date, source: string) => ({ id, customer, rep, occurredAt: at, description: "跟进", status: "已完成", source, gradeAfter: "C" });

/**
 * S1's customers in December 2026 (设置's defaults: A类主管拜访 6 months, B类拜访 12, B类信函问卷 6):
 * KA1's manager visit was in August (not due), KA2's in May (due), KA3 was visited only by S1
 * itself (a rep is not above their own customer: due); KB1 had a letter in November but no visit
 * for a year (the visit is due, the letter is not).
 */
beforeAll(async () => {
  await writeLogFile(file, {
    staff: [
      { id: "M1", name: "主管甲", role: "主管" },
      { id: "S1", name: "客服乙", role: "客服", manager: "M1" },
    ],
    customers: ["KA1", "KA2", "KA3", "KB1"].map((code) => ({ code, name: `客户${code}`, grade: "C", rep: "S1", abc: code.slice(1, 2), createdAt: utcDate(2025, 1, 6) })),
    followUps: [
      visit("GJ1", "KA1", "M1", utcDate(2026, 8, 10, 10), "拜访"),
      visit("GJ2", "KA1", "S1", utcDate(2026, 11, 16, 10), "电话"),
      visit("GJ3", "KA2", "M1", utcDate(2026, 5, 11, 10), "拜访"),
      visit("GJ4", "KA2", "S1", utcDate(2026, 11, 16, 10), "电话"),
      visit("GJ5", "KA3", "S1", utcDate(2026, 11, 10, 10), "拜访"),
      visit("GJ6", "KB1", "S1", utcDate(2026, 11, 2, 10), "传真"),
    ],
  });
}, 60_000);

test("kehu plan suggest proposes the cadence's contacts and the ABC duties not yet done, and --write appends them to 工作方案 as drafts", async () => {
  const run = capture();
  expect(await main(["plan", "suggest", file, "--rep", "S1", "--month", "2026-12", "--today", "2026-11-23", "--json"], run.io)).toBe(0);
  const out = JSON.parse(run.out[0]);
  expect(out.duties.map((d: { abc: string; method: string; months: number; customers: string[] }) => [d.abc, d.method, d.months, d.customers])).toEqual([
    ["A", "面访", 6, ["KA2", "KA3"]],
    ["B", "面访", 12, ["KB1"]],
    ["B", "信函", 6, []],
  ]);
  // the grade C cadence (every 15 days) makes one visit plan for all four, at least KB1 (overdue since 11-17); each duty due makes its own
  expect(out.overdue).toBe(1);
  // the A customers' manager visits are planned for S1's 上级 M1, who makes them (tracking counts M1's visits)
  expect(out.plans.map((p: { rep: string; planType: string; method: string | null; target: number; minimum: number; status: string; cycle: string; start: string; end: string }) => [p.rep, p.planType, p.method ?? "", p.target, p.minimum, p.status, p.cycle, p.start, p.end])).toEqual([
    ["S1", "客户访问", "", 4, 1, "草拟", "月", "2026-12-01", "2026-12-31"],
    ["M1", "客户访问", "面访", 2, 2, "草拟", "月", "2026-12-01", "2026-12-31"],
    ["S1", "客户访问", "面访", 1, 1, "草拟", "月", "2026-12-01", "2026-12-31"],
  ]);
  expect(out.plans[1].purpose).toContain("S1 的客户");
  expect(out.plans[1].content).toContain("KA2、KA3");
  expect(out.written).toBe(false);

  const text = capture();
  expect(await main(["plan", "suggest", file, "--rep", "S1", "--month", "2026-12", "--today", "2026-11-23"], text.io)).toBe(0);
  expect(text.out).toContain("ABC A 类：每 6 个月面访一次，待办 2 位");
  expect(text.out).toContain("ABC B 类：每 12 个月面访一次，待办 1 位");
  const en = capture();
  expect(await main(["plan", "suggest", file, "--rep", "S1", "--month", "2026-12", "--today", "2026-11-23", "--lang", "en"], en.io)).toBe(0);
  expect(en.out).toContain("ABC A: In person every 6 months, due for 2 customers");

  const written = capture();
  expect(await main(["plan", "suggest", file, "--rep", "S1", "--month", "2026-12", "--today", "2026-11-23", "--write"], written.io)).toBe(0);
  expect(written.out[written.out.length - 1]).toBe(`已把 3 个草拟方案追加到 ${file} 的“工作方案”`);
  const log = await readLog(await XlsxReader.open(file), { sheets: ["plans"] });
  expect(log.problems).toEqual([]);
  expect(log.plans.map((p) => [p.record.rep, p.record.method ?? "", p.record.target, p.record.status])).toEqual([
    ["S1", "", 4, "草拟"],
    ["M1", "面访", 2, "草拟"],
    ["S1", "面访", 1, "草拟"],
  ]);
  expect(new Set(log.plans.map((p) => p.record.id)).size).toBe(3);
  for (const p of log.plans) expect(p.record.id).toMatch(/^FA/);
  // the drafts are plans like any other: tracking lists them, not started before December
  const tracked = capture();
  expect(await main(["plans", file, "--today", "2026-11-23", "--json"], tracked.io)).toBe(0);
  expect(JSON.parse(tracked.out[0]).plans.map((p: { state: string }) => p.state)).toEqual(["notStarted", "notStarted", "notStarted"]);
}, 60_000);
