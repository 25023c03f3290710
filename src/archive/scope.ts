import { departmentStaff, visibleStaff, type StaffLink } from "../domain/scope";
import { staffSheet } from "../workbook";
import type { Cell } from "../workbook/cell";
import type { SqlSession } from "./driver";

/** Whose rows a cross-rep figure covers: one rep, a department, or the company; `as` caps it to what that person may see. */
export interface ScopeRequest {
  rep?: string;
  department?: string;
  as?: string;
}

export interface Scope {
  /** The reps in scope; undefined: the whole company. */
  reps?: Set<string>;
  /** 全公司 / 客服 S003 / 部门 华东客服组, with "（S001 可见范围）" when capped. */
  label: string;
}

/** A scope that names nobody the archive knows: one line for the user. */
export class ScopeError extends Error {}

/** 员工 as last synced from any workbook. */
export async function archivedStaff(db: SqlSession): Promise<StaffLink[]> {
  const rows = await db.query<{ cells: Record<string, Cell> }>(
    `SELECT DISTINCT ON (r.row_key) r.cells FROM kh_row r JOIN kh_sync s ON s.id = r.valid_from
     WHERE r.valid_to IS NULL AND r.sheet = $1 ORDER BY r.row_key, s.at DESC, s.id DESC`,
    [staffSheet.key],
  );
  const text = (c: Cell | undefined) => (c === null || c === undefined || c === "" ? undefined : String(c).trim());
  return rows.map((r) => ({ id: text(r.cells.id) ?? "", department: text(r.cells.department), manager: text(r.cells.manager) })).filter((s) => s.id);
}

export async function resolveScope(db: SqlSession, request: ScopeRequest): Promise<Scope> {
  const staff = await archivedStaff(db);
  let reps: Set<string> | undefined;
  let label = "全公司";
  if (request.rep) {
    reps = new Set([request.rep]);
    label = `客服 ${request.rep}`;
  } else if (request.department) {
    reps = departmentStaff(staff, request.department);
    if (reps.size === 0) throw new ScopeError(`归档的员工表中没有部门“${request.department}”`);
    label = `部门 ${request.department}`;
  }
  if (request.as) {
    if (!staff.some((s) => s.id === request.as)) throw new ScopeError(`归档的员工表中没有工号 ${request.as}`);
    const visible = visibleStaff(staff, request.as);
    reps = new Set([...(reps ?? visible)].filter((r) => visible.has(r)));
    label += `（${request.as} 可见范围）`;
  }
  return { reps, label };
}
