import { computeAbc, defaultAbcPeriod, runAbc } from "../../src/app/abc";
import { dayRange } from "../../src/domain/periods";
import { dueList, followUpStatus, runDue } from "../../src/app/due";
import { readLog } from "../../src/app/read-log";
import type { Log } from "../../src/domain/log";
import { computeRoutes, routesReport, runRoutes, ROUTES_SHEET } from "../../src/app/routes";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { isoDate, utcDate } from "../../src/domain/time";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import type { Customer, FollowUp, Transaction } from "../../src/workbook";

const day = (iso: string, hour = 0) => {
  const [y, m, d] = iso.split("-").map(Number);
  return utcDate(y, m, d, hour);
};

function customer(code: string, more: Partial<Customer> = {}): Customer {
  return { code, name: `客户${code}`, grade: "C", rep: "S001", ...more };
}

let seq = 0;
function followUp(customer: string, at: Date, gradeAfter: FollowUp["gradeAfter"], more: Partial<FollowUp> = {}): FollowUp {
  return { id: `GJ-${++seq}`, customer, rep: "S001", occurredAt: at, description: "回访", status: "已完成", gradeAfter, ...more };
}

function order(customer: string, at: Date, amount: number, txType: Transaction["txType"] = "订单"): Transaction {
  return { id: `WL-${++seq}`, customer, rep: "S001", occurredAt: at, description: "订单", status: "已完成", txType, amount };
}

type MiniLog = Pick<Log, "customers" | "followUps" | "transactions" | "settings">;
function log(parts: { customers?: Customer[]; followUps?: FollowUp[]; transactions?: Transaction[]; settings?: Settings }): MiniLog {
  const rowed = <T>(xs: T[] = []) => xs.map((record, i) => ({ row: i + 2, record }));
  return { customers: rowed(parts.customers), followUps: rowed(parts.followUps), transactions: rowed(parts.transactions), settings: parts.settings ?? structuredClone(DEFAULT_SETTINGS) };
}

describe("due", () => {
  const today = day("2026-11-23");

  test("the latest follow-up sets the last contact and the grade in force", () => {
    const l = log({
      customers: [customer("K1", { grade: "D", lastFollowUp: day("2026-10-01") })],
      followUps: [followUp("K1", day("2026-11-10", 9), "B"), followUp("K1", day("2026-11-01", 9), "A")],
    });
    const [s] = followUpStatus(l, today);
    expect(s).toMatchObject({ grade: "B", gradeFrom: "followUp", daysOverdue: 6, cadenceDays: 7 });
    expect(isoDate(s.lastFollowUp!)).toBe("2026-11-10");
    expect(isoDate(s.due!)).toBe("2026-11-17");
  });

  test("the archive's 最近跟进 and 客户等级 count when later than the log or the log has none", () => {
    const l = log({
      customers: [customer("K1", { grade: "A", lastFollowUp: day("2026-11-20") }), customer("K2", { grade: "E", lastFollowUp: day("2026-01-01") })],
      followUps: [followUp("K1", day("2026-11-10"), "B")],
    });
    const [k1, k2] = followUpStatus(l, today);
    expect(k1).toMatchObject({ grade: "A", gradeFrom: "archive", daysOverdue: 2 });
    expect(k2).toMatchObject({ grade: "E", gradeFrom: "archive", daysOverdue: 0 });
  });

  test("a handover row is not a contact", () => {
    const l = log({
      customers: [customer("K1")],
      followUps: [followUp("K1", day("2026-11-01"), "C"), followUp("K1", day("2026-11-20"), "A", { serviceType: "交接" })],
    });
    expect(followUpStatus(l, today)[0]).toMatchObject({ grade: "C", daysOverdue: 7 });
  });

  test("the 设置 calendar shifts due dates off weekends", () => {
    const settings = { ...structuredClone(DEFAULT_SETTINGS), shiftHolidays: true };
    // Friday 2026-11-20 + 1 day = Saturday → Monday 11-23: due today, not overdue.
    const l = log({ customers: [customer("K1")], followUps: [followUp("K1", day("2026-11-20"), "A")], settings });
    expect(followUpStatus(l, today)[0]).toMatchObject({ daysOverdue: 0 });
    expect(isoDate(followUpStatus(l, today)[0].due!)).toBe("2026-11-23");
  });

  test("the list: only due or overdue, by grade, most overdue first, never followed up first in its grade, one rep", () => {
    const l = log({
      customers: [
        customer("K1", { grade: "B", lastFollowUp: day("2026-11-20") }), // not due
        customer("K2", { grade: "B", lastFollowUp: day("2026-11-01") }), // 15 days
        customer("K3", { grade: "B", lastFollowUp: day("2026-11-10") }), // 6 days
        customer("K4", { grade: "A", lastFollowUp: day("2026-11-22") }), // due today
        customer("K5", { grade: "B" }), // never
        customer("K6", { grade: "A", rep: "S002", lastFollowUp: day("2026-11-01") }),
      ],
    });
    expect(dueList(l, today).map((i) => i.code)).toEqual(["K6", "K4", "K5", "K2", "K3"]);
    expect(dueList(l, today, "S002").map((i) => i.code)).toEqual(["K6"]);
  });
});

