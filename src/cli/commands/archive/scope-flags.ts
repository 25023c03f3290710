import { resolveScope, ScopeError, type Scope } from "../../../archive/scope";
import type { SqlSession } from "../../../archive/driver";
import { messageIn } from "../../../i18n/two-languages";
import { CliError, EXIT, langOf, usageError, type CliContext, type Usage } from "../../command";
import { textFlag } from "./flags";
import { ARCHIVE_OPT } from "./sub";

/** --rep / --department [--with-sub] / --as: the scope of a cross-rep figure. */
export const SCOPE_OPTIONS = { rep: ARCHIVE_OPT.rep, department: ARCHIVE_OPT.department, "with-sub": ARCHIVE_OPT["with-sub"], as: ARCHIVE_OPT.as };

/** How the scope options read in a usage line, per language. */
export const SCOPE_USAGE: Usage = { zh: "[--rep 工号 | --department 部门 [--with-sub]] [--as 工号]", en: "[--rep ID | --department DEPT [--with-sub]] [--as ID]" };

export async function scopeFromFlags(ctx: CliContext, db: SqlSession, usage: Usage): Promise<Scope> {
  const rep = textFlag(ctx.flags, "rep", usage);
  const department = textFlag(ctx.flags, "department", usage);
  if (rep && department) throw usageError(ctx.flags, { zh: "--rep 与 --department 只能选一个", en: "--rep and --department cannot go together" }, usage);
  const withSub = ctx.flags["with-sub"] === true;
  if (withSub && !department) {
    throw usageError(ctx.flags, { zh: "--with-sub 要和 --department 一起用（部门及其下级部门）", en: "--with-sub goes with --department (the department and those below it)" }, usage);
  }
  try {
    return await resolveScope(db, { rep, department, withSub, as: textFlag(ctx.flags, "as", usage) }, langOf(ctx.flags));
  } catch (err) {
    if (err instanceof ScopeError) throw new CliError(messageIn(err, langOf(ctx.flags)), EXIT.usage);
    throw err;
  }
}
