import { audit, type Finding } from "../../../src/domain/audit";
import { buildAuditFixture } from "../../fixtures/audit/fixture";
import type { Planted } from "../../fixtures/audit/builder";

const key = (f: Planted | Finding) => `${f.rule} ${f.customer} ${f.ref.sheet}!${f.ref.column}${f.ref.row}`;

describe("audit on the planted fixture", () => {
  const fixture = buildAuditFixture();
  const result = audit(fixture.log, fixture.today);

  it("finds every planted case and nothing else", () => {
    expect(result.findings.map(key).sort()).toEqual(fixture.planted.map(key).sort());
  });

  it("plants at least one case of every rule family", () => {
    const families = new Set(fixture.planted.map((p) => p.rule.split(".")[0]));
    expect([...families].sort()).toEqual(["abc", "cadence", "complaint", "credit", "feedback", "invoice", "plans", "promise", "receivables", "records", "return", "sales", "samples"]);
  });

  it("flags none of the clean customers", () => {
    const flagged = new Set(result.findings.map((f) => f.customer));
    for (const c of fixture.clean) expect(flagged.has(c)).toBe(false);
  });

  it("gives every finding a severity, a rep and a sentence in both languages", () => {
    for (const f of result.findings) {
      expect(["高", "中", "低"]).toContain(f.severity);
      expect(f.rep).not.toBe("");
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      // English apart from quoted user text (a promise, a category).
      expect(f.message.en.replace(/"[^"]*"/g, "")).toMatch(/^[\x20-\x7e¥×…]+$/);
    }
  });
});

describe("who a finding is charged to", () => {
  const fixture = buildAuditFixture();
  const result = audit(fixture.log, fixture.today);
  const of = (rule: string, customer: string) => result.findings.filter((f) => f.rule === rule && f.customer === customer);

  it("charges a lapse that began before a handover to the rep who had the customer then", () => {
    expect(of("cadence.lapse", "P27").map((f) => f.rep)).toEqual(["S01"]);
    // the gap that opened after P01's handover is the new rep's
    expect(of("cadence.lapse", "P01").map((f) => f.rep)).toEqual(["S03"]);
  });

  it("charges a department's plan to the head of the department, or of the nearest one above that names one", () => {
    const dept = result.findings.filter((f) => f.rule === "plans.belowMinimum" && f.message.zh.includes("FA-DEPT"));
    expect(dept.map((f) => f.rep)).toEqual(["S02"]);
    expect(dept[0].message.zh).toContain("由部门负责人 S02 负责");
    // with no head anywhere up the tree it is charged to nobody and says where to name one
    const headless = buildAuditFixture();
    for (const d of headless.log.departments) delete d.record.head;
    const unowned = audit(headless.log, headless.today).findings.filter((f) => f.rule === "plans.belowMinimum" && f.message.zh.includes("FA-DEPT"));
    expect(unowned.map((f) => f.rep)).toEqual([""]);
    expect(unowned[0].message.en).toContain("fill in 负责人 in Departments");
  });

  it("names the rep who left, or the ID 员工 does not know, in the cell's message", () => {
    expect(of("records.repGone", "P25")[0].message.zh).toContain("赵磊（S04）已不在职");
    expect(of("records.repGone", "P26")[0].message.en).toContain('"S09" is not on the Staff sheet');
  });
});
