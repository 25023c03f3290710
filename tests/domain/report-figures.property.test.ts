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

/** The rows still open on a day (logged by then), a plain way: "往来帐第3行" for each, per sheet in row order. */
function openRows(log: FixtureLog, to: string, rep: string | undefined): string[] {
  const open = <T extends { rep: string; occurredAt: Date }>(name: string, rows: readonly { row: number; record: T }[], isOpen: (r: T) => boolean) =>
    rows.filter(({ record: r }) => (rep === undefined || r.rep === rep) && isoDate(r.occurredAt) <= to && isOpen(r)).map(({ row }) => `${name}第${row}行`);
  return [
    ...open("投诉", log.complaints, (c) => !CLOSED.includes(c.status)),
    ...open("退换货", log.returns, (r) => !["已退款", "已换货", "拒绝"].includes(r.returnStatus)),
    ...open("发票", log.invoices, (i) => i.delivery !== "已签收"),
    ...open("样品物料", log.samples, (x) => !CLOSED.includes(x.status)),
    ...open("跟进记录", log.followUps, (f) => (f.promise !== undefined && f.promise !== "" && f.promiseKept !== true) || (!CLOSED.includes(f.status) && f.serviceType !== "交接")),
    ...open("往来帐", log.transactions, (t) => !CLOSED.includes(t.status)),
    ...open("市场支持", log.marketSupport, (m) => !CLOSED.includes(m.status)),
  ];
}

/** A comparison as the sheet writes it, a plain way: change, ratio and growth as percentages with one decimal, or 无基期. */
function compared(now: number, before: number): unknown[] {
  const pct = (x: number) => `${x > 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
  if (before === 0) return [now, before, now - before, "无基期", "无基期"];
  return [now, before, now - before, `${((now / before) * 100).toFixed(1)}%`, pct((now - before) / Math.abs(before))];
}

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
  const open = openRows(log, to, rep);
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
        // every figure on the written sheet: 本期, 上期, 变化, 比率, 增长率 of each; each rep's row; the customers due; the open items
        const sheet = reportSheet({ kind: "monthly", ...report, names: new Map(), notes: new Map() });
        const cells = new Map(sheet.blocks.slice(0, 2).flatMap((block) => block.rows.map((row) => [row[0], row.slice(1)])));
        for (const k of ACTIVITY_FIGURES) {
          const [current, base, change, ratio, growth] = cells.get(FIGURE_LABELS[k].zh)!;
          const [eCurrent, eBase, eChange, eRatio, eGrowth] = compared(now[k], before[k]);
          expect([current, base, ratio, growth]).toEqual([eCurrent, eBase, eRatio, eGrowth]);
          expect(change).toBeCloseTo(eChange as number, 6);
        }
        const block = (title: string) => sheet.blocks.find((b) => b.title?.startsWith(title));
        const byRep = block("按客服");
        if (rep === undefined) {
          const expectedReps = REPS.map((r) => [r, ...ACTIVITY_FIGURES.map((k) => scan(log, p, r)[k])]).filter((row) => row.slice(1).some((v) => v !== 0));
          expect(byRep?.rows ?? []).toEqual(expectedReps);
        } else expect(byRep).toBeUndefined();
        const dueCodes = customerStatuses(log, p.to).filter((s) => (rep === undefined || s.rep === rep) && (!s.due || isoDate(s.due) <= isoDate(p.to)));
        const dueRows = block("到期未跟进")!.rows;
        expect(dueRows.map((row) => (typeof row[0] === "object" && row[0] !== null ? row[0].text : row[0])).sort()).toEqual(dueCodes.map((s) => s.code).sort());
        const openCells = block("未结事项")!.rows.map((row) => (row[0] as { text: string }).text);
        expect(openCells.sort()).toEqual(openRows(log, isoDate(p.to), rep).sort());
        if (rep === undefined) for (const k of ACTIVITY_FIGURES) if (k !== "customersContacted") expect(figures.total[k]).toBeCloseTo([...figures.byRep.values()].reduce((s, f) => s + f[k], 0), 6);
      }),
      { numRuns: 200 },
    );
  });
});
