import { createExcelFake } from "../support/excel-fake";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { readLog } from "../../src/app/read-log";
import { logEntry } from "../../src/app/log-follow-up";
import { isoDate, utcDate } from "../../src/domain/time";
import { COMPLAINT_KINDS } from "../../src/domain/vocabulary";
import { runAudit } from "../../src/app/audit";
import { generateDemoLog } from "../../src/demo";
import type { WorkbookPort } from "../../src/io/port";

const now = utcDate(2026, 11, 23, 10);
const options = { now, random: () => 0.5 };

async function workbook() {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  await appendRecords(port, {
    staff: [{ id: "E1", name: "王芳", active: true }, { id: "E2", name: "李强", active: false }, { id: "E3", name: "周经理", role: "经理", active: true }],
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

  it("refuses a complaint's remedy approved by someone who may not approve it, naming who may", async () => {
    const { port } = await workbook();
    const complaint = (approver: string) => ({ customer: "KH1", rep: "E1", occurredAt: "2026-11-22 09:30", description: "包装破损", status: "处理中", complaintKind: COMPLAINT_KINDS[0], remedy: "换货", approver, approvedAt: "2026-11-23 09:00" });
    const self = await logEntry(port, "complaints", complaint("王芳"), options);
    expect(self).toMatchObject({ ok: false, problems: [{ sheet: "投诉", code: "rule", header: "审批人", value: "王芳" }] });
    if (self.ok) return;
    expect(self.problems[0].detail).toBe("审批人王芳（E1）就是经办客服本人：须由其上级或主管审批。请填写E1的上级或主管的工号（如 E3）");
    expect(self.problems[0].detailEn).toContain('Type the staff ID of the manager of "E1" or of a supervisor (e.g. E3)');
    expect((await readLog(port, { sheets: ["complaints"] })).complaints).toEqual([]);
    expect(await logEntry(port, "complaints", complaint("周经理"), options)).toMatchObject({ ok: true });
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

describe("a logged follow-up as the audit and 今日跟进 see it", () => {
  it("fills 处理结果 and 总结 from 跟进结果: the logged row is no audit finding, where a finished row without them is", async () => {
    const { port } = await workbook();
    await appendRecords(port, { followUps: [{ id: "GJ-OLD", customer: "KH2", rep: "E1", occurredAt: utcDate(2026, 11, 20, 9), description: "电话", gradeAfter: "B", status: "已完成", result: "已下单" }] });
    const logged = await logEntry(port, "followUps", followUp(), options);
    if (!logged.ok) throw new Error(JSON.stringify(logged.problems));
    const row = (await readLog(port, { sheets: ["followUps"] })).followUps.find((f) => f.row === logged.row)!.record;
    expect([row.result, row.resolution, row.summary]).toEqual(["下周下单", "下周下单", "下周下单"]);
    const { result } = await runAudit(port, now);
    const incomplete = result.findings.filter((f) => f.rule === "records.incomplete" && f.ref.sheet === "followUps");
    // the row appended without 处理结果/总结 is found; the one logged through logEntry is not
    expect(incomplete.map((f) => f.ref.row)).toEqual([2]);
    expect(logged.row).toBe(3);
    expect(result.findings.filter((f) => f.ref.sheet === "followUps" && f.ref.row === logged.row)).toEqual([]);
  });

  it("reads of 跟进记录 after the append only what a due date needs: the same outcome as a whole read, in the same syncs, for fewer bytes", async () => {
    const today = utcDate(2026, 11, 23, 10);
    const demo = async () => {
      const fake = createExcelFake();
      const port = new OfficeWorkbook(fake.run);
      await setupWorkbook(port);
      await appendRecords(port, generateDemoLog({ customers: 60, seed: 20260305, today }).records);
      fake.stats.reset();
      return { fake, port };
    };
    const [narrow, whole] = [await demo(), await demo()];
    // the same workbook behind a port that ignores the column hint (an adapter may): every read is whole
    const ignoring = new Proxy(whole.port, {
      get: (target, key) => (key === "readTables" ? (sheets: readonly string[]) => target.readTables(sheets) : (target as unknown as Record<string | symbol, unknown>)[key]),
    }) as WorkbookPort;
    const customer = (await readLog(narrow.port, { sheets: ["customers"] })).customers[0].record;
    const entry = followUp({ customer: customer.code, rep: customer.rep, gradeAfter: "A" });
    const measure = async (fake: ReturnType<typeof createExcelFake>, port: WorkbookPort) => {
      fake.stats.reset();
      const result = await logEntry(port, "followUps", entry, { ...options, now: today });
      return { result, syncs: fake.stats.syncs, bytes: fake.stats.records.reduce((n, r) => n + r.responseBytes, 0) };
    };
    const a = await measure(narrow.fake, narrow.port);
    const b = await measure(whole.fake, ignoring);
    if (!a.result.ok) throw new Error(JSON.stringify(a.result.problems));
    expect(a.result.next).toBeTruthy();
    expect(a.result.rescheduled).toBeDefined();
    expect(a.result).toEqual(b.result);
    expect(a.syncs).toBe(b.syncs);
    expect(a.bytes).toBeLessThan(b.bytes * 0.75);
  }, 60_000);
});
