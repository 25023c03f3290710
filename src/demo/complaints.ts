import { addDays, addHours, daysBetween } from "../domain/time";
import type { Complaint, Staff } from "../workbook";
import type { DemoContext } from "./context";
import { repAt, type CustomerPlan } from "./customers";
import { personName } from "./names";
import type { Order } from "./transactions";

/** An open complaint older than this many days is planted as overdue (设置 投诉未结天数). */
export const OPEN_COMPLAINT_DAYS = 7;

type Kind = Complaint["complaintKind"];
const STORIES: Record<Kind, { object: string; request: string; cause: string; dept: string; remedies: Complaint["remedy"][] }[]> = {
  产品质量: [
    { object: "胀袋漏气", request: "要求换货并检查同批次产品", cause: "运输途中挤压导致包装破损", dept: "质量部", remedies: ["换货", "退货"] },
    { object: "异味变质", request: "要求退货并赔偿损失", cause: "仓储温度过高，批次抽检合格但个别变质", dept: "质量部", remedies: ["退货", "折价赔偿"] },
    { object: "净含量不足", request: "要求补足差额", cause: "灌装设备计量偏差", dept: "生产部", remedies: ["折价赔偿", "换货"] },
  ],
  购销合同: [
    { object: "交货延迟", request: "要求说明原因并补偿", cause: "物流中转仓爆仓，未及时调度", dept: "物流部", remedies: ["折价赔偿"] },
    { object: "发货数量与订单不符", request: "要求补发缺货", cause: "拣货员漏拣", dept: "物流部", remedies: ["换货"] },
    { object: "结算价格与合同不一致", request: "要求按合同价重新结算", cause: "系统价格未及时更新", dept: "销售部", remedies: ["折价赔偿"] },
  ],
  服务: [
    { object: "送货司机态度差", request: "要求道歉并更换司机", cause: "司机赶时间与收货员发生争执", dept: "物流部", remedies: ["道歉", "补偿服务"] },
    { object: "客服电话长时间无人接听", request: "要求改进响应速度", cause: "促销期间来电量激增，排班不足", dept: "客服部", remedies: ["道歉", "培训整改"] },
    { object: "冰柜报修未及时上门", request: "要求尽快维修", cause: "维修外包商排期过长", dept: "市场部", remedies: ["维修", "重新服务"] },
  ],
};

/** 方案说明 per remedy; goods remedies not listed read 为客户办理退货/换货/维修. */
const REMEDY_DETAIL: Partial<Record<NonNullable<Complaint["remedy"]>, string>> = {
  折价赔偿: "按受损货值给予折让，在下次货款中抵扣",
  道歉: "由主管向客户当面致歉，并更换送货人员",
  重新服务: "安排专人重新上门服务",
  补偿服务: "免费提供一次冰柜保养与陈列整理服务",
  培训整改: "对相关人员进行服务规范培训，调整高峰期排班",
};

/** The remedy, its 方案说明 and the 处理结果 that follows from it. */
function setRemedy(c: Complaint, remedy: NonNullable<Complaint["remedy"]>): Complaint {
  c.remedy = remedy;
  c.remedyDetail = REMEDY_DETAIL[remedy] ?? `为客户办理${remedy}`;
  c.resolution = c.remedyDetail;
  return c;
}

/** A closed complaint told again as a service one (the driver's manner), put right by an apology. */
function retellAsService(c: Complaint): Complaint {
  const story = STORIES.服务[0];
  c.complaintKind = "服务";
  c.description = `客户投诉${story.object}`;
  c.object = story.object;
  c.request = story.request;
  c.causeAnalysis = story.cause;
  c.responsibleDept = story.dept;
  delete c.compensation;
  return setRemedy(c, "道歉");
}

interface Timeline {
  judged: Date;
  assigned: Date;
  analysed: Date;
  /** The remedy is proposed and approved together, so no compensation ever waits unapproved. */
  approved: Date;
  implemented: Date;
  notified: Date;
  closed: Date;
}

function timeline(ctx: DemoContext, t: Date): Timeline {
  const f = ctx.rng.float(0.6, 1);
  const at = (days: number) => ctx.minute(addHours(t, days * 24 * f));
  return { judged: at(0.3), assigned: at(0.5), analysed: at(1.5), approved: at(2.5), implemented: at(3.8), notified: at(4.2), closed: at(6.5) };
}

