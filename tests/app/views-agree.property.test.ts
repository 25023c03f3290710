import fc from "fast-check";
import { computeAbc, defaultAbcPeriod } from "../../src/app/abc";
import { customerSummary } from "../../src/app/customer-view";
import { computeReceivables } from "../../src/domain/receivables";
import { followUpStatus } from "../../src/app/due";
import { audit } from "../../src/domain/audit";
import { AuditContext } from "../../src/domain/audit/context";
import { buildDossiers, RECENT_EVENTS } from "../../src/domain/handover";
import { customerTimeline, openItems, openKindOf } from "../../src/domain/customer-timeline";
import { EVENT_SHEET_KEYS, type Rowed } from "../../src/domain/log";
import { STATUSES } from "../../src/domain/vocabulary";
import { GRADES, type Grade } from "../../src/domain/vocabulary";
import { addDays, addHours, isoDate, serialFromDate, utcDate } from "../../src/domain/time";
import { daysOverdueMatrix, nextDueMatrix } from "../../src/functions/cadence";
import { LogBuilder } from "../fixtures/audit/builder";

const BASE = utcDate(2026, 1, 1);
const REPS = ["S1", "S2", "S3"];

const grade = fc.constantFrom<Grade>(...GRADES);
const customerArb = fc.record({
  grade,
  rep: fc.constantFrom(...REPS),
  /** 客户档案's 最近跟进: before, inside or after the log's follow-ups, or blank. */
  lastFollowUp: fc.option(fc.integer({ min: -60, max: 700 }), { nil: undefined }),
  createdAt: fc.option(fc.integer({ min: -400, max: 600 }), { nil: undefined }),
});
const followUpArb = fc.record({
  customer: fc.nat(),
  day: fc.integer({ min: -30, max: 700 }),
  hour: fc.integer({ min: 0, max: 23 }),
  gradeAfter: grade,
  rep: fc.constantFrom(...REPS),
  handover: fc.boolean(),
});
const txArb = fc.record({
  customer: fc.nat(),
  day: fc.integer({ min: -400, max: 700 }),
  hour: fc.integer({ min: 0, max: 23 }),
  amount: fc.integer({ min: -500, max: 50_000 }),
  txType: fc.constantFrom("订单", "订单", "发货", "回款") as fc.Arbitrary<"订单" | "发货" | "回款">,
});
const logArb = fc.record({
  customers: fc.array(customerArb, { minLength: 1, maxLength: 6 }),
  followUps: fc.array(followUpArb, { maxLength: 30 }),
  transactions: fc.array(txArb, { maxLength: 40 }),
  returns: fc.array(fc.record({ customer: fc.nat(), day: fc.integer({ min: -400, max: 700 }) }), { maxLength: 5 }),
  shift: fc.boolean(),
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 720 }), { maxLength: 20 }),
  today: fc.integer({ min: 0, max: 700 }),
});

