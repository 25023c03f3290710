import { groupDue, repsOf, type DueEntry } from "../../src/taskpane/due-groups";
import { utcDate } from "../../src/domain/time";

const e = (code: string, grade: DueEntry["grade"], rep: string, daysOverdue: number, never = false): DueEntry => ({
  code, name: code, grade, rep, row: 2, daysOverdue, due: never ? undefined : utcDate(2026, 3, 1),
});

describe("the 今日跟进 grouping", () => {
  const entries = [e("K5", "C", "E1", 3), e("K1", "A", "E2", 0), e("K2", "A", "E1", 9), e("K3", "A", "E1", 9), e("K4", "C", "E2", 0, true), e("K6", "E", "E1", 40)];

  it("groups by grade A→E, most overdue first, never-followed-up on top, ties by code", () => {
    const groups = groupDue(entries);
    expect(groups.map((g) => g.grade)).toEqual(["A", "C", "E"]);
    expect(groups[0].entries.map((x) => x.code)).toEqual(["K2", "K3", "K1"]);
    expect(groups[1].entries.map((x) => x.code)).toEqual(["K4", "K5"]);
  });

  it("filters by rep and drops grades left empty", () => {
    const groups = groupDue(entries, "E2");
    expect(groups.map((g) => [g.grade, g.entries.map((x) => x.code)])).toEqual([["A", ["K1"]], ["C", ["K4"]]]);
    expect(groupDue(entries, "  ")).toHaveLength(3);
  });

  it("offers each rep once", () => {
    expect(repsOf(entries)).toEqual(["E1", "E2"]);
  });
});
