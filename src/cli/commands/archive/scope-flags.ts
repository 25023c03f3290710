import { resolveScope, ScopeError, type Scope } from "../../../archive/scope";
import type { SqlSession } from "../../../archive/driver";
import { CliError, EXIT, type CliContext } from "../../command";
import { textFlag } from "./flags";
import { ARCHIVE_OPT } from "./sub";

/** --rep / --department [--with-sub] / --as: the scope of a cross-rep figure. */
export const SCOPE_OPTIONS = { rep: ARCHIVE_OPT.rep, department: ARCHIVE_OPT.department, "with-sub": ARCHIVE_OPT["with-sub"], as: ARCHIVE_OPT.as };

/** How the scope options read in a usage line. */
export const SCOPE_USAGE = "[--rep 工号 | --department 部门 [--with-sub]] [--as 工号]";

export async function scopeFromFlags(ctx: CliContext, db: SqlSession, usage: string): Promise<Scope> {
  const rep = textFlag(ctx.flags, "rep", usage);
  const department = textFlag(ctx.flags, "department", usage);
  if (rep && department) throw new CliError(`--rep 与 --department 只能选一个。用法：${usage}`, EXIT.usage);
  const withSub = ctx.flags["with-sub"] === true;
  if (withSub && !department) throw new CliError(`--with-sub 要和 --department 一起用（部门及其下级部门）。用法：${usage}`, EXIT.usage);
  try {
    return await resolveScope(db, { rep, department, withSub, as: textFlag(ctx.flags, "as", usage) });
  } catch (err) {
    if (err instanceof ScopeError) throw new CliError(err.message, EXIT.usage);
    throw err;
  }
}
