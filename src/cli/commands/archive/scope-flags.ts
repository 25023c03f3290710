import { resolveScope, ScopeError, type Scope } from "../../../archive/scope";
import type { SqlSession } from "../../../archive/driver";
import { CliError, EXIT, type CliContext } from "../../command";
import { textFlag } from "./flags";
import { ARCHIVE_OPT } from "./sub";

/** --rep / --department / --as: the scope of a cross-rep figure. */
export const SCOPE_OPTIONS = { rep: ARCHIVE_OPT.rep, department: ARCHIVE_OPT.department, as: ARCHIVE_OPT.as };

export async function scopeFromFlags(ctx: CliContext, db: SqlSession, usage: string): Promise<Scope> {
  const rep = textFlag(ctx.flags, "rep", usage);
  const department = textFlag(ctx.flags, "department", usage);
  if (rep && department) throw new CliError(`--rep 与 --department 只能选一个。用法：${usage}`, EXIT.usage);
  try {
    return await resolveScope(db, { rep, department, as: textFlag(ctx.flags, "as", usage) });
  } catch (err) {
    if (err instanceof ScopeError) throw new CliError(err.message, EXIT.usage);
    throw err;
  }
}
