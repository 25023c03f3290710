import { runStatement, statementRows } from "../../app/statement";
import { dateOfDay } from "../../domain/cadence";
import { fromCents } from "../../domain/receivables";
import { isoDate } from "../../domain/time";
import { customersSheet } from "../../workbook";
import { dateFlag, OPT } from "../args";
import { CliError, EXIT, type Command } from "../command";
import { fileArgument, openForReading, READ_LIMIT_OPTIONS, refuseOutOverInput, saveWorkbook } from "../open-workbook";
import { RequireLog } from "../require-log";

const usage = "kehu statement <file.xlsx> --customer 客户编码 --from D --to D --out F [--force] [--json]";

function required(flags: Record<string, string | boolean>, name: string): void {
  if (flags[name] === undefined) throw new CliError(`缺少 --${name}。用法：${usage}`, EXIT.usage);
}

export const statementCommand: Command = {
  name: "statement",
  summary: "对账单：某客户在一段时间内的期初余额、每笔发货/开票、回款与退款、期末余额，写成一页可打印（A4）的工作簿，供客户盖章确认",
  usage,
  options: { customer: { type: "string", value: "客户编码" }, from: { type: "string", value: "D" }, to: { type: "string", value: "D" }, out: OPT.out, force: OPT.force, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    for (const name of ["customer", "from", "to", "out"]) required(ctx.flags, name);
    const from = dateFlag(ctx.flags, "from")!;
    const to = dateFlag(ctx.flags, "to")!;
    if (from > to) throw new CliError(`--from 不能晚于 --to。用法：${usage}`, EXIT.usage);
    const out = String(ctx.flags.out);
    await refuseOutOverInput(out, [file], usage);
    const code = String(ctx.flags.customer);
    const book = await openForReading(file, ctx.flags);
    const run = await runStatement(new RequireLog(book, file, { sheets: [customersSheet] }), { customer: code, from, to });
    if (!run.customer || !run.doc) throw new CliError(`客户编码“${code}”不在 ${file} 的客户档案中`, EXIT.usage);
    const s = run.statement;
    // printable.ts writes through exceljs: loaded only here, not when the command line starts
    const { printableWorkbook } = await import("../../io/xlsx/printable");
    await saveWorkbook(printableWorkbook(run.doc), out, ctx.flags.force === true);
    if (ctx.json) {
      ctx.out(JSON.stringify({ file, out, customer: code, from: isoDate(from), to: isoDate(to), opening: fromCents(s.openingCents), debit: fromCents(s.debitCents), credit: fromCents(s.creditCents), closing: fromCents(s.closingCents), movements: s.lines.length, rows: statementRows(s).length }));
      return EXIT.ok;
    }
    const money = (c: number) => `¥${fromCents(c).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    ctx.out(`对账单 ${run.customer.name}（${code}）${isoDate(dateOfDay(s.fromDay))} 至 ${isoDate(dateOfDay(s.toDay))}：期初 ${money(s.openingCents)}，借方 ${money(s.debitCents)}，贷方 ${money(s.creditCents)}，期末 ${money(s.closingCents)}（${s.lines.length} 笔）`);
    ctx.out(`已写入 ${out}`);
    return EXIT.ok;
  },
};
