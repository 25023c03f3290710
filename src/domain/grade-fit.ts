import type { AbcClass, Grade } from "./vocabulary";
import { GRADES } from "./vocabulary";
import { contains, lastFullMonths, periodLabel, type Period } from "./periods";
import { monthKey } from "./time";
import { money } from "./audit/context";

/**
 * Whether a customer's grade (A within a month … E no need) fits what the log shows, and the
 * grade it implies: the audit's grade rule and the 跟进 form's suggestion both read this.
 *
 * - ordering in each of the last `steadyMonths` complete months: a deal keeps coming, so A or B;
 * - ABC class A (the top of the last 12 months' sales): not D or E;
 * - graded E (no need) yet ordering in the last 3 complete months and this one: at least D;
 * - graded A or B, ordering before the last 6 months and not since: at most C.
 */
export type GradeReason =
  | { kind: "steadyOrders"; months: number; period: Period }
  | { kind: "abcA" }
  | { kind: "ordersWhileE"; since: Date; amount: number }
  | { kind: "noOrders"; since: Date };

export interface GradeFit {
  grade: Grade;
  /** The grade the log implies: `grade` itself when it fits. */
  suggested: Grade;
  /** Why the grade does not fit (empty when it does). */
  reasons: GradeReason[];
}

export interface GradeEvidence {
  /** The customer's orders (往来类型 订单) up to today. */
  orders: readonly { occurredAt: Date; amount: number }[];
  /** The ABC class of the last 12 complete months' sales. */
  abc?: AbcClass;
}

const rank = (g: Grade) => GRADES.indexOf(g);

export function gradeFit(grade: Grade, evidence: GradeEvidence, today: Date, steadyMonths: number): GradeFit {
  const reasons: GradeReason[] = [];
  let best: Grade | undefined; // the lowest grade the log allows
  const atLeast = (g: Grade) => (best = best === undefined || rank(g) < rank(best) ? g : best);
  const { orders } = evidence;

  if (steadyMonths > 0 && rank(grade) > rank("B")) {
    const period = lastFullMonths(today, steadyMonths);
    const months = new Set<number>();
    for (const o of orders) if (contains(period, o.occurredAt)) months.add(o.occurredAt.getUTCFullYear() * 12 + o.occurredAt.getUTCMonth());
    if (months.size >= steadyMonths) {
      reasons.push({ kind: "steadyOrders", months: steadyMonths, period });
      atLeast("B");
    }
  }
  if (evidence.abc === "A" && rank(grade) >= rank("D")) {
    reasons.push({ kind: "abcA" });
    atLeast("C");
  }
  if (grade === "E") {
    const since = lastFullMonths(today, 3).from;
    let amount = 0;
    for (const o of orders) if (o.occurredAt.getTime() >= since.getTime()) amount += o.amount;
    if (amount > 0) {
      reasons.push({ kind: "ordersWhileE", since, amount });
      atLeast("D");
    }
  }
  if (grade === "A" || grade === "B") {
    const since = lastFullMonths(today, 6).from;
    const before = orders.some((o) => o.occurredAt.getTime() < since.getTime());
    if (before && !orders.some((o) => o.occurredAt.getTime() >= since.getTime())) {
      reasons.push({ kind: "noOrders", since });
      return { grade, suggested: "C", reasons };
    }
  }
  return { grade, suggested: best !== undefined && rank(best) < rank(grade) ? best : grade, reasons };
}

/** Why a grade does not fit, as a clause of a sentence in each language (money as 12,345.60). */
export function gradeReasonText(r: GradeReason, grade: Grade): { zh: string; en: string } {
  switch (r.kind) {
    case "steadyOrders":
      return {
        zh: `${periodLabel(r.period)}每月都有订单，等级应不低于B`,
        en: `orders came in each of ${periodLabel(r.period, "en")}, so the grade should be B or better`,
      };
    case "abcA":
      return { zh: `按近12个月订单额属A类客户，不应评为${grade}`, en: `the last 12 months' orders make it an ABC class A customer, which is not grade ${grade}` };
    case "ordersWhileE":
      return { zh: `${monthKey(r.since)}以来仍有订单¥${money(r.amount)}`, en: `it ordered ¥${money(r.amount)} since ${monthKey(r.since)}` };
    case "noOrders":
      return { zh: `${monthKey(r.since)}以来没有订单`, en: `no orders since ${monthKey(r.since)}` };
  }
}

/** What each grade means (when a deal is expected). */
export const GRADE_MEANING: Record<Grade, { zh: string; en: string }> = {
  A: { zh: "1个月内可成交", en: "a deal within 1 month" },
  B: { zh: "3个月内可成交", en: "a deal within 3 months" },
  C: { zh: "6个月内可成交", en: "a deal within 6 months" },
  D: { zh: "潜在或6个月以上", en: "potential, or a deal after 6 months" },
  E: { zh: "无需求", en: "no need" },
};
