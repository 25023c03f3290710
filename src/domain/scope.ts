/** Who reports to whom, as 员工 records it (工号, 部门, 上级). */
export interface StaffLink {
  id: string;
  department?: string;
  manager?: string;
}

/**
 * What a person may see (本人 → 本部门及下级 → 全体 by where they sit): themselves and everyone
 * whose chain of 上级 reaches them. A rep sees their own rows; the manager at the top sees everyone.
 */
export function visibleStaff(staff: readonly StaffLink[], viewer: string): Set<string> {
  const reports = new Map<string, string[]>();
  for (const s of staff) if (s.manager) reports.set(s.manager, [...(reports.get(s.manager) ?? []), s.id]);
  const seen = new Set<string>([viewer]);
  const queue = [viewer];
  while (queue.length > 0) {
    for (const r of reports.get(queue.shift()!) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      queue.push(r);
    }
  }
  return seen;
}

/** The staff of a department (部门, exact). */
export function departmentStaff(staff: readonly StaffLink[], department: string): Set<string> {
  return new Set(staff.filter((s) => s.department?.trim() === department.trim()).map((s) => s.id));
}
