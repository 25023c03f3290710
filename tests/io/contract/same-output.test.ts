import { readLog } from "../../../src/app/read-log";
import { setupWorkbook } from "../../../src/app/setup";
import { complaintsSheet } from "../../../src/workbook";
import type { Cell } from "../../../src/io/port";
import { officeHarness, xlsxHarness, type PortHarness } from "./harness";
import { logScript } from "./port-contract";

async function history(h: PortHarness) {
  const row = (values: Record<string, Cell>): Cell[] => complaintsSheet.columns.map((c) => values[c.key] ?? null);
  await h.seedTable(complaintsSheet.name, complaintsSheet.table, complaintsSheet.columns.map((c) => c.header), [
    row({ id: "TS-A", customer: "C002", rep: "S001", occurredAt: 46000.5, description: "旧投诉", complaintKind: "服务", status: "已关闭" }),
    row({ id: "TS-B", customer: "C002", rep: "S001", occurredAt: "下周", description: "坏日期", complaintKind: "服务", status: "已关闭" }),
  ]);
  await setupWorkbook(h.port);
  await logScript(h.port);
  await h.reopen();
  return readLog(h.port);
}

test("both adapters read the same workbook history into the same records and problems", async () => {
  const office = await history(officeHarness());
  const xlsx = await history(xlsxHarness());
  expect(office.problems.length).toBeGreaterThan(0);
  expect(office.complaints.length).toBe(2);
  expect(office).toEqual(xlsx);
});
