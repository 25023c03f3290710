import { classifyAbc } from "../domain/abc";
import { makeTreatmentContacts } from "./abc-treatment";
import type { EventSheetKey, FollowUp } from "../workbook";
import { SHEETS } from "../workbook";
import { CATALOG } from "./catalog";
import { PLANT_KINDS, DemoContext } from "./context";
import { makeComplaints } from "./complaints";
import { setCreditLimits } from "./credit";
import { makeCustomers, settleCustomer, type CustomerPlan } from "./customers";
import { chooseFaults, type Fault } from "./faults";
import { makeFollowUps } from "./follow-ups";
import { makeInvoices } from "./invoices";
import { makeMarketSupport } from "./market-support";
import { makeReturns } from "./returns";
import { makeSamples } from "./samples";
import { plantSlips, type EventRow } from "./anomalies";
import { makeTeam } from "./staff";
import { makePlans } from "./plans";
import { chooseStories } from "./story";
import { makeTransactions, type Order } from "./transactions";

export interface DemoOptions {
  customers: number;
  seed: number;
  /** The moment the demo is made at: the log covers the 12 complete months before this month, and this month so far. */
  today: Date;
}

export interface DemoLog {
  /** Keyed by sheet spec key (customers, transactions, …, staff); values are the sheets' record types. */
  records: { [sheetKey: string]: Record<string, unknown>[] };
  /** Cells to overwrite with raw user input after encoding, to plant faulty input the checker must find. */
  faults: Fault[];
  /** What was planted on purpose, by kind (see PLANT_KINDS and PLANT_LABELS). */
  planted: Record<string, number>;
  /** Where each planted kind is: customer codes or `<customer> <event id>`, for the printout and tests. */
  plantedIn: Record<string, string[]>;
}

export type { Fault } from "./faults";
export { PLANT_KINDS, type PlantKind } from "./context";
export { PLANT_LABELS } from "./labels";
export { AUDITED_PLANTS, expectedFindings } from "./audited";

/** ABC class from the 12 complete months' orders (as the audit reads it); a few are left stale on purpose. */
function classify(ctx: DemoContext, plans: readonly CustomerPlan[], orders: readonly Order[]): void {
  const sales = new Map<string, number>();
  for (const o of orders) {
    const m = o.at.getUTCFullYear() * 12 + o.at.getUTCMonth();
    if (m < ctx.month - 12 || m > ctx.month - 1) continue;
    sales.set(o.plan.customer.code, (sales.get(o.plan.customer.code) ?? 0) + o.total);
  }
  const classes = classifyAbc(plans.map((p) => sales.get(p.customer.code) ?? 0), ctx.settings.abcCuts);
  plans.forEach((p, i) => (p.customer.abc = classes[i]));
  const pool = plans.filter((p) => p.buying && p.customer.abc !== "C" && !ctx.plantedCustomers.has(p.customer.code));
  for (const p of ctx.rng.sample(pool, ctx.scaled(2))) {
    p.customer.abc = p.customer.abc === "A" ? "B" : "C";
    ctx.plantedCustomers.add(p.customer.code);
    ctx.plant("abcStale", p.customer.code, p.customer);
  }
}

function byTime<T extends { occurredAt: Date }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

/**
 * A year of a sales office's 客户日志, deterministic from the seed: customers in six areas, the
 * staff, and every kind of event, with warnings and slips planted on purpose (`planted`) and
 * faulty cells for the checker (`faults`). Pure: no I/O, the clock is `today`.
 */
export function generateDemoLog(options: DemoOptions): DemoLog {
  const ctx = new DemoContext(Math.max(1, Math.floor(options.customers)), options.seed, options.today);
  const team = makeTeam(ctx);
  const departments = new Map(team.staff.map((s) => [s.id, s.department ?? ""]));
  const plans = makeCustomers(ctx, team);
  chooseStories(ctx, plans);

  const followUps = makeFollowUps(ctx, plans, team);
  const contacts = new Map<string, FollowUp[]>();
  for (const f of followUps) {
    const list = contacts.get(f.customer);
    if (list) list.push(f);
    else contacts.set(f.customer, [f]);
  }
  for (const list of contacts.values()) byTime(list);

  const { transactions, orders } = makeTransactions(ctx, plans, departments);
  classify(ctx, plans, orders);
  followUps.push(...makeTreatmentContacts(ctx, plans, contacts, team, departments));
  const approver = team.manager.name;
  const samples = makeSamples(ctx, plans, contacts, approver, departments);
  const invoices = makeInvoices(ctx, orders, departments);
  const returns = makeReturns(ctx, orders, departments);
  setCreditLimits(ctx, plans, transactions, returns);
  const complaints = makeComplaints(ctx, plans, orders, approver, departments, team.staff);
  const marketSupport = makeMarketSupport(ctx, plans, departments);

  const categories = new Map<string, Map<string, number>>();
  for (const o of orders) {
    const byCat = categories.get(o.plan.customer.code) ?? new Map<string, number>();
    for (const l of o.lines) byCat.set(l.productCategory!, (byCat.get(l.productCategory!) ?? 0) + l.amount);
    categories.set(o.plan.customer.code, byCat);
  }
  for (const plan of plans) {
    const byCat = [...(categories.get(plan.customer.code) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    settleCustomer(ctx, plan, byCat.length > 0 ? byCat : [CATALOG[plan.mix.indexOf(Math.max(...plan.mix))].name]);
  }

  const events: Record<EventSheetKey, EventRow[]> = {
    transactions: byTime(transactions),
    samples: byTime(samples),
    invoices: byTime(invoices),
    returns: byTime(returns),
    complaints: byTime(complaints),
    marketSupport: byTime(marketSupport),
    followUps: byTime(followUps),
  };
  plantSlips(ctx, events);

  const records: DemoLog["records"] = {
    customers: plans.map((p) => p.customer),
    ...(events as unknown as Record<EventSheetKey, Record<string, unknown>[]>),
    staff: team.staff,
    staffTraining: team.training,
    staffExperience: team.experience,
    departments: team.departments,
  };
  const faults = chooseFaults(ctx, records);
  const { plans: workPlans, suggestions } = makePlans(ctx, team, records);
  records.plans = workPlans;
  records.suggestions = suggestions;
  const planted: Record<string, number> = {};
  const plantedIn: Record<string, string[]> = {};
  for (const kind of PLANT_KINDS) {
    planted[kind] = ctx.planted.get(kind) ?? 0;
    plantedIn[kind] = ctx.plantedIn.get(kind) ?? [];
  }
  return { records, faults, planted, plantedIn };
}

/** Rows per sheet, in workbook order (sheets the demo does not fill are left out). */
export function summarizeDemo(log: DemoLog): { sheetKey: string; name: string; nameEn: string; rows: number }[] {
  return SHEETS.filter((s) => log.records[s.key]).map((s) => ({ sheetKey: s.key, name: s.name, nameEn: s.nameEn, rows: log.records[s.key].length }));
}
