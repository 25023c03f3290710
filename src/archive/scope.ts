import { TwoLanguageError } from "../i18n/two-languages";
import type { Lang } from "../i18n/lang";
import { DepartmentTree } from "../domain/departments";
import { departmentStaff, visibleStaff, type StaffLink } from "../domain/scope";
import { findStaff, knownRepId } from "../domain/staff-roster";
import { customersSheet, departmentsSheet, staffSheet } from "../workbook";
import type { Cell } from "../workbook/cell";
import { latestSharedRows } from "./archive-port";
import type { SqlSession } from "./driver";

/** Whose rows a cross-rep figure covers: one rep, a department (with its sub-departments or not), or the company; `as` caps it to what that person may see. */
export interface ScopeRequest {
  rep?: string;
  department?: string;
  /** With `department`: the departments below it in 部门 too. */
  withSub?: boolean;
  as?: string;
}

export interface Scope {
  /** The reps in scope; undefined: the whole company. */
  reps?: Set<string>;
  /** 全公司 / 客服 S003 / 部门 华东客服组（含下级部门）, with "（S001 可见范围）" when capped (or the same in English). */
  label: string;
}

/** A scope that names nobody the archive knows: one line for the user. */
export class ScopeError extends TwoLanguageError {}

const text = (c: Cell | undefined) => (c === null || c === undefined || c === "" ? undefined : String(c).trim());

/** 员工 as last synced from any workbook. */
export async function archivedStaff(db: SqlSession): Promise<StaffLink[]> {
  const rows = await latestSharedRows(db, staffSheet.key);
  return rows.map((r) => ({ id: text(r.cells.id) ?? "", department: text(r.cells.department), manager: text(r.cells.manager), role: text(r.cells.role) })).filter((s) => s.id);
}

/**
 * A 工号 as the archive spells it, when the archive knows them by the rule every command uses
 * (domain/staff-roster.ts knownRepId): in 员工 as last synced, else the 负责客服 of a customer row
 * it ever held (a rep whose customers were since moved or deleted still has history to ask about).
 */
export async function archivedRepId(db: SqlSession, rep: string, staff?: readonly StaffLink[]): Promise<string | undefined> {
  const listed = knownRepId(rep, staff ?? (await archivedStaff(db)), []);
  if (listed !== undefined) return listed;
  const rows = await db.query<{ rep: string }>("SELECT DISTINCT rep FROM kh_row WHERE sheet = $1 AND rep IS NOT NULL", [customersSheet.key]);
  return knownRepId(rep, [], rows.map((r) => r.rep));
}

/** A 工号 the archive does not know (archivedRepId), given to `option`: one line in either language. */
export function unknownRepError(option: string, rep: string): ScopeError {
  return new ScopeError(
    `${option}：归档的员工表中没有工号“${rep}”，归档的客户档案中也没有他负责的客户（工号不分大小写）`,
    `${option}: the archive's staff has no ID "${rep}" and no archived customer has it as their rep (IDs match ignoring case)`,
  );
}

/** 部门 as last synced from any workbook (rows numbered as they come: the tree needs no sheet rows here). */
export async function archivedDepartments(db: SqlSession): Promise<DepartmentTree> {
  const rows = await latestSharedRows(db, departmentsSheet.key);
  const departments = rows
    .map((r) => ({ code: text(r.cells.code) ?? "", name: text(r.cells.name) ?? "", scope: text(r.cells.scope), parent: text(r.cells.parent), head: text(r.cells.head) }))
    .filter((d) => d.code || d.name);
  return new DepartmentTree(departments.map((record, i) => ({ row: i + 2, record })));
}

/** How a scope reads, per language (the label). */
const LABEL = {
  zh: { company: "全公司", rep: (id: string) => `客服 ${id}`, department: (name: string, withSub: boolean) => `部门 ${name}${withSub ? "（含下级部门）" : ""}`, as: (id: string) => `（${id} 可见范围）` },
  en: { company: "the whole company", rep: (id: string) => `rep ${id}`, department: (name: string, withSub: boolean) => `department ${name}${withSub ? " and those below it" : ""}`, as: (id: string) => ` (as ${id} sees it)` },
};

export async function resolveScope(db: SqlSession, request: ScopeRequest, lang: Lang = "zh"): Promise<Scope> {
  const staff = await archivedStaff(db);
  const tree = await archivedDepartments(db);
  const words = LABEL[lang];
  let reps: Set<string> | undefined;
  let label = words.company;
  if (request.rep) {
    const id = await archivedRepId(db, request.rep, staff);
    if (id === undefined) throw unknownRepError("--rep", request.rep.trim());
    reps = new Set([id]);
    label = words.rep(id);
  } else if (request.department) {
    reps = departmentStaff(staff, request.department, tree, request.withSub === true);
    const name = tree.find(request.department)?.name ?? request.department;
    if (reps.size === 0 && !tree.find(request.department)) throw new ScopeError(`归档的部门表和员工表中都没有部门“${request.department}”`, `neither the archive's departments nor its staff know the department "${request.department}"`);
    label = words.department(name, request.withSub === true);
  }
  if (request.as) {
    const viewer = findStaff(staff, request.as);
    // a viewer sees by where 员工 places them: a customer's 负责客服 alone is not enough
    if (!viewer) throw new ScopeError(`--as：归档的员工表中没有工号“${request.as}”（工号不分大小写）`, `--as: the archive's staff has no ID "${request.as}" (IDs match ignoring case)`);
    const visible = visibleStaff(staff, viewer.id, tree);
    reps = new Set([...(reps ?? visible)].filter((r) => visible.has(r)));
    label += words.as(viewer.id);
  }
  return { reps, label };
}
