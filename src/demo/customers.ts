import { addDays, daysBetween, MS_PER_DAY, utcDate } from "../domain/time";
import type { Grade } from "../workbook/column";
import type { Customer } from "../workbook";
import { BEARINGS } from "../workbook/sheets/customers";
import { CATALOG } from "./catalog";
import { monthOf, monthStart, type DemoContext } from "./context";
import { BRANDS, INDUSTRY_WORDS, keyPeople, landline, mobile, personName, streetAddress, type BusinessType } from "./names";
import { AREA_WEIGHTS, AREAS, type Area, type Place } from "./places";
import type { Team } from "./staff";

export interface GradeSegment {
  grade: Grade;
  from: Date;
}

/** A customer and the story the demo tells about it; the record is completed as events are made. */
export interface CustomerPlan {
  customer: Customer;
  area: Area;
  place: Place;
  createdAt: Date;
  /** Buys during the log's year (已成交). */
  buying: boolean;
  /** A normal year's orders (¥). */
  annualSales: number;
  /** First day it may order in the log's year. */
  salesFrom: Date;
  /** Category weights, in CATALOG order. */
  mix: number[];
  /** The grades it goes through during the year, oldest first. */
  segments: GradeSegment[];
  repNow: string;
  /** Set when the customer came over from the rep who left. */
  before?: { rep: string; until: Date };
  paymentTerms: string;
  /** Planted sales patterns. */
  dropFactor?: number;
  spikeMonth?: number;
  shift?: { from: number; to: number };
  /** Planted: stops paying for what ships from this day on. */
  missesPaymentsFrom?: Date;
  /** Planted follow-up patterns. */
  lapseAt?: Date;
  overdue?: boolean;
  /** Planted: the rep who left lets a follow-up lapse in their last weeks; the successor's first call comes after the handover. */
  lapseAcrossHandover?: boolean;
  /** Set by the follow-ups once that lapse is in them. */
  lapsedAcrossHandover?: boolean;
}

export function repAt(plan: CustomerPlan, at: Date): string {
  return plan.before && at.getTime() < plan.before.until.getTime() ? plan.before.rep : plan.repNow;
}

export function gradeAt(plan: CustomerPlan, at: Date): Grade {
  let g = plan.segments[0].grade;
  for (const s of plan.segments) if (s.from.getTime() <= at.getTime()) g = s.grade;
  return g;
}

const GRADE_ORDER: readonly Grade[] = ["A", "B", "C", "D", "E"];
const BUSINESS_TYPES: readonly BusinessType[] = ["批发", "零售", "连锁", "代理", "终端", "其他"];
const BUSINESS_WEIGHTS = [0.25, 0.3, 0.12, 0.13, 0.15, 0.05];
const ORG_FORMS = ["民营", "国有", "合资", "外资", "其他"] as const;
const ORG_WEIGHTS = [0.8, 0.07, 0.05, 0.03, 0.05];
const PAYMENT_TERMS = ["月结30天", "月结60天", "款到发货", "货到付款"];
const DIRECTIONS: Record<BusinessType, string> = {
  批发: "二批及乡镇网点",
  零售: "社区零售",
  连锁: "商超连锁",
  代理: "区域代理",
  终端: "餐饮酒店",
  其他: "线上渠道",
};

function neighbour(ctx: DemoContext, grade: Grade, buying: boolean): Grade {
  const i = GRADE_ORDER.indexOf(grade);
  let j = i + (ctx.rng.chance(0.5) ? 1 : -1);
  if (j < 1) j = 2; // an earlier grade is never A: A lasts weeks, not months
  if (j > (buying ? 3 : 4)) j = buying ? 2 : 3;
  return GRADE_ORDER[j];
}

/** The grade history: the current grade, and 0–3 re-grades before it during the year. */
function segments(ctx: DemoContext, grade: Grade, from: Date, buying: boolean): GradeSegment[] {
  const { rng, today } = ctx;
  const span = daysBetween(from, today);
  let count = rng.weighted([0, 1, 2, 3], [0.5, 0.3, 0.15, 0.05]);
  if (grade === "A" && span > 60) count = Math.max(1, count);
  if (span < 40) count = 0;
  const bounds: number[] = [];
  for (let i = 0; i < count; i++) bounds.push(rng.int(20, span - 8));
  bounds.sort((a, b) => a - b);
  // a buyer's current grade starts a month back at least, so its last contacts (D: 30 days apart) carry it
  if (buying && grade !== "A") for (let i = 0; i < count; i++) bounds[i] = Math.min(bounds[i], span - 31);
  if (grade === "A" && count > 0) bounds[count - 1] = Math.max(bounds[count - 1], span - rng.int(10, 50));
  const result: GradeSegment[] = [{ grade, from: addDays(from, bounds[count - 1] ?? 0) }];
  for (let i = count - 2; i >= -1; i--) {
    result.unshift({ grade: neighbour(ctx, result[0].grade, buying), from: addDays(from, i >= 0 ? bounds[i] : 0) });
  }
  result[0].from = from;
  return result;
}

