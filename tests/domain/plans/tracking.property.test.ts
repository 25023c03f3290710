import fc from "fast-check";
import { trackPlans } from "../../../src/domain/plans/tracking";
import type { AnyEvent, Department, Rowed, Staff, WorkPlan } from "../../../src/domain/log";
import { addDays, utcDate } from "../../../src/domain/time";
import { INFO_SOURCES, ITEM_TYPES, PLAN_METHODS, PLAN_TYPES, SERVICE_TYPES, STATUSES, SUPPORT_TYPES } from "../../../src/domain/vocabulary";
import { LogBuilder } from "../../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);
const DAY0 = utcDate(2026, 9, 1);
const REPS = ["S1", "S2", "S3", "S4"];
const SHEETS = ["followUps", "samples", "marketSupport", "complaints", "returns", "transactions"] as const;

const event = fc.record({
  sheet: fc.constantFrom(...SHEETS),
  rep: fc.constantFrom(...REPS),
  customer: fc.constantFrom("K1", "K2", "K3", "K4", "K5"),
  minute: fc.integer({ min: 0, max: 100 * 24 * 60 }),
  source: fc.constantFrom(...INFO_SOURCES),
  serviceType: fc.constantFrom(...SERVICE_TYPES),
  status: fc.constantFrom(...STATUSES),
  kind: fc.integer({ min: 0, max: 3 }),
  money: fc.integer({ min: 0, max: 5000 }),
});

const plan = fc.record({
  owner: fc.oneof(fc.constantFrom(...REPS).map((rep) => ({ rep })), fc.constantFrom("D1", "一组", "D3").map((department) => ({ department }))),
  startDay: fc.integer({ min: 0, max: 90 }),
  length: fc.integer({ min: 0, max: 40 }),
  planType: fc.constantFrom(...PLAN_TYPES),
  method: fc.option(fc.constantFrom(...PLAN_METHODS), { nil: undefined }),
  target: fc.integer({ min: 0, max: 6 }),
  minimum: fc.integer({ min: 0, max: 6 }),
});

/**
 * The same figures read straight from the rules as the report's legend states them, one plan at a
 * time over every row of the log: no index, no binary search.
 */
function plainTracking(log: LogBuilder["log"], p: WorkPlan) {
  const deptOf = (id: string) => log.staff.find((s) => s.record.id === id)?.record.department;
  const inDept = (d: string | undefined): boolean => {
    if (p.rep) return false;
    // D1 ⊃ D2 (一组) ⊃ D3
    const chain: Record<string, string[]> = { D1: ["D1"], D2: ["D2", "D1"], 一组: ["D2", "D1"], D3: ["D3", "D2", "D1"] };
    const want = p.department === "一组" ? "D2" : p.department!;
    return d !== undefined && (chain[d] ?? []).includes(want);
  };
  const mine = (rep: string) => (p.rep ? rep === p.rep : inDept(deptOf(rep)));
  const first = p.start.getTime();
  const last = p.end.getTime() + 86_400_000;
  const rows: [string, AnyEvent][] = [];
  for (const sheet of SHEETS) for (const r of log[sheet] as readonly Rowed<AnyEvent>[]) rows.push([sheet, r.record]);
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

describe("plan tracking (property)", () => {
  it("agrees with a plain scan of every row for random logs and plans", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), fc.array(plan, { minLength: 1, maxLength: 6 }), (events, plans) => {
        const b = new LogBuilder();
        const staff: Staff[] = [
          { id: "S1", name: "甲", department: "D1" },
          { id: "S2", name: "乙", department: "一组" },
          { id: "S3", name: "丙", department: "D3" },
          { id: "S4", name: "丁" },
        ];
        staff.forEach((s, i) => b.log.staff.push({ row: i + 2, record: s }));
        const departments: Department[] = [{ code: "D1", name: "客服部" }, { code: "D2", name: "一组", parent: "D1" }, { code: "D3", name: "二组", parent: "一组" }];
        departments.forEach((d, i) => b.log.departments.push({ row: i + 2, record: d }));
        for (const e of events) {
          const at = new Date(DAY0.getTime() + e.minute * 60_000);
          const more = { source: e.source, serviceType: e.serviceType, status: e.status };
          if (e.sheet === "followUps") b.followUp(e.customer, e.rep, at, more);
          else if (e.sheet === "samples") b.sample(e.customer, e.rep, at, e.money, { ...more, itemType: ITEM_TYPES[e.kind] });
          else if (e.sheet === "marketSupport") b.marketSupport(e.customer, e.rep, at, { ...more, supportType: SUPPORT_TYPES[e.kind], cost: e.money });
          else if (e.sheet === "complaints") b.complaint(e.customer, e.rep, at, more);
          else if (e.sheet === "returns") b.returnRecord(e.customer, e.rep, at, more);
          else b.order(e.customer, e.rep, at, e.money, "饮料", more);
        }
        plans.forEach((p, i) => {
          const start = addDays(DAY0, p.startDay);
          const owner: { rep?: string; department?: string } = p.owner;
          b.plan(`FA${i}`, owner.rep ?? "", start, addDays(start, p.length), p.target, p.minimum, { rep: owner.rep, department: owner.department, planType: p.planType, method: p.method });
        });
        const tracked = trackPlans(b.log, TODAY);
        tracked.forEach((t, i) => {
          const plain = plainTracking(b.log, b.log.plans[i].record);
          expect({ reached: t.reached, succeeded: t.succeeded }).toEqual({ reached: plain.reached, succeeded: plain.succeeded });
          expect(t.cost).toBeCloseTo(plain.cost, 6);
          const ended = TODAY.getTime() >= b.log.plans[i].record.end.getTime() + 86_400_000;
          expect(t.ended).toBe(ended);
          if (ended && t.state !== "met") expect(t.state).toBe(plain.reached >= b.log.plans[i].record.minimum ? "belowTarget" : "belowMinimum");
        });
      }),
      { numRuns: 300 },
    );
  });
});
