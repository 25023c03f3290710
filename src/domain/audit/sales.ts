import type { Customer, Rowed, Transaction } from "../log";
import type { AbcClass } from "../vocabulary";
import { GRADE_MEANING, gradeFit, gradeReasonText } from "../grade-fit";
import type { CustomerAbc } from "../abc";
import { money, quote, type AuditContext } from "./context";
import type { CellRef } from "./types";
import { contains, lastFullMonths, monthsEarlier, monthsOf, periodLabel, salesByCustomer, type Period } from "../periods";
import { monthKey } from "../time";
const UNCATEGORISED = { zh: "未分类", en: "uncategorised" };

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface CustomerSales {
  code: string;
  orders: readonly Rowed<Transaction>[];
  /** Order totals by month ("2026-03"). */
  byMonth: Map<string, number>;
}

/** The customer's sales over the period: the one sum every view shows (domain/periods.ts). */
function sumIn(s: CustomerSales, p: Period): number {
  return salesByCustomer(s.orders, p).get(s.code) ?? 0;
}

function categoryShares(s: CustomerSales, p: Period): Map<string, number> {
  const sums = new Map<string, number>();
  let total = 0;
  for (const { record: t } of s.orders) {
    if (!contains(p, t.occurredAt)) continue;
    const cat = t.productCategory?.trim() || "";
    sums.set(cat, (sums.get(cat) ?? 0) + t.amount);
    total += t.amount;
  }
  const shares = new Map<string, number>();
  if (total > 0) for (const [cat, v] of sums) shares.set(cat, v / total);
  return shares;
}

/**
 * Rule 7, early warnings from 往来帐 (orders): sales of the last 3 complete months down by the
 * 设置 percentage against the 3 before; a product category's share moving by the 设置 points;
 * a month at the 设置 multiple of the 12-month median (possible 串货); a grade or ABC class that
 * no longer matches the sales.
 */
export function auditSales(ctx: AuditContext): void {
  const now = ctx.today.getTime();
  const { audit } = ctx.settings;
  const last3 = lastFullMonths(ctx.today, 3);
  const prev3 = monthsEarlier(last3, 3);
  const { period: year, classes: computed } = ctx.abcWindow();
  const yearMonths = monthsOf(year);
  const all: CustomerSales[] = [];
  for (const [code, list] of ctx.orders) {
    const orders = list.filter((r) => r.record.occurredAt.getTime() <= now);
    const byMonth = new Map<string, number>();
    for (const { record: t } of orders) byMonth.set(monthKey(t.occurredAt), (byMonth.get(monthKey(t.occurredAt)) ?? 0) + t.amount);
    all.push({ code, orders, byMonth });
  }

  for (const s of all) {
    const rep = ctx.repOf(s.code, s.orders[s.orders.length - 1]?.record.rep ?? "");
    const lastOrder = s.orders[s.orders.length - 1];
    const customerRef: CellRef | undefined =
      ctx.customerCell(s.code, "code") ?? (lastOrder ? { sheet: "transactions", column: "amount", row: lastOrder.row } : undefined);
    if (!customerRef) continue;
    const base = { customer: s.code, rep, at: ctx.today };

    const lastSum = sumIn(s, last3);
    const prevSum = sumIn(s, prev3);
    if (prevSum > 0 && lastSum <= prevSum * (1 - audit.salesDropPct / 100)) {
      const drop = 1 - lastSum / prevSum;
      ctx.add({
        ...base,
        rule: "sales.drop",
        severity: drop >= 0.6 ? "高" : "中",
        ref: customerRef,
        message: {
          zh: `${periodLabel(last3)}订单额¥${money(lastSum)}，比之前3个月¥${money(prevSum)}下降${pct(drop)}。`,
          en: `Orders of ${periodLabel(last3, "en")} total ¥${money(lastSum)}, ${pct(drop)} below the 3 months before (¥${money(prevSum)}).`,
        },
      });
    }

    if (lastSum > 0 && prevSum > 0) {
      const before = categoryShares(s, prev3);
      const after = categoryShares(s, last3);
      let worst = { cat: "", from: 0, to: 0, move: 0 };
      for (const cat of new Set([...before.keys(), ...after.keys()])) {
        const from = before.get(cat) ?? 0;
        const to = after.get(cat) ?? 0;
        if (Math.abs(to - from) > Math.abs(worst.move)) worst = { cat, from, to, move: to - from };
      }
      if (Math.abs(worst.move) * 100 >= audit.categoryShiftPts - 1e-9) {
        const zhCat = worst.cat ? quote(worst.cat, 20) : UNCATEGORISED.zh;
        const enCat = worst.cat ? quote(worst.cat, 20) : UNCATEGORISED.en;
        const pts = Math.round(Math.abs(worst.move) * 1000) / 10;
        ctx.add({
          ...base,
          rule: "sales.categoryShift",
          severity: "中",
          ref: customerRef,
          message: {
            zh: `品类“${zhCat}”占订单额的比例由前3个月的${pct(worst.from)}变为近3个月的${pct(worst.to)}（${worst.move > 0 ? "上升" : "下降"}${pts}个百分点）。`,
            en: `The share of category "${enCat}" moved from ${pct(worst.from)} to ${pct(worst.to)} of orders (${worst.move > 0 ? "up" : "down"} ${pts} points) between the previous and the last 3 months.`,
          },
        });
      }
    }

    const med = median(yearMonths.map((m) => s.byMonth.get(m) ?? 0));
    if (med > 0) {
      for (const m of [...yearMonths, monthKey(ctx.today)]) {
        const v = s.byMonth.get(m) ?? 0;
        if (v < audit.spikeFactor * med) continue;
        let biggest: Rowed<Transaction> | undefined;
        for (let i = 0; i < s.orders.length; i++) {
          const r = s.orders[i];
          if (monthKey(r.record.occurredAt) === m && (!biggest || r.record.amount > biggest.record.amount)) biggest = r;
        }
        const ratio = Math.round((v / med) * 10) / 10;
        ctx.add({
          rule: "sales.spike",
          severity: "中",
          customer: s.code,
          rep: biggest!.record.rep,
          at: biggest!.record.occurredAt,
          ref: { sheet: "transactions", column: "amount", row: biggest!.row },
          message: {
            zh: `${m}订单额¥${money(v)}，是近12个月月中位数¥${money(med)}的${ratio}倍，可能存在串货，请核实。`,
            en: `Orders in ${m} total ¥${money(v)}, ${ratio}× the 12-month median of ¥${money(med)}: possible cross-region selling, please check.`,
          },
        });
      }
    }

    const customer = ctx.customers.get(s.code);
    if (customer) auditGradeFit(ctx, customer, s.orders, computed.get(s.code)?.abc);
  }

  auditAbc(ctx, year, computed);
}