function scatter(ctx: DemoContext, place: Place): { lat: number; lng: number } {
  const r = place.spreadKm * Math.sqrt(ctx.rng.next());
  const angle = ctx.rng.float(0, 2 * Math.PI);
  const lat = place.lat + (r * Math.sin(angle)) / 111;
  const lng = place.lng + (r * Math.cos(angle)) / (111 * Math.cos((place.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/** 方位 of a point seen from the area's centre (the depot); 中 within 3 km. */
export function bearingFrom(centre: { lat: number; lng: number }, p: { lat: number; lng: number }): (typeof BEARINGS)[number] {
  const dy = (p.lat - centre.lat) * 111;
  const dx = (p.lng - centre.lng) * 111 * Math.cos((centre.lat * Math.PI) / 180);
  if (Math.hypot(dx, dy) < 3) return "中";
  const deg = (Math.atan2(dy, dx) * 180) / Math.PI; // 0 = east, counter-clockwise
  const sector = Math.round((deg < 0 ? deg + 360 : deg) / 45) % 8;
  return (["东", "东北", "北", "西北", "西", "西南", "南", "东南"] as const)[sector];
}

function companyName(ctx: DemoContext, place: Place, type: BusinessType, orgForm: string, boss: string, used: Set<string>): string {
  const { rng } = ctx;
  for (let attempt = 0; attempt < 30; attempt++) {
    const name =
      orgForm === "个体"
        ? `${place.city}${boss[0]}记${rng.pick(["副食商行", "便利店", "食品店", "粮油店"])}`
        : `${place.city}${rng.pick(BRANDS)}${rng.pick(INDUSTRY_WORDS[type])}有限公司`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const name = `${place.city}${rng.pick(BRANDS)}${rng.pick(INDUSTRY_WORDS[type])}有限公司${place.district !== place.city ? place.district : ""}第${used.size}分公司`;
  used.add(name);
  return name;
}

function mixOf(ctx: DemoContext): number[] {
  const mix: number[] = CATALOG.map(() => (ctx.rng.chance(0.6) ? ctx.rng.float(0.2, 1) : 0));
  if (!mix.some((w) => w > 0)) mix[ctx.rng.int(0, mix.length - 1)] = 1;
  const total = mix.reduce((a, b) => a + b, 0);
  return mix.map((w) => w / total);
}

function round(n: number, step: number): number {
  return Math.max(step, Math.round(n / step) * step);
}

/** Customers spread over the areas by weight, each with its place, company data and story. */
export function makeCustomers(ctx: DemoContext, team: Team): CustomerPlan[] {
  const { rng, today, start } = ctx;
  const used = new Set<string>();
  const plans: CustomerPlan[] = [];
  const newCustomerFrom = monthStart(ctx.month - 5);
  for (let i = 1; i <= ctx.customerCount; i++) {
    const area = rng.weighted(AREAS, AREA_WEIGHTS);
    const placeIndex = rng.weighted(area.places.map((_, k) => k), area.places.map((p) => p.weight));
    const place = area.places[placeIndex];
    const position = scatter(ctx, place);
    const type = rng.weighted(BUSINESS_TYPES, BUSINESS_WEIGHTS);
    const orgForm = type === "零售" && rng.chance(0.35) ? "个体" : rng.weighted(ORG_FORMS, ORG_WEIGHTS);
    const boss = personName(rng);
    const contact = personName(rng);
    const name = companyName(ctx, place, type, orgForm, boss, used);

    const isNew = rng.chance(0.12);
    const createdAt = isNew ? ctx.dayBetween(start, addDays(today, -20)) : utcDate(rng.int(2014, 2024), rng.int(1, 12), rng.int(1, 28));
    let buying = rng.chance(isNew ? 0.5 : 0.66);
    let salesFrom = start;
    if (buying && isNew) {
      // the first order month is a whole one: a sliver of a month would skew its category shares
      salesFrom = monthStart(Math.max(monthOf(addDays(createdAt, rng.int(10, 40))) + 1, monthOf(newCustomerFrom)));
      if (salesFrom.getTime() >= today.getTime()) buying = false;
    }
    // a customer that orders every month expects the next deal within weeks: A or B (domain/grade-fit.ts)
    const grade = buying
      ? rng.weighted(GRADE_ORDER, [0.1, 0.9, 0, 0, 0])
      : rng.weighted(GRADE_ORDER, [0.03, 0.08, 0.15, 0.3, 0.44]);
    const annualSales = buying ? Math.min(4_800_000, round(rng.pareto(24000, 1.15), 100)) : 0;
    const reps = team.repsByArea.get(area.name)!;
    const repNow = reps[placeIndex % reps.length].id;
    const paymentTerms = rng.weighted(PAYMENT_TERMS, [0.45, 0.15, 0.25, 0.15]);
    const segs = segments(ctx, grade, isNew ? createdAt : start, buying);
    const tradingSince = buying ? (isNew ? salesFrom : utcDate(Math.min(createdAt.getUTCFullYear() + rng.int(0, 2), 2024), rng.int(1, 12), rng.int(1, 28))) : undefined;
    const size = annualSales > 600_000 ? 3 : annualSales > 150_000 ? 2 : annualSales > 50_000 ? 1 : 0;
    const customer: Customer = {
      code: `KH${String(i).padStart(4, "0")}`,
      name,
      grade,
      rep: repNow,
      dealStatus: buying ? "已成交" : grade === "A" || grade === "B" ? "谈判中" : "潜在",
      contact,
      phone: rng.chance(0.8) ? mobile(rng) : landline(rng, place.areaCode),
      address: streetAddress(rng, place.prefix),
      area: area.name,
      district: place.district,
      bearing: bearingFrom(area, position),
      lat: position.lat,
      lng: position.lng,
      legalRep: boss,
      keyPeople: keyPeople(rng, contact, boss),
      tradingSince,
      orgForm: orgForm as Customer["orgForm"],
      businessType: type,
      assets: round(Math.min(50_000_000, buying ? annualSales * rng.float(0.8, 3) : rng.pareto(200_000, 1.3)), 10_000),
      serviceArea: `${place.city}${place.city === area.depot ? "市区" : "及周边县市"}`,
      salesCapability: ["较弱", "一般", "较强", "强"][size],
      potential: rng.weighted(["高", "中", "低"], [0.25, 0.5, 0.25]),
      businessDirection: DIRECTIONS[type],
      scale: type === "连锁" || type === "零售" ? `门店${type === "连锁" ? rng.int(6, 80) : rng.int(1, 3)}家` : `员工约${[8, 20, 60, 150][size] + rng.int(0, 20)}人`,
      registeredCapital: orgForm === "个体" ? undefined : rng.pick([50, 100, 200, 300, 500, 1000, 2000]) * 10_000,
      creditHistory: buying ? rng.weighted(["回款及时，无逾期记录", "偶有延迟，均在一周内付清", "2025年曾逾期30天，已结清"], [0.7, 0.25, 0.05]) : undefined,
      billingDay: buying && paymentTerms.startsWith("月结") ? rng.pick([25, 28, 30, 5, 10]) : undefined,
      paymentTerms: buying ? paymentTerms : undefined,
      currentActivity: undefined,
      createdAt,
      notes: rng.chance(0.08) ? rng.pick(["节假日前需提前备货", "仓库周日不收货", "开票需提前对账", "老板亲自决策采购"]) : undefined,
    };
    const plan: CustomerPlan = { customer, area, place, createdAt, buying, annualSales, salesFrom, mix: mixOf(ctx), segments: segs, repNow, paymentTerms };
    if (area.name === team.leaver.area && placeIndex % 2 === 1 && createdAt.getTime() < team.leaver.leftOn.getTime() - 20 * MS_PER_DAY) {
      plan.before = { rep: team.leaver.rep.id, until: team.leaver.leftOn };
    }
    plans.push(plan);
  }
  return plans;
}

const NEED: Record<Grade, Customer["need"]> = { A: "目标", B: "目标", C: "目标", D: "潜在", E: "死亡" };
const URGENCY: Record<Grade, Customer["urgency"]> = { A: "紧急", B: "缓急", C: "不紧急", D: "潜在", E: "潜在" };
const CLOSE_WITHIN: Partial<Record<Grade, [number, number]>> = { A: [5, 30], B: [31, 90], C: [91, 180] };

/** The archive fields that follow from the grade the follow-ups left and from the year's sales. */
export function settleCustomer(ctx: DemoContext, plan: CustomerPlan, categories: readonly string[]): void {
  const c = plan.customer;
  c.need = NEED[c.grade];
  c.urgency = URGENCY[c.grade];
  const within = CLOSE_WITHIN[c.grade];
  if (within) c.expectedClose = addDays(ctx.today, ctx.rng.int(...within));
  if (!plan.buying) c.dealStatus = c.grade === "A" || c.grade === "B" ? "谈判中" : "潜在";
  c.currentActivity = plan.buying
    ? `${plan.paymentTerms}，主要品类：${categories.slice(0, 3).join("、")}`
    : c.grade === "E"
      ? "暂无合作意向，年度回访"
      : "洽谈中，已提供报价";
}
