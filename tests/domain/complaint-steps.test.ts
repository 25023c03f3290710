import { stepsOutOfOrder } from "../../src/domain/complaint-steps";
import type { Complaint } from "../../src/domain/log";
import { utcDate } from "../../src/domain/time";

const d = (day: number, h = 9) => utcDate(2026, 10, day, h);
const done: Complaint = {
  id: "TS-1", customer: "K1", rep: "S01", occurredAt: d(1), description: "投诉", status: "已完成", complaintKind: "服务",
  object: "态度", request: "道歉", validity: "有效", responsibleDept: "客服部", responsiblePerson: "王工",
  causeAnalysis: "排班不足", liability: "公司", remedy: "换货", approver: "M01", approvedAt: d(2),
  implementedAt: d(3), notifiedAt: d(3, 15), customerFeedback: "满意", lessons: "排班", correctiveAction: "增员", closedAt: d(4),
};
const open = (more: Partial<Complaint>): Complaint => ({ ...done, status: "处理中", ...more });
const blank = (...keys: (keyof Complaint)[]) => Object.fromEntries(keys.map((k) => [k, undefined])) as Partial<Complaint>;
const LATER = blank("approver", "approvedAt", "implementedAt", "notifiedAt", "customerFeedback", "lessons", "correctiveAction", "closedAt");

describe("complaint steps in order", () => {
  it("names the first date earlier than a step it follows, by whole days", () => {
    expect(stepsOutOfOrder(done, true)).toBeUndefined();
    const early = stepsOutOfOrder({ ...done, implementedAt: d(1, 18) }, true);
    expect(early).toMatchObject({ kind: "dated", column: "implementedAt", before: { column: "approvedAt" } });
    // told before it was approved, with the work done after: still out of order
    expect(stepsOutOfOrder({ ...done, notifiedAt: d(1, 18) }, true)).toMatchObject({ column: "notifiedAt", before: { column: "approvedAt" } });
    expect(stepsOutOfOrder({ ...done, closedAt: d(2) }, true)).toMatchObject({ column: "closedAt", before: { column: "implementedAt" } });
    expect(stepsOutOfOrder({ ...done, approvedAt: utcDate(2026, 9, 30) }, true)).toMatchObject({ column: "approvedAt", before: { column: "occurredAt" } });
  });

  it("accepts the same day in any order of hours, and two dates of one step either way round", () => {
    expect(stepsOutOfOrder({ ...done, approvedAt: d(2, 17), implementedAt: d(2, 8) }, true)).toBeUndefined();
    expect(stepsOutOfOrder({ ...done, notifiedAt: d(2, 12), implementedAt: d(3) }, true)).toBeUndefined();
  });

  it("flags an open complaint with a step filled past a blank one, pointing at the blank step", () => {
    expect(stepsOutOfOrder(open({ ...LATER, remedy: undefined }), false)).toBeUndefined();
    const skipped = stepsOutOfOrder(open({ ...LATER, remedy: undefined, approver: "M01" }), false);
    expect(skipped).toMatchObject({ kind: "skipped", column: "remedy", later: { n: 6 }, skipped: { n: 5 } });
    expect(stepsOutOfOrder(open({ ...LATER, implementedAt: d(3) }), false)).toMatchObject({ column: "approver", later: { n: 7 } });
  });

  it("leaves a closed complaint's gaps to the steps rule, and asks an invalid one only for steps 1–2", () => {
    expect(stepsOutOfOrder({ ...done, remedy: undefined }, true)).toBeUndefined();
    expect(stepsOutOfOrder(open({ ...blank("responsibleDept", "responsiblePerson", "causeAnalysis", "liability", "remedy"), validity: "无效" }), false)).toBeUndefined();
    expect(stepsOutOfOrder(open({ object: undefined, request: undefined }), false)).toMatchObject({ column: "object", later: { n: 2 } });
  });
});
