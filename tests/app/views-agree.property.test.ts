/**
 * Every view tells the same story about each customer, over random logs: 客户档案's 最近跟进 later
 * and earlier than the log (or blank), customers never followed up (with or without 建档日期),
 * re-grades at follow-ups, 交接 rows handing customers between reps, 设置's cadence days,
 * 顺延节假日 with weekends, 节假日 and 调休上班 around the due dates, and orders, shipments, payments
 * and returns on the edges of the ABC window. The views: `kehu due --json`'s model (app/due.ts),
 * the 交接 dossier, the audit's context and its cadence and sales rules, the 客户 panel's view
 * model (app/customer-view.ts), KH.NEXTDUE / KH.DAYSOVERDUE fed the 设置 table, and for sales
 * `kehu abc` / the 分析 panel (app/abc.ts).
 */
import fc from "fast-check";
import { computeAbc, defaultAbcPeriod } from "../../src/app/abc";
import { customerSummary } from "../../src/app/customer-view";
import { computeReceivables } from "../../src/domain/receivables";
import { dueList, followUpStatus } from "../../src/app/due";
import { audit } from "../../src/domain/audit";
import { AuditContext } from "../../src/domain/audit/context";
import { buildDossiers, RECENT_EVENTS } from "../../src/domain/handover";
import { customerTimeline, openItems, openKindOf } from "../../src/domain/customer-timeline";
import { EVENT_SHEET_KEYS, type Rowed } from "../../src/domain/log";
import { STATUSES } from "../../src/domain/vocabulary";
import { GRADES, type Grade } from "../../src/domain/vocabulary";
import { addDays, addHours, dateFromSerial, isoDate, serialFromDate, utcDate } from "../../src/domain/time";
import { lastFullMonths } from "../../src/domain/periods";
import type { SettingRow } from "../../src/domain/log";
import { SETTING_CATEGORIES, settingsSheet } from "../../src/workbook/sheets/settings";
import { settingsFromRows } from "../../src/workbook/settings-rows";
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
  /** Set: this many days before today instead of `day`, so due dates gather around today's weekends and holidays. */
  daysAgo: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  gradeAfter: grade,
  rep: fc.constantFrom(...REPS),
  handover: fc.boolean(),
});
const txType = fc.constantFrom("订单", "订单", "发货", "回款") as fc.Arbitrary<"订单" | "发货" | "回款">;
const txArb = fc.record({
  customer: fc.nat(),
  day: fc.integer({ min: -400, max: 700 }),
  hour: fc.integer({ min: 0, max: 23 }),
  amount: fc.integer({ min: -500, max: 50_000 }),
  txType,
});
/**
 * Rows on the edges of the ABC window (the 12 complete months before today's month): the day
 * before it opens, its first day, its last day and the first day of today's month, at the first or
 * the last hour of the day.
 */
const EDGES = 4;
const edgeArb = fc.record({ customer: fc.nat(), edge: fc.integer({ min: 0, max: EDGES - 1 }), lateInDay: fc.boolean(), amount: fc.integer({ min: -500, max: 50_000 }), txType });
const returnArb = fc.record({ customer: fc.nat(), credited: fc.boolean(), amount: fc.integer({ min: 1, max: 5_000 }) });
const logArb = fc.record({
  customers: fc.array(customerArb, { minLength: 1, maxLength: 6 }),
  followUps: fc.array(followUpArb, { maxLength: 30 }),
  transactions: fc.array(txArb, { maxLength: 40 }),
  edgeTransactions: fc.array(edgeArb, { maxLength: 8 }),
  returns: fc.array(fc.record({ r: returnArb, day: fc.integer({ min: -400, max: 700 }) }), { maxLength: 5 }),
  edgeReturns: fc.array(fc.record({ r: returnArb, edge: fc.integer({ min: 0, max: EDGES - 1 }) }), { maxLength: 3 }),
  /** 设置's 跟进周期(天): the defaults, or other days per grade. */
  cadence: fc.option(fc.tuple(...GRADES.map(() => fc.integer({ min: 1, max: 60 }))), { nil: undefined }),
  shift: fc.boolean(),
  /** 节假日: days anywhere, and days around today (where the due dates gather). */
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 720 }), { maxLength: 20 }),
  holidaysNear: fc.uniqueArray(fc.integer({ min: -20, max: 40 }), { maxLength: 8 }),
  /** 调休上班: the Saturday or Sunday of a week around today. */
  workdays: fc.uniqueArray(fc.record({ week: fc.integer({ min: -3, max: 6 }), sunday: fc.boolean() }), { maxLength: 6, selector: (w) => `${w.week}${w.sunday}` }),
  today: fc.integer({ min: 0, max: 700 }),
});