/** The archive grade against what the log implies (domain/grade-fit.ts): one finding per customer, every reason named. */
function auditGradeFit(ctx: AuditContext, customer: Rowed<Customer>, orders: readonly Rowed<Transaction>[], abc: AbcClass | undefined): void {
  const grade = customer.record.grade;
  const fit = gradeFit(grade, { orders: orders.map((o) => o.record), abc }, ctx.today, ctx.settings.audit.steadyOrderMonths);
  if (fit.reasons.length === 0) return;
  const texts = fit.reasons.map((r) => gradeReasonText(r, grade));
  const meaning = GRADE_MEANING[grade];
  ctx.add({
    rule: "sales.gradeMismatch",
    severity: "中",
    customer: customer.record.code,
    rep: customer.record.rep,
    at: ctx.today,
    ref: { sheet: "customers", column: "grade", row: customer.row },
    message: {
      zh: `客户等级为${grade}（${meaning.zh}），但${texts.map((t) => t.zh).join("；")}：日志显示应为${fit.suggested}级，请重新评级。`,
      en: `Graded ${grade} (${meaning.en}) yet ${texts.map((t) => t.en).join("; ")}: the log suggests grade ${fit.suggested}; please re-grade.`,
    },
  });
}

/** The stored ABC类 against the class of the last 12 complete months' sales (the ABC window). */
function auditAbc(ctx: AuditContext, year: Period, computed: ReadonlyMap<string, CustomerAbc>): void {
  for (const c of ctx.customers.values()) {
    const stored = c.record.abc;
    const { amount, abc: actual } = computed.get(c.record.code)!;
    if (!stored || !actual || stored === actual) continue;
    ctx.add({
      rule: "sales.abcMismatch",
      severity: "低",
      customer: c.record.code,
      rep: c.record.rep,
      at: ctx.today,
      ref: { sheet: "customers", column: "abc", row: c.row },
      message: {
        zh: `ABC类记为${stored}，但按${periodLabel(year)}的订单额¥${money(amount)}应为${actual}类。`,
        en: `ABC class is ${stored} but orders of ${periodLabel(year, "en")} (¥${money(amount)}) make it ${actual}.`,
      },
    });
  }
}
