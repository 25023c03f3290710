import { CliError, EXIT, langOf, usageError, type CliContext, type Command, type Usage } from "../../command";
import { closest, COMMON_OPTIONS, padDisplay } from "../../args";
import { ARCHIVE_OPT, SUB_OPTIONS, type ArchiveSub } from "./sub";
import { TOP_OPTIONS } from "../top";
import type { SqlDriver } from "../../../archive/driver";
import { ArchiveOpenError } from "../../../archive/driver";
import type { Lang } from "../../../i18n/lang";
import { messageIn } from "../../../i18n/two-languages";

/** Options any sub-command takes besides its own. */
const SHARED = new Set([...Object.keys(COMMON_OPTIONS), ...Object.keys(SUB_OPTIONS)]);

/** A sub-command given an option it does not take, or the wrong number of files: a usage error. */
function checkArgs(sub: ArchiveSub, ctx: CliContext): void {
  const own = Object.keys(sub.options);
  for (const name of Object.keys(ctx.flags)) {
    if (SHARED.has(name) || own.includes(name)) continue;
    const near = closest(`--${name}`, [...own, ...Object.keys(SUB_OPTIONS)].map((n) => `--${n}`));
    throw usageError(ctx.flags, { zh: `${sub.name} 不接受 --${name}${near ? `，是不是 ${near}？` : ""}`, en: `${sub.name} takes no --${name}${near ? ` (did you mean ${near}?)` : ""}` }, sub.usage);
  }
  if (ctx.positional.length < sub.files.min) throw usageError(ctx.flags, { zh: "缺少文件名", en: "missing file name" }, sub.usage);
  if (ctx.positional.length > sub.files.max) {
    const extra = ctx.positional.slice(sub.files.max).join(" ");
    throw usageError(ctx.flags, { zh: `多余的参数：${extra}`, en: `extra arguments: ${extra}` }, sub.usage);
  }
}

const DB_HELP: Record<Lang, string> = {
  zh: "--db 文件夹（默认 ./kehu-archive，内嵌 PostgreSQL）或 postgres://用户@主机/库",
  en: "--db a folder (./kehu-archive unless given: an embedded PostgreSQL) or postgres://user@host/database",
};

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

/** The sub-commands, each with its usage line and what it does, and what --db takes. */
function subList(all: readonly ArchiveSub[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const s of all) lines.push(`  ${s.usage[lang]}`, `  ${padDisplay("", 4)}${s.summary[lang]}`);
  lines.push(`  ${DB_HELP[lang]}`);
  return lines;
}

const USAGE: Usage = {
  zh: "kehu archive <sync|changes|restore|verify|audit|report|top|appraise> … [--db D]",
  en: "kehu archive <sync|changes|restore|verify|audit|report|top|appraise> … [--db D]",
};

/**
 * `kehu archive`: the company archive. The archive modules (and PGlite/pg with them) load only
 * when this command runs.
 */
export const archiveCommand: Command = {
  name: "archive",
  summary: "公司归档：把各客服的工作簿连同全部历史存入 PostgreSQL（同步、变更、还原、交接核对、跨客服审计）",
  summaryEn: "The company archive: every rep's workbook with its whole history in PostgreSQL (sync, changes, restore, handover check, audit, reports, TopN and appraisal across reps)",
  usage: USAGE.zh,
  usageEn: USAGE.en,
  options: { ...ARCHIVE_OPT, ...TOP_OPTIONS },
  files: { min: 0, max: Infinity },
  async help(positional, lang) {
    const all = await archiveSubs();
    const sub = all.find((s) => s.name === positional[0]);
    if (sub) return `${sub.usage[lang]}\n  ${sub.summary[lang]}\n  ${DB_HELP[lang]}`;
    return [`${USAGE[lang]}`, `  ${lang === "en" ? archiveCommand.summaryEn : archiveCommand.summary}`, "", ...subList(all, lang)].join("\n");
  },
  async run(ctx) {
    const all = await archiveSubs();
    const name = ctx.positional[0];
    const sub = all.find((s) => s.name === name);
    if (!sub) {
      // no sub-command (or `kehu archive help`): the list of them, as help; a wrong one: one line
      if (!name || name === "help") {
        for (const line of subList(all, langOf(ctx.flags))) ctx.out(line);
        return name ? EXIT.ok : EXIT.usage;
      }
      const near = closest(name, all.map((s) => s.name));
      throw usageError(
        ctx.flags,
        { zh: `未知的子命令“${name}”${near ? `，是不是 ${near}？` : ""}（kehu archive help 列出全部）`, en: `unknown sub-command "${name}"${near ? ` (did you mean ${near}?)` : ""}; kehu archive help lists them` },
        USAGE,
      );
    }
    const { openArchive, DEFAULT_ARCHIVE } = await import("../../../archive/open");
    const dbFlag = ctx.flags.db;
    const subCtx: CliContext = { ...ctx, positional: ctx.positional.slice(1) };
    checkArgs(sub, subCtx);
    let db: SqlDriver;
    try {
      db = await openArchive(typeof dbFlag === "string" ? dbFlag : DEFAULT_ARCHIVE);
    } catch (err) {
      if (err instanceof ArchiveOpenError) throw new CliError(messageIn(err, langOf(ctx.flags)), EXIT.file);
      throw err;
    }
    try {
      return await sub.run(subCtx, db);
    } finally {
      await db.close().catch(() => undefined);
    }
  },
};
