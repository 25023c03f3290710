import { archiveAudit } from "../../../archive/scoped-runs";
import { countBySeverity, findingView } from "../../../app/audit-report";
import { isoDate } from "../../../domain/time";
import { EXIT } from "../../command";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";

const usage = `kehu archive audit ${SCOPE_USAGE} [--today D] [--db D]`;

export const auditSub: ArchiveSub = {
  name: "audit",
  usage,
  summary: "跨客服审计：在归档上对一个客服、一个部门或全公司运行主管审计；--as 限于某人可见的范围",
  options: { ...SCOPE_OPTIONS, today: ARCHIVE_OPT.today },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const scope = await scopeFromFlags(ctx, db, usage);
    const { log, result } = await archiveAudit(db, scope, ctx.today);
    const sev = countBySeverity(result.findings);
    if (ctx.json) {
      ctx.out(JSON.stringify({ today: isoDate(ctx.today), scope: scope.label, findings: result.findings.map((f) => findingView(f, log.letters)), scorecards: result.scorecards }));
    } else {
      ctx.out(`${scope.label}：发现 ${result.findings.length} 条（高 ${sev.高} · 中 ${sev.中} · 低 ${sev.低}），${result.scorecards.length} 名客服`);
      for (const f of result.findings) {
        const v = findingView(f, log.letters);
        ctx.out(`  ${v.severityLabel}  ${v.ruleName}  ${v.customer}  ${v.rep}  ${v.message}`);
      }
    }
    return result.findings.length > 0 ? EXIT.problems : EXIT.ok;
  },
};
