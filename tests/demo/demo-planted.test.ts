import { generateDemoLog, type DemoLog } from "../../src/demo";
import { classifyAbc } from "../../src/domain/abc";
import { daysBetween } from "../../src/domain/time";
import { CLOSED_STATUSES } from "../../src/workbook";
import type { Grade } from "../../src/workbook/column";
import { defaultSettingRows, settingsFromRows } from "../../src/workbook/settings-rows";

/**
 * The planted counts checked against the data with plain, independent readings of the rules
 * (as src/domain states them, with the 设置 a new workbook gets): each count must be exactly what the data shows, so a planted
 * warning is never missing and nothing unplanted looks like one.
 */
const TODAY = new Date(Date.UTC(2026, 10, 23, 10, 30));
const S = settingsFromRows(defaultSettingRows());
const DAY = 86_400_000;
const dayKey = (d: Date) => Math.floor(d.getTime() / DAY);
const holidays = new Set(S.holidays.map(dayKey));
const madeUp = new Set(S.workdays.map(dayKey));
const isWorkday = (k: number) => madeUp.has(k) || (![0, 6].includes(new Date(k * DAY).getUTCDay()) && !holidays.has(k));
/** The day a follow-up on `d` makes the next one due: the grade's days later, moved to the next working day (设置 顺延节假日 是). */
function dueDay(d: Date, grade: Grade): number {
  let k = dayKey(d) + S.cadenceDays[grade];
  while (!isWorkday(k)) k++;
  return k;
}
const EVENT_KEYS = ["transactions", "samples", "invoices", "returns", "complaints", "marketSupport", "followUps"] as const;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are read field by field, as a checker reads cells
type Row = Record<string, any>;
let log: DemoLog;
let T: number;

/** The records as loose rows: the tests read them the way a checker would, field by field. */
const R = (key: string) => log.records[key] as Row[];
const month = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
const t = (d: Date) => d.getTime();

function groupBy(rows: readonly Row[], key = "customer"): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
  return map;
}

function ordersByMonth(): Map<string, Map<number, number>> {
  const result = new Map<string, Map<number, number>>();
  for (const r of R("transactions")) {
    if (r.txType !== "订单") continue;
    const m = result.get(r.customer) ?? new Map<number, number>();
    m.set(month(r.occurredAt), (m.get(month(r.occurredAt)) ?? 0) + r.amount);
    result.set(r.customer, m);
  }
  return result;
}

function sum(m: Map<number, number>, from: number, to: number): number {
  let s = 0;
  for (let i = from; i <= to; i++) s += m.get(i) ?? 0;
  return s;
}

function contacts(): Map<string, Row[]> {
  const map = groupBy(R("followUps").filter((f) => f.serviceType !== "交接"));
  for (const list of map.values()) list.sort((a, b) => t(a.occurredAt) - t(b.occurredAt));
  return map;
}

