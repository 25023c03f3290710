import { resolve } from "path";
import { AppraisalWeightsDiffer, runAppraisal, type AppraisalRun } from "../../app/appraisal";
import { FAMILY_NAMES, RULE_FAMILIES } from "../../domain/audit";
import { WEIGHT_KEYS } from "../../domain/appraisal";
import { periodLabel } from "../../domain/periods";
import type { AppraisalWeights } from "../../domain/settings";
import type { Lang } from "../../i18n/lang";
import { APPRAISAL_ITEMS } from "../../workbook/settings-rows";
import { OPT, padDisplay } from "../args";
import { EXIT, langOf, usageError, type Command, type CliContext, type Usage } from "../command";
import { openForReading, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog, WHOLE_LOG } from "../require-log";
import { periodFlag } from "./plans";

const usage: Usage = {
  zh: "kehu appraise <file.xlsx...> --period 2026-Q4|2026-12|2026 [--weights 其中一个file.xlsx] [--today D] [--lang en] [--json]",
  en: "kehu appraise <file.xlsx...> --period 2026-Q4|2026-12|2026 [--weights one-of-the-files.xlsx] [--today D] [--lang en] [--json]",
};

const rate = (x: number | undefined) => (x === undefined ? "—" : `${(x * 100).toFixed(0)}%`);
const yuan = (x: number) => `¥${Math.round(x).toLocaleString("en-US")}`;

const WEIGHT_NAMES_EN: Record<keyof AppraisalWeights, string> = { plans: "plans", followUps: "follow-ups", closings: "complaint closing", feedback: "feedback", sales: "sales", collections: "collections", perFinding: "off per finding" };

/** 考核权重 as 设置 names them (方案完成 25、…), or in English. */
function describeWeights(w: AppraisalWeights, lang: Lang, keys: readonly (keyof AppraisalWeights)[] = WEIGHT_KEYS): string {
  return keys.map((k) => (lang === "en" ? `${WEIGHT_NAMES_EN[k]} ${w[k]}` : `${APPRAISAL_ITEMS[k][0]} ${w[k]}`)).join(lang === "en" ? ", " : "、");
}

/** --weights: which of the files given decides the weights (its index), or a usage error. */
function weightsFrom(ctx: CliContext, files: readonly string[]): number | undefined {
  const value = ctx.flags.weights;
  if (typeof value !== "string") return undefined;
  const at = files.findIndex((f) => resolve(f) === resolve(value));
  if (at < 0) throw usageError(ctx.flags, { zh: `--weights：“${value}”不是给出的工作簿之一`, en: `--weights: "${value}" is not one of the workbooks given` }, usage);
  return at;
}

/** The workbooks' 考核权重 differ: each set with its files, and how to choose. */
function weightsDifferError(ctx: CliContext, files: readonly string[], err: AppraisalWeightsDiffer) {
  const sets = (lang: Lang) => err.groups.map((g) => `${g.books.map((i) => files[i]).join(lang === "en" ? ", " : "、")}${lang === "en" ? ": " : "："}${describeWeights(g.weights, lang, err.differ)}`);
  return usageError(
    ctx.flags,
    {
      zh: `各工作簿“设置”中的考核权重不同（${sets("zh").join("；")}），合并评分须用同一套权重：统一各工作簿的“设置”，或用 --weights 指定按哪个工作簿的权重`,
      en: `the workbooks' Settings give different appraisal weights (${sets("en").join("; ")}); one set must score everyone: make the Settings agree, or name the workbook whose weights to use with --weights`,
    },
    usage,
  );
}

/** Each department's own plans, under its heading. */
function departmentPlansLine(d: AppraisalRun["departments"][number], en: boolean): string {
  const completion = rate(d.plans > 0 ? d.planCompletionSum / d.plans : undefined);
  const head = d.head ? (en ? `head ${d.head}` : `负责人 ${d.head}`) : en ? "no head named in Departments" : "“部门”未填负责人";
  return en
    ? `Department plans: ${d.plans}, completion ${completion}, ${d.belowMinimum} below minimum (${head})`
    : `部门方案：${d.plans} 个，完成 ${completion}，低于最低 ${d.belowMinimum} 个（${head}）`;
}

