import { listChanges, type RowChange } from "../../../archive/changes";
import { isoDateTime } from "../../../domain/time";
import type { Lang } from "../../../i18n/lang";
import { archivedRepId, unknownRepError } from "../../../archive/scope";
import { messageIn } from "../../../i18n/two-languages";
import { CliError, EXIT, langOf } from "../../command";
import { ARCHIVE_OPT, subUsage, type ArchiveSub } from "./sub";
import { instantFlag, textFlag } from "./flags";
import { fieldChangesText, rowRef } from "./field-changes";

const usage = subUsage("changes", "[--since 时间] [--rep 工号]", "[--since TIME] [--rep ID]");

interface Holder {
  holder?: string;
  holderName?: string;
}

const T = {
  zh: {
    unknown: "未知",
    where: (file: string, who: string) => `${file}（持有人 ${who}）`,
    firstSync: (rows: number) => `首次归档 ${rows} 行`,
    added: "新增",
    deleted: "删除",
    edited: (fields: string) => `修改：${fields}`,
    none: "这段时间没有变化。",
    tamperHead: (n: number) => `篡改嫌疑（已结事件被删除或修改）：${n} 条`,
    tamper: (row: string, deleted: boolean, at: string, who: string, file: string) => `  高  ${row} ${deleted ? "被删除" : "被修改"}，${at} 同步时发现，当时工作簿由 ${who} 持有（${file}）`,
  },
  en: {
    unknown: "unknown",
    where: (file: string, who: string) => `${file} (held by ${who})`,
    firstSync: (rows: number) => `archived for the first time: ${rows} rows`,
    added: "added",
    deleted: "deleted",
    edited: (fields: string) => `edited: ${fields}`,
    none: "No changes in this time.",
    tamperHead: (n: number) => `Suspected tampering (finished events deleted or edited): ${n}`,
    tamper: (row: string, deleted: boolean, at: string, who: string, file: string) => `  high  ${row} ${deleted ? "deleted" : "edited"}, found by the sync of ${at}, when ${who} held the workbook (${file})`,
  },
};

function who(c: Holder, lang: Lang): string {
  return c.holder ? `${c.holder}${c.holderName ? ` ${c.holderName}` : ""}` : T[lang].unknown;
}

function describe(c: RowChange, lang: Lang): string {
  const t = T[lang];
  const head = `${isoDateTime(c.at)}  ${t.where(c.file, who(c, lang))}  ${rowRef(c)}`;
  if (c.kind === "added") return `${head} ${t.added}`;
  if (c.kind === "deleted") return `${head} ${t.deleted}`;
  return `${head} ${t.edited(fieldChangesText(c.sheet, c.fields, lang))}`;
}

export const changesSub: ArchiveSub = {
  name: "changes",
  usage,
  summary: {
    zh: "列出某时间以来新增、修改（逐字段：旧 → 新）和删除的行；已结事件被删改列为篡改嫌疑",
    en: "Lists the rows added, edited (field by field: old → new) and deleted since a time; a finished event deleted or edited is listed as suspected tampering",
  },
  options: { since: ARCHIVE_OPT.since, rep: ARCHIVE_OPT.rep },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const lang = langOf(ctx.flags);
    const t = T[lang];
    const since = instantFlag(ctx.flags, "since");
    const typed = textFlag(ctx.flags, "rep", usage);
    // the rows carry the ID as the archive spells it: s003 asks for S003's
    const rep = typed === undefined ? undefined : await archivedRepId(db, typed);
    if (typed !== undefined && rep === undefined) throw new CliError(messageIn(unknownRepError("--rep", typed.trim()), lang), EXIT.usage);
    const list = await listChanges(db, { since, rep });
    const tampered = list.changes.filter((c) => c.tamper);
    if (ctx.json) {
      ctx.out(JSON.stringify({ since: since?.toISOString(), rep, firstSyncs: list.firstSyncs, changes: list.changes, tamper: tampered.length }));
      return tampered.length > 0 ? EXIT.problems : EXIT.ok;
    }
    for (const f of list.firstSyncs) ctx.out(`${isoDateTime(f.at)}  ${t.where(f.file, who(f, lang))}  ${t.firstSync(f.rows)}`);
    for (const c of list.changes) ctx.out(describe(c, lang));
    if (list.firstSyncs.length === 0 && list.changes.length === 0) ctx.out(t.none);
    if (tampered.length > 0) {
      ctx.out("");
      ctx.out(t.tamperHead(tampered.length));
      for (const c of tampered) ctx.out(t.tamper(rowRef(c), c.kind === "deleted", isoDateTime(c.at), who(c, lang), c.file));
    }
    return tampered.length > 0 ? EXIT.problems : EXIT.ok;
  },
};