/** Fills the steps done by `until`; a complaint whose 8th step is past is closed. */
function fill(ctx: DemoContext, c: Complaint, story: (typeof STORIES)[Kind][number], tl: Timeline, until: Date, approver: string): void {
  const { rng } = ctx;
  const done = (d: Date) => d.getTime() <= until.getTime();
  if (done(tl.judged)) {
    c.validity = "有效";
    c.validityNote = "经核实情况属实";
  }
  if (done(tl.assigned)) {
    c.responsibleDept = story.dept;
    c.responsiblePerson = personName(rng);
  }
  if (done(tl.analysed)) {
    c.causeAnalysis = story.cause;
    c.liability = story.dept === "物流部" ? rng.pick(["物流承运商责任", "公司责任"]) : rng.pick(["公司责任", "公司责任", "双方共同责任"]);
  }
  if (done(tl.approved)) {
    c.remedy = rng.pick(story.remedies);
    c.remedyDetail = REMEDY_DETAIL[c.remedy!] ?? `为客户办理${c.remedy}`;
    if (c.remedy === "折价赔偿") c.compensation = rng.int(2, 60) * 50;
    c.approver = approver;
    c.approvedAt = tl.approved;
  }
  if (done(tl.notified)) {
    c.implementedAt = tl.implemented;
    c.notifiedAt = tl.notified;
    c.customerFeedback = rng.pick(["客户表示满意", "客户接受处理方案", "客户基本认可，希望杜绝再次发生"]);
  }
  if (done(tl.closed)) {
    c.lessons = rng.pick(["加强出库检查", "高峰期提前排班", "合同价格变更需同步系统", "加强承运商管理"]);
    c.correctiveAction = rng.pick(["增加出库复核环节", "建立高峰期应急排班表", "价格变更双人复核", "与承运商签订服务协议"]);
    c.closedAt = tl.closed;
    c.resolution = c.remedyDetail;
    c.summary = "投诉已按流程处理完毕";
    c.status = "已完成";
    c.satisfaction = rng.weighted(["满意", "一般", "不满意"] as const, [0.5, 0.35, 0.15]);
    const callback = ctx.at(addDays(tl.closed, rng.int(1, 5)));
    if (ctx.isPast(callback)) c.callbackAt = callback;
  } else {
    c.status = done(tl.assigned) ? "处理中" : "待处理";
  }
}

/**
 * Complaints from about one buying customer in eight: closed ones carry all eight steps and a
 * callback; open ones are all younger than the limit except the planted overdue ones; planted
 * too: one closed with a missing step, one compensation (折价赔偿) and one free service (补偿服务)
 * without approval, one without callback,
 * one carried out the day before its approval, one approved by a colleague of the rep (neither
 * the rep's 上级 nor a supervisor in `staff`).
 */
