import { verifyWorkbook } from "../../../archive/verify";
import { NotALogError } from "../../../archive/snapshot";
import { messageIn } from "../../../i18n/two-languages";
import { CliError, EXIT, langOf } from "../../command";
import { fileArgument, openForReading } from "../../open-workbook";
import { subUsage, type ArchiveSub } from "./sub";
import { fieldChangesText, rowRef } from "./field-changes";

const usage = subUsage("verify", "<file.xlsx>");

const T = {
  zh: {
    notArchived: (file: string, id: string) => `${file}：归档中没有这个工作簿（编号 ${id}），无法核对`,
    noId: (file: string) => `${file}：这个工作簿没有归档编号（从未同步过），无法核对`,
    complete: (file: string, unarchived: number) => `${file}：完整，归档中的每一行都在且是最新的${unarchived ? `（另有 ${unarchived} 行尚未归档）` : ""}`,
    incomplete: (file: string, missing: number, older: number, altered: number) => `${file}：不完整——缺失 ${missing} 行，旧版本 ${older} 行，被改动 ${altered} 行`,
    missing: "缺失",
    older: "旧版",
    altered: "改动",
    colon: "：",
  },
  en: {
    notArchived: (file: string, id: string) => `${file}: the archive does not hold this workbook (id ${id}), so it cannot be checked`,
    noId: (file: string) => `${file}: this workbook has no archive id (it was never synced), so it cannot be checked`,
    complete: (file: string, unarchived: number) => `${file}: complete, every row of the archive is there and up to date${unarchived ? ` (and ${unarchived} rows not archived yet)` : ""}`,
    incomplete: (file: string, missing: number, older: number, altered: number) => `${file}: incomplete: ${missing} rows missing, ${older} older versions, ${altered} rows altered`,
    missing: "missing",
    older: "older",
    altered: "altered",
    colon: ": ",
  },
};

export const verifySub: ArchiveSub = {
  name: "verify",
  usage,
  summary: {
    zh: "交接核对：工作簿是否包含归档中它的每一行（缺失、旧版本、被改动的行逐一列出）",
    en: "Handover check: whether the workbook holds every row the archive holds of it (rows missing, older or altered, one by one)",
  },
  options: {},
  files: { min: 1, max: 1 },
  async run(ctx, db) {
    const lang = langOf(ctx.flags);
    const t = T[lang];
    const file = fileArgument(ctx, usage);
    let result;
    try {
      result = await verifyWorkbook(db, await openForReading(file));
    } catch (err) {
      if (err instanceof NotALogError) throw new CliError(`${file}${t.colon}${messageIn(err, lang)}`, EXIT.file);
      throw err;
    }
    const faults = result.missing.length + result.older.length + result.altered.length;
    if (ctx.json) {
      ctx.out(JSON.stringify({ file, ...result, ok: !result.unknown && faults === 0 }));
      return result.unknown || faults > 0 ? EXIT.problems : EXIT.ok;
    }
    if (result.unknown) {
      ctx.out(result.workbookId ? t.notArchived(file, result.workbookId) : t.noId(file));
      return EXIT.problems;
    }
    if (faults === 0) ctx.out(t.complete(file, result.unarchived));
    else ctx.out(t.incomplete(file, result.missing.length, result.older.length, result.altered.length));
    for (const r of result.missing) ctx.out(`  ${t.missing}  ${rowRef(r)}`);
    for (const r of result.older) ctx.out(`  ${t.older}  ${rowRef(r)}`);
    for (const r of result.altered) ctx.out(`  ${t.altered}  ${rowRef(r)}${t.colon}${fieldChangesText(r.sheet, r.fields, lang)}`);
    return faults > 0 ? EXIT.problems : EXIT.ok;
  },
};
