/**
 * The department tree (部门) and what refers to it: a department names the one above it by 编号 or
 * 名称, a staff member names their department the same way and their 上级 by 工号. What does not fit
 * is an issue naming the sheet, the row and the column: a 上级部门 outside the tree, a loop in the
 * tree, a staff member in an unknown department or under an unknown 上级, a 负责人 who is not in 员工,
 * a 员工培训 or 员工经历 row of a 工号 that is not in 员工.
 * A department answers through its 负责人, or the nearest department above with one. Pure.
 */
import type { Department, Rowed, Staff } from "./log";

export interface StructureIssue {
  sheet: "departments" | "staff" | StaffRecordSheet;
  row: number;
  column: "parent" | "department" | "manager" | "head" | "staff";
  value: string;
  zh: string;
  en: string;
}

const norm = (s: string) => s.trim().toUpperCase();

/** The sheets that keep one row per course or post of a staff member, named by 工号. */
export type StaffRecordSheet = "staffTraining" | "staffExperience";
export type StaffRecords = Partial<Record<StaffRecordSheet, readonly Rowed<{ staff: string }>[]>>;

/** Departments by 编号 and by 名称 (either may be typed where a department is named). */
export class DepartmentTree {
  private readonly byRef = new Map<string, Rowed<Department>>();

  constructor(readonly departments: readonly Rowed<Department>[]) {
    for (const d of departments) if (!this.byRef.has(norm(d.record.code))) this.byRef.set(norm(d.record.code), d);
    for (const d of departments) if (!this.byRef.has(norm(d.record.name))) this.byRef.set(norm(d.record.name), d);
  }

  /** The department a cell names (by 编号 or 名称), if any. */
  find(ref: string | undefined): Department | undefined {
    return ref === undefined || ref.trim() === "" ? undefined : this.byRef.get(norm(ref))?.record;
  }

  parentOf(d: Department): Department | undefined {
    return this.find(d.parent);
  }

  /** The department and those above it, nearest first; stops at a loop. */
  chain(ref: string | undefined): Department[] {
    const out: Department[] = [];
    for (let d = this.find(ref); d && !out.includes(d); d = this.parentOf(d)) out.push(d);
    return out;
  }

  /** Whether a department named `ref` is `ancestor` or lies below it (text equality when neither is listed). */
  within(ref: string | undefined, ancestor: string): boolean {
    if (ref === undefined || ref.trim() === "") return false;
    const top = this.find(ancestor);
    if (!top) return norm(ref) === norm(ancestor);
    return this.chain(ref).includes(top);
  }

  /**
   * Who answers for a department (a department's 工作方案 is charged to them): its 负责人, else
   * that of the nearest department above that names one; undefined when none does or the
   * department is not listed.
   */
  headOf(ref: string | undefined): string | undefined {
    return this.chain(ref).find((d) => d.head !== undefined && d.head.trim() !== "")?.head?.trim();
  }

  /** The top of the tree a department belongs to (itself when it has no parent). */
  root(ref: string | undefined): Department | undefined {
    const chain = this.chain(ref);
    return chain[chain.length - 1];
  }
}

/** Every loop in the tree once, as the departments on it in order (starting at the first row on it). */
function loops(tree: DepartmentTree): Rowed<Department>[][] {
  const found: Rowed<Department>[][] = [];
  const onLoop = new Set<Department>();
  const rowOf = new Map(tree.departments.map((d) => [d.record, d] as const));
  for (const start of tree.departments) {
    if (onLoop.has(start.record)) continue;
    const seen: Department[] = [];
    let d: Department | undefined = start.record;
    while (d && !seen.includes(d) && !onLoop.has(d)) {
      seen.push(d);
      d = tree.parentOf(d);
    }
    if (!d || onLoop.has(d)) continue;
    const cycle = seen.slice(seen.indexOf(d));
    cycle.forEach((c) => onLoop.add(c));
    found.push(cycle.map((c) => rowOf.get(c)!));
  }
  return found;
}

/**
 * What does not fit the tree. A workbook with no departments listed checks no staff member's
 * department (a log just set up has none yet), and an empty 员工 checks no 上级, 负责人 or
 * 员工培训/员工经历 工号.
 */
export function structureIssues(departments: readonly Rowed<Department>[], staff: readonly Rowed<Staff>[], records: StaffRecords = {}): StructureIssue[] {
  const tree = new DepartmentTree(departments);
  const issues: StructureIssue[] = [];
  for (const d of departments) {
    const parent = d.record.parent;
    if (parent !== undefined && parent.trim() !== "" && !tree.find(parent)) {
      issues.push({ sheet: "departments", row: d.row, column: "parent", value: parent, zh: `上级部门“${parent}”不在部门表中（填写已有部门的编号或名称，最高一级留空）`, en: `parent department "${parent}" is not in Departments (type an existing department's ID or name; leave the top one empty)` });
    }
  }
  for (const cycle of loops(tree)) {
    const path = [...cycle, cycle[0]].map((d) => d.record.code).join(" → ");
    const first = cycle[0];
    issues.push({ sheet: "departments", row: first.row, column: "parent", value: first.record.parent ?? "", zh: `部门的上级关系绕成了环：${path}（每条上级链都应到达最高一级部门）`, en: `the department tree has a loop: ${path} (every chain of parents must reach a top department)` });
  }
  const ids = new Set(staff.map((s) => norm(s.record.id)));
  for (const d of departments) {
    const head = d.record.head;
    if (staff.length > 0 && head !== undefined && head.trim() !== "" && !ids.has(norm(head))) {
      issues.push({ sheet: "departments", row: d.row, column: "head", value: head, zh: `负责人“${head}”不是员工表中的工号`, en: `head "${head}" is not a staff ID in Staff` });
    }
  }
  for (const s of staff) {
    const dept = s.record.department;
    if (departments.length > 0 && dept !== undefined && dept.trim() !== "" && !tree.find(dept)) {
      issues.push({ sheet: "staff", row: s.row, column: "department", value: dept, zh: `部门“${dept}”不在部门表中（填写部门编号或名称）`, en: `department "${dept}" is not in Departments (type a department's ID or name)` });
    }
    const manager = s.record.manager;
    if (manager !== undefined && manager.trim() !== "" && !ids.has(norm(manager))) {
      issues.push({ sheet: "staff", row: s.row, column: "manager", value: manager, zh: `上级“${manager}”不是员工表中的工号`, en: `manager "${manager}" is not a staff ID in Staff` });
    }
  }
  for (const [sheet, rows] of Object.entries(records) as [StaffRecordSheet, readonly Rowed<{ staff: string }>[]][]) {
    if (staff.length === 0) break;
    for (const r of rows ?? []) {
      const id = r.record.staff;
      if (!ids.has(norm(id))) issues.push({ sheet, row: r.row, column: "staff", value: id, zh: `工号“${id}”不是员工表中的工号`, en: `staff ID "${id}" is not in Staff` });
    }
  }
  return issues.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.row - b.row);
}
