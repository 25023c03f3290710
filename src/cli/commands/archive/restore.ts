import { restoreWorkbook, RestoreError } from "../../../archive/restore";
import { isoDateTime } from "../../../domain/time";
import { messageIn } from "../../../i18n/two-languages";
import { CliError, EXIT, langOf, usageError } from "../../command";
import { ARCHIVE_OPT, subUsage, type ArchiveSub } from "./sub";
import { instantFlag, textFlag } from "./flags";

const usage = subUsage("restore", "--workbook 编号 --at 时间 --out F [--force]", "--workbook ID --at TIME --out F [--force]");

const T = {
  zh: (id: string, at: string, syncedAt: string, rows: number, out: string) => `已还原 ${id} 在 ${at} 的样子（${syncedAt} 同步的版本，${rows} 行）到 ${out}`,
  en: (id: string, at: string, syncedAt: string, rows: number, out: string) => `Restored ${id} as it was at ${at} (the version synced at ${syncedAt}, ${rows} rows) to ${out}`,
};

export const restoreSub: ArchiveSub = {
  name: "restore",
  usage,
  summary: {
    zh: "把工作簿还原到某一时刻的样子（与 kehu init 同一写法），写到新文件",
    en: "Restores a workbook as it was at a time (laid out as kehu init lays one out) into a new file",
  },
  options: { workbook: ARCHIVE_OPT.workbook, at: ARCHIVE_OPT.at, out: ARCHIVE_OPT.out, force: ARCHIVE_OPT.force },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const lang = langOf(ctx.flags);
    const id = textFlag(ctx.flags, "workbook", usage);
    const at = instantFlag(ctx.flags, "at");
    const out = textFlag(ctx.flags, "out", usage);
    if (!id || !at || !out) {
      const missing = !id ? "--workbook" : !at ? "--at" : "--out";
      throw usageError(ctx.flags, { zh: `缺少 ${missing}`, en: `missing ${missing}` }, usage);
    }
    try {
      const r = await restoreWorkbook(db, id, at, out, ctx.flags.force === true);
      if (ctx.json) ctx.out(JSON.stringify({ workbook: id, at: at.toISOString(), syncedAt: r.syncedAt.toISOString(), out, rows: r.rows }));
      else ctx.out(T[lang](id, isoDateTime(at), isoDateTime(r.syncedAt), r.rows, out));
      return EXIT.ok;
    } catch (err) {
      if (err instanceof RestoreError) throw new CliError(messageIn(err, lang), EXIT.usage);
      throw err;
    }
  },
};
