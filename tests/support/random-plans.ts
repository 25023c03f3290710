/**
 * Random logs of work plans for property tests of plan tracking and the appraisal: four staff in a
 * small department tree (客服部 ⊃ 一组 ⊃ 二组, and one member in none), events on every sheet a plan
 * type counts plus 往来帐 orders and payments, 工号 typed as 员工 spells them, in lower case or with
 * spaces, and plans of a rep or a department. `plainTracking` reads the figures straight from the
 * rules as the 方案跟踪 legend states them, one plan at a time over every row: no index, no search.
 */
import fc from "fast-check";
import type { AnyEvent, Department, Rowed, Staff, WorkPlan } from "../../src/domain/log";
import { addDays, utcDate } from "../../src/domain/time";
import { INFO_SOURCES, ITEM_TYPES, PLAN_METHODS, PLAN_STATUSES, PLAN_TYPES, SERVICE_TYPES, STATUSES, SUPPORT_TYPES } from "../../src/domain/vocabulary";
import { LogBuilder, type FixtureLog } from "../fixtures/audit/builder";

export const DAY0 = utcDate(2026, 9, 1);
export const REPS = ["S1", "S2", "S3", "S4"];
export const EVENT_SHEETS = ["followUps", "samples", "marketSupport", "complaints", "returns", "transactions"] as const;

/** 客服部 (D1, head typed "s1") ⊃ 一组 (D2, head S2) ⊃ 二组 (D3, no head: answers through 一组). */
export const DEPARTMENTS: Department[] = [
  { code: "D1", name: "客服部", head: "s1" },
  { code: "D2", name: "一组", parent: "D1", head: "S2" },
  { code: "D3", name: "二组", parent: "一组" },
];
export const STAFF: Staff[] = [
  { id: "S1", name: "甲", department: "D1" },
  { id: "S2", name: "乙", department: "一组" },
  { id: "S3", name: "丙", department: "D3" },
  { id: "S4", name: "丁" },
];

/** A 工号 as a sheet may type it: as 员工 spells it, in lower case, or with spaces around. */
export const typedRep = fc.tuple(fc.constantFrom(...REPS), fc.constantFrom("", "lower", "spaced")).map(([id, how]) => (how === "lower" ? id.toLowerCase() : how === "spaced" ? ` ${id} ` : id));

export const eventArb = fc.record({
  sheet: fc.constantFrom(...EVENT_SHEETS),
  rep: typedRep,
  customer: fc.constantFrom("K1", "K2", "K3", "K4", "K5"),
  minute: fc.integer({ min: 0, max: 100 * 24 * 60 }),
  source: fc.constantFrom(...INFO_SOURCES),
  serviceType: fc.constantFrom(...SERVICE_TYPES),
  status: fc.constantFrom(...STATUSES),
  kind: fc.integer({ min: 0, max: 3 }),
  money: fc.integer({ min: 0, max: 5000 }),
});

export const planArb = fc.record({
  owner: fc.oneof(typedRep.map((rep) => ({ rep })), fc.constantFrom("D1", "一组", "D3").map((department) => ({ department }))),
  startDay: fc.integer({ min: 0, max: 90 }),
  length: fc.integer({ min: 0, max: 40 }),
  planType: fc.constantFrom(...PLAN_TYPES),
  method: fc.option(fc.constantFrom(...PLAN_METHODS), { nil: undefined }),
  target: fc.integer({ min: 0, max: 6 }),
  minimum: fc.integer({ min: 0, max: 6 }),
  status: fc.constantFrom(...PLAN_STATUSES, "执行中"),
});

export type RandomEvent = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;
export type RandomPlan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

/** The log the draws describe: the team, every event (a 往来帐 row is an order, or a payment for odd kinds), every plan. */
export function buildPlanLog(events: readonly RandomEvent[], plans: readonly RandomPlan[]): FixtureLog {
  const b = new LogBuilder();
  STAFF.forEach((s, i) => b.log.staff.push({ row: i + 2, record: { ...s } }));
  DEPARTMENTS.forEach((d, i) => b.log.departments.push({ row: i + 2, record: { ...d } }));
  for (const e of events) {
    const at = new Date(DAY0.getTime() + e.minute * 60_000);
    const more = { source: e.source, serviceType: e.serviceType, status: e.status };
    if (e.sheet === "followUps") b.followUp(e.customer, e.rep, at, more);
    else if (e.sheet === "samples") b.sample(e.customer, e.rep, at, e.money, { ...more, itemType: ITEM_TYPES[e.kind] });
    else if (e.sheet === "marketSupport") b.marketSupport(e.customer, e.rep, at, { ...more, supportType: SUPPORT_TYPES[e.kind], cost: e.money });
    else if (e.sheet === "complaints") b.complaint(e.customer, e.rep, at, more);
    else if (e.sheet === "returns") b.returnRecord(e.customer, e.rep, at, more);
    else if (e.kind % 2 === 1) b.payment(e.customer, e.rep, at, e.money, more);
    else b.order(e.customer, e.rep, at, e.money, "饮料", more);
  }
  plans.forEach((p, i) => {
    const start = addDays(DAY0, p.startDay);
    const owner: { rep?: string; department?: string } = p.owner;
    b.plan(`FA${i}`, owner.rep ?? "", start, addDays(start, p.length), p.target, p.minimum, { rep: owner.rep, department: owner.department, planType: p.planType, method: p.method, status: p.status });
  });
  return b.log;
}

