import { periodFromFlags, runTop, type TopRun } from "../../app/top";
import { comparisonTitle, ratioGrowthText, COMPARISON_BASES, type ComparisonBasis } from "../../domain/comparison";
import { periodLabel, type Period } from "../../domain/periods";
import { isoDate } from "../../domain/time";
import { isMoneyMeasure, TOP_MEASURES, TOP_SUBJECTS, type TopMeasure, type TopSubject } from "../../domain/top";
import { customersSheet } from "../../workbook";
import { dateRangeFlags, intFlag, OPT, optionLabel, type OptionSpecs } from "../args";
import { EXIT, langOf, usageError, type CliContext, type Command, type Usage } from "../command";
import { fileArgument, openForCommand, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog } from "../require-log";
import { problemsNote } from "../problems-note";
import type { Lang } from "../../i18n/lang";
import { moneyText } from "../../i18n/money";

export const TOP_ARGS = `--by ${TOP_MEASURES.join("|")} --of ${TOP_SUBJECTS.join("|")} [-n 10] [--from D --to D] [--compare ${COMPARISON_BASES.join("|")}]`;
const usage = `kehu top <file.xlsx> ${TOP_ARGS} [--today D] [--json] [--lang en]`;

/** The options a TopN takes, wherever it runs (a workbook, the archive). */
export const TOP_OPTIONS = { by: { type: "string", value: "指标" }, of: { type: "string", value: "对象" }, n: { type: "string", value: "N" }, from: { type: "string", value: "D" }, to: { type: "string", value: "D" }, compare: { type: "string", value: "yoy|pop" } } as const satisfies OptionSpecs;

const MEASURES: Record<Lang, Record<TopMeasure, string>> = {
  zh: { sales: "销售额", payments: "回款额", balance: "欠款", complaints: "投诉数", "follow-ups": "跟进次数" },
  en: { sales: "sales", payments: "payments", balance: "balance owed", complaints: "complaints", "follow-ups": "follow-ups" },
};
const SUBJECTS: Record<Lang, Record<TopSubject, string>> = {
  zh: { customers: "客户", categories: "产品类别", reps: "客服" },
  en: { customers: "customers", categories: "product categories", reps: "reps" },
};

const T = {
  zh: {
    head: (subject: string, measure: string, n: number, when: string, ranked: number, total: string, compare: string) =>
      `${subject}${measure} Top ${n}：${when}，共 ${ranked} 个${subject}有${measure}，合计 ${total}${compare ? `；${compare}` : ""}`,
    asOf: (d: string) => `截至 ${d}`,
    base: (base: string, change: string, growth: string) => `  合计对比 ${base}：变化 ${change}，${growth}`,
    against: (base: string, change: string, growth: string) => `  对比 ${base}  变化 ${change}  ${growth}`,
    share: (pct: string) => `占 ${pct}%`,
    noCategory: "（未填类别）",
    none: (measure: string) => `  （这段时间没有${measure}）`,
  },
  en: {
    head: (subject: string, measure: string, n: number, when: string, ranked: number, total: string, compare: string) =>
      `Top ${n} ${subject} by ${measure}: ${when}, ${ranked} ${subject} with ${measure}, total ${total}${compare ? `; ${compare}` : ""}`,
    asOf: (d: string) => `as of ${d}`,
    base: (base: string, change: string, growth: string) => `  Total against ${base}: change ${change}, ${growth}`,
    against: (base: string, change: string, growth: string) => `  against ${base}  change ${change}  ${growth}`,
    share: (pct: string) => `${pct}% of the total`,
    noCategory: "(no category)",
    none: (measure: string) => `  (no ${measure} in this period)`,
  },
};

function choice<T extends string>(flags: Record<string, string | boolean>, name: string, allowed: readonly T[], required: boolean, usage: Usage): T | undefined {
  const value = flags[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string" || !allowed.includes(value as T)) {
    const label = optionLabel(flags, name);
    throw usageError(
      flags,
      { zh: `${label} ${value === undefined ? "必须给出" : `不认识“${String(value)}”`}：可选 ${allowed.join("、")}`, en: `${label} ${value === undefined ? "is required" : `does not take "${String(value)}"`}: one of ${allowed.join(", ")}` },
      usage,
    );
  }
  return value as T;
}

export interface TopRequest {
  by: TopMeasure;
  of: TopSubject;
  n: number;
  period: Period;
  compare?: ComparisonBasis;
}

