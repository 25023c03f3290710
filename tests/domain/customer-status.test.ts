import { followUpStatus } from "../../src/app/due";
import { audit } from "../../src/domain/audit";
import { customerStatuses, gradeAt } from "../../src/domain/customer-status";
import { buildDossiers } from "../../src/domain/handover";
import { isoDate, utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);

/** Grade B, a follow-up logged on 11-01, 客户档案's 最近跟进 typed as 11-20. */
function archiveLater() {
  const b = new LogBuilder();
  b.customer({ code: "K1", name: "华东批发", grade: "B", rep: "S1", lastFollowUp: utcDate(2026, 11, 20) });
  b.followUp("K1", "S1", utcDate(2026, 11, 1), { gradeAfter: "B" });
  return b.log;
}

describe("customer status: one answer for every view", () => {
  it("counts 最近跟进 when it is later than the log: due 11-27, not overdue, in 今日跟进, the dossier and the audit", () => {
    const log = archiveLater();
    const [s] = customerStatuses(log, TODAY);
    expect(s).toMatchObject({ grade: "B", source: "archive", daysOverdue: 0, rep: "S1" });
    expect(isoDate(s.due!)).toBe("2026-11-27");
    expect(isoDate(followUpStatus(log, TODAY)[0].due!)).toBe("2026-11-27");
    const [d] = buildDossiers(log, ["K1"], TODAY);
    expect(isoDate(d.nextDue!)).toBe("2026-11-27");
    expect(d.daysOverdue).toBe(0);
    expect(audit(log, TODAY).findings.filter((f) => f.rule === "cadence.lapse")).toEqual([]);
  });

  it("lets the log win on the same day (it carries the grade given) and ignores what lies after the moment asked", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "x", grade: "D", rep: "S1", lastFollowUp: utcDate(2026, 11, 10) });
    b.followUp("K1", "S1", utcDate(2026, 11, 10, 15), { gradeAfter: "A" });
    b.followUp("K1", "S1", utcDate(2026, 11, 30), { gradeAfter: "E" });
    const [s] = customerStatuses(b.log, TODAY);
    expect(s).toMatchObject({ grade: "A", source: "followUp", followUpRow: 2, daysOverdue: 12 });
    expect(gradeAt(b.log.customers[0].record, b.log.followUps, utcDate(2026, 11, 9))).toBe("D");
    expect(gradeAt(b.log.customers[0].record, b.log.followUps, TODAY)).toBe("A");
  });

  it("a handover row is no contact; a customer never contacted is due a cadence after 建档日期, or at once", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "x", grade: "C", rep: "S2", createdAt: utcDate(2026, 11, 1) });
    b.customer({ code: "K2", name: "y", grade: "C", rep: "S2" });
    b.followUp("K1", "S1", utcDate(2026, 11, 20), { gradeAfter: "A", serviceType: "交接" });
    const [k1, k2] = customerStatuses(b.log, TODAY);
    expect(k1).toMatchObject({ grade: "C", source: "archive", daysOverdue: 7, rep: "S2" });
    expect(k1.lastContact).toBeUndefined();
    expect(k2.due).toBeUndefined();
  });
});
