import { verifyWorkbook, type RowRef } from "../../../archive/verify";
import { cellHeader, cellText, sheetName } from "../../../archive/columns";
import { NotALogError } from "../../../archive/snapshot";
import { CliError, EXIT } from "../../command";
import { fileArgument, openForReading } from "../../open-workbook";
import type { ArchiveSub } from "./sub";

const usage = "kehu archive verify <file.xlsx> [--db D]";

const ref = (r: RowRef) => `${sheetName(r.sheet)} ${r.key}`;

export const verifySub: ArchiveSub = {
  name: "verify",
  usage,
  summary: "交接核对：工作簿是否包含归档中它的每一行（缺失、旧版本、被改动的行逐一列出）",
  options: {},
  files: { min: 1, max: 1 },
  async run(ctx, db) {
    const file = fileArgument(ctx, usage);
    let result;
    try {
      result = await verifyWorkbook(db, await openForReading(file));
    } catch (err) {
      if (err instanceof NotALogError) throw new CliError(`${file}：${err.message}`, EXIT.file);
      throw err;
    }
    const faults = result.missing.length + result.older.length + result.altered.length;
    if (ctx.json) {
      ctx.out(JSON.stringify({ file, ...result, ok: !result.unknown && faults === 0 }));
      return result.unknown || faults > 0 ? EXIT.problems : EXIT.ok;
    }
    if (result.unknown) {
      ctx.out(result.workbookId ? `${file}：归档中没有这个工作簿（编号 ${result.workbookId}），无法核对` : `${file}：这个工作簿没有归档编号（从未同步过），无法核对`);
      return EXIT.problems;
    }
    if (faults === 0) ctx.out(`${file}：完整，归档中的每一行都在且是最新的${result.unarchived ? `（另有 ${result.unarchived} 行尚未归档）` : ""}`);
    else ctx.out(`${file}：不完整——缺失 ${result.missing.length} 行，旧版本 ${result.older.length} 行，被改动 ${result.altered.length} 行`);
    for (const r of result.missing) ctx.out(`  缺失  ${ref(r)}`);
    for (const r of result.older) ctx.out(`  旧版  ${ref(r)}`);
    for (const r of result.altered) {
      const fields = r.fields.map((f) => `${cellHeader(r.sheet, f.column)}：${cellText(r.sheet, f.column, f.before)} → ${cellText(r.sheet, f.column, f.after)}`);
      ctx.out(`  改动  ${ref(r)}：${fields.join("；")}`);
    }
    return faults > 0 ? EXIT.problems : EXIT.ok;
  },
};
