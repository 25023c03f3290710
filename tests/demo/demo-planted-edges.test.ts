import { generateDemoLog, type DemoLog } from "../../src/demo";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { addMonths, daysBetween } from "../../src/domain/time";

/**
 * The demo's plants for the rules at their edges, checked with plain readings of the rules
 * (src/domain/settings.ts's defaults): each count is exactly what the data shows.
 */
const TODAY = new Date(Date.UTC(2026, 10, 23, 10, 30));
const S = DEFAULT_SETTINGS.audit;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are read field by field, as a checker reads cells
type Row = Record<string, any>;

describe.each([2026, 7, 99])("seed %i", (seed) => {
  let log: DemoLog;
  const R = (key: string) => log.records[key] as Row[];
  beforeAll(() => {
    log = generateDemoLog({ customers: 300, seed, today: TODAY });
  });

  test("samples: the ones without an approver, and the same item again within 7 days, are the planted ones", () => {
    const samples = R("samples").filter((s) => s.occurredAt.getTime() <= TODAY.getTime());
    const blank = samples.filter((s) => !s.approver || String(s.approver).trim() === "");
    expect(blank.length).toBe(log.planted.samplesNoApprover);
    expect(blank.length).toBeGreaterThanOrEqual(3);
    let repeats = 0;
    const last = new Map<string, Date>();
    for (const s of [...samples].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
      const key = `${s.customer} ${s.item}`;
      const before = last.get(key);
      if (before && daysBetween(before, s.occurredAt) <= S.sampleRepeatDays) repeats++;
      last.set(key, s.occurredAt);
    }
    expect(repeats).toBe(log.planted.samplesRepeat);
    expect(repeats).toBeGreaterThanOrEqual(2);
    expect(samples.every((s) => s.value >= 0 && s.quantity >= 0)).toBe(true);
  });

  test("promises: the ones without a due date and not kept are the planted ones", () => {
    const undated = R("followUps").filter((f) => f.promise && !f.promiseDue && f.promiseKept !== true);
    expect(undated.length).toBe(log.planted.promisesNoDue);
    expect(undated.length).toBeGreaterThanOrEqual(2);
  });

  test("ABC treatment: the A customers without a manager's visit in 6 months, the B ones without a visit a year or a letter in 6 months, are the planted ones", () => {
    const staff = R("staff");
    const managerOf = new Map(staff.map((s) => [s.id, s.manager]));
    const bosses = new Set(staff.filter((s) => s.role === "主管" || s.role === "经理").map((s) => s.id));
    const byCustomer = new Map<string, Row[]>();
    for (const f of R("followUps")) if (f.serviceType !== "交接") byCustomer.set(f.customer, [...(byCustomer.get(f.customer) ?? []), f]);
    const lastOf = (rows: Row[]) => rows.reduce<Date | undefined>((a, f) => (!a || f.occurredAt > a ? f.occurredAt : a), undefined);
    const late = (c: Row, rows: Row[], months: number) => {
      const from = lastOf(rows) ?? c.createdAt;
      return from !== undefined && daysBetween(addMonths(from, months), TODAY) > 0;
    };
    let owed = 0;
    for (const c of R("customers")) {
      const rows = (byCustomer.get(c.code) ?? []).filter((f) => f.occurredAt.getTime() <= TODAY.getTime());
      const visits = rows.filter((f) => f.source === "拜访" || f.source === "来访");
      const letters = rows.filter((f) => f.source === "传真" || f.source === "邮件");
      if (c.abc === "A") {
        const byBoss = visits.filter((f) => f.rep !== c.rep && (bosses.has(f.rep) || managerOf.get(c.rep) === f.rep));
        if (late(c, byBoss, S.abcManagerVisitMonths)) owed++;
      } else if (c.abc === "B" && (late(c, visits, S.abcVisitMonths) || late(c, letters, S.abcLetterMonths))) owed++;
    }
    expect(owed).toBe(log.planted.abcDutyMissed);
    expect(owed).toBeGreaterThanOrEqual(2);
  });

  test("a negative sample value is planted as a faulty cell", () => {
    expect(log.faults.filter((f) => f.sheetKey === "samples" && f.columnKey === "value" && Number(f.raw) < 0)).toHaveLength(1);
  });
});
