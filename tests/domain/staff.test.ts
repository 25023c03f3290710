import { isActiveOn } from "../../src/domain/staff";
import { utcDate } from "../../src/domain/time";

describe("who is active on a day", () => {
  const day = utcDate(2026, 11, 23);
  test.each([
    ["no flag, no 离职日期", {}, true],
    ["在职 = 是", { active: true }, true],
    ["在职 = 否", { active: false }, false],
    ["在职 = 否 with a future 离职日期", { active: false, leftOn: utcDate(2027, 1, 1) }, false],
    ["离职日期 yesterday (在职 still 是)", { active: true, leftOn: utcDate(2026, 11, 22) }, false],
    ["离职日期 today: the last day worked", { active: true, leftOn: utcDate(2026, 11, 23, 18) }, true],
    ["离职日期 tomorrow", { leftOn: utcDate(2026, 11, 24) }, true],
  ])("%s", (_name, member, expected) => {
    expect(isActiveOn(member, day)).toBe(expected);
  });
});

describe("who worked here during a period", () => {
  const { workedDuring } = jest.requireActual("../../src/domain/staff") as typeof import("../../src/domain/staff");
  const from = utcDate(2026, 10, 1);
  const to = utcDate(2026, 12, 31);
  test.each([
    ["listed, nothing else", {}, true],
    ["left in the period (在职 = 否)", { active: false, leftOn: utcDate(2026, 10, 15) }, true],
    ["left before it", { active: false, leftOn: utcDate(2026, 9, 30) }, false],
    ["在职 = 否 with no date", { active: false }, false],
    ["joined after it", { joinedOn: utcDate(2027, 1, 4) }, false],
    ["joined on its last day", { joinedOn: utcDate(2026, 12, 31) }, true],
  ])("%s", (_name, member, expected) => {
    expect(workedDuring(member, from, to)).toBe(expected);
  });
});
