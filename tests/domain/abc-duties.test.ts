import { abcDuties, dutyStatuses, isAboveRep } from "../../src/domain/abc-duties";
import type { FollowUp, Rowed, Staff } from "../../src/domain/log";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";

const TODAY = utcDate(2026, 11, 23);
const staff: Staff[] = [
  { id: "S1", name: "张敏", manager: "S2", role: "客服" },
  { id: "S2", name: "李强", role: "客服" },
  { id: "S3", name: "王芳", role: "客服" },
  { id: "M1", name: "周经理", role: "经理" },
  { id: "M2", name: "吴主管", role: "主管", active: false },
];
let row = 1;
const contact = (rep: string, at: Date, source: FollowUp["source"], serviceType: FollowUp["serviceType"] = "拜访"): Rowed<FollowUp> => ({
  row: ++row,
  record: { id: `GJ${row}`, customer: "K1", rep, occurredAt: at, source, serviceType, description: "x", status: "已完成", gradeAfter: "B" },
});

describe("who stands above the rep for an A customer's visit", () => {
  it("is the rep's 上级 or a 主管/经理 still employed, never the rep, and anyone when 员工 is empty", () => {
    expect(["S2", "m1", "S1", "S3", "M2", "X9"].map((v) => isAboveRep(v, "S1", staff, TODAY))).toEqual([true, true, false, false, false, false]);
    expect(isAboveRep("S3", "S1", [], TODAY)).toBe(true);
  });
});

describe("where a customer stands on its class's duties", () => {
  const duties = abcDuties(DEFAULT_SETTINGS);
  const byManager = (f: Pick<FollowUp, "rep" | "occurredAt">) => isAboveRep(f.rep, "S1", staff, f.occurredAt);

  it("counts from the last contact that carries the duty out, a handover or the rep's own visit not being one", () => {
    const rows = [contact("S1", utcDate(2026, 10, 1), "拜访"), contact("M1", utcDate(2026, 5, 20), "来访"), contact("M1", utcDate(2026, 10, 2), "拜访", "交接")];
    const [a] = dutyStatuses({ createdAt: utcDate(2024, 1, 1) }, "A", rows, duties, byManager, TODAY);
    expect([a.duty.kind, a.last?.row, a.due, a.daysLate]).toEqual(["managerVisit", rows[1].row, utcDate(2026, 11, 20), 3]);
  });

  it("takes a B customer's letter from 传真 or 邮件, starts a duty never done at 建档日期, and asks nothing of C", () => {
    const rows = [contact("S1", utcDate(2026, 6, 1), "邮件", "其他"), contact("S1", utcDate(2026, 10, 1), "电话", "咨询")];
    const b = dutyStatuses({ createdAt: utcDate(2026, 1, 10) }, "B", rows, duties, byManager, TODAY);
    expect(b.map((s) => [s.duty.kind, s.due, s.daysLate])).toEqual([
      ["visit", utcDate(2027, 1, 10), 0],
      ["letter", utcDate(2026, 12, 1), 0],
    ]);
    expect(dutyStatuses({}, "C", rows, duties, byManager, TODAY)).toEqual([]);
    // no 建档日期 and no contact: nothing says when the duty began
    expect(dutyStatuses({}, "A", [], duties, byManager, TODAY).map((s) => [s.due, s.daysLate])).toEqual([[undefined, 0]]);
  });

  it("leaves out a duty 设置 sets to 0 months", () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.audit.abcLetterMonths = 0;
    expect(abcDuties(settings).map((d) => `${d.abc} ${d.kind} ${d.months}`)).toEqual(["A managerVisit 6", "B visit 12"]);
  });
});
