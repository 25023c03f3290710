/**
 * Who a 工号 is: IDs compare ignoring case and surrounding spaces ("e002" is E002), and a rep
 * stands active, inactive (left, as domain/staff.ts decides) or unknown (not in 员工). An empty staff list knows
 * nobody and judges nobody: a workbook just set up has no 员工 rows yet.
 */
import type { Customer, Rowed, Staff } from "./log";
import { isActiveOn } from "./staff";

export function staffKey(id: string): string {
  return id.trim().toUpperCase();
}

export function sameStaffId(a: string, b: string): boolean {
  return staffKey(a) === staffKey(b);
}

/**
 * Whether a rep is one of `reps`, comparing 工号 as staffKey does: how a scope of the company (the
 * archive's --rep, --department, --as) picks the rows, findings and figures it shows. Undefined
 * `reps`: the whole company, everyone is in.
 */
export function inReps(reps: Iterable<string> | undefined): (rep: string | undefined) => boolean {
  if (reps === undefined) return () => true;
  const keys = new Set<string>();
  for (const r of reps) keys.add(staffKey(r));
  return (rep) => rep !== undefined && keys.has(staffKey(rep));
}

export type RepStanding = "active" | "inactive" | "unknown";

export function findStaff<T extends { id: string }>(staff: readonly T[], id: string): T | undefined {
  const key = staffKey(id);
  return staff.find((s) => staffKey(s.id) === key);
}

/** How a rep stands in 员工 on `day` (domain/staff.ts); undefined when there is nothing to judge (no 员工 rows, or a blank ID). */
export function repStanding(rep: string, staff: readonly Pick<Staff, "id" | "active" | "leftOn">[], day: Date): RepStanding | undefined {
  if (staff.length === 0 || rep.trim() === "") return undefined;
  const found = findStaff(staff, rep);
  return !found ? "unknown" : isActiveOn(found, day) ? "active" : "inactive";
}

/**
 * The 工号 a rep asked for names, as the log spells it, when the log knows them: a 员工 row (在职
 * or not: a rep who left still has customers to hand over), else the 负责客服 of a customer (a rep
 * 员工 does not list still holds those customers). Undefined for anyone else: a slip of the
 * keyboard, which a command would otherwise answer with zeros.
 */
export function knownRepId(rep: string, staff: readonly Pick<Staff, "id">[], customerReps: Iterable<string>): string | undefined {
  const key = staffKey(rep);
  if (key === "") return undefined;
  const listed = staff.find((s) => staffKey(s.id) === key);
  if (listed) return listed.id.trim();
  for (const r of customerReps) if (staffKey(r) === key) return r.trim();
  return undefined;
}

export interface RepGone {
  customer: Rowed<Customer>;
  rep: string;
  standing: Exclude<RepStanding, "active">;
  /** The staff row's 姓名, when the rep is listed. */
  name?: string;
}

/** 客户档案 rows whose 负责客服 has left by `day` (在职 = 否, or 离职日期 passed) or is not in 员工 at all, in the archive's order. */
export function customersWithoutActiveRep(customers: readonly Rowed<Customer>[], staff: readonly Rowed<Staff>[], day: Date): RepGone[] {
  const members = staff.map((s) => s.record);
  const out: RepGone[] = [];
  for (const c of customers) {
    const standing = repStanding(c.record.rep, members, day);
    if (standing === "unknown" || standing === "inactive") out.push({ customer: c, rep: c.record.rep, standing, name: findStaff(members, c.record.rep)?.name });
  }
  return out;
}
