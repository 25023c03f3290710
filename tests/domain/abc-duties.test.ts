import { abcDuties, dutyStatuses, isAboveRep } from "../../src/domain/abc-duties";
import type { FollowUp, Rowed, Staff } from "../../src/domain/log";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";

/** The first day of the period the classes were judged on: the 12 complete months before TODAY. */
const PERIOD_FROM = utcDate(2025, 11, 1);

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
    const [a] = dutyStatuses({ createdAt: utcDate(2024, 1, 1) }, "A", rows, duties, byManager, TODAY, PERIOD_FROM);
    expect([a.duty.kind, a.last?.row, a.due, a.daysLate]).toEqual(["managerVisit", rows[1].row, utcDate(2026, 11, 20), 3]);
  });

  it("takes a B customer's letter from 传真 or 邮件, starts a duty never done at 建档日期, and asks nothing of C", () => {
    const rows = [contact("S1", utcDate(2026, 6, 1), "邮件", "其他"), contact("S1", utcDate(2026, 10, 1), "电话", "咨询")];
    const b = dutyStatuses({ createdAt: utcDate(2026, 1, 10) }, "B", rows, duties, byManager, TODAY, PERIOD_FROM);
    expect(b.map((s) => [s.duty.kind, s.due, s.daysLate])).toEqual([
      ["visit", utcDate(2027, 1, 10), 0],
      ["letter", utcDate(2026, 12, 1), 0],
    ]);
    expect(dutyStatuses({}, "C", rows, duties, byManager, TODAY, PERIOD_FROM)).toEqual([]);
    // no 建档日期 and no contact: nothing says when the duty began
    expect(dutyStatuses({}, "A", [], duties, byManager, TODAY, PERIOD_FROM).map((s) => [s.due, s.daysLate])).toEqual([[undefined, 0]]);
  });

  it("counts from the latest of the last such contact, 建档日期 and the first day of the period the class was judged on", () => {
    const visit = contact("M1", utcDate(2024, 3, 5), "拜访");
    // on the books since 2017 with no manager's visit since 2024: due 6 months into the period, not in 2017 or 2024
    const [old] = dutyStatuses({ createdAt: utcDate(2017, 4, 26) }, "A", [visit], duties, byManager, TODAY, PERIOD_FROM);
    expect([old.counted, old.due, old.daysLate, old.last?.row]).toEqual([{ from: PERIOD_FROM, by: "period" }, utcDate(2026, 5, 1), 206, visit.row]);
    // created inside the period: from 建档日期; without one, from the first contact
    const [created] = dutyStatuses({ createdAt: utcDate(2026, 2, 10) }, "A", [], duties, byManager, TODAY, PERIOD_FROM);
    expect([created.counted, created.due, created.daysLate]).toEqual([{ from: utcDate(2026, 2, 10), by: "created" }, utcDate(2026, 8, 10), 105]);
    const call = contact("S1", utcDate(2026, 3, 2), "电话", "咨询");
    const [first] = dutyStatuses({}, "A", [call], duties, byManager, TODAY, PERIOD_FROM);
    expect([first.counted, first.due]).toEqual([{ from: utcDate(2026, 3, 2), by: "firstContact" }, utcDate(2026, 9, 2)]);
    // a visit in the period counts from itself
    const recent = contact("M1", utcDate(2026, 1, 15), "拜访");
    const [last] = dutyStatuses({ createdAt: utcDate(2017, 4, 26) }, "A", [visit, recent], duties, byManager, TODAY, PERIOD_FROM);
    expect([last.counted, last.due, last.daysLate]).toEqual([{ from: utcDate(2026, 1, 15), by: "last" }, utcDate(2026, 7, 15), 131]);
  });

  it("leaves out a duty 设置 sets to 0 months", () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.audit.abcLetterMonths = 0;
    expect(abcDuties(settings).map((d) => `${d.abc} ${d.kind} ${d.months}`)).toEqual(["A managerVisit 6", "B visit 12"]);
  });
});
