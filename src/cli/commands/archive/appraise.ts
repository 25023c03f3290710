import { archiveAppraisal } from "../../../archive/scoped-runs";
import { EXIT, type Usage } from "../../command";
import { printAppraisal } from "../appraise";
import { periodFlag } from "../plans";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";

const line = `kehu archive appraise --period 2026-Q4|2026-12|2026 ${SCOPE_USAGE} [--today D] [--lang en] [--db D]`;
const usage: Usage = { zh: line, en: line };

export const appraiseSub: ArchiveSub = {
  name: "appraise",
  usage: usage.zh,
  summary: "业绩考核：在归档的当前数据上，按范围（客服、部门及下级、全公司，--as 限于某人可见的范围）算每位客服的考核，与 kehu appraise 同一套规则",
  options: { ...SCOPE_OPTIONS, period: ARCHIVE_OPT.period, today: ARCHIVE_OPT.today, lang: ARCHIVE_OPT.lang },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const period = periodFlag(ctx, usage, true)!;
    const scope = await scopeFromFlags(ctx, db, usage.zh);
    const run = await archiveAppraisal(db, scope, period, ctx.today);
    printAppraisal(ctx, run, { scope: scope.label });
    return EXIT.ok;
  },
};