/** What TopN to compute, from the command's flags; a usage error for anything it cannot rank. */
export function topRequest(ctx: CliContext, usage: Usage): TopRequest {
  const by = choice(ctx.flags, "by", TOP_MEASURES, true, usage)!;
  const of = choice(ctx.flags, "of", TOP_SUBJECTS, true, usage)!;
  const compare = choice<ComparisonBasis>(ctx.flags, "compare", COMPARISON_BASES, false, usage);
  const n = intFlag(ctx.flags, "n", 10);
  const { from, to } = dateRangeFlags(ctx.flags, usage);
  const period = periodFromFlags(ctx.today, from, to);
  // one end given, the other from the default period (last month): they may cross, leaving no day to rank
  if (period.from > period.to) {
    const [at, edge] = from ? [from, period.to] : [to!, period.from];
    throw usageError(
      ctx.flags,
      from
        ? { zh: `期间为空：--from ${isoDate(at)} 晚于期末 ${isoDate(edge)}（不给 --to 时为上个整月的最后一天），请给出 --to`, en: `the period is empty: --from ${isoDate(at)} is after its end ${isoDate(edge)} (last month's last day when --to is not given); give --to` }
        : { zh: `期间为空：--to ${isoDate(at)} 早于期初 ${isoDate(edge)}（不给 --from 时为上个整月的第一天），请给出 --from`, en: `the period is empty: --to ${isoDate(at)} is before its start ${isoDate(edge)} (last month's first day when --from is not given); give --from` },
      usage,
    );
  }
  return { by, of, n, compare, period };
}

const money = (x: number) => moneyText(x);

/** Prints a TopN as text or JSON (`source`: the file, or the archive's scope). */
export function printTop(ctx: CliContext, run: TopRun, source: Record<string, unknown>): void {
  const { by, of, n, period, compare } = run;
  const fmt = (x: number) => (isMoneyMeasure(by) ? money(x) : String(x));
  if (ctx.json) {
    ctx.out(
      JSON.stringify({
        ...source,
        by,
        of,
        n,
        period: { from: isoDate(period.from), to: isoDate(period.to), label: periodLabel(period) },
        compare: compare ?? null,
        base: run.base ? { from: isoDate(run.base.period.from), to: isoDate(run.base.period.to), total: run.base.total, ...run.base.comparison } : null,
        total: run.total,
        ranked: run.ranked,
        entries: run.entries.map((e) => ({ rank: e.rank, key: e.key, name: e.name ?? null, value: e.value, share: e.share, ...(e.comparison ? { base: e.comparison.base, change: e.comparison.change, ratio: e.comparison.ratio ?? null, growth: e.comparison.growth ?? null } : {}) })),
        problems: run.problems,
      }),
    );
    return;
  }
  const lang = langOf(ctx.flags);
  const t = T[lang];
  const when = by === "balance" ? t.asOf(isoDate(period.to)) : periodLabel(period, lang);
  ctx.out(t.head(SUBJECTS[lang][of], MEASURES[lang][by], n, when, run.ranked, fmt(run.total), compare ? comparisonTitle(period, compare, lang) : ""));
  if (run.base) ctx.out(t.base(fmt(run.base.total), fmt(run.base.comparison.change), ratioGrowthText(run.base.comparison, lang)));
  for (const e of run.entries) {
    const label = of === "categories" && e.key === "" ? t.noCategory : `${e.key}${e.name ? `  ${e.name}` : ""}`;
    const c = e.comparison ? t.against(fmt(e.comparison.base), fmt(e.comparison.change), ratioGrowthText(e.comparison, lang)) : "";
    ctx.out(`${String(e.rank).padStart(3)}. ${label}  ${fmt(e.value)}  ${t.share((e.share * 100).toFixed(1))}${c}`);
  }
  if (run.entries.length === 0) ctx.out(t.none(MEASURES[lang][by]));
}

export const topCommand: Command = {
  name: "top",
  summary: "TopN：某段时间内销售额、回款额、欠款、投诉数或跟进次数最多的客户、产品类别或客服，可加同比（yoy）或环比（pop）；按产品类别时订单按其类别、投诉按所提产品、其余按客户的主要品类",
  summaryEn: "TopN: the customers, product categories or reps with the most sales, payments, balance owed, complaints or follow-ups in a period, year on year (yoy) or against the period before (pop)",
  usage,
  options: { ...TOP_OPTIONS, today: OPT.today, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const request = topRequest(ctx, { zh: usage, en: usage });
    const book = await openForCommand(file, false, ctx.flags);
    const run = await runTop(new RequireLog(book, file, { sheets: [customersSheet] }, langOf(ctx.flags)), request);
    printTop(ctx, run, { file });
    if (!ctx.json && run.problems > 0) ctx.out(problemsNote(run.problems, file, langOf(ctx.flags)));
    return EXIT.ok;
  },
};