/** Two 工号 are one person whatever their case and surrounding spaces. */
export const sameId = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The department a staff member is in and those above it, as codes (the tree above, spelled out). */
function chainOf(department: string | undefined): string[] {
  const chains: Record<string, string[]> = { D1: ["D1"], 客服部: ["D1"], D2: ["D2", "D1"], 一组: ["D2", "D1"], D3: ["D3", "D2", "D1"], 二组: ["D3", "D2", "D1"] };
  return department === undefined ? [] : chains[department] ?? [];
}

/** Who answers for a plan: its rep, else the head of its department or of the nearest one above that names one. */
export function plainOwner(p: WorkPlan): string | undefined {
  if (p.rep && p.rep.trim() !== "") return p.rep;
  const heads: Record<string, string | undefined> = { D1: "s1", D2: "S2", D3: undefined };
  return chainOf(p.department).map((d) => heads[d]).find((h) => h !== undefined);
}

/** A plan's reach, successes and cost from every row of the log. */
export function plainTracking(log: FixtureLog, p: WorkPlan): { reached: number; succeeded: number; cost: number } {
  const deptOf = (id: string) => log.staff.find((s) => sameId(s.record.id, id))?.record.department;
  const want = chainOf(p.department)[0];
  const mine = (rep: string) => (p.rep ? sameId(rep, p.rep) : want !== undefined && chainOf(deptOf(rep)).includes(want));
  const first = p.start.getTime();
  const last = p.end.getTime() + 86_400_000;
  const rows: [string, AnyEvent][] = [];
  for (const sheet of EVENT_SHEETS) for (const r of log[sheet] as readonly Rowed<AnyEvent>[]) rows.push([sheet, r.record]);
  const within = rows.filter(([, e]) => mine(e.rep) && e.occurredAt.getTime() >= first && e.occurredAt.getTime() < last);
  const field = (e: AnyEvent, k: string) => (e as Record<string, unknown>)[k];
  const reachRow = ([sheet, e]: [string, AnyEvent]): boolean => {
    switch (p.planType) {
      case "客户访问": {
        if (sheet !== "followUps" || e.serviceType === "交接") return false;
        const sources: Record<string, string[]> = { 面访: ["拜访", "来访"], 电话: ["电话"], 短信: ["微信"], 信函: ["传真"], 邮件: ["邮件"] };
        return !p.method || sources[p.method].includes(e.source ?? "");
      }
      case "客户活动":
        return sheet === "marketSupport" && field(e, "supportType") !== "广告";
      case "服务":
        return sheet === "complaints" || sheet === "returns" || (sheet === "followUps" && ["售后", "咨询", "回访"].includes(e.serviceType ?? ""));
      case "宣传":
        return (sheet === "marketSupport" && field(e, "supportType") === "广告") || (sheet === "samples" && field(e, "itemType") === "宣传品");
    }
  };
  const costRow = ([sheet, e]: [string, AnyEvent]): number => {
    const ad = (sheet === "marketSupport" && field(e, "supportType") === "广告") || (sheet === "samples" && field(e, "itemType") === "宣传品");
    const money = Number(field(e, "cost") ?? field(e, "value") ?? 0);
    if (p.planType === "宣传") return ad ? money : 0;
    if (p.planType === "客户访问") return sheet === "samples" && !ad ? money : 0;
    if (p.planType === "客户活动") return sheet === "marketSupport" && !ad ? money : 0;
    return 0;
  };
  const reached = new Set(within.filter(reachRow).map(([, e]) => e.customer));
  const succeeded = new Set(within.filter(reachRow).filter(([, e]) => e.status === "已完成" || e.status === "已关闭").map(([, e]) => e.customer));
  const cost = within.reduce((s, r) => s + costRow(r), 0);
  return { reached: reached.size, succeeded: succeeded.size, cost };
}
