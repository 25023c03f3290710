import { createExcelFake } from "../support/excel-fake";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { readLog } from "../../src/app/read-log";
import { logEntry } from "../../src/app/log-follow-up";
import { isoDate, utcDate } from "../../src/domain/time";
import { COMPLAINT_KINDS } from "../../src/domain/vocabulary";

const now = utcDate(2026, 11, 23, 10);
const options = { now, random: () => 0.5 };

async function workbook() {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  await appendRecords(port, {
    staff: [{ id: "E1", name: "王芳", active: true }, { id: "E2", name: "李强", active: false }],
    customers: [
      { code: "KH1", name: "北京华信", grade: "C", rep: "E1", lastFollowUp: utcDate(2026, 10, 1), nextDue: utcDate(2026, 10, 16) },
      { code: "KH2", name: "上海永达", grade: "B", rep: "E1", lastFollowUp: utcDate(2026, 11, 1), nextDue: utcDate(2026, 11, 8) },
      { code: "KH3", name: "广州明辉", grade: "A", rep: "E1", lastFollowUp: utcDate(2026, 11, 22), nextDue: utcDate(2026, 11, 23) },
    ],
  });
  return { fake, port };
}

const followUp = (more: Record<string, unknown> = {}) => ({ customer: "KH1", rep: "E1", occurredAt: "2026-11-23 09:30", description: "电话回访", status: "已完成", result: "下周下单", gradeAfter: "B", ...more });

describe("logging a follow-up and rescheduling (app/log-follow-up.ts)", () => {
  it("appends the row, re-grades and reschedules the customer in 客户档案, and names the next customer due", async () => {
    const { port } = await workbook();
    const result = await logEntry(port, "followUps", followUp(), options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.row).toBe(2);
    expect(result.rescheduled).toMatchObject({ grade: "B", days: 7 });
    expect(isoDate(result.rescheduled!.nextDue)).toBe("2026-11-30");
    // KH3 (A, due today) comes before KH2 (B, 15 days overdue) in 今日跟进's order; KH1 is no longer due
    expect(result.next?.code).toBe("KH3");

    const log = await readLog(port, { sheets: ["customers", "followUps"] });
    const kh1 = log.customers.find((c) => c.record.code === "KH1")!.record;
    expect(kh1.grade).toBe("B");
    expect(isoDate(kh1.lastFollowUp!)).toBe("2026-11-23");
    expect(isoDate(kh1.nextDue!)).toBe("2026-11-30");
    expect(log.followUps.map((f) => [f.record.customer, f.record.gradeAfter, f.record.resolution])).toEqual([["KH1", "B", "下周下单"]]);
    expect(log.followUps[0].record.id).toBe(result.id);
  });

  it("a follow-up older than 最近跟进 is logged but moves nothing back", async () => {
    const { port } = await workbook();
    const result = await logEntry(port, "followUps", followUp({ customer: "KH3", occurredAt: "2026-11-20 09:00", gradeAfter: "D" }), options);
    expect(result).toMatchObject({ ok: true, rescheduled: undefined });
    const kh3 = (await readLog(port, { sheets: ["customers"] })).customers.find((c) => c.record.code === "KH3")!.record;
    expect(kh3.grade).toBe("A");
    expect(isoDate(kh3.nextDue!)).toBe("2026-11-23");
  });

  it("says when nobody else is due", async () => {
    const { port } = await workbook();
    await logEntry(port, "followUps", followUp({ customer: "KH2" }), options);
    await logEntry(port, "followUps", followUp({ customer: "KH3" }), options);
    const last = await logEntry(port, "followUps", followUp(), options);
    expect(last).toMatchObject({ ok: true, next: null });
  });

  it("writes nothing when the codec or the workbook's rules object", async () => {
    const { port } = await workbook();
    const bad = await logEntry(port, "followUps", followUp({ gradeAfter: "Z" }), options);
    expect(bad.ok).toBe(false);
    const inactive = await logEntry(port, "followUps", followUp({ rep: "E2" }), options);
    expect(inactive).toMatchObject({ ok: false, problems: [{ sheet: "跟进记录", code: "rule", header: "客服工号" }] });
    const noCustomer = await logEntry(port, "followUps", followUp({ customer: undefined }), options);
    expect(noCustomer).toMatchObject({ ok: false, problems: [{ header: "客户编码" }] });
    expect((await readLog(port, { sheets: ["followUps"] })).followUps).toEqual([]);
  });

  it("logs other events without touching 客户档案", async () => {
    const { port } = await workbook();
    const result = await logEntry(port, "complaints", { customer: "KH1", rep: "E1", occurredAt: "2026-11-23 09:30", description: "包装破损", status: "处理中", complaintKind: COMPLAINT_KINDS[0] }, options);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rescheduled).toBeUndefined();
    expect(result.next).toBeUndefined();
    const kh1 = (await readLog(port, { sheets: ["customers"] })).customers.find((c) => c.record.code === "KH1")!.record;
    expect(kh1.grade).toBe("C");
  });
});
