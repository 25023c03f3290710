import fc from "fast-check";
import { customerStatuses } from "../../src/domain/customer-status";
import { dayOf, monthOf, weekOf, type Period } from "../../src/domain/periods";
import { ACTIVITY_FIGURES, periodReport, reportFigures, type ActivityFigures } from "../../src/domain/report-figures";
import { isoDate } from "../../src/domain/time";
import { previousPeriod } from "../../src/domain/periods";
import { FIGURE_LABELS, reportSheet } from "../../src/app/report";
import type { FixtureLog } from "../fixtures/audit/builder";
import { buildRandomLog, randomLogArb, REPS } from "../support/random-log";

const DAY = 86_400_000;
const CLOSED = ["已完成", "已关闭"];

/** Each figure a second, plain way: days compared as text, money in cents, one filter per figure. */
function scan(log: FixtureLog, p: Period, rep: string | undefined): ActivityFigures {
  const from = isoDate(p.from);
  const to = isoDate(p.to);
  const inside = (d: Date | undefined) => d !== undefined && isoDate(d) >= from && isoDate(d) <= to;
  const mine = <T extends { rep: string }>(rows: readonly { record: T }[]): T[] => rows.filter((r) => rep === undefined || r.record.rep === rep).map((r) => r.record);
  const cents = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0) / 100;
  const contacts = mine(log.followUps).filter((f) => f.serviceType !== "交接" && inside(f.occurredAt));
  const statuses = customerStatuses(log, p.to).filter((s) => rep === undefined || s.rep === rep);
  const orders = mine(log.transactions).filter((t) => t.txType === "订单" && inside(t.occurredAt));
  const payments = mine(log.transactions).filter((t) => t.txType === "回款" && inside(t.occurredAt));
  const samples = mine(log.samples).filter((s) => inside(s.occurredAt));
  const support = mine(log.marketSupport).filter((m) => inside(m.occurredAt));
  const closed = mine(log.complaints).filter((c) => inside(c.closedAt));
  const upToEnd = (d: Date) => isoDate(d) <= to;
  const open = [
    ...mine(log.complaints).filter((c) => !CLOSED.includes(c.status)),
    ...mine(log.returns).filter((r) => !["已退款", "已换货", "拒绝"].includes(r.returnStatus)),
    ...mine(log.invoices).filter((i) => i.delivery !== "已签收"),
    ...mine(log.samples).filter((s) => !CLOSED.includes(s.status)),
    ...mine(log.followUps).filter((f) => (f.promise && f.promiseKept !== true) || (!CLOSED.includes(f.status) && f.serviceType !== "交接")),
    ...mine(log.transactions).filter((t) => !CLOSED.includes(t.status)),
    ...mine(log.marketSupport).filter((m) => !CLOSED.includes(m.status)),
  ].filter((e) => upToEnd(e.occurredAt));
  return {
    followUpsDone: contacts.length,
    customersContacted: new Set(contacts.map((f) => f.customer)).size,
    followUpsDue: statuses.filter((s) => !s.due || isoDate(s.due) <= to).length,
    followUpsOverdue: statuses.filter((s) => !s.due || isoDate(s.due) < to).length,
    newCustomers: log.customers.filter(({ record: c }) => (rep === undefined || c.rep === rep) && inside(c.createdAt)).length,
    orders: orders.length,
    orderAmount: cents(orders.map((t) => t.amount)),
    payments: payments.length,
    paymentAmount: cents(payments.map((t) => t.amount)),
    samples: samples.length,
    sampleValue: cents(samples.map((s) => s.value)),
    marketSupport: support.length,
    marketSupportCost: cents(support.map((m) => m.cost)),
    complaintsOpened: mine(log.complaints).filter((c) => inside(c.occurredAt)).length,
    complaintsClosed: closed.length,
    complaintsClosedInTime: closed.filter((c) => Math.round((Date.parse(isoDate(c.closedAt!)) - Date.parse(isoDate(c.occurredAt))) / DAY) <= log.settings.audit.openComplaintDays).length,
    openItems: open.length,
  };
}

describe("report figures agree with a plain row scan (property)", () => {
  it("every figure of the 日清表, 周报 and 月报, for everyone, for each rep, and the reps adding up to the total", () => {
    fc.assert(
      fc.property(randomLogArb, fc.constantFrom(dayOf, weekOf, monthOf), fc.option(fc.constantFrom(...REPS), { nil: undefined }), (g, periodOf, rep) => {
        const { log, today } = buildRandomLog(g);
        const p = periodOf(today);
        const figures = reportFigures(log, p, { rep });
        expect(figures.total).toEqual(scan(log, p, rep));
        for (const [r, f] of figures.byRep) expect(f).toEqual(scan(log, p, r));
        // the report with its 环比 period (one pass for both) and the written sheet's 本期 and 上期 cells are the scan's figures
        const report = periodReport(log, p, { rep });
        const before = scan(log, previousPeriod(p), rep);
        const now = scan(log, p, rep);
        expect([report.figures.total, report.previous.total]).toEqual([now, before]);
        for (const [r, f] of report.previous.byRep) expect(f).toEqual(scan(log, previousPeriod(p), r));
        expect(report.details.due.length).toBe(now.followUpsDue);
        expect(report.details.open.length).toBe(now.openItems);
        const sheet = reportSheet({ kind: "monthly", ...report, names: new Map(), notes: new Map() });
        const cells = new Map(sheet.blocks.slice(0, 2).flatMap((block) => block.rows.map((row) => [row[0], [row[1], row[2]]])));
        for (const k of ACTIVITY_FIGURES) expect(cells.get(FIGURE_LABELS[k].zh)).toEqual([now[k], before[k]]);
        if (rep === undefined) for (const k of ACTIVITY_FIGURES) if (k !== "customersContacted") expect(figures.total[k]).toBeCloseTo([...figures.byRep.values()].reduce((s, f) => s + f[k], 0), 6);
      }),
      { numRuns: 200 },
    );
  });
});
