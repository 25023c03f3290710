import { PLAN_STATE_NAMES, planLegend, runPlans } from "../../app/plans";
import { parsePeriod, periodLabel } from "../../domain/periods";
import { isoDate } from "../../domain/time";
import { PLAN_TYPES, PLAN_TYPES_EN } from "../../domain/vocabulary";
import { OPT, padDisplay } from "../args";
import { EXIT, usageError, type Command, type CliContext, type Usage } from "../command";
import { fileArgument, openForCommand, saveBack, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog } from "../require-log";
import { repsGiven } from "../require-rep";
import { plansSheet } from "../../workbook";

const usage: Usage = {
  zh: "kehu plans <file.xlsx> [--rep 工号] [--period 2026-Q4|2026-12|2026] [--today D] [--write] [--lang en] [--json]",
  en: "kehu plans <file.xlsx> [--rep ID] [--period 2026-Q4|2026-12|2026] [--today D] [--write] [--lang en] [--json]",
};

/** --period as the domain reads it (2026, 2026-Q4, 2026-12), or a usage error in the language --lang asks for. */
export function periodFlag(ctx: CliContext, usageLine: Usage, required = false) {
  const value = ctx.flags.period;
  if (value === undefined) {
    if (required) throw usageError(ctx.flags, { zh: "缺少 --period（例如 2026-Q4、2026-12 或 2026）", en: "missing --period (e.g. 2026-Q4, 2026-12 or 2026)" }, usageLine);
    return undefined;
  }
  const period = typeof value === "string" ? parsePeriod(value) : undefined;
  if (!period) throw usageError(ctx.flags, { zh: `--period：“${String(value)}”不是期间（例如 2026-Q4、2026-12 或 2026）`, en: `--period: "${String(value)}" is not a period (e.g. 2026-Q4, 2026-12 or 2026)` }, usageLine);
  return period;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

export const plansCommand: Command = {
  name: "plans",
  summary: "方案跟踪：每个工作方案在其期间内实际达到的客户数、实际成本、对目标和对最低的完成率；--write 写入“方案跟踪”工作表",
  summaryEn: "Plan tracking: per work plan the customers reached in its days, the cost, and the rate against target and minimum; --write writes the 方案跟踪 sheet",
  usage: usage.zh,
  usageEn: usage.en,
  options: { rep: OPT.rep, period: { type: "string", value: "P" }, today: OPT.today, write: OPT.write, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const period = periodFlag(ctx, usage);
    const rep = typeof ctx.flags.rep === "string" ? ctx.flags.rep.trim() : undefined;
    const lang = ctx.flags.lang === "en" ? "en" : "zh";
    const en = lang === "en";
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write, ctx.flags);
    const run = await runPlans(new RequireLog(book, file, { sheets: [plansSheet], reps: repsGiven(ctx.flags, "rep") }, lang), { today: ctx.today, rep, period, write, lang });
    if (write) await saveBack(book);
    if (ctx.json) {
      ctx.out(
        JSON.stringify({
          file,
          today: isoDate(ctx.today),
          period: period ? { from: isoDate(period.from), to: isoDate(period.to) } : null,
          rep: rep ?? null,
          plans: run.plans.map((t) => ({ id: t.plan.id, row: t.row, rep: t.plan.rep ?? null, department: t.plan.department ?? null, owner: t.owner ?? null, planType: t.plan.planType, method: t.plan.method ?? null, start: isoDate(t.plan.start), end: isoDate(t.plan.end), target: t.plan.target, minimum: t.plan.minimum, reached: t.reached, succeeded: t.succeeded, plannedCost: t.plan.plannedCost ?? null, cost: Math.round(t.cost * 100) / 100, targetRate: t.targetRate, minimumRate: t.minimumRate, state: t.state })),
          legend: planLegend(lang),
          written: run.written,
          problems: run.problems,
        }),
      );
      return EXIT.ok;
    }
    const scope = [rep ? (en ? `rep ${rep}` : `客服 ${rep}`) : "", period ? periodLabel(period, lang) : ""].filter(Boolean).join(en ? ", " : "，");
    ctx.out(en ? `Work plan tracking on ${isoDate(ctx.today)}${scope ? ` (${scope})` : ""}: ${run.plans.length} plans` : `方案跟踪（${isoDate(ctx.today)}${scope ? `，${scope}` : ""}）：${run.plans.length} 个方案`);
    const headers = en ? ["Plan", "Owner", "Type", "Days", "Target", "Min", "Reached", "vs target", "vs min", "Cost", "Tracking"] : ["方案编号", "负责", "类型", "期间", "目标", "最低", "实际", "完成率", "对最低", "实际成本", "状态"];
    const widths = [16, 16, en ? 16 : 10, 23, 6, 6, 6, 9, 7, 12, 10];
    // a department's plan answers through its head (plans/tracking.ts planOwner): 客服部（S001）
    const owner = (t: (typeof run.plans)[number]) => (t.plan.rep ? t.plan.rep : `${t.plan.department ?? ""}${t.owner ? (en ? ` (${t.owner})` : `（${t.owner}）`) : ""}`);
    ctx.out(headers.map((h, i) => padDisplay(h, widths[i])).join(" "));
    for (const t of run.plans) {
      const cells = [
        t.plan.id,
        owner(t),
        en ? PLAN_TYPES_EN[PLAN_TYPES.indexOf(t.plan.planType)] : t.plan.planType,
        `${isoDate(t.plan.start)}~${isoDate(t.plan.end)}`,
        String(t.plan.target),
        String(t.plan.minimum),
        String(t.reached),
        pct(t.targetRate),
        pct(t.minimumRate),
        `¥${t.cost.toFixed(2)}`,
        PLAN_STATE_NAMES[t.state][lang],
      ];
      ctx.out(cells.map((c, i) => padDisplay(c, widths[i])).join(" ").trimEnd());
    }
    ctx.out(en ? "What counts:" : "计数口径：");
    for (const l of planLegend(lang)) ctx.out(`  ${l.type}${en ? ": " : "："}${l.reach}${l.cost ? (en ? `; cost: ${l.cost}` : `；成本：${l.cost}`) : ""}`);
    if (write) ctx.out(en ? `Written to the 方案跟踪 sheet of ${file}` : `已写入 ${file} 的“方案跟踪”工作表`);
    return EXIT.ok;
  },
};
