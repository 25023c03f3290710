import { openKindOf } from "../../src/domain/customer-timeline";

test.each([
  ["complaints", { status: "处理中" }, "complaint"],
  ["complaints", { status: "已关闭" }, undefined],
  ["returns", { status: "已完成", returnStatus: "已收货" }, "return"],
  ["returns", { status: "处理中", returnStatus: "已退款" }, undefined],
  ["invoices", { status: "已完成", delivery: "已寄出" }, "invoice"],
  ["invoices", { status: "处理中", delivery: "已签收" }, undefined],
  ["samples", { status: "待处理" }, "sample"],
  ["followUps", { status: "已完成", promise: "下周送样", promiseKept: false }, "promise"],
  ["followUps", { status: "已完成", promise: "下周送样", promiseKept: true }, undefined],
  ["followUps", { status: "处理中", promise: "  " }, "event"],
  ["followUps", { status: "处理中", serviceType: "交接" }, undefined],
  ["transactions", { status: "待处理" }, "event"],
  ["marketSupport", { status: "已完成" }, undefined],
] as const)("%s %j is open as %s", (sheet, record, kind) => {
  expect(openKindOf(sheet, record)).toBe(kind);
});
