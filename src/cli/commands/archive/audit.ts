import { archiveAudit } from "../../../archive/scoped-runs";
import { findingView } from "../../../app/audit-report";
import { isoDate } from "../../../domain/time";
import { EXIT, langOf } from "../../command";
import { printAuditText } from "../audit";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { subUsage, type ArchiveSub } from "./sub";

const usage = subUsage("audit", `${SCOPE_USAGE.zh} [--today D]`, `${SCOPE_USAGE.en} [--today D]`);

export const auditSub: ArchiveSub = {
  name: "audit",
  usage,
  summary: {
    zh: "跨客服审计：在归档上对一个客服、一个部门或全公司运行主管审计；--as 限于某人可见的范围",
    en: "Audit across reps: the supervisor's audit over the archive, of one rep, a department or the whole company; --as keeps to what one person may see",
  },
  options: SCOPE_OPTIONS,
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const lang = langOf(ctx.flags);
    const scope = await scopeFromFlags(ctx, db, usage);
    const { log, result } = await archiveAudit(db, scope, ctx.today);
    if (ctx.json) {
      ctx.out(JSON.stringify({ today: isoDate(ctx.today), scope: scope.label, findings: result.findings.map((f) => findingView(f, log.letters, lang)), scorecards: result.scorecards }));
    } else {
      printAuditText(ctx, scope.label, result, log.letters, lang, { details: true, cells: false, reps: result.scorecards.length });
    }
    return result.findings.length > 0 ? EXIT.problems : EXIT.ok;
  },
};
