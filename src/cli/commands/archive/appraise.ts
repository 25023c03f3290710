import { archiveAppraisal } from "../../../archive/scoped-runs";
import { EXIT } from "../../command";
import { printAppraisal } from "../appraise";
import { periodFlag } from "../plans";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { ARCHIVE_OPT, subUsage, type ArchiveSub } from "./sub";

const usage = subUsage("appraise", `--period 2026-Q4|2026-12|2026 ${SCOPE_USAGE.zh} [--today D]`, `--period 2026-Q4|2026-12|2026 ${SCOPE_USAGE.en} [--today D]`);

export const appraiseSub: ArchiveSub = {
  name: "appraise",
  usage,
  summary: {
    zh: "业绩考核：在归档的当前数据上，按范围（客服、部门及下级、全公司，--as 限于某人可见的范围）算每位客服的考核，与 kehu appraise 同一套规则",
    en: "Appraisal over the archive's current rows, by scope (a rep, a department and those below it, the whole company; --as keeps to what one person may see), by the same rules as kehu appraise",
  },
  options: { ...SCOPE_OPTIONS, period: ARCHIVE_OPT.period },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const period = periodFlag(ctx, usage, true)!;
    const scope = await scopeFromFlags(ctx, db, usage);
    const run = await archiveAppraisal(db, scope, period, ctx.today);
    printAppraisal(ctx, run, { scope: scope.label });
    return EXIT.ok;
  },
};