export function makeComplaints(ctx: DemoContext, plans: readonly CustomerPlan[], orders: readonly Order[], approver: string, departments: Map<string, string>, staff: readonly Staff[]): Complaint[] {
  const { rng, today, start } = ctx;
  const lastOrder = new Map<string, Order>();
  for (const o of orders) lastOrder.set(o.plan.customer.code, o);
  const complaints: Complaint[] = [];
  const make = (plan: CustomerPlan, occurredAt: Date): [Complaint, (typeof STORIES)[Kind][number], Timeline] => {
    const kind = rng.weighted(["产品质量", "购销合同", "服务"] as const, [0.45, 0.35, 0.2]);
    const story = rng.pick(STORIES[kind]);
    const product = lastOrder.get(plan.customer.code)?.lines[0]?.product;
    const rep = repAt(plan, occurredAt);
    const c: Complaint = {
      id: ctx.id("TS", occurredAt),
      customer: plan.customer.code,
      rep,
      department: departments.get(rep),
      occurredAt,
      source: rng.weighted(["电话", "来访", "微信", "邮件"] as const, [0.5, 0.1, 0.3, 0.1]),
      serviceType: "投诉",
      description: `客户投诉${kind === "产品质量" && product ? `${product}` : ""}${story.object}`,
      complaintKind: kind,
      object: kind === "产品质量" && product ? `${product}：${story.object}` : story.object,
      request: story.request,
      status: "待处理",
    };
    c.feedbackAt = ctx.feedbackAt("complaints", occurredAt);
    complaints.push(c);
    return [c, story, timeline(ctx, occurredAt)];
  };

  const buyers = plans.filter((p) => p.buying);
  const closedValid: Complaint[] = [];
  for (const plan of buyers) {
    if (!rng.chance(0.13)) continue;
    const occurredAt = ctx.at(ctx.dayBetween(new Date(Math.max(start.getTime(), plan.salesFrom.getTime())), today));
    const [c, story, tl] = make(plan, occurredAt);
    if (rng.chance(0.08) && ctx.isPast(tl.judged)) {
      c.validity = "无效";
      c.validityNote = "经核实系客户自身保管不当，已耐心解释";
      c.closedAt = tl.assigned;
      c.resolution = "向客户说明原因，客户表示理解";
      c.summary = "投诉不成立，已结案";
      c.status = ctx.isPast(tl.assigned) ? "已关闭" : "处理中";
      if (c.status !== "已关闭") delete c.closedAt;
      continue;
    }
    fill(ctx, c, story, tl, ctx.now, approver);
    if (c.status === "已完成" && c.callbackAt && daysBetween(c.closedAt!, today) > 10 && !ctx.plantedCustomers.has(c.customer)) closedValid.push(c);
  }

  // open far past the limit: taken in, assigned and maybe analysed, then left
  const pool = buyers.filter((p) => !ctx.plantedCustomers.has(p.customer.code));
  for (const plan of rng.sample(pool, ctx.scaled(4))) {
    const occurredAt = ctx.at(addDays(today, -rng.int(OPEN_COMPLAINT_DAYS + 3, 40)));
    const [c, story, tl] = make(plan, occurredAt);
    fill(ctx, c, story, tl, rng.chance(0.5) ? tl.assigned : tl.analysed, approver);
    c.description += "（客户多次催促）";
    ctx.plant("complaintsOpenOverdue", `${c.customer} ${c.id}`, c);
  }

  const [missing, compensation, noCallback, early, byPeer] = rng.sample(closedValid, 5);
  if (missing) {
    delete missing.causeAnalysis;
    delete missing.liability;
    ctx.plant("complaintsMissingStep", `${missing.customer} ${missing.id}`, missing);
  }
  /** A remedy of value given with no approver: step 6 is missing too. */
  const unapproved = (c: Complaint, remedy: "折价赔偿" | "补偿服务") => {
    setRemedy(c, remedy);
    delete c.approver;
    delete c.approvedAt;
    ctx.plant("compensationWithoutApproval", `${c.customer} ${c.id}`, c);
    ctx.plant("complaintsMissingStep", `${c.customer} ${c.id}`);
  };
  if (compensation) {
    compensation.compensation = rng.int(20, 100) * 50;
    unapproved(compensation, "折价赔偿");
  }
  // a service complaint put right with a free service (补偿服务, something of value) nobody approved, and
  // another put right by an apology beside it (its look-alike); where the year has fewer than two, a
  // closed complaint is told as a service one. Chosen without a draw, so the rest of the log stays as the seed makes it
  const chosen = new Set<Complaint | undefined>([missing, compensation, noCallback, early, byPeer]);
  const served = closedValid.filter((c) => c.complaintKind === "服务" && !chosen.has(c));
  for (const c of closedValid) {
    if (served.length >= 2) break;
    if (c.complaintKind !== "服务" && !chosen.has(c)) served.push(retellAsService(c));
  }
  if (served[0]) unapproved(served[0], "补偿服务");
  // the look-alike's remedy is a service too (the 冰柜 story's 维修 is goods): 重新服务
  if (served[1]?.remedy === "维修") setRemedy(served[1], "重新服务");
  if (noCallback) {
    delete noCallback.callbackAt;
    ctx.plant("complaintsNoCallback", `${noCallback.customer} ${noCallback.id}`, noCallback);
  }
  if (early) {
    // the day before the approval: still after it was received (approved 1.5–2.5 days after)
    early.implementedAt = addDays(early.approvedAt!, -1);
    ctx.plant("complaintsOutOfOrder", `${early.customer} ${early.id}`, early);
  }
  const peer = byPeer && rng.pick(staff.filter((s) => s.role === "客服" && s.active !== false && s.id !== byPeer.rep));
  if (byPeer && peer) {
    byPeer.approver = peer.name;
    ctx.plant("approverNotEntitled", `${byPeer.customer} ${byPeer.id}`, byPeer);
  }
  return complaints;
}
