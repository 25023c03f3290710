import { RECEIVABLES_SHEET, runReceivables, termsText } from "../../app/receivables";
import { dateOfDay } from "../../domain/cadence";
import { AGING_BUCKETS, fromCents } from "../../domain/receivables";
import { isoDate } from "../../domain/time";
import { dateFlag, OPT } from "../args";
import { EXIT, type Command } from "../command";
import { fileArgument, openForCommand, saveBack } from "../open-workbook";

const usage = "kehu receivables <file.xlsx> [--rep 工号] [--as-of D] [--write] [--json]";

const money = (cents: number) => `¥${fromCents(cents).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const date = (day: number | undefined) => (day === undefined ? null : isoDate(dateOfDay(day)));

export const receivablesCommand: Command = {
  name: "receivables",
  summary: "应收账款：按付款条件和结账日算每位客户的欠款、到期日、逾期天数和账龄（未到期、1–30、31–60、61–90、90天以上）；--write 写入“应收账款”工作表",
  usage,
  options: { rep: { type: "string", value: "工号" }, "as-of": { type: "string", value: "D" }, today: OPT.today, write: OPT.write },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const asOf = dateFlag(ctx.flags, "as-of") ?? ctx.today;
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep : undefined;
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write);
    const run = await runReceivables(book, { asOf, rep, write });
    if (write) await saveBack(book);
    const { accounts, unknownCodes } = run.receivables;
    const t = run.totals;
    if (ctx.json) {
      ctx.out(
        JSON.stringify({
          file,
          asOf: isoDate(asOf),
          rep: rep ?? null,
          totals: { billed: fromCents(t.billedCents), collected: fromCents(t.collectedCents), open: fromCents(t.openCents), unapplied: fromCents(t.unappliedCents), balance: fromCents(t.balanceCents), overdue: fromCents(t.overdueCents), aging: t.agingCents.map(fromCents) },
          customers: accounts.map((a) => ({
            code: a.customer,
            name: a.name ?? null,
            rep: a.rep,
            terms: (a.paymentTerms ?? termsText(a.terms)),
            termsSource: a.termsSource,
            creditLimit: a.creditLimitCents === undefined ? null : fromCents(a.creditLimitCents),
            billed: fromCents(a.billedCents),
            collected: fromCents(a.collectedCents),
            open: fromCents(a.openCents),
            unapplied: fromCents(a.unappliedCents),
            balance: fromCents(a.balanceCents),
            overdue: fromCents(a.overdueCents),
            aging: a.agingCents.map(fromCents),
            maxDaysOverdue: a.maxDaysOverdue,
            oldestOpenDue: date(a.open[0]?.dueDay),
          })),
          unknownCodes,
          written: run.written,
          problems: run.problems,
        }),
      );
      return EXIT.ok;
    }
    const who = rep ? `客服 ${rep} 的 ` : "";
    const owing = accounts.filter((a) => a.balanceCents > 0);
    ctx.out(`应收账款 截至 ${isoDate(asOf)}：${who}${owing.length} 位客户欠款 ${money(t.balanceCents)}，其中逾期 ${money(t.overdueCents)}`);
    ctx.out(`账龄  ${AGING_BUCKETS.map((b, i) => `${b.zh} ${money(t.agingCents[i])}`).join("  ")}`);
    const overdue = accounts.filter((a) => a.overdueCents > 0).sort((a, b) => b.overdueCents - a.overdueCents);
    for (const a of overdue.slice(0, 20)) {
      ctx.out(`  ${a.customer}  ${a.name ?? ""}  客服 ${a.rep}  ${(a.paymentTerms ?? termsText(a.terms))}  欠款 ${money(a.balanceCents)}  逾期 ${money(a.overdueCents)}  最长 ${a.maxDaysOverdue} 天`);
    }
    if (overdue.length > 20) ctx.out(`  ……另有 ${overdue.length - 20} 位客户有逾期`);
    const unreadable = accounts.filter((a) => a.termsSource === "unreadable");
    if (unreadable.length > 0) ctx.out(`${unreadable.length} 位客户的付款条件无法识别，按默认账期计算：${unreadable.slice(0, 10).map((a) => a.customer).join("、")}`);
    if (unknownCodes.length > 0) ctx.out(`往来帐中有 ${unknownCodes.length} 个客户编码不在客户档案：${unknownCodes.slice(0, 10).join("、")}${unknownCodes.length > 10 ? "……" : ""}`);
    if (write) ctx.out(`已写入 ${file} 的“${RECEIVABLES_SHEET}”工作表`);
    if (run.problems > 0) ctx.out(`（工作簿有 ${run.problems} 个无法识别的单元格，运行 kehu check ${file} 查看）`);
    return EXIT.ok;
  },
};
