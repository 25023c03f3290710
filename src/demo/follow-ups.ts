import { addDays, daysBetween, isoDate, MS_PER_DAY } from "../domain/time";
import type { Grade } from "../workbook/column";
import type { FollowUp } from "../workbook";
import { CATALOG } from "./catalog";
import type { DemoContext } from "./context";
import { gradeAt, repAt, type CustomerPlan } from "./customers";
import type { Team } from "./staff";

const PROMISES_TO_BUYERS = ["月底前安排业务员上门核对库存", "本月内给予订货返点2%", "下次发货前更换破损包装", "两周内安排促销员驻店", "本周内回复对账差异"];
const PROMISES_TO_PROSPECTS = ["下周前寄送新品样品", "三个工作日内提供新版价格表", "本周内安排业务经理拜访", "一周内申请首单优惠政策"];

function topCategory(plan: CustomerPlan): string {
  return CATALOG[plan.mix.indexOf(Math.max(...plan.mix))].name;
}

function content(ctx: DemoContext, plan: CustomerPlan, source: string | undefined): [string, string] {
  const { rng } = ctx;
  const cat = topCategory(plan);
  const contact = plan.customer.contact ?? "客户";
  if (source === "拜访") {
    return rng.pick([
      [`上门拜访${contact}，查看${cat}陈列与库存`, "库存充足，陈列需调整，已现场指导"],
      [`拜访门店，了解${cat}动销情况`, "动销正常，客户计划下月加大订货"],
      [`与${contact}面谈下季度合作`, "客户有意向增加品类，待报价"],
    ] as [string, string][]);
  }
  if (!plan.buying) {
    return rng.pick([
      [`电话联系${contact}，介绍${cat}产品线`, "客户索要报价单，已发送"],
      [`微信发送新品资料给${contact}`, "客户表示会转给老板，待回复"],
      [`询问客户采购计划`, "客户暂无采购计划，保持联系"],
      [`跟进报价反馈`, "客户认为价格偏高，需申请优惠"],
    ] as [string, string][]);
  }
  return rng.pick([
    [`电话沟通本月订货计划`, "客户确认按上月数量订货"],
    [`微信跟进回款及对账`, "对账无误，客户承诺按期付款"],
    [`了解${cat}销售情况`, "客户反映周边竞品促销力度大"],
    [`通知客户新品上市及价格政策`, "客户有兴趣，下次订货试销"],
    [`确认上次到货情况`, "到货完好，客户满意"],
  ] as [string, string][]);
}

function sourceFor(ctx: DemoContext, grade: Grade): FollowUp["source"] {
  const visit = grade === "A" ? 0.08 : grade === "B" ? 0.25 : grade === "C" ? 0.3 : 0.1;
  return ctx.rng.weighted(["拜访", "电话", "微信", "邮件"] as const, [visit, 0.45, 0.4, 0.05]);
}

/** The first working day a grade segment starts on after `day` and before `next`, else `next`. */
function regradeDay(ctx: DemoContext, plan: CustomerPlan, day: Date, next: Date): Date {
  for (const s of plan.segments) {
    if (s.from.getTime() <= day.getTime()) continue;
    const at = ctx.workingDay(s.from);
    if (at.getTime() < next.getTime()) return at;
  }
  return next;
}

/**
 * One customer's contacts, on working days in office hours: every follow-up comes by the day the
 * previous one made it due (its grade's cadence, moved off weekends and holidays as 设置 says; a
 * few days early now and then), each may re-grade the customer; a planted lapse is one gap past
 * the due day, a planted "overdue" customer has had no contact since its last due day.
 */
