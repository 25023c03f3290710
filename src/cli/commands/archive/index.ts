import { CliError, EXIT, type CliContext, type Command } from "../../command";
import type { SqlDriver } from "../../../archive/driver";
import { ArchiveOpenError } from "../../../archive/driver";

/** One `kehu archive <sub>`: what it does and how it runs on an open archive. */
export interface ArchiveSub {
  name: string;
  usage: string;
  summary: string;
  run(ctx: CliContext, db: SqlDriver): Promise<number>;
}

const DB_HELP = "--db 文件夹（默认 ./kehu-archive，内嵌 PostgreSQL）或 postgres://用户@主机/库";

async function subs(): Promise<ArchiveSub[]> {
  const [{ syncSub }, { changesSub }, { restoreSub }, { verifySub }] = await Promise.all([import("./sync"), import("./changes"), import("./restore"), import("./verify")]);
  return [syncSub, changesSub, restoreSub, verifySub];
}

/**
 * `kehu archive`: the company archive. The archive modules (and PGlite/pg with them) load only
 * when this command runs.
 */
export const archiveCommand: Command = {
  name: "archive",
  summary: "公司归档：把各客服的工作簿连同全部历史存入 PostgreSQL（同步、变更、还原、交接核对、跨客服审计）",
  usage: "kehu archive <sync|changes|restore|verify|audit|report> … [--db D]",
  async run(ctx) {
    const all = await subs();
    const name = ctx.positional[0];
    const sub = all.find((s) => s.name === name);
    if (!sub) {
      const lines = all.map((s) => `  ${s.usage.padEnd(64)} ${s.summary}`).join("\n");
      throw new CliError(`${name ? `未知的子命令“${name}”` : "缺少子命令"}。用法：\n${lines}\n  ${DB_HELP}`, EXIT.usage);
    }
    const { openArchive, DEFAULT_ARCHIVE } = await import("../../../archive/open");
    const dbFlag = ctx.flags.db;
    if (dbFlag === true) throw new CliError(`--db 需要文件夹或 postgres:// 地址。用法：${sub.usage}`, EXIT.usage);
    const subCtx: CliContext = { ...ctx, positional: ctx.positional.slice(1) };
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