/** The 设置 table as the workbook holds it, header row first (KH_Settings[#All]): what a formula passes KH.NEXTDUE. */
function settingsTable(rows: readonly SettingRow[]): unknown[][] {
  const keys = settingsSheet.columns.map((c) => c.key);
  return [settingsSheet.columns.map((c) => c.header), ...rows.map((r) => keys.map((k) => r[k as keyof SettingRow] ?? ""))];
}

const fromSerial = (serial: number) => isoDate(dateFromSerial(serial));

describe("every view tells the same story about each customer (property)", () => {
  it("今日跟进 (kehu due --json), the dossier, the audit, the 客户 panel and KH.NEXTDUE/DAYSOVERDUE agree", () => {
    fc.assert(
      fc.property(logArb, (g) => {
        const weekday = addDays(BASE, g.today).getUTCDay();
        const saturday = g.today + ((6 - weekday + 7) % 7);
        const holidays = [...new Set([...g.holidays, ...g.holidaysNear.map((d) => g.today + d)])];
        const workdays = g.workdays.map((w) => saturday + 7 * w.week + (w.sunday ? 1 : 0));
        // 设置 as rows, read the way every reader reads them (the log's settings and KH.NEXTDUE's table alike)
        const settingRows: SettingRow[] = [
          ...(g.cadence ? GRADES.map((grade, i) => ({ category: SETTING_CATEGORIES.cadence, item: grade, value: g.cadence![i] })) : []),
          { category: SETTING_CATEGORIES.shiftHolidays, item: "到期日遇周末或节假日顺延", value: g.shift ? "是" : "否" },
          ...holidays.map((d) => ({ category: SETTING_CATEGORIES.holiday, item: "节日", value: serialFromDate(addDays(BASE, d)) })),
          ...workdays.map((d) => ({ category: SETTING_CATEGORIES.workday, item: "调休", value: serialFromDate(addDays(BASE, d)) })),
        ];
        const b = new LogBuilder(settingsFromRows(settingRows));
        const codes = g.customers.map((_, i) => `K${i + 1}`);
        g.customers.forEach((c, i) =>
          b.customer({ code: codes[i], name: codes[i], grade: c.grade, rep: c.rep, lastFollowUp: c.lastFollowUp === undefined ? undefined : addDays(BASE, c.lastFollowUp), createdAt: c.createdAt === undefined ? undefined : addDays(BASE, c.createdAt) }),
        );
        const code = (n: number) => codes[n % codes.length];
        const today = addDays(BASE, g.today);
        const window = lastFullMonths(today);
        const edgeDay = (edge: number) => [addDays(window.from, -1), window.from, window.to, addDays(window.to, 1)][edge];
        const credit = (r: { credited: boolean; amount: number }) => (r.credited ? { mode: "退货" as const, returnStatus: "已退款" as const, amount: r.amount } : { amount: r.amount });
        for (const f of g.followUps) b.followUp(code(f.customer), f.rep, addHours(addDays(BASE, f.daysAgo === undefined ? f.day : g.today - f.daysAgo), f.hour), { gradeAfter: f.gradeAfter, serviceType: f.handover ? "交接" : "拜访" });
        for (const t of g.transactions) b.order(code(t.customer), "S1", addHours(addDays(BASE, t.day), t.hour), t.amount, "饮料", { txType: t.txType });
        for (const t of g.edgeTransactions) b.order(code(t.customer), "S1", addHours(edgeDay(t.edge), t.lateInDay ? 23.99 : 0), t.amount, "饮料", { txType: t.txType });
        for (const { r, day } of g.returns) b.returnRecord(code(r.customer), "S1", addDays(BASE, day), credit(r));
        for (const { r, edge } of g.edgeReturns) b.returnRecord(code(r.customer), "S1", edgeDay(edge), credit(r));
        const log = b.log;

        const due = new Map(followUpStatus(log, today).map((d) => [d.code, d]));
        const dossiers = new Map(buildDossiers(log, codes, today).map((d) => [d.customer.record.code, d]));
        const ctx = new AuditContext(log, today);
        const lapses = new Map(audit(log, today).findings.filter((f) => f.rule === "cadence.lapse" && f.ref.sheet === "customers").map((f) => [f.customer, f]));
        const auditSales = ctx.abcWindow().classes;
        const abcRun = new Map(computeAbc(log, defaultAbcPeriod(today)).customers.map((c) => [c.code, c]));
        const receivables = new Map(computeReceivables(log, today).accounts.map((a) => [a.customer, a]));
        const table = settingsTable(settingRows);
        // the holidays argument as a sheet passes it when 设置 is not given whole: TRUE, or the 节假日 range
        const holidaysArg = holidays.length === 0 ? true : holidays.map((d) => [serialFromDate(addDays(BASE, d))]);
        const plainCalendar = workdays.length === 0 && !g.cadence;

        // the list `kehu due` prints is these same items, those due by today
        const listed = dueList(log, today);
        for (const i of listed) expect(i).toEqual(due.get(i.code));
        expect(listed.map((i) => i.code).sort()).toEqual([...due.values()].filter((i) => !i.due || isoDate(i.due) <= isoDate(today)).map((i) => i.code).sort());

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
          // KH.NEXTDUE / KH.DAYSOVERDUE on the sheet's 客户等级 and 最近跟进 as the follow-up outcome writes
          // them, with the whole 设置 table (its cadence, 顺延节假日, 节假日 and 调休上班)
          if (d.lastFollowUp) {
            const last = [[serialFromDate(d.lastFollowUp)]];
            const [[serial]] = nextDueMatrix([[d.grade]], last, table);
            expect(fromSerial(serial as number)).toBe(view.due);
            expect(daysOverdueMatrix([[d.grade]], last, [[serialFromDate(today)]], table, undefined, 0)).toEqual([[d.daysOverdue]]);
            // and with the holidays given apart, where that argument can say what 设置 says
            if (plainCalendar) {
              const [[apart]] = nextDueMatrix([[d.grade]], last, undefined, g.shift ? holidaysArg : false);
              expect(fromSerial(apart as number)).toBe(view.due);
            }
          } else {
            // never contacted: the sheet's 最近跟进 is blank, and so is KH.NEXTDUE (the add-in, not the formula, knows 建档日期)
            expect(nextDueMatrix([[d.grade]], [[""]], table)).toEqual([[""]]);
          }
          // 12-month sales: ABC (kehu abc, 分析), the dossier, the panel and the audit's sales rules.
          const sales = abcRun.get(c)?.amount ?? 0;
          expect(dossier.abc.sales12).toBeCloseTo(sales, 6);
          expect(panel.sales12).toBeCloseTo(sales, 6);
          expect(auditSales.get(c)?.amount).toBeCloseTo(sales, 6);
          expect(dossier.abc.computed).toBe(abcRun.get(c)?.abc);
          expect(auditSales.get(c)?.abc).toBe(abcRun.get(c)?.abc);
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