function walk(ctx: DemoContext, plan: CustomerPlan): FollowUp[] {
  const { rng, today, settings } = ctx;
  const begin = plan.createdAt.getTime() > ctx.start.getTime() ? plan.createdAt : ctx.start;
  const list: FollowUp[] = [];
  const firstCadence = settings.cadenceDays[gradeAt(plan, begin)];
  let day = ctx.workingDay(plan.createdAt.getTime() > ctx.start.getTime() ? begin : addDays(begin, rng.int(0, Math.min(firstCadence, daysBetween(begin, today)) - 1)));
  let lapsed = false;
  let previous: Grade | undefined;
  while (day.getTime() < today.getTime()) {
    const grade = gradeAt(plan, day);
    // by 17:30, so a contact joined to it 20 minutes later (abc-treatment.ts) is in office hours too
    const occurredAt = ctx.at(day, 8.5, 17.5);
    const source = sourceFor(ctx, grade);
    const [description, said] = content(ctx, plan, source);
    const regraded = previous !== undefined && previous !== grade;
    const result = regraded ? `${said}；评级由${previous}调整为${grade}` : said;
    const f: FollowUp = {
      id: ctx.id("GJ", occurredAt),
      customer: plan.customer.code,
      rep: repAt(plan, occurredAt),
      occurredAt,
      source,
      serviceType: source === "拜访" ? "拜访" : rng.weighted(["咨询", "订单", "其他"] as const, [0.5, plan.buying ? 0.35 : 0, 0.15]),
      description,
      result,
      gradeAfter: grade,
      resolution: result,
      summary: regraded ? `客户状态变化，按${grade}级周期跟进` : "按计划跟进",
      status: "已完成",
      satisfaction: rng.weighted(["非常满意", "满意", "一般"] as const, [0.3, 0.55, 0.15]),
    };
    if (rng.chance(0.06)) {
      f.promise = rng.pick(plan.buying ? PROMISES_TO_BUYERS : PROMISES_TO_PROSPECTS);
      f.promiseDue = addDays(day, rng.int(2, 14));
      if (f.promiseDue.getTime() < today.getTime()) f.promiseKept = true;
    }
    list.push(f);
    previous = grade;
    const cadence = settings.cadenceDays[grade];
    const due = ctx.dueAfter(day, grade);
    const leaving = plan.lapseAcrossHandover && plan.before ? plan.before.until : undefined;
    if (leaving && !lapsed && due.getTime() < addDays(leaving, -2).getTime() && ctx.dueAfter(due, grade).getTime() >= addDays(leaving, -2).getTime()) {
      // the rep about to leave makes this the last call; the successor's first comes days after the handover
      day = ctx.workingDay(addDays(leaving, rng.int(3, 7)));
      lapsed = plan.lapsedAcrossHandover = true;
    } else if (plan.lapseAt && !lapsed && day.getTime() >= plan.lapseAt.getTime()) {
      day = ctx.workingDay(addDays(due, rng.int(Math.max(2, Math.ceil(cadence * 0.3)), Math.max(3, cadence))));
      lapsed = true;
    } else {
      // a few days early now and then, on the working day before when that day is off (moving it on
      // to Monday would gather every early call there); never on or before the contact itself
      const early = cadence >= 7 && rng.chance(0.35) ? ctx.workingDayBefore(addDays(day, cadence - rng.int(1, Math.floor(cadence * 0.3)))) : due;
      const next = early.getTime() > day.getTime() ? early : due;
      // a re-grade is made at a contact: the next grade's first working day is a contact day
      day = regradeDay(ctx, plan, day, next);
    }
  }
  if (plan.overdue) {
    // stop following up: drop contacts until the last one's due day is at least 3 days past
    while (list.length > 1) {
      const last = list[list.length - 1];
      if (daysBetween(ctx.dueAfter(last.occurredAt, last.gradeAfter), today) >= 3) break;
      list.pop();
    }
  }
  return list;
}

function handover(ctx: DemoContext, plan: CustomerPlan, team: Team, contacts: readonly FollowUp[]): FollowUp {
  const { leaver } = team;
  const occurredAt = ctx.at(ctx.workingDay(leaver.leftOn), 9, 17);
  const before = contacts.filter((f) => f.occurredAt.getTime() <= occurredAt.getTime());
  const grade = before.length > 0 ? before[before.length - 1].gradeAfter : gradeAt(plan, occurredAt);
  const text = `${leaver.rep.name}（${leaver.rep.id}）离职，客户移交${leaver.successor.name}（${leaver.successor.id}）`;
  return {
    id: ctx.id("GJ", occurredAt),
    customer: plan.customer.code,
    rep: leaver.successor.id,
    department: leaver.successor.department,
    occurredAt,
    source: "其他",
    serviceType: "交接",
    description: text,
    result: "已核对客户档案、未结事项和往来帐",
    gradeAfter: grade,
    resolution: "交接完成",
    summary: "客户档案完整，无需当面交接",
    status: "已完成",
    feedbackAt: occurredAt,
  };
}

