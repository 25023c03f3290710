import { audit } from "../../../src/domain/audit";
import { buildAuditFixture } from "../../fixtures/audit/fixture";
import { LogBuilder } from "../../fixtures/audit/builder";
import { utcDate } from "../../../src/domain/time";

describe("receivables rules", () => {
  const fixture = buildAuditFixture();
  const findings = audit(fixture.log, fixture.today).findings;

  it("charges an overdue balance to the customer's responsible rep, and an order over the limit to whoever entered it", () => {
    const overdue = findings.find((f) => f.rule === "receivables.overdue")!;
    expect([overdue.customer, overdue.rep, overdue.daysLate]).toEqual(["P21", "S01", 84]);
    expect(overdue.message.zh).toContain("¥3,000.00");
    const credit = findings.find((f) => f.rule === "credit.overLimit")!;
    expect([credit.customer, credit.rep]).toEqual(["P22", "S03"]);
    expect(credit.message.zh).toContain("¥23,000.00");
  });

  it("follows 设置's overdue limit and ignores orders after the audit day", () => {
    const b = new LogBuilder();
    b.customer({ code: "K", name: "k", grade: "D", rep: "S1", paymentTerms: "款到发货", creditLimit: 100 });
    b.shipment("K", "S1", utcDate(2026, 10, 24), 50); // 30 days overdue on 11-23
    b.order("K", "S1", utcDate(2026, 11, 24), 500);
    const today = utcDate(2026, 11, 23);
    expect(audit(b.log, today).findings.filter((f) => f.rule.startsWith("receivables") || f.rule.startsWith("credit"))).toEqual([]);
    b.log.settings.receivables.overdueLimitDays = 29;
    expect(audit(b.log, today).findings.map((f) => f.rule)).toContain("receivables.overdue");
    expect(audit(b.log, utcDate(2026, 11, 24)).findings.map((f) => f.rule)).toContain("credit.overLimit");
  });
});
