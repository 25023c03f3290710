import { monthReport } from "../../../archive/report";
import { money as grouped } from "../../../domain/audit/context";
import { parsePeriod } from "../../../domain/periods";
import { isoDate } from "../../../domain/time";
import { CliError, EXIT } from "../../command";
import { textFlag } from "./flags";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";

const usage = `kehu archive report --month YYYY-MM ${SCOPE_USAGE} [--db D]`;

const money = (n: number) => `¥${grouped(n)}`;

export const reportSub: ArchiveSub = {
  name: "report",
  usage,
  summary: "月报：每个客服当月的订单额、回款额、跟进次数、投诉数（在归档上用一条 SQL 汇总）",
  options: { ...SCOPE_OPTIONS, month: ARCHIVE_OPT.month },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const text = textFlag(ctx.flags, "month", usage);
    // a month as every command reads one (domain/periods.ts), not a second pattern of its own
    const period = text ? parsePeriod(text) : undefined;
    if (period?.kind !== "month") throw new CliError(`${text ? `--month：“${text}”不是月份` : "缺少 --month"}（例如 2026-10）。用法：${usage}`, EXIT.usage);
    const scope = await scopeFromFlags(ctx, db, usage);
    const rows = await monthReport(db, period.from.getUTCFullYear(), period.from.getUTCMonth() + 1, scope.reps);
    const month = isoDate(period.from).slice(0, 7);
    if (ctx.json) {
      ctx.out(JSON.stringify({ month, scope: scope.label, reps: rows }));
      return EXIT.ok;
    }
    ctx.out(`${month} 月报 · ${scope.label}`);
    ctx.out("  客服    订单额            回款额            跟进  投诉");
    for (const r of rows) ctx.out(`  ${r.rep.padEnd(6)}  ${money(r.orders).padStart(16)}  ${money(r.payments).padStart(16)}  ${String(r.followUps).padStart(4)}  ${String(r.complaints).padStart(4)}`);
    if (rows.length === 0) ctx.out("  （这个月在此范围内没有记录）");
    return EXIT.ok;
  },
};