export const appraiseCommand: Command = {
  name: "appraise",
  summary: "业绩考核：每位客服在期间内的方案完成、跟进准时、投诉按时结案、反馈及时、销售与回款、审计发现，按“设置”的考核权重算总分并在部门内排名；部门的方案记在部门负责人名下；可一次给多个工作簿，按部门汇总（各工作簿权重须一致，或用 --weights 指定）",
  summaryEn: "Appraisal: each rep's plan completion, on-time follow-ups, complaints closed in time, feedback in time, sales and collections and audit findings over a period, weighted by 设置's 考核权重, ranked within the department; many workbooks at once",
  usage: usage.zh,
  usageEn: usage.en,
  options: { period: { type: "string", value: "P" }, weights: { type: "string", value: "F" }, today: OPT.today, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1000 },
  async run(ctx) {
    const period = periodFlag(ctx, usage, true)!;
    const files = ctx.positional;
    const from = weightsFrom(ctx, files);
    let run: AppraisalRun;
    try {
      run = await runAppraisal(
        files.map((file) => async () => new RequireLog(await openForReading(file, ctx.flags), file, WHOLE_LOG, langOf(ctx.flags))),
        period,
        ctx.today,
        { weightsFrom: from },
      );
    } catch (err) {
      throw err instanceof AppraisalWeightsDiffer ? weightsDifferError(ctx, files, err) : err;
    }
    printAppraisal(ctx, run, { files, weightsFrom: from });
    return EXIT.ok;
  },
};

/**
 * An appraisal as `kehu appraise` prints it, and `kehu archive appraise` over the archive: the period
 * and weights, each department's own plans and its reps in rank order, then findings by family.
 * `source` says what was read (the workbooks given and which one's weights, or the archive's scope);
 * JSON carries it beside the rows.
 */
export function printAppraisal(ctx: CliContext, run: AppraisalRun, source: { files: readonly string[]; weightsFrom?: number } | { scope: string }): void {
  const period = run.period;
  const en = ctx.flags.lang === "en";
  const lang = en ? "en" : "zh";
  const from = "files" in source ? source.weightsFrom : undefined;
  if (ctx.json) {
    const what = "files" in source ? { files: source.files, weightsFrom: from === undefined ? null : source.files[from] } : { scope: source.scope };
    ctx.out(JSON.stringify({ ...what, period: periodLabel(period, lang), weights: run.weights, rows: run.rows, departments: run.departments, problems: run.problems }));
    return;
  }
  const w = run.weights;
  const chosen = from === undefined || !("files" in source) ? "" : en ? ` (from ${source.files[from]})` : `（按 ${source.files[from]}）`;
  const where = "files" in source ? (en ? `${source.files.length} workbook(s)` : `${source.files.length} 个工作簿`) : en ? `the archive (${source.scope})` : `归档（${source.scope}）`;
  ctx.out(
    en
      ? `Appraisal for ${periodLabel(period, "en")} over ${where}; weights${chosen}: ${describeWeights(w, "en", WEIGHT_KEYS.filter((k) => k !== "perFinding"))}; ${w.perFinding} off per finding`
      : `业绩考核：${periodLabel(period)}，${where}；权重${chosen}：${describeWeights(w, "zh", WEIGHT_KEYS.filter((k) => k !== "perFinding"))}，每条审计发现扣 ${w.perFinding} 分`,
  );
  const headers = en
    ? ["Rank", "Rep", "Name", "Plans", "Follow-ups", "Closing", "Feedback", "Sales", "Collected", "Findings", "Score"]
    : ["名次", "工号", "姓名", "方案完成", "跟进准时", "按时结案", "反馈及时", "销售额", "回款", "审计发现", "总分"];
  const widths = [6, 8, 8, 10, 10, 9, 9, 14, 14, 9, 6];
  const departments = [...new Set([...run.rows.map((r) => r.department), ...run.departments.map((d) => d.department)])];
  for (const dept of departments.sort()) {
    ctx.out("");
    ctx.out(en ? `Department: ${dept || "(none)"}` : `部门：${dept || "（无部门）"}`);
    const own = run.departments.find((d) => d.department === dept);
    if (own) ctx.out(departmentPlansLine(own, en));
    const rows = run.rows.filter((r) => r.department === dept);
    if (rows.length > 0) ctx.out(headers.map((h, i) => padDisplay(h, widths[i])).join(" "));
    for (const r of rows) {
      const cells = [`${r.rank}/${r.ranked}`, r.rep, r.name ?? "", `${rate(r.planCompletion)} (${r.plans})`, rate(r.onTimeRate), rate(r.closingRate), rate(r.feedbackRate), yuan(r.sales), yuan(r.collections), String(r.findings), r.score.toFixed(1)];
      ctx.out(cells.map((c, i) => padDisplay(c, widths[i])).join(" ").trimEnd());
    }
  }
  const families = RULE_FAMILIES.filter((f) => run.rows.some((r) => r.byFamily[f] > 0));
  if (families.length > 0) {
    ctx.out("");
    ctx.out(en ? "Audit findings by family:" : "审计发现（按类别）：");
    for (const r of run.rows.filter((x) => x.findings > 0)) ctx.out(`  ${r.rep}${en ? ": " : "："}${families.filter((f) => r.byFamily[f] > 0).map((f) => `${FAMILY_NAMES[f][lang]} ${r.byFamily[f]}`).join(en ? ", " : "、")}`);
  }
}
