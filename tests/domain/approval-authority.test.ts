import { approvalStanding, isSupervisor } from "../../src/domain/approval-authority";
import type { Staff } from "../../src/domain/log";
import { utcDate } from "../../src/domain/time";

const DAY = utcDate(2026, 10, 1);
const staff: Staff[] = [
  { id: "M01", name: "周经理", role: "经理", active: true },
  { id: "S01", name: "张敏", role: "客服", manager: "m01", active: true },
  { id: "S02", name: "李强", manager: "S01", active: true },
  { id: "S03", name: "王芳", role: "主管", active: true, leftOn: utcDate(2026, 9, 30) },
  { id: "S04", name: "李强", active: true },
];
const reason = (approver: string | undefined, rep: string, day = DAY) => {
  const s = approvalStanding(approver, rep, staff, day);
  return s === undefined ? undefined : s.ok ? "ok" : s.reason;
};

describe("who may approve a rep's remedy", () => {
  it("lets the rep's 上级 (by ID in any case) and any 主管 or 经理 approve", () => {
    expect(reason("S01", "S02")).toBe("ok"); // S02's 上级, though only a 客服
    expect(reason(" m01 ", "S02")).toBe("ok");
    expect(reason("周经理", "S01")).toBe("ok");
    expect(reason("王芳", "S02", utcDate(2026, 9, 30))).toBe("ok"); // a 主管 on her last day
  });

  it("refuses a colleague, the rep, someone who left, a stranger and a name two members share", () => {
    expect(reason("S01", "S04")).toBe("notSupervisor");
    expect(reason("张敏", "S01")).toBe("self");
    expect(reason("S03", "S02")).toBe("inactive");
    expect(reason("刘总", "S02")).toBe("unknown");
    expect(reason("李强", "S01")).toBe("ambiguous");
  });

  it("judges nothing without an approver or without 员工 rows", () => {
    expect(reason(undefined, "S01")).toBeUndefined();
    expect(reason("  ", "S01")).toBeUndefined();
    expect(approvalStanding("S01", "S02", [], DAY)).toBeUndefined();
  });

  it("counts only 主管 and 经理 as supervisors", () => {
    expect(staff.map(isSupervisor)).toEqual([true, false, false, true, false]);
  });
});
