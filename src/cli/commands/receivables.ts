import { RECEIVABLES_SHEET, runReceivables, termsText } from "../../app/receivables";
import { dateOfDay } from "../../domain/cadence";
import { AGING_BUCKETS, fromCents, isOwing, totalsByRep } from "../../domain/receivables";
import { isoDate } from "../../domain/time";
import { dateFlag, OPT } from "../args";
import { EXIT, langOf, type Command } from "../command";
import { problemsNote } from "../problems-note";
import { fileArgument, openForCommand, saveBack, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog } from "../require-log";
import { repsGiven } from "../require-rep";
import { customersSheet, transactionsSheet } from "../../workbook";
import { moneyText } from "../../i18n/money";

const usage = {
  zh: "kehu receivables <file.xlsx> [--rep 工号] [--as-of D] [--write] [--json] [--lang en]",
  en: "kehu receivables <file.xlsx> [--rep ID] [--as-of D] [--write] [--json] [--lang en]",
};

const T = {
  zh: {
    head: (asOf: string, rep: string | undefined, n: number, balance: string, overdue: string) => `应收账款 截至 ${asOf}：${rep ? `客服 ${rep} 的 ` : ""}${n} 位客户欠款 ${balance}，其中逾期 ${overdue}`,
    aging: "账龄",
    account: (rep: string, terms: string, balance: string, overdue: string, days: number) => `客服 ${rep}  ${terms}  欠款 ${balance}  逾期 ${overdue}  最长 ${days} 天`,
    more: (n: number) => `  ……另有 ${n} 位客户有逾期`,
    rep: (rep: string, n: number, balance: string, overdue: string, days: number) => `  客服 ${rep}：${n} 位客户欠款 ${balance}，逾期 ${overdue}，最长 ${days} 天`,
    byRep: "按负责客服：",
    unreadable: (n: number, codes: string) => `${n} 位客户的付款条件无法识别，按默认账期计算：${codes}`,
    unknown: (n: number, codes: string) => `往来帐中有 ${n} 个客户编码不在客户档案：${codes}`,
    list: "、",
    written: (file: string) => `已写入 ${file} 的“${RECEIVABLES_SHEET}”工作表`,
  },
  en: {
    head: (asOf: string, rep: string | undefined, n: number, balance: string, overdue: string) => `Receivables as of ${asOf}: ${n} ${rep ? `of rep ${rep}'s ` : ""}customers owe ${balance}, ${overdue} of it overdue`,
    aging: "Aging",
    account: (rep: string, terms: string, balance: string, overdue: string, days: number) => `rep ${rep}  ${terms}  owes ${balance}  overdue ${overdue}  oldest ${days} days`,
    more: (n: number) => `  … and ${n} more customers with overdue bills`,
    rep: (rep: string, n: number, balance: string, overdue: string, days: number) => `  rep ${rep}: ${n} customers owe ${balance}, ${overdue} overdue, oldest ${days} days`,
    byRep: "By responsible rep:",
    unreadable: (n: number, codes: string) => `${n} customers' payment terms could not be read; the default terms were used: ${codes}`,
    unknown: (n: number, codes: string) => `The ledger has ${n} customer codes not in the customer archive: ${codes}`,
    list: ", ",
    written: (file: string) => `Wrote the sheet ${RECEIVABLES_SHEET} in ${file}`,
  },
};

const money = (cents: number) => moneyText(fromCents(cents));
const date = (day: number | undefined) => (day === undefined ? null : isoDate(dateOfDay(day)));

export const receivablesCommand: Command = {
  name: "receivables",
  summary: "应收账款：按付款条件和结账日算每位客户的欠款、到期日、逾期天数和账龄（未到期、1–30、31–60、61–90、90天以上）；--write 写入“应收账款”工作表",
  summaryEn: "Receivables: what each customer owes by payment terms and closing day, due dates, days overdue and aging (not due, 1–30, 31–60, 61–90, over 90 days); --write writes the 应收账款 sheet",
  usage: usage.zh,
  usageEn: usage.en,
  options: { rep: OPT.rep, "as-of": { type: "string", value: "D" }, today: OPT.today, write: OPT.write, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const asOf = dateFlag(ctx.flags, "as-of") ?? ctx.today;
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep : undefined;
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write, ctx.flags);
    const run = await runReceivables(new RequireLog(book, file, { sheets: [customersSheet, transactionsSheet], reps: repsGiven(ctx.flags, "rep") }, langOf(ctx.flags)), { asOf, rep, write });
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
          reps: [...totalsByRep(accounts)].map(([r, x]) => ({ rep: r, customers: x.customers, balance: fromCents(x.balanceCents), overdue: fromCents(x.overdueCents), aging: x.agingCents.map(fromCents), maxDaysOverdue: x.maxDaysOverdue })),
          unknownCodes,
          written: run.written,
          problems: run.problems,
        }),
      );
      return EXIT.ok;
    }
    const lang = langOf(ctx.flags);
    const w = T[lang];
    const owing = accounts.filter(isOwing);
    ctx.out(w.head(isoDate(asOf), rep, owing.length, money(t.balanceCents), money(t.overdueCents)));
    ctx.out(`${w.aging}  ${AGING_BUCKETS.map((b, i) => `${b[lang]} ${money(t.agingCents[i])}`).join("  ")}`);
    if (rep === undefined) {
      ctx.out(w.byRep);
      for (const [r, x] of totalsByRep(accounts)) ctx.out(w.rep(r, x.customers, money(x.balanceCents), money(x.overdueCents), x.maxDaysOverdue));
    }
    const overdue = accounts.filter((a) => a.overdueCents > 0).sort((a, b) => b.overdueCents - a.overdueCents);
    for (const a of overdue.slice(0, 20)) {
      ctx.out(`  ${a.customer}  ${a.name ?? ""}  ${w.account(a.rep, a.paymentTerms ?? termsText(a.terms, lang), money(a.balanceCents), money(a.overdueCents), a.maxDaysOverdue)}`);
    }
    if (overdue.length > 20) ctx.out(w.more(overdue.length - 20));
    const unreadable = accounts.filter((a) => a.termsSource === "unreadable");
    if (unreadable.length > 0) ctx.out(w.unreadable(unreadable.length, unreadable.slice(0, 10).map((a) => a.customer).join(w.list)));
    if (unknownCodes.length > 0) ctx.out(w.unknown(unknownCodes.length, `${unknownCodes.slice(0, 10).join(w.list)}${unknownCodes.length > 10 ? (lang === "en" ? " …" : "……") : ""}`));
    if (write) ctx.out(w.written(file));
    if (run.problems > 0) ctx.out(problemsNote(run.problems, file, lang));
    return EXIT.ok;
  },
};
