import { suggestGrade } from "../../src/app/grade-suggestion";
import { audit } from "../../src/domain/audit";
import { buildAuditFixture } from "../fixtures/audit/fixture";

describe("suggestGrade (the 跟进 form's hint)", () => {
  const { log, today } = buildAuditFixture();
  const flagged = new Set(audit(log, today).findings.filter((f) => f.rule === "sales.gradeMismatch").map((f) => f.customer));

  it("suggests another grade exactly where the audit's grade rule finds one out of line", () => {
    for (const c of log.customers) {
      const fit = suggestGrade(log, c.record.code, today)!;
      expect([c.record.code, fit.suggested !== fit.grade]).toEqual([c.record.code, flagged.has(c.record.code)]);
    }
  });

  it("names the grade the log implies: B for the steady buyer graded C, C for the ABC A customer graded D", () => {
    expect(suggestGrade(log, "P23", today)).toMatchObject({ grade: "C", suggested: "B" });
    expect(suggestGrade(log, "P24", today)).toMatchObject({ grade: "D", suggested: "C" });
    expect(suggestGrade(log, "NOPE", today)).toBeUndefined();
  });
});
