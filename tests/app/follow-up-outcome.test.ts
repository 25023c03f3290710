import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { serialFromDate, utcDate } from "../../src/domain/time";
import { followUpOutcome, movesSchedule } from "../../src/app/follow-up-outcome";

describe("what a follow-up changes for the customer", () => {
  it("re-grades and schedules the next follow-up by the new grade's cadence", () => {
    const out = followUpOutcome({ gradeAfter: "C", occurredAt: utcDate(2026, 1, 20, 16, 45) }, { row: 17, code: "C1" }, DEFAULT_SETTINGS);
    expect(out.nextDue).toEqual(utcDate(2026, 2, 4));
    expect(out.days).toBe(15);
    expect(out.updates).toEqual([
      { row: 17, key: { header: "客户编码", value: "C1" }, header: "客户等级", value: "C" },
      { row: 17, key: { header: "客户编码", value: "C1" }, header: "最近跟进", value: serialFromDate(utcDate(2026, 1, 20)) },
      { row: 17, key: { header: "客户编码", value: "C1" }, header: "下次跟进", value: serialFromDate(utcDate(2026, 2, 4)) },
    ]);
  });

  it("moves a due date off the weekend when 设置 says so", () => {
    // 2026-03-06 is a Friday; grade B (7 days) lands on Friday 03-13, grade A (1 day) on Saturday 03-07 → Monday 03-09
    const settings = { ...DEFAULT_SETTINGS, shiftHolidays: true };
    expect(followUpOutcome({ gradeAfter: "A", occurredAt: utcDate(2026, 3, 6, 9) }, { row: 2, code: "C1" }, settings).nextDue).toEqual(utcDate(2026, 3, 9));
    expect(followUpOutcome({ gradeAfter: "A", occurredAt: utcDate(2026, 3, 6, 9) }, { row: 2, code: "C1" }, DEFAULT_SETTINGS).nextDue).toEqual(utcDate(2026, 3, 7));
  });

  it("lets only a follow-up at least as recent as 最近跟进 reschedule the customer", () => {
    const out = followUpOutcome({ gradeAfter: "B", occurredAt: utcDate(2026, 3, 6, 17) }, { row: 2, code: "C1" }, DEFAULT_SETTINGS);
    expect(movesSchedule(undefined, out)).toBe(true);
    expect(movesSchedule(utcDate(2026, 3, 6), out)).toBe(true);
    expect(movesSchedule(utcDate(2026, 3, 7), out)).toBe(false);
  });
});
