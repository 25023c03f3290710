import type { Log } from "../../src/domain/log";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";
import { customerTimeline, openItems } from "../../src/domain/customer-timeline";
import { filterTimeline } from "../../src/taskpane/timeline";
import { locationText } from "../../src/taskpane/timeline-text";

const base = (id: string, customer: string, day: number, extra: Record<string, unknown> = {}) => ({
  id, customer, rep: "E1", occurredAt: utcDate(2026, 3, day, 10), description: `事件 ${id}`, status: "已完成", ...extra,
});

function log(): Log {
  return {
    customers: [], staff: [], settings: DEFAULT_SETTINGS, problems: [], marketSupport: [], samples: [],
    transactions: [{ row: 2, record: base("WL1", "K1", 1, { txType: "订单", amount: 100 }) }],
    complaints: [
      { row: 2, record: base("TS1", "K1", 3, { complaintKind: "产品质量", status: "处理中" }) },
      { row: 3, record: base("TS2", "K1", 4, { complaintKind: "服务", status: "已关闭" }) },
      { row: 4, record: base("TS3", "K2", 5, { complaintKind: "服务", status: "待处理" }) },
    ],
    returns: [{ row: 2, record: base("TH1", "K1", 2, { item: "灯", quantity: 1, reason: "坏", mode: "换货", returnStatus: "已批准" }) }],
    invoices: [{ row: 2, record: base("FP1", "K1", 6, { invoiceNo: "001", title: "华信", amount: 5, delivery: "已签收" }) }],
    followUps: [
      { row: 2, record: base("GJ1", "K1", 7, { gradeAfter: "B", promise: "下周送样", promiseDue: utcDate(2026, 3, 14) }) },
      { row: 3, record: base("GJ2", "K1", 7, { gradeAfter: "B", promise: "回电", promiseKept: true }) },
    ],
  } as unknown as Log;
}

describe("a customer's timeline", () => {
  const timeline = customerTimeline(log(), "K1");

  it("takes every event sheet, only this customer, newest first", () => {
    expect(timeline.map((t) => t.record.id)).toEqual(["GJ2", "GJ1", "FP1", "TS2", "TS1", "TH1", "WL1"]);
    expect(timeline[0].sheetKey).toBe("followUps");
    expect(locationText(timeline[0], "zh")).toBe("跟进记录 第 3 行");
    expect(locationText(timeline[0], "en")).toBe("Follow-ups row 3");
  });

  it("puts open items on top: open complaints, pending returns, unkept promises", () => {
    const open = openItems(timeline);
    expect(open.map((o) => [o.kind, o.entry.record.id])).toEqual([["complaint", "TS1"], ["return", "TH1"], ["promise", "GJ1"]]);
    expect(open[2].due).toEqual(utcDate(2026, 3, 14));
  });

  it("filters by kind, date range (inclusive) and keyword", () => {
    expect(filterTimeline(timeline, { kind: "complaints" }).map((t) => t.record.id)).toEqual(["TS2", "TS1"]);
    expect(filterTimeline(timeline, { from: utcDate(2026, 3, 3), to: utcDate(2026, 3, 4) }).map((t) => t.record.id)).toEqual(["TS2", "TS1"]);
    expect(filterTimeline(timeline, { keyword: "送样" }).map((t) => t.record.id)).toEqual(["GJ1"]);
    expect(filterTimeline(timeline, {})).toHaveLength(7);
  });
});
