import { runStatement, statementRows } from "../../app/statement";
import { dateOfDay } from "../../domain/cadence";
import { fromCents } from "../../domain/receivables";
import { isoDate } from "../../domain/time";
import { customersSheet } from "../../workbook";
import { dateFlag, OPT } from "../args";
import { CliError, EXIT, langOf, usageError, type Command } from "../command";
import { fileArgument, openForReading, READ_LIMIT_OPTIONS, refuseOutOverInput, saveWorkbook } from "../open-workbook";
import { RequireLog } from "../require-log";
import { moneyText } from "../../i18n/money";

const usage = {
  zh: "kehu statement <file.xlsx> --customer 客户编码 --from D --to D --out F [--force] [--json] [--lang en]",
  en: "kehu statement <file.xlsx> --customer CODE --from D --to D --out F [--force] [--json] [--lang en]",
};

function required(flags: Record<string, string | boolean>, name: string): void {
  const value = flags[name];
  if (value === undefined || (typeof value === "string" && value.trim() === "")) throw usageError(flags, { zh: `缺少 --${name}`, en: `missing --${name}` }, usage);
}

const T = {
  zh: {
    notFound: (code: string, file: string, closest?: string) => `--customer：客户编码“${code}”不在 ${file} 的客户档案中${closest ? `，是不是 ${closest}？` : ""}`,
    line: (name: string, code: string, from: string, to: string, opening: string, debit: string, credit: string, closing: string, n: number) =>
      `对账单 ${name}（${code}）${from} 至 ${to}：期初 ${opening}，借方 ${debit}，贷方 ${credit}，期末 ${closing}（${n} 笔）`,
    written: (out: string) => `已写入 ${out}`,
    noCompany: "（“设置”中 公司 名称 为空：对账单没有公司抬头，填写后再生成即可）",
  },
  en: {
    notFound: (code: string, file: string, closest?: string) => `--customer: customer code "${code}" is not in the customer archive of ${file}${closest ? ` (did you mean ${closest}?)` : ""}`,
    line: (name: string, code: string, from: string, to: string, opening: string, debit: string, credit: string, closing: string, n: number) =>
      `Statement for ${name} (${code}) from ${from} to ${to}: opening ${opening}, debit ${debit}, credit ${credit}, closing ${closing} (${n} movements)`,
    written: (out: string) => `Written to ${out}`,
    noCompany: "(Settings has no 公司 名称: the statement has no company header; fill it in and run again)",
  },
};

export const statementCommand: Command = {
  name: "statement",
  summary: "对账单：某客户在一段时间内的期初余额、每笔发货/开票、回款与退款、期末余额，写成一页可打印（A4）的工作簿，供客户盖章确认",
  summaryEn: "Statement: a customer's opening balance, each shipment or invoice, payment and refund, and closing balance over a period, as a one-page printable (A4) workbook",
  usage: usage.zh,
  usageEn: usage.en,
  options: { customer: { type: "string", value: "客户编码" }, from: { type: "string", value: "D" }, to: { type: "string", value: "D" }, out: OPT.out, force: OPT.force, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    for (const name of ["customer", "from", "to", "out"]) required(ctx.flags, name);
    const from = dateFlag(ctx.flags, "from")!;
    const to = dateFlag(ctx.flags, "to")!;
    if (from > to) throw usageError(ctx.flags, { zh: "--from 不能晚于 --to", en: "--from cannot be after --to" }, usage);
    const out = String(ctx.flags.out);
    await refuseOutOverInput(out, [file], usage, ctx.flags);
    const t = T[langOf(ctx.flags)];
    const code = String(ctx.flags.customer);
    const book = await openForReading(file, ctx.flags);
    const run = await runStatement(new RequireLog(book, file, { sheets: [customersSheet] }, langOf(ctx.flags)), { customer: code, from, to });
    if (!run.customer || !run.doc) throw new CliError(t.notFound(code.trim(), file, run.closest), EXIT.usage);
    const s = run.statement;
    // printable.ts writes through exceljs: loaded only here, not when the command line starts
    const { printableWorkbook } = await import("../../io/xlsx/printable");
    await saveWorkbook(printableWorkbook(run.doc), out, ctx.flags.force === true);
    if (ctx.json) {
      ctx.out(JSON.stringify({ file, out, customer: run.customer.code, from: isoDate(from), to: isoDate(to), opening: fromCents(s.openingCents), debit: fromCents(s.debitCents), credit: fromCents(s.creditCents), closing: fromCents(s.closingCents), movements: s.lines.length, rows: statementRows(s).length, companyHeader: run.doc.head.length > 0 }));
      return EXIT.ok;
    }
    const money = (c: number) => moneyText(fromCents(c));
    ctx.out(t.line(run.customer.name, run.customer.code, isoDate(dateOfDay(s.fromDay)), isoDate(dateOfDay(s.toDay)), money(s.openingCents), money(s.debitCents), money(s.creditCents), money(s.closingCents), s.lines.length));
    ctx.out(t.written(out));
    if (run.doc.head.length === 0) ctx.out(t.noCompany);
    return EXIT.ok;
  },
};
