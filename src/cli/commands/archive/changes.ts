import { listChanges, type RowChange } from "../../../archive/changes";
import { cellHeader, cellText, sheetName } from "../../../archive/columns";
import { isoDateTime } from "../../../domain/time";
import { EXIT } from "../../command";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";
import { instantFlag, textFlag } from "./flags";

const usage = "kehu archive changes [--since D] [--rep 工号] [--db D]";

function who(c: { holder?: string; holderName?: string }): string {
  return c.holder ? `${c.holder}${c.holderName ? ` ${c.holderName}` : ""}` : "未知";
}

function describe(c: RowChange): string {
  const head = `${isoDateTime(c.at)}  ${c.file}（持有人 ${who(c)}）  ${sheetName(c.sheet)} ${c.key}`;
  if (c.kind === "added") return `${head} 新增`;
  if (c.kind === "deleted") return `${head} 删除`;
  const fields = c.fields.map((f) => `${cellHeader(c.sheet, f.column)}：${cellText(c.sheet, f.column, f.before)} → ${cellText(c.sheet, f.column, f.after)}`);
  return `${head} 修改：${fields.join("；")}`;
}

export const changesSub: ArchiveSub = {
  name: "changes",
  usage,
  summary: "列出某时间以来新增、修改（逐字段：旧 → 新）和删除的行；已结事件被删改列为篡改嫌疑",
  options: { since: ARCHIVE_OPT.since, rep: ARCHIVE_OPT.rep },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const since = instantFlag(ctx.flags, "since");
    const rep = textFlag(ctx.flags, "rep", usage);
    const list = await listChanges(db, { since, rep });
    const tampered = list.changes.filter((c) => c.tamper);
    if (ctx.json) {
      ctx.out(JSON.stringify({ since: since?.toISOString(), rep, firstSyncs: list.firstSyncs, changes: list.changes, tamper: tampered.length }));
      return tampered.length > 0 ? EXIT.problems : EXIT.ok;
    }
    for (const f of list.firstSyncs) ctx.out(`${isoDateTime(f.at)}  ${f.file}（持有人 ${who(f)}）  首次归档 ${f.rows} 行`);
    for (const c of list.changes) ctx.out(describe(c));
    if (list.firstSyncs.length === 0 && list.changes.length === 0) ctx.out("这段时间没有变化。");
    if (tampered.length > 0) {
      ctx.out("");
      ctx.out(`篡改嫌疑（已结事件被删除或修改）：${tampered.length} 条`);
      for (const c of tampered) ctx.out(`  高  ${sheetName(c.sheet)} ${c.key} ${c.kind === "deleted" ? "被删除" : "被修改"}，${isoDateTime(c.at)} 同步时发现，当时工作簿由 ${who(c)} 持有（${c.file}）`);
    }
    return tampered.length > 0 ? EXIT.problems : EXIT.ok;
  },
};