describe("every view tells the same story about each customer (property)", () => {
  it("今日跟进 (kehu due --json), the dossier, the audit, the 客户 panel and KH.NEXTDUE/DAYSOVERDUE agree", () => {
    fc.assert(
      fc.property(logArb, (g) => {
        const b = new LogBuilder();
        b.log.settings.shiftHolidays = g.shift;
        b.log.settings.holidays = g.holidays.map((d) => addDays(BASE, d));
        const codes = g.customers.map((_, i) => `K${i + 1}`);
        g.customers.forEach((c, i) =>
          b.customer({ code: codes[i], name: codes[i], grade: c.grade, rep: c.rep, lastFollowUp: c.lastFollowUp === undefined ? undefined : addDays(BASE, c.lastFollowUp), createdAt: c.createdAt === undefined ? undefined : addDays(BASE, c.createdAt) }),
        );
        const code = (n: number) => codes[n % codes.length];
        for (const f of g.followUps) b.followUp(code(f.customer), f.rep, addHours(addDays(BASE, f.day), f.hour), { gradeAfter: f.gradeAfter, serviceType: f.handover ? "交接" : "拜访" });
        for (const t of g.transactions) b.order(code(t.customer), "S1", addHours(addDays(BASE, t.day), t.hour), t.amount, "饮料", { txType: t.txType });
        for (const r of g.returns) b.returnRecord(code(r.customer), "S1", addDays(BASE, r.day));
        const log = b.log;
        const today = addDays(BASE, g.today);

        const due = new Map(followUpStatus(log, today).map((d) => [d.code, d]));
        const dossiers = new Map(buildDossiers(log, codes, today).map((d) => [d.customer.record.code, d]));
        const ctx = new AuditContext(log, today);
        const lapses = new Map(audit(log, today).findings.filter((f) => f.rule === "cadence.lapse" && f.ref.sheet === "customers").map((f) => [f.customer, f]));
        const abc = new Map(computeAbc(log, defaultAbcPeriod(today)).customers.map((c) => [c.code, c.amount]));
        const receivables = new Map(computeReceivables(log, today).accounts.map((a) => [a.customer, a]));
        const holidays = g.shift ? g.holidays.map((d) => [serialFromDate(addDays(BASE, d))]) : false;
        const calendarArg = g.shift && holidays !== false && holidays.length === 0 ? true : holidays;

        for (const c of codes) {
          const d = due.get(c)!;
          const dossier = dossiers.get(c)!;
          const panel = customerSummary(log, c, today)!;
          const status = ctx.status(c)!;
          const view = { due: d.due && isoDate(d.due), overdue: d.daysOverdue, grade: d.grade, rep: d.rep };
          expect({ due: dossier.nextDue && isoDate(dossier.nextDue), overdue: dossier.daysOverdue, grade: dossier.status.grade, rep: dossier.status.rep }).toEqual(view);
          expect({ due: panel.status.due && isoDate(panel.status.due), overdue: panel.status.daysOverdue, grade: panel.status.grade, rep: panel.status.rep }).toEqual(view);
          expect({ due: status.due && isoDate(status.due), overdue: status.daysOverdue, grade: ctx.gradeAt(c, today), rep: status.rep }).toEqual(view);
          // The audit reports the open gap exactly when 今日跟进 calls the customer overdue, by as many days.
          expect(lapses.get(c)?.daysLate ?? 0).toBe(d.daysOverdue);
          // KH.NEXTDUE / KH.DAYSOVERDUE on the sheet's 客户等级 and 最近跟进 as the follow-up outcome writes them.
          if (d.lastFollowUp) {
            const last = [[serialFromDate(d.lastFollowUp)]];
            const [[serial]] = nextDueMatrix([[d.grade]], last, undefined, calendarArg);
            expect(isoDate(new Date(Math.round(((serial as number) - 25569) * 86_400_000)))).toBe(view.due);
            expect(daysOverdueMatrix([[d.grade]], last, [[serialFromDate(today)]], undefined, calendarArg, 0)).toEqual([[d.daysOverdue]]);
          }
          // 12-month sales: ABC, the dossier and the panel.
          const sales = abc.get(c) ?? 0;
          expect(dossier.abc.sales12).toBeCloseTo(sales, 6);
          expect(panel.sales12).toBeCloseTo(sales, 6);
          // What the customer owes: the panel and the 应收账款 sheet's account, its oldest open bill first.
          const owed = receivables.get(c);
          const seen = (a: typeof owed) => a && { balance: a.balanceCents, overdue: a.overdueCents, open: a.open.map((i) => [i.bill.ref.row, i.openCents]) };
          expect(seen(panel.account)).toEqual(seen(owed));
          expect(panel.oldestOpen?.item.bill.ref.row).toBe(owed?.open[0]?.bill.ref.row);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the 客户 panel and the dossier list the same open items and the same latest events, in the same order", () => {
    const at = fc.record({ customer: fc.nat(), day: fc.integer({ min: 0, max: 60 }), hour: fc.constantFrom(9, 9, 14), status: fc.constantFrom(...STATUSES) });
    const eventsArb = fc.record({
      customers: fc.integer({ min: 1, max: 4 }),
      followUps: fc.array(fc.record({ e: at, promise: fc.constantFrom(undefined, "", "  ", "下周送样"), kept: fc.constantFrom(undefined, true, false), handover: fc.boolean() }), { maxLength: 15 }),
      complaints: fc.array(at, { maxLength: 6 }),
      returns: fc.array(fc.record({ e: at, returnStatus: fc.constantFrom(undefined, "申请", "已退款", "拒绝") }), { maxLength: 6 }),
      invoices: fc.array(fc.record({ e: at, delivery: fc.constantFrom(undefined, "已寄出", "已签收") }), { maxLength: 6 }),
      samples: fc.array(at, { maxLength: 6 }),
      orders: fc.array(at, { maxLength: 20 }),
    });
    fc.assert(
      fc.property(eventsArb, (g) => {
        const b = new LogBuilder();
        const codes = Array.from({ length: g.customers }, (_, i) => `K${i + 1}`);
        for (const code of codes) b.customer({ code, name: code, grade: "C", rep: "S1" });
        const when = (e: { customer: number; day: number; hour: number }) => ({ code: codes[e.customer % codes.length], at: addHours(addDays(BASE, e.day), e.hour) });
        for (const f of g.followUps) {
          const { code, at: t } = when(f.e);
          b.followUp(code, "S1", t, { status: f.e.status, promise: f.promise, promiseKept: f.kept, serviceType: f.handover ? "交接" : "拜访" });
        }
        for (const e of g.complaints) b.complaint(when(e).code, "S1", when(e).at, { status: e.status });
        for (const r of g.returns) b.returnRecord(when(r.e).code, "S1", when(r.e).at, { status: r.e.status, returnStatus: r.returnStatus as never });
        for (const i of g.invoices) b.invoice(when(i.e).code, "S1", when(i.e).at, { status: i.e.status, delivery: i.delivery as never });
        for (const s of g.samples) b.sample(when(s).code, "S1", when(s).at, 10, { status: s.status });
        for (const o of g.orders) b.order(when(o).code, "S1", when(o).at, 100, "饮料", { status: o.status });
        const today = addDays(BASE, 61);
        const dossiers = buildDossiers(b.log, codes, today);
        for (const d of dossiers) {
          const timeline = customerTimeline(b.log, d.customer.record.code);
          const panelOpen = openItems(timeline).map((o) => [o.kind, o.entry.sheetKey, o.entry.row]);
          expect(d.open.map((o) => [o.kind, o.sheet, o.row])).toEqual(panelOpen);
          expect(d.recent.map((e) => [e.sheet, e.row])).toEqual(timeline.slice(0, RECENT_EVENTS).map((e) => [e.sheetKey, e.row]));
          // and both hold every open row of the customer, found by a plain scan of the sheets
          const scan = EVENT_SHEET_KEYS.flatMap((key) => (b.log[key] as readonly Rowed<{ customer: string; status: string }>[]).filter((r) => r.record.customer === d.customer.record.code && openKindOf(key, r.record)).map((r) => `${key}:${r.row}`));
          expect(panelOpen.map(([, key, row]) => `${key}:${row}`).sort()).toEqual(scan.sort());
        }
      }),
      { numRuns: 200 },
    );
  });
});
