import { syncFiles, type SyncOutcome } from "../../../archive/sync";
import { CliError, EXIT } from "../../command";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";
import { instantFlag } from "./flags";

const usage = "kehu archive sync <file.xlsx...> [--db D] [--now 时间]";

function line(o: SyncOutcome): string {
  switch (o.status) {
    case "refused":
      return `${o.file}：未同步：${o.reason}`;
    case "unchanged":
      return `${o.file}：无变化`;
    default:
      return `${o.file}：${o.status === "new" ? "首次归档" : "已同步"}（新增 ${o.added} · 修改 ${o.changed} · 删除 ${o.removed}）`;
  }
}

export const syncSub: ArchiveSub = {
  name: "sync",
  usage,
  summary: "把工作簿的每一行及其变化记入归档（每个工作簿一个事务；未变化的不写）",
  options: { now: ARCHIVE_OPT.now },
  files: { min: 1, max: Infinity },
  async run(ctx, db) {
    if (ctx.positional.length === 0) throw new CliError(`缺少文件名。用法：${usage}`, EXIT.usage);
    const now = instantFlag(ctx.flags, "now") ?? wallClockNow();
    const outcomes = await syncFiles(db, ctx.positional, { now, progress: ctx.json ? undefined : (o) => (o.status === "refused" ? ctx.err(line(o)) : ctx.out(line(o))) });
    if (ctx.json) ctx.out(JSON.stringify({ at: now.toISOString(), workbooks: outcomes }));
    return outcomes.some((o) => o.status === "refused") ? EXIT.file : EXIT.ok;
  },
};

/** The machine's wall clock as floating time (see src/domain/time.ts). */
function wallClockNow(clock = new Date()): Date {
  return new Date(clock.getTime() - clock.getTimezoneOffset() * 60_000);
}
