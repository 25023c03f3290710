import { runAppraisal } from "../../app/appraisal";
import { FAMILY_NAMES, RULE_FAMILIES } from "../../domain/audit";
import { periodLabel } from "../../domain/periods";
import { OPT, padDisplay } from "../args";
import { EXIT, type Command } from "../command";
import { openForReading, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog, WHOLE_LOG } from "../require-log";
import { periodFlag } from "./plans";

const usage = "kehu appraise <file.xlsx...> --period 2026-Q4|2026-12|2026 [--today D] [--lang en] [--json]";

const rate = (x: number | undefined) => (x === undefined ? "—" : `${(x * 100).toFixed(0)}%`);
const yuan = (x: number) => `¥${Math.round(x).toLocaleString("en-US")}`;

export const appraiseCommand: Command = {
  name: "appraise",
  summary: "业绩考核：每位客服在期间内的方案完成、跟进准时、投诉按时结案、反馈及时、销售与回款、审计发现，按“设置”的考核权重算总分并在部门内排名；可一次给多个工作簿，按部门汇总",
  usage,
  options: { period: { type: "string", value: "P" }, today: OPT.today, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1000 },
  async run(ctx) {
    const period = periodFlag(ctx, usage, true)!;
    const en = ctx.flags.lang === "en";
    const lang = en ? "en" : "zh";
    const files = ctx.positional;
    const run = await runAppraisal(
      files.map((file) => async () => new RequireLog(await openForReading(file, ctx.flags), file, WHOLE_LOG)),
      period,
      ctx.today,
    );
    if (ctx.json) {
      ctx.out(JSON.stringify({ files, period: periodLabel(period, lang), weights: run.weights, rows: run.rows, problems: run.problems }));
      return EXIT.ok;
    }
    const w = run.weights;
    ctx.out(
      en
        ? `Appraisal for ${periodLabel(period, "en")} over ${files.length} workbook(s); weights: plans ${w.plans}, follow-ups ${w.followUps}, complaint closing ${w.closings}, feedback ${w.feedback}, sales ${w.sales}, collections ${w.collections}; ${w.perFinding} off per finding`
        : `业绩考核：${periodLabel(period)}，${files.length} 个工作簿；权重：方案完成 ${w.plans}、跟进准时 ${w.followUps}、投诉按时结案 ${w.closings}、反馈及时 ${w.feedback}、销售额 ${w.sales}、回款 ${w.collections}，每条审计发现扣 ${w.perFinding} 分`,
    );
    const headers = en
      ? ["Rank", "Rep", "Name", "Plans", "Follow-ups", "Closing", "Feedback", "Sales", "Collected", "Findings", "Score"]
      : ["名次", "工号", "姓名", "方案完成", "跟进准时", "按时结案", "反馈及时", "销售额", "回款", "审计发现", "总分"];
    const widths = [6, 8, 8, 10, 10, 9, 9, 14, 14, 9, 6];
    let dept: string | undefined;
    for (const r of run.rows) {
      if (r.department !== dept) {
        dept = r.department;
        ctx.out("");
        ctx.out(`${en ? "Department" : "部门"}：${dept || (en ? "(none)" : "（无部门）")}`);
        ctx.out(headers.map((h, i) => padDisplay(h, widths[i])).join(" "));
      }
      const cells = [`${r.rank}/${r.ranked}`, r.rep, r.name ?? "", `${rate(r.planCompletion)} (${r.plans})`, rate(r.onTimeRate), rate(r.closingRate), rate(r.feedbackRate), yuan(r.sales), yuan(r.collections), String(r.findings), r.score.toFixed(1)];
      ctx.out(cells.map((c, i) => padDisplay(c, widths[i])).join(" ").trimEnd());
    }
    const families = RULE_FAMILIES.filter((f) => run.rows.some((r) => r.byFamily[f] > 0));
    if (families.length > 0) {
      ctx.out("");
      ctx.out(en ? "Audit findings by family:" : "审计发现（按类别）：");
      for (const r of run.rows.filter((x) => x.findings > 0)) ctx.out(`  ${r.rep}${en ? ": " : "："}${families.filter((f) => r.byFamily[f] > 0).map((f) => `${FAMILY_NAMES[f][lang]} ${r.byFamily[f]}`).join(en ? ", " : "、")}`);
    }
    return EXIT.ok;
  },
};