/**
 * The follow-ups of every customer; afterwards each archive grade is the grade the last contact
 * left (the rep re-grades after every follow-up), and 最近跟进 / 下次跟进 follow from it.
 */
export function makeFollowUps(ctx: DemoContext, plans: readonly CustomerPlan[], team: Team): FollowUp[] {
  const all: FollowUp[] = [];
  const promised: FollowUp[] = [];
  const regraded: [CustomerPlan, Grade][] = [];
  const staff = new Map(team.staff.map((s) => [s.id, s]));
  // one of the leaver's customers the handover missed: the successor calls, 客户档案 still names the leaver
  const missed = new Set(ctx.rng.sample(plans.filter((p) => p.before && !ctx.plantedCustomers.has(p.customer.code)), ctx.scaled(1)));
  // and one the rep who left let lapse before going: the lapse is charged to them, not to the successor
  for (const p of ctx.rng.sample(plans.filter((p) => p.before && !missed.has(p) && !ctx.plantedCustomers.has(p.customer.code)), ctx.scaled(1))) {
    p.lapseAcrossHandover = true;
    ctx.plantedCustomers.add(p.customer.code);
  }
  for (const plan of plans) {
    const contacts = walk(ctx, plan);
    const code = plan.customer.code;
    let before: Grade | undefined;
    for (let i = 0; i < contacts.length; i++) {
      const f = contacts[i];
      f.department = staff.get(f.rep)?.department;
      f.feedbackAt = ctx.feedbackAt("followUps", f.occurredAt);
      if (!f.feedbackAt) f.status = "处理中";
      if (i > 0 && f.gradeAfter !== contacts[i - 1].gradeAfter) {
        ctx.plant("regrades", `${code} ${isoDate(f.occurredAt)}`);
        before = contacts[i - 1].gradeAfter;
      }
      if (f.promise && f.promiseKept && f.promiseDue!.getTime() < ctx.today.getTime() - MS_PER_DAY) promised.push(f);
    }
    if (plan.lapseAt) ctx.plant("followUpLapses", code);
    if (plan.lapsedAcrossHandover) ctx.plant("lapseBeforeHandover", code);
    if (plan.overdue) ctx.plant("followUpsOverdue", code);
    const last = contacts[contacts.length - 1];
    if (last) {
      plan.customer.grade = last.gradeAfter;
      plan.customer.lastFollowUp = new Date(Math.floor(last.occurredAt.getTime() / MS_PER_DAY) * MS_PER_DAY);
      plan.customer.nextDue = ctx.dueAfter(plan.customer.lastFollowUp, last.gradeAfter);
    }
    // a stale grade below B on a customer ordering every month would also break the grade rule
    if (before && !ctx.plantedCustomers.has(code) && (!plan.buying || before === "A" || before === "B")) regraded.push([plan, before]);
    all.push(...contacts);
    if (missed.has(plan)) {
      plan.customer.rep = plan.before!.rep;
      ctx.plantedCustomers.add(code);
      ctx.plant("repGone", code, plan.customer);
    } else if (plan.before) {
      all.push(handover(ctx, plan, team, contacts));
      ctx.plant("handovers", code);
    }
  }
  // the rep re-graded in a follow-up but left the archive's grade as it was
  for (const [plan, stale] of ctx.rng.sample(regraded, ctx.scaled(2))) {
    plan.customer.grade = stale;
    ctx.plantedCustomers.add(plan.customer.code);
    ctx.plant("gradeNotUpdated", plan.customer.code, plan.customer);
  }
  for (const f of ctx.rng.sample(promised, ctx.scaled(6))) {
    if (ctx.rng.chance(0.5)) f.promiseKept = false;
    else delete f.promiseKept;
    f.summary = "承诺事项待落实";
    ctx.plant("promisesOverdue", `${f.customer} ${f.id}`, f);
  }
  // promises written down without a 承诺期限 (and not yet marked kept)
  for (const f of ctx.rng.sample(promised.filter((p) => !ctx.plantedRecords.has(p)), ctx.scaled(2))) {
    delete f.promiseDue;
    delete f.promiseKept;
    f.summary = "承诺未约定期限";
    ctx.plant("promisesNoDue", `${f.customer} ${f.id}`, f);
  }
  return all;
}
