import { inReps, knownRepId } from "../../src/domain/staff-roster";

describe("knownRepId: whom a 工号 given to a command names", () => {
  const staff = [{ id: "S01" }, { id: " e002 " }];
  const customerReps = ["S01", "s09", "S09", ""];
  it.each([
    ["S01", "S01", "listed in 员工"],
    ["s01", "S01", "ignoring case, spelled as 员工 spells it"],
    [" E002", "e002", "ignoring spaces on either side"],
    ["S09", "s09", "not in 员工 but still 负责客服 of a customer: as the first such customer spells it"],
    ["S999", undefined, "nobody"],
    ["", undefined, "blank"],
    ["  ", undefined, "blank after trimming (a blank 负责客服 is not a rep)"],
  ] as [string, string | undefined, string][])("%s → %s (%s)", (rep, expected) => {
    expect(knownRepId(rep, staff, customerReps)).toBe(expected);
  });

  it("with an empty 员工, only the customers' reps are known", () => {
    expect(knownRepId("S09", [], customerReps)).toBe("s09");
    expect(knownRepId("S02", [], customerReps)).toBeUndefined();
  });
});

describe("inReps: whether a rep is in a scope of the company", () => {
  it("matches a 工号 however it is spelled, and nobody else", () => {
    const inScope = inReps(new Set(["S002", " s005 "]));
    expect([" s002", "S005", "S002 "].map(inScope)).toEqual([true, true, true]);
    expect(["S003", "", undefined].map(inScope)).toEqual([false, false, false]);
  });

  it("without a scope everyone is in, even a row with no rep", () => {
    const everyone = inReps(undefined);
    expect(["S003", "", undefined].map(everyone)).toEqual([true, true, true]);
  });
});
