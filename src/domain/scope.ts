/**
 * Whose rows a person or a department covers (本人 / 本部门 / 本部门及下级 / 全体), from 员工 (工号,
 * 部门, 上级, 职务) and the 部门 tree (domain/departments.ts). Pure.
 */
import { DepartmentTree } from "./departments";
import { sameStaffId } from "./staff-roster";
import type { STAFF_ROLES } from "./vocabulary";

/** Who reports to whom, as 员工 records it (工号, 部门, 上级, 职务). */
export interface StaffLink {
  id: string;
  department?: string;
  manager?: string;
  role?: string;
}

/** How far a 职务 sees by department besides its own chain of reports: 主管 their department, 经理 theirs and every one below it. */
const DEPARTMENT_SIGHT: Partial<Record<(typeof STAFF_ROLES)[number], "department" | "withSub">> = { 主管: "department", 经理: "withSub" };

const NO_TREE = new DepartmentTree([]);

/**
 * Whether a staff member's 部门 names `department`: the same department of the tree whether either is
 * typed as 编号 or 名称 (or, with `withSub`, one below it); plain text equality when the tree lists neither.
 */
function inDepartment(tree: DepartmentTree, ref: string | undefined, department: string, withSub: boolean): boolean {
  if (ref === undefined || ref.trim() === "") return false;
  if (withSub) return tree.within(ref, department);
  const target = tree.find(department);
  return target ? tree.find(ref) === target : ref.trim().toUpperCase() === department.trim().toUpperCase();
}

/** The staff of a department (by 编号 or 名称), and with `withSub` of every department below it in the tree. */
export function departmentStaff(staff: readonly StaffLink[], department: string, tree: DepartmentTree = NO_TREE, withSub = false): Set<string> {
  return new Set(staff.filter((s) => inDepartment(tree, s.department, department, withSub)).map((s) => s.id));
}

/**
 * What a person may see: themselves, everyone whose chain of 上级 reaches them, and by 职务 their
 * department (主管) or their department and those below it (经理), so the 经理 of the top department
 * sees everyone in the tree. A 客服 with nobody reporting to them sees their own rows.
 */
export function visibleStaff(staff: readonly StaffLink[], viewer: string, tree: DepartmentTree = NO_TREE): Set<string> {
  const reports = new Map<string, string[]>();
  for (const s of staff) if (s.manager) reports.set(s.manager.trim().toUpperCase(), [...(reports.get(s.manager.trim().toUpperCase()) ?? []), s.id]);
  const me = staff.find((s) => sameStaffId(s.id, viewer));
  const seen = new Set<string>([me?.id ?? viewer]);
  const sight = me?.role ? DEPARTMENT_SIGHT[me.role as (typeof STAFF_ROLES)[number]] : undefined;
  if (sight && me?.department) for (const id of departmentStaff(staff, me.department, tree, sight === "withSub")) seen.add(id);
  const queue = [...seen];
  while (queue.length > 0) {
    for (const r of reports.get(queue.shift()!.trim().toUpperCase()) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      queue.push(r);
    }
  }
  return seen;
}
