import { restoreWorkbook, RestoreError } from "../../../archive/restore";
import { isoDateTime } from "../../../domain/time";
import { CliError, EXIT } from "../../command";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";
import { instantFlag, textFlag } from "./flags";

const usage = "kehu archive restore --workbook 编号 --at 时间 --out F [--force] [--db D]";

export const restoreSub: ArchiveSub = {
  name: "restore",
  usage,
  summary: "把工作簿还原到某一时刻的样子（与 kehu init 同一写法），写到新文件",
  options: { workbook: ARCHIVE_OPT.workbook, at: ARCHIVE_OPT.at, out: ARCHIVE_OPT.out, force: ARCHIVE_OPT.force },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const id = textFlag(ctx.flags, "workbook", usage);
    const at = instantFlag(ctx.flags, "at");
    const out = textFlag(ctx.flags, "out", usage);
    if (!id || !at || !out) throw new CliError(`缺少 ${!id ? "--workbook" : !at ? "--at" : "--out"}。用法：${usage}`, EXIT.usage);
    try {
      const r = await restoreWorkbook(db, id, at, out, ctx.flags.force === true);
      if (ctx.json) ctx.out(JSON.stringify({ workbook: id, at: at.toISOString(), syncedAt: r.syncedAt.toISOString(), out, rows: r.rows }));
      else ctx.out(`已还原 ${id} 在 ${isoDateTime(at)} 的样子（${isoDateTime(r.syncedAt)} 同步的版本，${r.rows} 行）到 ${out}`);
      return EXIT.ok;
    } catch (err) {
      if (err instanceof RestoreError) throw new CliError(err.message, EXIT.usage);
      throw err;
    }
  },
};
