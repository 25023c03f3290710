/**
 * Who works here on a given day. 员工 keeps both a 在职 flag and a 离职日期: a member marked 在职 = 否
 * is out whatever the date, and one whose 离职日期 (the last day worked) lies before the day is out
 * from the day after it. Every view that asks "is this rep active" asks here.
 */
import { startOfDay } from "./time";
import type { Staff } from "./log";


export function isActiveOn(member: Pick<Staff, "active" | "leftOn">, day: Date): boolean {
  if (member.active === false) return false;
  return member.leftOn === undefined || startOfDay(member.leftOn).getTime() >= startOfDay(day).getTime();
}

/**
 * Whether the member worked here on any day from `from` to `to`: joined by `to`, and not gone
 * before `from` (a 离职日期 says when; 在职 = 否 without one means gone all along).
 */
export function workedDuring(member: Pick<Staff, "active" | "leftOn" | "joinedOn">, from: Date, to: Date): boolean {
  if (member.joinedOn && startOfDay(member.joinedOn).getTime() > startOfDay(to).getTime()) return false;
  if (member.leftOn) return startOfDay(member.leftOn).getTime() >= startOfDay(from).getTime();
  return member.active !== false;
}
