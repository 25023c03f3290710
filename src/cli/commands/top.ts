import { periodFromFlags, runTop, type TopRun } from "../../app/top";
import { comparisonTitle, growthText, COMPARISON_BASES, type ComparisonBasis } from "../../domain/comparison";
import { periodLabel, type Period } from "../../domain/periods";
import { isoDate } from "../../domain/time";
import { isMoneyMeasure, measureHasSubject, TOP_MEASURES, TOP_SUBJECTS, type TopMeasure, type TopSubject } from "../../domain/top";
import { customersSheet } from "../../workbook";
import { dateFlag, intFlag, OPT, optionLabel, type OptionSpecs } from "../args";
import { CliError, EXIT, type CliContext, type Command } from "../command";
import { fileArgument, openForCommand, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog } from "../require-log";

export const TOP_ARGS = `--by ${TOP_MEASURES.join("|")} --of ${TOP_SUBJECTS.join("|")} [-n 10] [--from D --to D] [--compare ${COMPARISON_BASES.join("|")}]`;
const usage = `kehu top <file.xlsx> ${TOP_ARGS} [--today D] [--json]`;

/** The options a TopN takes, wherever it runs (a workbook, the archive). */
export const TOP_OPTIONS = { by: { type: "string", value: "指标" }, of: { type: "string", value: "对象" }, n: { type: "string", value: "N" }, from: { type: "string", value: "D" }, to: { type: "string", value: "D" }, compare: { type: "string", value: "yoy|pop" } } as const satisfies OptionSpecs;

const MEASURE_ZH: Record<TopMeasure, string> = { sales: "销售额", payments: "回款额", balance: "欠款", complaints: "投诉数", "follow-ups": "跟进次数" };
const SUBJECT_ZH: Record<TopSubject, string> = { customers: "客户", categories: "产品类别", reps: "客服" };

function choice<T extends string>(flags: Record<string, string | boolean>, name: string, allowed: readonly T[], required: boolean, usage: string): T | undefined {
  const value = flags[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string" || !allowed.includes(value as T)) {
    throw new CliError(`${optionLabel(flags, name)} ${value === undefined ? "必须给出" : `不认识“${String(value)}”`}：可选 ${allowed.join("、")}。用法：${usage}`, EXIT.usage);
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
export function topRequest(ctx: CliContext, usage: string): TopRequest {
  const by = choice(ctx.flags, "by", TOP_MEASURES, true, usage)!;
  const of = choice(ctx.flags, "of", TOP_SUBJECTS, true, usage)!;
  if (!measureHasSubject(by, of)) throw new CliError(`--by ${by} 不能按产品类别排（只有销售额有产品类别）。用法：${usage}`, EXIT.usage);
  const compare = choice<ComparisonBasis>(ctx.flags, "compare", COMPARISON_BASES, false, usage);
  const n = intFlag(ctx.flags, "n", 10);
  const from = dateFlag(ctx.flags, "from");
  const to = dateFlag(ctx.flags, "to");
  if (from && to && from > to) throw new CliError(`--from 不能晚于 --to。用法：${usage}`, EXIT.usage);
  return { by, of, n, compare, period: periodFromFlags(ctx.today, from, to) };
}

const money = (x: number) => `${x < 0 ? "-" : ""}¥${Math.abs(x).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

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
  const when = by === "balance" ? `截至 ${isoDate(period.to)}` : periodLabel(period);
  ctx.out(`${SUBJECT_ZH[of]}${MEASURE_ZH[by]} Top ${n}：${when}，共 ${run.ranked} 个${SUBJECT_ZH[of]}有${MEASURE_ZH[by]}，合计 ${fmt(run.total)}${compare ? `；${comparisonTitle(period, compare)}` : ""}`);
  if (run.base) ctx.out(`  合计对比 ${fmt(run.base.total)}：变化 ${fmt(run.base.comparison.change)}，增长率 ${growthText(run.base.comparison)}`);
  for (const e of run.entries) {
    const label = of === "categories" && e.key === "" ? "（未填类别）" : `${e.key}${e.name ? `  ${e.name}` : ""}`;
    const c = e.comparison ? `  对比 ${fmt(e.comparison.base)}  变化 ${fmt(e.comparison.change)}  ${growthText(e.comparison)}` : "";
    ctx.out(`${String(e.rank).padStart(3)}. ${label}  ${fmt(e.value)}  占 ${(e.share * 100).toFixed(1)}%${c}`);
  }
  if (run.entries.length === 0) ctx.out(`  （这段时间没有${MEASURE_ZH[by]}）`);
}

export const topCommand: Command = {
  name: "top",
  summary: "TopN：某段时间内销售额、回款额、欠款、投诉数或跟进次数最多的客户、产品类别或客服，可加同比（yoy）或环比（pop）",
  usage,
  options: { ...TOP_OPTIONS, today: OPT.today, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const request = topRequest(ctx, usage);
    const book = await openForCommand(file, false, ctx.flags);
    const run = await runTop(new RequireLog(book, file, { sheets: [customersSheet] }), request);
    printTop(ctx, run, { file });
    if (!ctx.json && run.problems > 0) ctx.out(`（工作簿有 ${run.problems} 个无法识别的单元格，运行 kehu check ${file} 查看）`);
    return EXIT.ok;
  },
};
