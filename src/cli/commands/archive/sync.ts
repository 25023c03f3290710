import { syncFiles, type SyncOutcome } from "../../../archive/sync";
import type { Lang } from "../../../i18n/lang";
import { EXIT, langOf } from "../../command";
import { ARCHIVE_OPT, subUsage, type ArchiveSub } from "./sub";
import { instantFlag } from "./flags";

const usage = subUsage("sync", "<file.xlsx...> [--now 时间]", "<file.xlsx...> [--now TIME]");

const T = {
  zh: {
    refused: (file: string, reason: string) => `${file}：未同步：${reason}`,
    unchanged: (file: string) => `${file}：无变化`,
    synced: (file: string, first: boolean, added: number, changed: number, removed: number) => `${file}：${first ? "首次归档" : "已同步"}（新增 ${added} · 修改 ${changed} · 删除 ${removed}）`,
  },
  en: {
    refused: (file: string, reason: string) => `${file}: not synced: ${reason}`,
    unchanged: (file: string) => `${file}: unchanged`,
    synced: (file: string, first: boolean, added: number, changed: number, removed: number) => `${file}: ${first ? "archived for the first time" : "synced"} (added ${added} · edited ${changed} · deleted ${removed})`,
  },
};

/** Why a file was refused, in the language asked for. */
const reasonIn = (o: SyncOutcome, lang: Lang) => (lang === "en" ? (o.reasonEn ?? o.reason) : o.reason) ?? "";

function line(o: SyncOutcome, lang: Lang): string {
  const t = T[lang];
  switch (o.status) {
    case "refused":
      return t.refused(o.file, reasonIn(o, lang));
    case "unchanged":
      return t.unchanged(o.file);
    default:
      return t.synced(o.file, o.status === "new", o.added, o.changed, o.removed);
  }
}

export const syncSub: ArchiveSub = {
  name: "sync",
  usage,
  summary: {
    zh: "把工作簿的每一行及其变化记入归档（每个工作簿一个事务；未变化的不写）",
    en: "Records every row of each workbook and its changes in the archive (one transaction per workbook; an unchanged one writes nothing)",
  },
  options: { now: ARCHIVE_OPT.now },
  files: { min: 1, max: Infinity },
  async run(ctx, db) {
    const lang = langOf(ctx.flags);
    const now = instantFlag(ctx.flags, "now") ?? wallClockNow();
    const outcomes = await syncFiles(db, ctx.positional, { now, progress: ctx.json ? undefined : (o) => (o.status === "refused" ? ctx.err(line(o, lang)) : ctx.out(line(o, lang))) });
    if (ctx.json) {
      const workbooks = outcomes.map(({ reasonEn, ...o }) => (o.reason === undefined ? o : { ...o, reason: reasonIn({ ...o, reasonEn }, lang) }));
      ctx.out(JSON.stringify({ at: now.toISOString(), workbooks }));
    }
    return outcomes.some((o) => o.status === "refused") ? EXIT.file : EXIT.ok;
  },
};

/** The machine's wall clock as floating time (see src/domain/time.ts). */
function wallClockNow(clock = new Date()): Date {
  return new Date(clock.getTime() - clock.getTimezoneOffset() * 60_000);
}
