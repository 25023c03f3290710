import { CliError, EXIT, type CliContext, type Command } from "../../command";
import { closest } from "../../args";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";
import { TOP_OPTIONS } from "../top";
import type { SqlDriver } from "../../../archive/driver";
import { ArchiveOpenError } from "../../../archive/driver";

/** Options any sub-command takes. */
const SHARED = new Set(["db", "json", "help", "today"]);

/** A usage error of `kehu archive`, one line, in the language --lang asks for. */
function archiveUsage(ctx: CliContext, zh: string, en: string, usage: string): CliError {
  return ctx.flags.lang === "en" ? new CliError(`${en}. Usage: ${usage}`, EXIT.usage) : new CliError(`${zh}${zh.endsWith("？") ? "" : "。"}用法：${usage}`, EXIT.usage);
}

/** A sub-command given an option it does not take, or the wrong number of files: a usage error. */
function checkArgs(sub: ArchiveSub, ctx: CliContext): void {
  const own = Object.keys(sub.options);
  for (const name of Object.keys(ctx.flags)) {
    if (SHARED.has(name) || own.includes(name)) continue;
    const near = closest(`--${name}`, [...own, "db"].map((n) => `--${n}`));
    throw archiveUsage(ctx, `${sub.name} 不接受 --${name}${near ? `，是不是 ${near}？` : ""}`, `${sub.name} takes no --${name}${near ? ` (did you mean ${near}?)` : ""}`, sub.usage);
  }
  if (ctx.positional.length < sub.files.min) throw archiveUsage(ctx, "缺少文件名", "missing file name", sub.usage);
  if (ctx.positional.length > sub.files.max) {
    const extra = ctx.positional.slice(sub.files.max).join(" ");
    throw archiveUsage(ctx, `多余的参数：${extra}`, `extra arguments: ${extra}`, sub.usage);
  }
}

const DB_HELP = "--db 文件夹（默认 ./kehu-archive，内嵌 PostgreSQL）或 postgres://用户@主机/库";

/** Every `kehu archive` sub-command, loaded on demand. */
export async function archiveSubs(): Promise<ArchiveSub[]> {
  const [{ syncSub }, { changesSub }, { restoreSub }, { verifySub }, { auditSub }, { reportSub }, { topSub }, { appraiseSub }] = await Promise.all([
    import("./sync"),
    import("./changes"),
    import("./restore"),
    import("./verify"),
    import("./audit"),
    import("./report"),
    import("./top"),
    import("./appraise"),
  ]);
  return [syncSub, changesSub, restoreSub, verifySub, auditSub, reportSub, topSub, appraiseSub];
}

/**
 * `kehu archive`: the company archive. The archive modules (and PGlite/pg with them) load only
 * when this command runs.
 */
export const archiveCommand: Command = {
  name: "archive",
  summary: "公司归档：把各客服的工作簿连同全部历史存入 PostgreSQL（同步、变更、还原、交接核对、跨客服审计）",
  summaryEn: "The company archive: every rep's workbook with its whole history in PostgreSQL (sync, changes, restore, handover check, audit, reports, TopN and appraisal across reps)",
  usage: "kehu archive <sync|changes|restore|verify|audit|report|top|appraise> … [--db D]",
  options: { ...ARCHIVE_OPT, ...TOP_OPTIONS },
  files: { min: 0, max: Infinity },
  async run(ctx) {
    const all = await archiveSubs();
    const name = ctx.positional[0];
    const sub = all.find((s) => s.name === name);
    if (!sub) {
      // no sub-command (or `kehu archive help`): the list of them, as help; a wrong one: one line
      if (!name || name === "help") {
        for (const s of all) ctx.out(`  ${s.usage.padEnd(64)} ${s.summary}`);
        ctx.out(`  ${DB_HELP}`);
        return name ? EXIT.ok : EXIT.usage;
      }
      const near = closest(name, all.map((s) => s.name));
      throw archiveUsage(ctx, `未知的子命令“${name}”${near ? `，是不是 ${near}？` : ""}（kehu archive help 列出全部）`, `unknown sub-command "${name}"${near ? ` (did you mean ${near}?)` : ""}; kehu archive help lists them`, archiveCommand.usage);
    }
    const { openArchive, DEFAULT_ARCHIVE } = await import("../../../archive/open");
    const dbFlag = ctx.flags.db;
    const subCtx: CliContext = { ...ctx, positional: ctx.positional.slice(1) };
    checkArgs(sub, subCtx);
    let db: SqlDriver;
    try {
      db = await openArchive(typeof dbFlag === "string" ? dbFlag : DEFAULT_ARCHIVE);
    } catch (err) {
      if (err instanceof ArchiveOpenError) throw new CliError(err.message, EXIT.file);
      throw err;
    }
    try {
      return await sub.run(subCtx, db);
    } finally {
      await db.close().catch(() => undefined);
    }
  },
};
