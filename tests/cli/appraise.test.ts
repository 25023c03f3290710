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

async function book(name: string, rep: string, amount: number, more: { [sheetKey: string]: Record<string, unknown>[] } = {}): Promise<string> {
  const file = join(dir, name);
  await writeLogFile(file, {
    customers: [{ code: `K${rep}`, name: "客户", grade: "E", rep, createdAt: d(10, 1) }],
    staff: [{ id: rep, name: rep, department: "一组" }],
    departments: [{ code: "D1", name: "一组" }],
    transactions: [{ id: `WL${rep}`, customer: `K${rep}`, rep, occurredAt: d(10, 10), txType: "订单", amount, feedbackAt: d(10, 10, 11), ...done }],
    ...more,
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
  expect(en.out).toContain("Department: 一组");
  expect(en.out.join("\n")).not.toContain("：");
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

test("kehu appraise scores many workbooks with the weights their 设置 agree on, refuses differing ones naming files and weights, and takes --weights to choose", async () => {
  const a = await book("w-a.xlsx", "S1", 1000);
  const b = await book("w-b.xlsx", "S2", 500, { settings: [{ category: "考核权重", item: "方案完成", value: 40 }, { category: "考核权重", item: "每条审计发现扣分", value: 2 }] });
  const c = await book("w-c.xlsx", "S3", 800);
  const refused = capture();
  expect(await main(["appraise", a, b, c, "--period", "2026-10", "--today", "2026-11-23"], refused.io)).toBe(2);
  expect(refused.err).toHaveLength(1);
  const line = refused.err[0];
  expect(line).toContain(`${a}、${c}：方案完成 25、每条审计发现扣分 1`);
  expect(line).toContain(`${b}：方案完成 40、每条审计发现扣分 2`);
  expect(line).toContain("--weights");
  expect(line).not.toContain("跟进准时"); // only the weights that differ
  const refusedEn = capture();
  expect(await main(["appraise", a, b, "--period", "2026-10", "--today", "2026-11-23", "--lang", "en"], refusedEn.io)).toBe(2);
  expect(refusedEn.err[0]).toContain(`${a}: plans 25, off per finding 1; ${b}: plans 40, off per finding 2`);
  expect(refusedEn.err[0]).toContain("Usage: kehu appraise");

  const chosen = capture();
  expect(await main(["appraise", a, b, c, "--period", "2026-10", "--today", "2026-11-23", "--weights", b, "--json"], chosen.io)).toBe(0);
  const out = JSON.parse(chosen.out[0]);
  expect([out.weights.plans, out.weights.perFinding, out.weightsFrom]).toEqual([40, 2, b]);
  expect(out.rows.map((r: { rep: string }) => r.rep).sort()).toEqual(["S1", "S2", "S3"]);
  const agree = capture();
  expect(await main(["appraise", a, c, "--period", "2026-10", "--today", "2026-11-23", "--json"], agree.io)).toBe(0);
  expect(JSON.parse(agree.out[0]).weights.plans).toBe(25);
  const notGiven = capture();
  expect(await main(["appraise", a, c, "--period", "2026-10", "--weights", b], notGiven.io)).toBe(2);
  expect(notGiven.err[0]).toContain("不是给出的工作簿之一");
});

test("kehu appraise shows a department's own plans under the department, charged to its head", async () => {
  const a = await book("dept.xlsx", "S1", 1000, {
    departments: [{ code: "D1", name: "一组", head: "S1" }],
    plans: [{ id: "FA-D1", department: "D1", cycle: "月", start: d(10, 1, 0), end: d(10, 31, 0), planType: "服务", target: 4, minimum: 2, status: "执行中" }],
  });
  const run = capture();
  expect(await main(["appraise", a, "--period", "2026-10", "--today", "2026-11-23"], run.io)).toBe(0);
  const text = run.out.join("\n");
  expect(text).toContain("部门方案：1 个，完成 0%，低于最低 1 个（负责人 S1）");
  const json = capture();
  expect(await main(["appraise", a, "--period", "2026-10", "--today", "2026-11-23", "--json"], json.io)).toBe(0);
  const out = JSON.parse(json.out[0]);
  expect(out.rows[0]).toMatchObject({ rep: "S1", plans: 1, findings: 1 });
  expect(out.departments).toEqual([{ department: "一组", head: "S1", plans: 1, planCompletionSum: 0, belowMinimum: 1 }]);
});

test("usage errors of plans, plan suggest and appraise speak English under --lang en", async () => {
  const a = await book("en.xlsx", "S1", 100);
  const cases: [string[], RegExp][] = [
    [["appraise", a, "--lang", "en"], /^kehu appraise: missing --period \(e\.g\. 2026-Q4, 2026-12 or 2026\)\. Usage: kehu appraise <file\.xlsx\.\.\.>/],
    [["appraise", a, "--period", "Q5", "--lang", "en"], /--period: "Q5" is not a period/],
    [["appraise", "--period", "2026", "--lang=en"], /missing file name\. Usage: kehu appraise/],
    [["plans", a, "--period", "2026-13", "--lang", "en"], /--period: "2026-13" is not a period .*Usage: kehu plans <file\.xlsx> \[--rep ID\]/],
    [["plans", a, "--rep", "--lang", "en"], /--rep needs a value\. Usage: kehu plans/],
    [["plans", a, "--peroid", "2026", "--lang", "en"], /unknown option --peroid \(did you mean --period\?\)/],
    [["plans", a, "--today", "someday", "--lang", "en"], /--today: "someday" is not a date/],
    [["plan", "suggest", a, "--month", "2026-12", "--lang", "en"], /missing --rep ID\. Usage: kehu plan suggest <file\.xlsx> --rep ID/],
    [["plan", "suggest", a, "--rep", "S1", "--month", "2026-13", "--lang", "en"], /--month: "2026-13" is not a month \(e\.g\. 2026-12\)/],
    [["plan", "suggest", a, "--rep", "S1", "--lang", "en"], /--month: missing month/],
    [["plan", "make", a, "--rep", "S1", "--month", "2026-12", "--lang", "en"], /unknown sub-command "make" \(there is only suggest\)/],
  ];
  for (const [argv, expected] of cases) {
    const run = capture();
    expect(await main(argv, run.io)).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(expected);
    expect(run.err[0]).not.toMatch(/[\u4e00-\u9fff]/);
  }
  const zh = capture();
  expect(await main(["plans", a, "--period", "2026-13"], zh.io)).toBe(2);
  expect(zh.err[0]).toContain("不是期间（例如 2026-Q4、2026-12 或 2026）。用法：kehu plans <file.xlsx> [--rep 工号]");
});