describe.each([2026, 7, 99])("seed %i", (seed) => {
  beforeAll(() => {
    log = generateDemoLog({ customers: 300, seed, today: TODAY });
    T = month(TODAY);
  });

  test("sales: customers falling 30%+, one spike month (串货) and a tilting category mix, exactly the planted ones", () => {
    const sales = ordersByMonth();
    const drops: string[] = [];
    const spikes: string[] = [];
    const shifts: string[] = [];
    const shares = (code: string, from: number, to: number) => {
      const byCat = new Map<string, number>();
      let total = 0;
      for (const r of R("transactions")) {
        if (r.customer !== code || r.txType !== "订单" || month(r.occurredAt) < from || month(r.occurredAt) > to) continue;
        byCat.set(r.productCategory, (byCat.get(r.productCategory) ?? 0) + r.amount);
        total += r.amount;
      }
      return new Map([...byCat].map(([c, v]) => [c, v / total]));
    };
    for (const [code, m] of sales) {
      const last3 = sum(m, T - 3, T - 1);
      const prev3 = sum(m, T - 6, T - 4);
      if (prev3 > 0 && last3 <= prev3 * 0.7) drops.push(code);
      const base = Array.from({ length: 12 }, (_, i) => m.get(T - 12 + i) ?? 0).sort((a, b) => a - b);
      const median = (base[5] + base[6]) / 2;
      if (median > 0 && Array.from({ length: 13 }, (_, i) => m.get(T - 12 + i) ?? 0).some((v) => v >= 2 * median)) spikes.push(code);
      if (last3 > 0 && prev3 > 0) {
        const before = shares(code, T - 6, T - 4);
        const after = shares(code, T - 3, T - 1);
        const cats = new Set([...before.keys(), ...after.keys()]);
        if ([...cats].some((c) => Math.abs((after.get(c) ?? 0) - (before.get(c) ?? 0)) >= 0.2)) shifts.push(code);
      }
    }
    expect(log.planted.salesDrop).toBeGreaterThanOrEqual(5);
    expect(drops.sort()).toEqual([...log.plantedIn.salesDrop].sort());
    expect(log.planted.salesSpike).toBe(1);
    expect(spikes).toEqual(log.plantedIn.salesSpike);
    expect(log.planted.categoryShift).toBeGreaterThanOrEqual(1);
    expect(shifts.sort()).toEqual([...log.plantedIn.categoryShift].sort());
  });

  test("follow-ups: mostly on the grade's cadence, with the planted lapses, overdue customers, re-grades and a stale grade", () => {
    let lapses = 0;
    let regrades = 0;
    let overdue = 0;
    let gaps = 0;
    const byCustomer = contacts();
    for (const list of byCustomer.values()) {
      for (let i = 1; i < list.length; i++) {
        gaps++;
        if (dayKey(list[i].occurredAt) > dueDay(list[i - 1].occurredAt, list[i - 1].gradeAfter as Grade)) lapses++;
        if (list[i].gradeAfter !== list[i - 1].gradeAfter) regrades++;
      }
      const last = list[list.length - 1];
      if (dayKey(TODAY) > dueDay(last.occurredAt, last.gradeAfter as Grade)) overdue++;
    }
    expect(gaps).toBeGreaterThan(2000);
    expect(log.planted.followUpLapses).toBeGreaterThanOrEqual(3);
    expect(lapses).toBe(log.planted.followUpLapses + log.planted.lapseBeforeHandover);
    expect(overdue).toBe(log.planted.followUpsOverdue);
    expect(regrades).toBe(log.planted.regrades);
    expect(regrades).toBeGreaterThan(20);
    const stale = R("customers").filter((c) => {
      const list = byCustomer.get(c.code as string);
      return list && list[list.length - 1].gradeAfter !== c.grade;
    });
    expect(stale.map((c) => c.code).sort()).toEqual([...log.plantedIn.gradeNotUpdated].sort());
    expect(R("customers").every((c) => byCustomer.has(c.code as string))).toBe(true);
    const handovers = R("followUps").filter((f) => f.serviceType === "交接");
    expect(handovers.length).toBe(log.planted.handovers);
    expect(handovers.length).toBeGreaterThan(0);
  });

  test("follow-ups fall on working days in office hours, and every feedback time in office hours", () => {
    const hour = (d: Date) => (d.getTime() % DAY) / 3_600_000;
    const office = (d: Date) => hour(d) >= 8.5 && hour(d) <= 18;
    const followUps = R("followUps");
    expect(followUps.filter((f) => !isWorkday(dayKey(f.occurredAt)) || !office(f.occurredAt))).toEqual([]);
    const answers = EVENT_KEYS.flatMap((k) => R(k).filter((r) => r.feedbackAt instanceof Date).map((r) => r.feedbackAt as Date));
    expect(answers.length).toBeGreaterThan(10000);
    expect(answers.filter((d) => !office(d))).toEqual([]);
  });

  test("promises: the overdue, unkept ones are the planted ones", () => {
    const promises = R("followUps").filter((f) => f.promise);
    expect(promises.length).toBeGreaterThan(50);
    const unkept = promises.filter((f) => f.promiseDue && f.promiseKept !== true && daysBetween(f.promiseDue, TODAY) > 0);
    expect(unkept.length).toBe(log.planted.promisesOverdue);
    expect(unkept.length).toBeGreaterThanOrEqual(3);
  });

  test("feedback: late and missing feedback, and records closed without a summary, are exactly the planted ones", () => {
    let late = 0;
    let missing = 0;
    let incomplete = 0;
    for (const key of EVENT_KEYS) {
      const limit = S.feedbackHours[key] * 3_600_000;
      for (const r of R(key)) {
        if (r.serviceType === "交接") continue;
        if (r.feedbackAt && t(r.feedbackAt) > t(r.occurredAt as Date) + limit) late++;
        if (!r.feedbackAt && t(TODAY) > t(r.occurredAt as Date) + limit) missing++;
        if (CLOSED_STATUSES.includes(r.status as string) && (!r.resolution || !r.summary)) incomplete++;
      }
    }
    expect(late).toBe(log.planted.lateFeedback);
    expect(late).toBeGreaterThanOrEqual(15);
    expect(missing).toBe(log.planted.feedbackMissing);
    expect(incomplete).toBe(log.planted.recordsIncomplete);
  });

  test("samples over the monthly quota of the grade in force are the planted customer-months", () => {
    const byCustomer = groupBy(R("followUps"));
    for (const list of byCustomer.values()) list.sort((a, b) => t(a.occurredAt) - t(b.occurredAt));
    const archive = new Map(R("customers").map((c) => [c.code as string, c.grade as Grade]));
    const gradeAt = (code: string, at: Date): Grade => {
      const before = (byCustomer.get(code) ?? []).filter((f) => t(f.occurredAt) <= t(at));
      return before.length ? before[before.length - 1].gradeAfter : archive.get(code)!;
    };
    const buckets = groupBy(R("samples").map((s) => ({ ...s, key: `${s.customer} ${month(s.occurredAt as Date)}` })), "key");
    let over = 0;
    for (const list of buckets.values()) {
      list.sort((a, b) => t(a.occurredAt) - t(b.occurredAt));
      let running = 0;
      let crossed = false;
      for (const s of list) {
        running += s.value;
        const byTime = running > S.sampleQuota[gradeAt(s.customer, s.occurredAt)];
        const byArchive = running > S.sampleQuota[archive.get(s.customer)!];
        if (byTime || byArchive) crossed = true;
      }
      if (crossed) over++;
    }
    expect(over).toBe(log.planted.samplesOverQuota);
    expect(over).toBeGreaterThanOrEqual(2);
  });

  test("complaints: open past 7 days, a closed one missing a step, compensation or a free service without approval, no callback", () => {
    const steps = ["object", "request", "validity", "responsibleDept", "responsiblePerson", "causeAnalysis", "liability", "remedy", "approver", "approvedAt", "implementedAt", "notifiedAt", "customerFeedback", "lessons", "correctiveAction", "closedAt"];
    let open = 0;
    let missing = 0;
    let unapproved = 0;
    let noCallback = 0;
    let closedValid = 0;
    const callbacks = R("followUps").filter((f) => f.serviceType === "回访");
    for (const c of R("complaints")) {
      const closed = CLOSED_STATUSES.includes(c.status as string);
      if (!closed && daysBetween(c.occurredAt, TODAY) > 7) open++;
      if (closed && c.validity !== "无效" && steps.some((k) => c[k] === undefined || c[k] === "")) missing++;
      if (closed && c.validity === "无效" && !c.validityNote) missing++;
      if ((c.remedy === "折价赔偿" || c.remedy === "补偿服务" || (c.compensation ?? 0) > 0) && !c.approver) unapproved++;
      if (closed && c.validity !== "无效") {
        closedValid++;
        const within = (d: Date) => daysBetween(c.closedAt, d) >= 0 && daysBetween(c.closedAt, d) <= 7;
        const called = (c.callbackAt && within(c.callbackAt)) || callbacks.some((f) => f.customer === c.customer && within(f.occurredAt));
        if (!called && daysBetween(c.closedAt, TODAY) > 7) noCallback++;
      }
    }
    expect(closedValid).toBeGreaterThan(10);
    expect(open).toBe(log.planted.complaintsOpenOverdue);
    expect(open).toBeGreaterThanOrEqual(3);
    expect(missing).toBe(log.planted.complaintsMissingStep);
    expect(missing).toBe(3);
    expect(unapproved).toBe(log.planted.compensationWithoutApproval);
    // a 折价赔偿 and a 补偿服务 (a free service for a 服务 complaint)
    expect(unapproved).toBe(2);
    expect(noCallback).toBe(log.planted.complaintsNoCallback);
    expect(noCallback).toBe(1);
  });

  test("invoices not received after 30 days and returns pending after 14 days are the planted ones", () => {
    const undelivered = R("invoices").filter((i) => i.delivery !== "已签收" && daysBetween(i.invoiceDate, TODAY) > 30);
    expect(undelivered.length).toBe(log.planted.invoicesUndelivered);
    expect(undelivered.length).toBeGreaterThanOrEqual(3);
    const pending = R("returns").filter((r) => ["申请", "已批准", "已收货"].includes(r.returnStatus as string) && daysBetween(r.occurredAt, TODAY) > 14);
    expect(pending.length).toBe(log.planted.returnsPending);
    expect(pending.length).toBeGreaterThanOrEqual(2);
  });

  test("ABC: the stored class is the class of the last 12 complete months' orders, but for the planted stale ones", () => {
    const sales = ordersByMonth();
    const customers = R("customers");
    const classes = classifyAbc(customers.map((c) => sum(sales.get(c.code as string) ?? new Map(), T - 12, T - 1)), S.abcCuts);
    const stale = customers.filter((c, i) => c.abc !== classes[i]).map((c) => c.code);
    expect(stale.sort()).toEqual([...log.plantedIn.abcStale].sort());
    expect(stale.length).toBe(log.planted.abcStale);
    const a = classes.filter((c) => c === "A").length;
    expect(a).toBeGreaterThan(5);
    expect(a).toBeLessThan(customers.length * 0.3);
  });
});

test("planted kinds scale with the number of customers", () => {
  const big = generateDemoLog({ customers: 900, seed: 5, today: TODAY });
  const small = generateDemoLog({ customers: 300, seed: 5, today: TODAY });
  expect(big.planted.lateFeedback).toBeGreaterThan(small.planted.lateFeedback * 2);
  expect(big.planted.salesDrop).toBeGreaterThan(small.planted.salesDrop * 2);
  expect(big.faults.length).toBeGreaterThan(small.faults.length * 2);
});
