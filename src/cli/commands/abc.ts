import { runAbc } from "../../app/abc";
import { isoDate } from "../../domain/time";
import type { Lang } from "../../i18n/lang";
import { dateRangeFlags, OPT } from "../args";
import { EXIT, langOf, type Command } from "../command";
import { fileArgument, openForCommand, saveBack, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog } from "../require-log";
import { formatProblem } from "../../workbook/problems";
import { customersSheet, transactionsSheet } from "../../workbook";
import { moneyText } from "../../i18n/money";

const usage = "kehu abc <file.xlsx> [--from D --to D] [--today D] [--write] [--json] [--lang en]";

const T = {
  zh: {
    head: (from: string, to: string, a: string, b: string) => `ABC 分类：${from} 至 ${to} 的订单额，A 类累计 < ${a}，B 类 < ${b}`,
    columns: "类别  客户数  客户占比  理想占比  偏差      销售额            销售占比",
    points: "点",
    total: "合计",
    abcClass: "ABC类",
    empty: "（空）",
    more: (n: number) => `  ……另有 ${n} 位`,
    written: (n: number, file: string) => `已写回 ${n} 位客户的 ABC类 到 ${file}`,
    upToDate: "客户档案的 ABC类 都已是最新，无需写回",
    differ: (n: number) => `${n} 位客户的 ABC类 与档案不同；加 --write 写回`,
    unknown: (n: number, codes: string[], more: boolean) => `往来帐中有 ${n} 个客户编码不在客户档案：${codes.join("、")}${more ? "……" : ""}`,
  },
  en: {
    head: (from: string, to: string, a: string, b: string) => `ABC classes by orders from ${from} to ${to}: A up to ${a} of sales (cumulative), B up to ${b}`,
    columns: "Class  Customers  Share  Ideal  Off         Sales            Sales share",
    points: "pt",
    total: "Total",
    abcClass: "ABC class",
    empty: "(empty)",
    more: (n: number) => `  … and ${n} more`,
    written: (n: number, file: string) => `Wrote the ABC class of ${n} customers to ${file}`,
    upToDate: "Every ABC class in the customer archive is up to date; nothing to write",
    differ: (n: number) => `${n} customers' ABC class differs from the archive; add --write to write it back`,
    unknown: (n: number, codes: string[], more: boolean) => `The ledger has ${n} customer codes not in the customer archive: ${codes.join(", ")}${more ? " …" : ""}`,
  },
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const money = (x: number) => moneyText(x);

export const abcCommand: Command = {
  name: "abc",
  summary: "ABC 分类：按往来帐订单额（默认今天所在月之前的 12 个整月）给客户分 A/B/C 并与理想比例对比；--write 写回客户档案的 ABC类",
  summaryEn: "ABC classes: customers by 往来帐 order value (by default the 12 whole months before this one) into A/B/C, against the ideal mix; --write fills 客户档案's ABC类",
  usage,
  options: { today: OPT.today, from: { type: "string", value: "D" }, to: { type: "string", value: "D" }, write: OPT.write, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const { from, to } = dateRangeFlags(ctx.flags, { zh: usage, en: usage });
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write, ctx.flags);
    const needs = { sheets: [customersSheet, transactionsSheet], columns: write ? [{ sheet: customersSheet, keys: ["abc"] }] : [] };
    const run = await runAbc(new RequireLog(book, file, needs, langOf(ctx.flags)), { today: ctx.today, from, to, write });
    if (run.refused.length > 0) {
      for (const problem of run.refused) ctx.err(formatProblem(problem, ctx.flags.lang === "en" ? "en" : "zh"));
      return EXIT.problems;
    }
    if (write && run.written > 0) await saveBack(book);
    const changed = run.customers.filter((c) => c.stored !== c.abc);
    if (ctx.json) {
      ctx.out(
        JSON.stringify({
          file,
          period: { from: isoDate(run.period.from), to: isoDate(run.period.to) },
          cuts: run.cuts,
          summary: run.summary,
          customers: run.customers.map((c) => ({ code: c.code, name: c.name, rep: c.rep, amount: c.amount, abc: c.abc, stored: c.stored ?? null })),
          changed: changed.length,
          written: run.written,
          unknownCodes: run.unknownCodes,
          problems: run.problems,
        }),
      );
      return EXIT.ok;
    }
    const lang: Lang = ctx.flags.lang === "en" ? "en" : "zh";
    const t = T[lang];
    ctx.out(t.head(isoDate(run.period.from), isoDate(run.period.to), pct(run.cuts.a), pct(run.cuts.b)));
    ctx.out(t.columns);
    for (const r of run.summary.rows) {
      const dev = `${r.deviation >= 0 ? "+" : ""}${(r.deviation * 100).toFixed(1)}`;
      ctx.out(`${r.abcClass}     ${String(r.customers).padStart(6)}  ${pct(r.customerShare).padStart(8)}  ${pct(r.idealShare).padStart(8)}  ${dev.padStart(6)}${t.points}  ${money(r.sales).padStart(16)}  ${pct(r.salesShare).padStart(7)}`);
    }
    ctx.out(`${t.total}  ${String(run.summary.customers).padStart(6)}                              ${money(run.summary.sales).padStart(16)}`);
    for (const c of changed.slice(0, 20)) ctx.out(`  ${c.code}  ${c.name}  ${money(c.amount)}  ${t.abcClass} ${c.stored ?? t.empty} → ${c.abc}`);
    if (changed.length > 20) ctx.out(t.more(changed.length - 20));
    if (write) ctx.out(run.written > 0 ? t.written(run.written, file) : t.upToDate);
    else if (changed.length > 0) ctx.out(t.differ(changed.length));
    if (run.unknownCodes.length > 0) ctx.out(t.unknown(run.unknownCodes.length, run.unknownCodes.slice(0, 10), run.unknownCodes.length > 10));
    return EXIT.ok;
  },
};
