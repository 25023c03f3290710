import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { readLog } from "../../src/app/read-log";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { utcDate } from "../../src/domain/time";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";

const dir = mkdtempSync(join(tmpdir(), "kehu-kh-"));
const file = join(dir, "log.xlsx");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  await setupWorkbook(wb);
  const base = { rep: "S001", status: "已完成" as const, description: "x" };
  await appendRecords(wb, {
    customers: [
      { code: "K1", name: "甲公司", grade: "B", rep: "S001", area: "华东", lat: 31.2, lng: 121.4, lastFollowUp: utcDate(2026, 11, 1), abc: "C" },
      { code: "K2", name: "乙公司", grade: "A", rep: "S002", area: "华东", lat: 31.3, lng: 121.5 },
      { code: "K3", name: "丙公司", grade: "D", rep: "S001", area: "华南", district: "天河", bearing: "东", lastFollowUp: utcDate(2026, 11, 20) },
    ],
    transactions: [
      { ...base, id: "WL1", customer: "K1", occurredAt: utcDate(2026, 5, 1), txType: "订单", amount: 900 },
      { ...base, id: "WL2", customer: "K2", occurredAt: utcDate(2026, 5, 1), txType: "订单", amount: 100 },
    ],
    followUps: [{ ...base, id: "GJ1", customer: "K2", rep: "S002", occurredAt: utcDate(2026, 11, 21, 10), gradeAfter: "A" }],
  });
  await wb.save(file, { overwrite: true });
}, 60_000);

test("kehu due: by grade, most overdue first; --rep; --json", async () => {
  const c = capture();
  expect(await main(["due", file, "--today", "2026-11-23"], c.io)).toBe(0);
  expect(c.out[0]).toBe("今日跟进 2026年11月23日 星期一：3 位客户中 2 位今天到期或已逾期");
  expect(c.out.slice(1)).toEqual([
    "A 级（每 1 天）：1 位",
    // a new workbook counts working days (设置 顺延节假日 是): Sunday's due dates move to Monday
    "  K2  乙公司  客服 S002  最近跟进 2026-11-21  应跟进 2026-11-23  今天到期",
    "B 级（每 7 天）：1 位",
    "  K1  甲公司  客服 S001  最近跟进 2026-11-01  应跟进 2026-11-09  逾期 14 天",
  ]);
  const j = capture();
  expect(await main(["due", file, "--today", "2026-11-23", "--rep", "S001", "--json"], j.io)).toBe(0);
  const parsed = JSON.parse(j.out[0]);
  expect(parsed.due.map((d: { code: string; due: string }) => [d.code, d.due])).toEqual([["K1", "2026-11-09"]]);
});

test("kehu abc: summary, differences, --write fills ABC类 and saves", async () => {
  const c = capture();
  expect(await main(["abc", file, "--today", "2026-11-23"], c.io)).toBe(0);
  expect(c.out[0]).toBe("ABC 分类：2025-11-01 至 2026-10-31 的订单额，A 类累计 < 70.0%，B 类 < 95.0%");
  expect(c.out.join("\n")).toContain("K1  甲公司  ¥900.00  ABC类 C → A");
  const w = capture();
  expect(await main(["abc", file, "--today", "2026-11-23", "--write"], w.io)).toBe(0);
  expect(w.out[w.out.length - 1]).toContain("已写回 3 位客户的 ABC类");
  const log = await readLog(await XlsxWorkbook.open(file));
  expect(log.customers.map((r) => r.record.abc)).toEqual(["A", "B", "C"]);
  const bad = capture();
  expect(await main(["abc", file, "--from", "2026-07-01", "--to", "2026-01-01"], bad.io)).toBe(2);
}, 60_000);

test("kehu routes: routes listed; --write adds the 路序 sheet", async () => {
  const c = capture();
  expect(await main(["routes", file, "--max-stops", "1"], c.io)).toBe(0);
  expect(c.out[0]).toBe("路序：3 位客户，3 条路线（2 条按坐标，1 条按片区方位），每条最多 1 站，任意两站相距不超过 150 km");
  // by rep first: S001's routes (华东, 华南), then S002's
  expect(c.out.slice(1).map((l) => l.split(" ")[0])).toEqual(["华东-R01", "华南-R01", "华东-R02"]);
  expect(c.out[1]).toMatch(/^华东-R01 {2}S001 {2}1 站 {2}\d+\.\d km（跨度 0\.0 km，从区域中心出发）：K1$/);
  const given = capture();
  expect(await main(["routes", file, "--from", "31.23，121.47", "--json"], given.io)).toBe(0);
  expect(JSON.parse(given.out[0]).routes.filter((r: { depot?: unknown }) => r.depot).map((r: { depot: unknown; depotFrom: string }) => [r.depot, r.depotFrom])).toEqual([[{ lat: 31.23, lng: 121.47 }, "given"], [{ lat: 31.23, lng: 121.47 }, "given"]]);
  for (const bad of ["31.23", "95,121", "北京"]) {
    const b = capture();
    expect(await main(["routes", file, "--from", bad], b.io)).toBe(2);
    expect(b.err).toEqual([expect.stringContaining("--from 须为“纬度,经度”")]);
  }
  expect(await main(["routes", file, "--write"], capture().io)).toBe(0);
  expect(await (await XlsxWorkbook.open(file)).sheetNames()).toContain("路序");
  expect(await main(["routes", file, "--max-stops", "0"], capture().io)).toBe(2);
}, 60_000);