describe("abc", () => {
  test("the default period is the 12 complete months before today's month", () => {
    const p = defaultAbcPeriod(day("2026-03-15"));
    expect([isoDate(p.from), isoDate(p.to)]).toEqual(["2025-03-01", "2026-02-28"]);
  });

  test("orders in the period only, shipments and payments ignored, customers without orders C", () => {
    const l = log({
      customers: [customer("K1", { abc: "C" }), customer("K2", { abc: "A" }), customer("K3")],
      transactions: [
        order("K1", day("2026-01-05"), 700),
        order("K2", day("2026-02-01"), 300),
        order("K2", day("2026-03-01"), 9000), // after the period
        order("K3", day("2026-01-10"), 5000, "回款"),
        order("K9", day("2026-01-10"), 50),
      ],
    });
    const r = computeAbc(l, dayRange(day("2026-01-01"), day("2026-02-28")));
    expect(r.customers.map((c) => [c.code, c.amount, c.abc, c.stored])).toEqual([
      ["K1", 700, "A", "C"],
      ["K2", 300, "B", "A"],
      ["K3", 0, "C", undefined],
    ]);
    expect(r.unknownCodes).toEqual(["K9"]);
    expect(r.summary.rows.map((x) => x.customers)).toEqual([1, 1, 1]);
  });
});

describe("routes", () => {
  test("every customer gets one stop; 路序 report lists routes and stops with links to 客户档案", () => {
    const l = log({
      customers: [
        customer("K1", { area: "华东", lat: 31.2, lng: 121.4 }),
        customer("K2", { area: "华东", lat: 31.3, lng: 121.5 }),
        customer("K3", { area: "华东", lat: 31.25, lng: 121.45 }),
        customer("K4", { area: "华东", district: "浦东", bearing: "东" }),
      ],
    });
    const r = computeRoutes(l, { maxStops: 2 });
    expect(r.stops.map((s) => s.code).sort()).toEqual(["K1", "K2", "K3", "K4"]);
    expect(r.routes.map((x) => [x.route, x.stops])).toEqual([["华东-R01", 2], ["华东-R02", 1], ["华东-R03", 1]]);
    expect(r.stops.find((s) => s.code === "K4")!.stopCode).toBe("华东-R03-01");
    const report = routesReport(r, day("2026-11-23"), "A");
    expect(report.sheet).toBe(ROUTES_SHEET);
    expect(report.blocks[1].rows).toHaveLength(4);
    expect(report.blocks[1].rows[0][3]).toEqual({ text: r.stops[0].code, link: { sheet: "客户档案", cell: `A${r.stops[0].row}` } });
  });
});

describe("against a real .xlsx (exceljs adapter)", () => {
  async function book(): Promise<XlsxWorkbook> {
    const wb = XlsxWorkbook.create();
    await setupWorkbook(wb);
    await appendRecords(wb, {
      customers: [
        customer("K1", { grade: "B", area: "华东", lat: 31.2, lng: 121.4, lastFollowUp: day("2026-11-01") }),
        customer("K2", { grade: "A", area: "华东", lat: 31.3, lng: 121.5, abc: "C" }),
        customer("K3", { grade: "C", area: "华南", district: "天河", bearing: "东" }),
      ],
      transactions: [order("K2", day("2026-05-01"), 900), order("K1", day("2026-05-01"), 100)],
      followUps: [followUp("K2", day("2026-11-20"), "A")],
    });
    return wb;
  }

  test("due, abc --write and routes --write go through the port", async () => {
    const wb = await book();
    const due = await runDue(wb, day("2026-11-23"));
    // a new workbook counts working days (设置 顺延节假日 是): due dates on a Sunday move to Monday
    expect(due.items.map((i) => [i.code, i.daysOverdue])).toEqual([["K2", 0], ["K1", 14], ["K3", 0]]);
    expect(due.items[2].due).toBeUndefined();

    const abc = await runAbc(wb, { today: day("2026-11-23"), write: true });
    expect(abc.written).toBe(3);
    const after = await readLog(wb);
    expect(after.customers.map((c) => [c.record.code, c.record.abc])).toEqual([["K1", "B"], ["K2", "A"], ["K3", "C"]]);
    expect((await runAbc(wb, { today: day("2026-11-23"), write: true })).written).toBe(0);

    await runRoutes(wb, { today: day("2026-11-23"), write: true });
    expect(await wb.sheetNames()).toContain(ROUTES_SHEET);
  });
});

describe("khInsights (kehu demo's printout)", () => {
  test("three lines: due, ABC summary, routes", async () => {
    const { khInsights } = await import("../../src/cli/commands/kh-insights");
    const l = log({
      customers: [
        customer("K1", { grade: "B", area: "华东", lat: 31.2, lng: 121.4, lastFollowUp: day("2026-11-01"), abc: "A" }),
        customer("K2", { grade: "A", area: "华东", lat: 31.3, lng: 121.5 }),
      ],
      transactions: [order("K2", day("2026-05-01"), 900), order("K1", day("2026-05-01"), 100)],
    }) as Log;
    const out = khInsights(l, day("2026-11-23"));
    expect(out.lines).toHaveLength(3);
    expect(out.lines[0]).toBe("今日跟进（2026-11-23）：2 位到期或逾期（A 1 · B 1），逾期最久 K1 15 天");
    expect(out.lines[1]).toContain("A 1 位 50.0%（理想 20.0%），销售 90.0%");
    expect(out.lines[1]).toContain("2 位 ABC类 与档案不同");
    expect(out.lines[2]).toMatch(/^路序：1 条路线，每条最多 20 站、两站相距不超过 150 km（最大 \d+ km），共 2 位客户，总里程 \d+ km$/);
    expect(out.json.routes).toMatchObject({ count: 1, customers: 2 });
  });
});
